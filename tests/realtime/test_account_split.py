"""Split snapshots (``splitResponses``): applied and readable only once whole, on the first sync and
on every resync, with either way of ending one (quiet, or ``split_complete``)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from acct_server import AccountServer
from hypothesis import given, settings
from hypothesis import strategies as st
from test_account import FAST, buy, good_token, mirror_state, order, run, until
from wsserver import WsServer

from tradovate.realtime.account import (
    AccountEvent,
    AccountSession,
    OrderNotMirrored,
    OrderOutcomeUnknown,
    Resynced,
    Synced,
)
from tradovate.realtime.mirror import Change, ChangeKind, Mirror, NotSynced
from tradovate.realtime.sync import _join
from tradovate_api import errors


def three(parts: Any) -> bool:
    return len(parts) == 3


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """For conditions on the server's side, which tells nobody: looked at every few ms."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.005)


@pytest.mark.parametrize("option", ["split_settle", "resolve_settle"])
@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), True, "1"])
def test_settle_times_are_checked(option: str, value: Any) -> None:
    with pytest.raises(errors.InvalidRequest) as refused:
        AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket", **{option: value})
    assert refused.value.field == option


def test_a_resync_with_a_split_snapshot_deletes_no_live_order_and_wait_done_sees_only_final() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        for ident in (13, 14, 15, 16):
            server.put("order", order(ident))
        server.split = 3
        async with AccountSession(
            good_token, ws.url, split_responses=True, split_settle=0.1, connection_options=FAST
        ) as account:
            assert mirror_state(account.mirror) == server.as_sync()
            handles = {i: account.mirror.order(i) for i in (11, 13, 14, 15, 16)}
            waits = {i: asyncio.ensure_future(h.wait_done()) for i, h in handles.items() if h is not None}
            assert len(waits) == 5
            changes: list[Change] = []
            account.mirror.on(None, changes.append)
            told: list[AccountEvent] = []
            account.on_event(told.append)
            await server.upsert("order", {**server.state["order"][16], "ordStatus": "Filled"})
            ws.current.abort()
            await until(account, lambda: any(isinstance(e, Resynced) for e in told))
            assert mirror_state(account.mirror) == server.as_sync()
            assert [c for c in changes if c.kind is ChangeKind.DELETED] == []
            assert [(c.id, c.kind) for c in changes] == [(16, ChangeKind.UPDATED)]
            resynced = next(e for e in told if isinstance(e, Resynced))
            assert resynced.report.changed == 0
            await asyncio.sleep(0)
            assert [i for i, w in waits.items() if w.done()] == [16]
            assert waits[16].result().ord_status == "Filled"
            assert not any(handles[i].deleted for i in handles)  # type: ignore[union-attr]
            for waiter in waits.values():
                waiter.cancel()

    run(test)


def test_nothing_of_a_split_snapshot_is_readable_before_its_last_part() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        server.put("order", order(13))
        server.split, server.split_sent = 3, 1
        account = AccountSession(
            good_token, ws.url, split_responses=True, split_complete=three, connection_options=FAST
        )
        told: list[AccountEvent] = []
        account.on_event(told.append)
        starting = asyncio.ensure_future(account.start())
        try:
            await eventually(lambda: len(server.sync_bodies) == 1)
            rid = ws.received("user/syncrequest")[-1][1]
            for part in server.parts[1:]:
                await asyncio.sleep(0.05)  # the settle default would have ended it: the predicate rules
                assert not account.ready and not starting.done() and told == []
                try:
                    account.mirror.orders()
                    raise AssertionError("a partial snapshot was readable")
                except NotSynced:
                    pass
                await ws.current.send_items({"s": 200, "i": rid, "d": part})
            await asyncio.wait_for(starting, 5)
            assert account.ready and [type(e) for e in told] == [Synced]
            assert mirror_state(account.mirror) == server.as_sync()
        finally:
            await account.close()

    run(test)


def test_a_split_snapshot_that_never_completes_is_taken_again_on_a_new_connection() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        server.split, server.split_sent = 3, 2
        account = AccountSession(
            good_token,
            ws.url,
            split_responses=True,
            split_complete=three,
            sync_timeout=0.2,
            connection_options=FAST,
        )
        starting = asyncio.ensure_future(account.start())
        try:
            await eventually(lambda: len(server.sync_bodies) == 2)
            assert not account.ready
            server.split_sent = None
            with pytest.raises(errors.DeadlineExceeded):  # start() waits sync_timeout for the snapshot
                await starting
            await account.wait_ready(5)
            assert mirror_state(account.mirror) == server.as_sync()
            assert len(server.sync_bodies) >= 2 and set(account.sync_requests.values()) == {1}
        finally:
            await account.close()

    run(test)


