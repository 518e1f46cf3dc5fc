"""Each fault the simulator injects, seen from a client: REST (httpx and our client) and the user socket."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from simsocket import UserSocket, barrier

from tradovate.sim import Simulator
from tradovate.sim.faults import Faults, parse_fault
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import Action, OrderType, PlaceOrder

PLACE = {
    "accountId": 20001,
    "action": "Buy",
    "symbol": "ESZ6",
    "orderQty": 1,
    "orderType": "Market",
    "isAutomated": True,
}
ORDER = PlaceOrder(
    action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, account_id=20001, is_automated=True
)

Body = Callable[[Simulator, str], Awaitable[None]]


def run(body: Body, **options: Any) -> None:
    async def main() -> None:
        async with Simulator(seed=4, **options) as sim:
            token = sim.auth._answer(sim.auth._issue(1001, "demo"))["accessToken"]
            await body(sim, token)

    asyncio.run(main())


def orders(sim: Simulator) -> int:
    return len(sim.store.all("order"))


async def synced(sim: Simulator, token: str) -> UserSocket:
    sock = await UserSocket.open(sim.ws_url, token)
    answer = await sock.request("user/syncrequest", {"entityTypes": ["order"]})
    assert answer["s"] == 200
    return sock


# ---------------------------------------------------------------------------------------------
# REST


def test_rest_status_and_lockout_answer_without_executing() -> None:
    async def body(sim: Simulator, token: str) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=sim.rest_url, headers=headers) as http:
            sim.faults.status(500, "order/placeorder")
            failed = await http.post("/order/placeorder", json=PLACE)
            assert (failed.status_code, failed.content) == (500, b"")
            sim.faults.lockout(60)
            for path in ("/account/list", "/order/placeorder"):
                locked = await http.post(path, json=PLACE)
                assert (locked.status_code, locked.content) == (429, b"")
            sim.faults.clear()
            assert (await http.get("/account/list")).status_code == 200
        assert orders(sim) == 0
        assert sim.faults.applied == {"status": 1, "lockout": 2}

    run(body)


def test_rest_penalty_ticket_is_not_executed_and_the_client_redeems_it() -> None:
    async def body(sim: Simulator, token: str) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=sim.rest_url, headers=headers) as http:
            sim.faults.penalty("order/placeorder", seconds=0)
            penalty = (await http.post("/order/placeorder", json=PLACE)).json()
            assert set(penalty) == {"p-ticket", "p-time"} and orders(sim) == 0
        sim.faults.penalty("order/placeorder", seconds=0)
        async with AsyncTradovate(sim.rest_url, token=token) as tv:
            result = await tv.orders.place(ORDER)  # penalised once, resent with the ticket
        assert isinstance(result.order_id, int) and orders(sim) == 1

    run(body)


def test_a_get_carries_its_ticket_in_the_query_and_p_time_is_rounded_up() -> None:
    async def body(sim: Simulator, token: str) -> None:
        assert [sim.auth.penalty("x", s)["p-time"] for s in (0, 0.5, 1, 1.2)] == [0, 1, 1, 2]
        headers = {"Authorization": f"Bearer {token}"}
        async with httpx.AsyncClient(base_url=sim.rest_url, headers=headers) as http:
            sim.faults.penalty("account/list", seconds=60)
            early = (await http.get("/account/list")).json()
            assert early["p-time"] == 60
            again = (await http.get("/account/list", params={"p-ticket": early["p-ticket"]})).json()
            assert "p-ticket" in again and again["p-ticket"] != early["p-ticket"]  # too early: not served
        sim.faults.penalty("account/list", seconds=0.5)  # says p-time 1; a client that waits it is served
        async with AsyncTradovate(sim.rest_url, token=token) as tv:
            accounts = await tv.accounts.list()  # penalised once, sent again with ?p-ticket=
        assert accounts and sim.faults.applied["penalty"] == 2
        left = {ticket for ticket, held in sim.auth.tickets.items() if held.endpoint == "account/list"}
        assert left == {early["p-ticket"], again["p-ticket"]}  # the third one was redeemed

    run(body)


def test_rest_drop_before_executing_and_lost_answer_after_executing_are_outcome_unknown() -> None:
    async def body(sim: Simulator, token: str) -> None:
        async with AsyncTradovate(sim.rest_url, token=token) as tv:
            sim.faults.drop_request("order/placeorder")
            with pytest.raises(errors.OutcomeUnknown):
                await tv.orders.place(ORDER)
            assert orders(sim) == 0  # dropped before execution
            sim.faults.lose_answer("order/placeorder")
            with pytest.raises(errors.OutcomeUnknown):
                await tv.orders.place(ORDER)
            assert orders(sim) == 1  # executed, answer lost
            assert [o["ordStatus"] for o in sim.store.all("order")] == ["Filled"]

    run(body)


def test_rest_withheld_answer_runs_into_the_client_deadline() -> None:
    async def body(sim: Simulator, token: str) -> None:
        async with AsyncTradovate(sim.rest_url, token=token, timeout=0.3) as tv:
            sim.faults.withhold("order/placeorder")
            with pytest.raises(errors.OutcomeUnknown):
                await tv.orders.place(ORDER)
        assert orders(sim) == 1

    run(body)


def test_rest_delay_and_malformed_answers() -> None:
    async def body(sim: Simulator, token: str) -> None:
        async with AsyncTradovate(sim.rest_url, token=token) as tv:
            sim.faults.delay("account/list", 0.05)
            assert len(await tv.accounts.list()) == 2
            sim.faults.malformed_answer("order/placeorder")
            with pytest.raises(errors.OutcomeUnknown):  # executed, but the answer is unreadable
                await tv.orders.place(ORDER)
            sim.faults.malformed_answer("account/list")
            with pytest.raises(errors.DecodeError):
                await tv.accounts.list()
        assert sim.faults.applied == {"delay": 1, "malformed": 2}

    run(body)


# ---------------------------------------------------------------------------------------------
# socket actions


@pytest.mark.parametrize("action", ["drop_connections", "close_silently"])
def test_socket_closed_without_a_close_frame(action: str) -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        assert getattr(sim.faults, action)() == 1
        await asyncio.wait_for(sock.closed.wait(), 5)
        assert sock.close_code == 1006
        await sock.close()

    run(body)


def test_c_frame_then_close() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        sim.faults.send_close_frame(3000, "Go away!")
        await asyncio.wait_for(sock.closed.wait(), 5)
        assert sock.frames[-1] == 'c[3000,"Go away!"]'
        assert sock.close_code == 1000
        await sock.close()

    run(body)


def test_shutdown_event_then_close() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        sim.faults.send_shutdown("ConnectionQuotaReached")
        await asyncio.wait_for(sock.closed.wait(), 5)
        assert sock.events[-1] == {"e": "shutdown", "d": {"reasonCode": "ConnectionQuotaReached"}}
        await sock.close()

    run(body)


def test_malformed_frame_leaves_the_socket_usable() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        sim.faults.send_malformed("a[{oops")
        await barrier(sock)
        assert "a[{oops" in sock.frames
        await sock.close()

    run(body)


def test_stopped_heartbeats_leave_a_silent_socket() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sim.faults.stop_heartbeats()
        sock = await UserSocket.open(sim.ws_url, token)
        await asyncio.wait_for(sock.closed.wait(), 5)  # the silent client is dropped in the end
        assert "h" not in sock.frames
        sim.faults.stop_heartbeats(False)
        again = await UserSocket.open(sim.ws_url, token)
        await again.wait_for(lambda s: "h" in s.frames)
        await again.close()
        await sock.close()

    run(body, heartbeat_interval=0.02, client_timeout=0.4)


# ---------------------------------------------------------------------------------------------
# socket request rules


def test_socket_request_rules() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        sim.faults.status(429, "order/placeorder", transport="ws")
        limited = await sock.request("order/placeorder", PLACE)
        assert limited == {"s": 429, "i": limited["i"]}
        sim.faults.penalty("order/placeorder", seconds=2)
        penalty = await sock.request("order/placeorder", PLACE)
        assert penalty["s"] == 200 and penalty["d"]["p-time"] == 2
        assert orders(sim) == 0
        sim.faults.delay("order/placeorder", 0.05)
        before = len(sock.messages)
        delayed = await sock.request("order/placeorder", PLACE)
        later = sock.messages[before:]
        assert later[-1] is delayed and later[0].get("e") == "props"  # the events came first
        sim.faults.withhold("order/placeorder")
        with pytest.raises(TimeoutError):
            await sock.request("order/placeorder", PLACE, timeout=0.3)
        assert orders(sim) == 2  # executed all the same
        sim.faults.malformed_answer("account/list")
        await sock.send_text("account/list\n99\n\n")
        await barrier(sock)
        assert 'a[{"s":200,"i":99,"d":{' in sock.frames
        await sock.close()

    run(body)


@pytest.mark.parametrize(("kind", "executed"), [("drop", 0), ("lose_answer", 1)])
def test_socket_drop_and_lost_answer(kind: str, executed: int) -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        sim.faults.add(kind, "order/placeorder")
        with pytest.raises(ConnectionError):
            await sock.request("order/placeorder", PLACE)
        assert sock.close_code == 1006
        assert orders(sim) == executed
        await sock.close()

    run(body)


def test_latency_option_delays_commands() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        first = asyncio.ensure_future(sock.request("order/placeorder", PLACE))
        quick = await sock.request("account/list")  # not delayed: answered while the order waits
        assert quick["s"] == 200 and not first.done()
        assert (await first)["s"] == 200
        await sock.close()

    run(body, latency={"order/placeorder": 0.5})


# ---------------------------------------------------------------------------------------------
# scenario files and the command line


def test_scenario_faults() -> None:
    scenario = {
        "faults": [
            {"kind": "status", "endpoint": "account/list", "status": 503, "count": 1, "transport": "ws"},
            {"kind": "shutdown", "after_seconds": 0.3, "reasonCode": "Maintenance", "reason": "weekly"},
        ]
    }

    async def body(sim: Simulator, token: str) -> None:
        sock = await synced(sim, token)
        first = await sock.request("account/list")
        assert first["s"] == 503
        assert (await sock.request("account/list"))["s"] == 200
        await asyncio.wait_for(sock.closed.wait(), 5)
        assert sock.events[-1] == {"e": "shutdown", "d": {"reasonCode": "Maintenance", "reason": "weekly"}}
        await sock.close()

    run(body, scenario=scenario)


def test_fault_specs_from_the_command_line() -> None:
    assert parse_fault("status:order/placeorder,status=429,count=2") == {
        "kind": "status",
        "endpoint": "order/placeorder",
        "status": 429,
        "count": 2,
    }
    assert parse_fault("shutdown,after_seconds=1.5,reasonCode=Maintenance") == {
        "kind": "shutdown",
        "after_seconds": 1.5,
        "reasonCode": "Maintenance",
    }
    assert parse_fault("withhold:order/placeorder,count=none") == {
        "kind": "withhold",
        "endpoint": "order/placeorder",
        "count": None,
    }
    with pytest.raises(ValueError):
        parse_fault("explode")
    faults = Faults()
    with pytest.raises(ValueError):
        faults.add("explode")
    timed = faults.load([parse_fault("drop:order/cancelorder,skip=1"), parse_fault("close_frame,code=4000")])
    assert timed == [(0.0, "close_frame", {"code": 4000})]
    assert faults.take("order/cancelorder", "rest") is None  # skipped once
    rule = faults.take("ORDER/cancelorder".lower(), "ws")
    assert rule is not None and rule.kind == "drop"
    assert faults.take("order/cancelorder", "rest") is None  # used up


def test_socket_actions_from_another_thread() -> None:
    from websockets.sync.client import connect

    from tradovate.sim import SimulatorThread

    with SimulatorThread(seed=4) as sim:
        token = sim.call(lambda: sim.auth._answer(sim.auth._issue(1001, "demo"))["accessToken"])
        assert sim.faults.drop_connections("user") == 0
        with connect(sim.ws_url) as ws:
            assert ws.recv(5) == "o"
            ws.send(f"authorize\n0\n\n{token}")
            assert ws.recv(5) == 'a[{"s":200,"i":0}]'
            assert sim.faults.send_shutdown("Maintenance") == 1
            assert ws.recv(5) == 'a[{"e":"shutdown","d":{"reasonCode":"Maintenance"}}]'
