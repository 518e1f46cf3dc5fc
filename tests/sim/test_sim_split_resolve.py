"""Ambiguous orders resolved against the simulator's split snapshots and late executions.

The simulator's split mode deals every collection's items out over the parts, and its
``late_execution`` fault executes a received placement only after the next snapshot was sent. In
every seeded run a placement's answer is lost (``lose_answer``), withheld (``withhold``), the
placement executes late (``late_execution``) or never arrives (``drop``); ``resolve`` must find
the order exactly when the simulator holds it. ``TRADOVATE_RESOLVE_RUNS`` sets the number of runs
(default 100).
"""

from __future__ import annotations

import asyncio
import json
import os
import random

import pytest
from simsocket import UserSocket, barrier

from tradovate.realtime.account import AccountSession, OrderNotMirrored, OrderOutcomeUnknown, new_cl_ord_id
from tradovate.realtime.connection import Backoff
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim.ws import split_snapshot
from tradovate_api.models import Action, OrderType, PlaceOrder

RUNS = int(os.environ.get("TRADOVATE_RESOLVE_RUNS", "100"))
FAULTS = ("lose_answer", "withhold", "late_execution", "drop")


def order(rng: random.Random) -> PlaceOrder:
    return PlaceOrder(
        action=rng.choice((Action.BUY, Action.SELL)),
        symbol=rng.choice(("ESZ6", "NQZ6")),
        order_qty=rng.randint(1, 3),
        order_type=OrderType.MARKET,
        account_id=20001,
        cl_ord_id=new_cl_ord_id("run"),
    )


def placed(sim: Simulator, cl_ord_id: str) -> list[int]:
    return [
        c["orderId"]
        for c in sim.store.all("command")
        if c.get("clOrdId") == cl_ord_id and c.get("commandType") == "New"
    ]


def test_split_snapshot_deals_every_collection_over_the_parts() -> None:
    snapshot = {"users": [{"id": 1}], "contractGroups": [{"id": 2}], "orders": [{"id": n} for n in range(7)]}
    parts = split_snapshot(snapshot, 3)
    assert [[o["id"] for o in p.get("orders", [])] for p in parts] == [[0, 3, 6], [1, 4], [2, 5]]
    assert parts[0]["users"] == [{"id": 1}] and all(p["contractGroups"] is not None for p in parts)


def test_a_late_execution_comes_after_the_next_snapshot() -> None:
    async def main() -> None:
        async with Simulator(seed=3) as sim:
            token = sim.auth._answer(sim.auth._issue(1001, "demo"))["accessToken"]
            sim.faults.late_execution()
            first = await UserSocket.open(sim.ws_url, token)
            body = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
            body["clOrdId"] = "late-1"
            await first.send_text(f"order/placeorder\n7\n\n{json.dumps(body)}")
            await asyncio.wait_for(first.closed.wait(), 5)
            assert placed(sim, "late-1") == [] and sim.faults.applied["late_execution"] == 1
            second = await UserSocket.open(sim.ws_url, token)
            sync = await second.request("user/syncrequest", {"entityTypes": ["order", "command"]})
            assert sync["s"] == 200 and not any(c.get("clOrdId") == "late-1" for c in sync["d"].get("commands", []))
            await barrier(second)
            order_id = placed(sim, "late-1")
            assert len(order_id) == 1  # executed once, after the snapshot, its events on the new socket
            assert ("order", "Created") in {(t, k) for t, k, e in second.props() if e.get("id") == order_id[0]}
            await second.close()
            await first.close()

    asyncio.run(main())


@pytest.mark.parametrize("half", [0, 1])
def test_an_ambiguous_order_is_resolved_from_whole_split_snapshots(half: int) -> None:
    """≥ 100 seeded runs (over both parametrizations), one simulator and one session each."""

    async def main() -> None:
        async with Simulator(seed=half, md_port=None, heartbeat_interval=0.2) as sim:
            environment = Environment.simulator(sim.rest_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session,
                AccountSession(
                    session,
                    split_responses=True,
                    split_settle=0.02,
                    resolve_settle=0.05,
                    connection_options={"backoff": Backoff(initial=0.005, cap=0.02), "seed": half},
                ) as account,
            ):
                told = {"found": 0, "absent": 0}
                for run in range(RUNS // 2):
                    rng = random.Random(run * 2 + half)
                    parts = sim.socket_options.split_snapshot = rng.randint(2, 6)  # the resync's
                    for _ in range(rng.randint(0, 2)):  # other orders, so every part holds some
                        await account.place_order(order(rng), wait=False)
                    fault = rng.choice(FAULTS)
                    getattr(sim.faults, "drop_request" if fault == "drop" else fault)("order/placeorder")
                    sent = order(rng)
                    with pytest.raises(OrderOutcomeUnknown) as lost:
                        await account.place_order(sent, timeout=0.05)
                    assert lost.value.cl_ord_id == sent.cl_ord_id
                    handle = await account.resolve(lost.value.cl_ord_id, timeout=10)
                    expected = placed(sim, str(sent.cl_ord_id))
                    where = f"run {run}, {parts} parts, {fault}"
                    if fault == "drop":
                        assert handle is None and expected == [], where
                    else:
                        assert handle is not None and [handle.id] == expected, where
                    told["absent" if handle is None else "found"] += 1
                assert told["found"] > told["absent"] > 0

    asyncio.run(main())


def test_an_order_outside_the_synced_accounts_is_never_called_absent() -> None:
    """The REST lookup: the server has the order, this session's mirror never will."""

    async def main() -> None:
        async with Simulator(seed=4, md_port=None) as sim:
            environment = Environment.simulator(sim.rest_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session,
                AccountSession(session, accounts=[20002], resolve_settle=0.05) as account,
            ):
                sim.faults.lose_answer("order/placeorder", transport="ws")
                sent = order(random.Random(4))  # on account 20001, which this session does not sync
                with pytest.raises(OrderOutcomeUnknown) as lost:
                    await account.place_order(sent, timeout=5)
                with pytest.raises(OrderNotMirrored) as exists:
                    await account.resolve(lost.value.cl_ord_id, timeout=10)
                assert [exists.value.order_id] == placed(sim, str(sent.cl_ord_id))

    asyncio.run(main())