ORDER_STATUSES = ("Working", "Filled", "Canceled")


@st.composite
def split_resyncs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """A state before an outage, the server's state after it, and that state as split parts:
    every item in one part or more (a repeat carries the same value), parts in any order."""

    def state(ids: set[int]) -> dict[str, Any]:
        orders = [{"id": i, "ordStatus": draw(st.sampled_from(ORDER_STATUSES)), "accountId": 1} for i in sorted(ids)]
        fills = [{"id": 100 + i, "orderId": i, "qty": 1} for i in sorted(ids) if draw(st.booleans())]
        return {"users": [{"id": 7}], "orders": orders, "fills": fills}

    before = state(draw(st.sets(st.integers(1, 12), max_size=8)))
    after = state(draw(st.sets(st.integers(1, 12), max_size=8)))
    count = draw(st.integers(2, 5))
    parts: list[dict[str, Any]] = [{"users": []} for _ in range(count)]
    parts[0]["users"] = after["users"]
    for key in ("orders", "fills"):
        for item in after[key]:
            for n in draw(st.sets(st.integers(0, count - 1), min_size=1, max_size=2)):
                parts[n].setdefault(key, []).append(item)
    return before, after, draw(st.permutations(parts))


@given(split_resyncs())
@settings(max_examples=200, deadline=None)
def test_whole_split_parts_reconcile_like_the_unsplit_snapshot(
    case: tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]],
) -> None:
    before, after, parts = case
    covered = ("order", "fill")
    results = []
    for snapshot in (after, _join(parts)):
        mirror = Mirror()
        mirror.apply_snapshot(before, covered=covered)
        changes: list[tuple[str, int | None, ChangeKind]] = []
        mirror.on(None, lambda c: changes.append((c.entity_type, c.id, c.kind)))  # noqa: B023
        mirror.begin_sync()
        report = mirror.apply_snapshot(snapshot, covered=covered)
        state = {k: sorted(v, key=lambda e: e["id"]) for k, v in mirror.to_json().items()}
        results.append((state, sorted(changes, key=repr), report.deleted, report.created))
    assert results[0] == results[1]


def test_resolve_finds_a_placement_the_server_executes_after_the_fresh_snapshot() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        server.place_mode = "drop-before"  # received, the socket cut, nothing executed (yet)
        async with AccountSession(good_token, ws.url, resolve_settle=2.0, connection_options=FAST) as account:
            told: list[AccountEvent] = []
            account.on_event(told.append)
            with pytest.raises(OrderOutcomeUnknown) as lost:
                await account.place_order(buy(), timeout=5)
            resolving = asyncio.ensure_future(account.resolve(lost.value.cl_ord_id, timeout=10))
            await until(account, lambda: any(isinstance(e, Resynced) for e in told))
            for _ in range(5):
                await asyncio.sleep(0)
            assert not resolving.done()  # the fresh snapshot lacks it: not yet "absent"
            ident = server.next_id()
            command = {"id": server.next_id(), "orderId": ident, "clOrdId": lost.value.cl_ord_id}
            await server.upsert("command", {**command, "commandType": "New", "commandStatus": "AtExecution"}, "Created")
            await server.upsert("order", order(ident), "Created")
            handle = await asyncio.wait_for(resolving, 5)
            assert handle is not None and handle.id == ident

    run(test)


def test_an_order_placed_then_deleted_while_away_is_never_called_absent() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        server.place_mode = "drop-after"  # executed, the socket cut before the answer
        async with AccountSession(good_token, ws.url, resolve_settle=0.05, connection_options=FAST) as account:
            with pytest.raises(OrderOutcomeUnknown) as lost:
                await account.place_order(buy(), timeout=5)
            placed = next(c for c in server.state["command"].values() if c["clOrdId"] == lost.value.cl_ord_id)
            server.put("order", {**server.state["order"][placed["orderId"]], "ordStatus": "Filled"})
            server.remove("order", placed["orderId"])  # filled and gone before the fresh snapshot
            with pytest.raises(OrderNotMirrored) as existed:
                await account.resolve(lost.value.cl_ord_id, timeout=10)
            assert existed.value.order_id == placed["orderId"]

    run(test)
