"""The simulator's sockets as the real server behaves (issue 15 item 6): the trail's timing, silent
md clients dropped, 1000 "Bye" on protocol violations and as a fault, double-encoded 404s, md
``mode`` per user, the syncrequest forms deployed clients send. Frames as a third-party client
sees them (raw sockets), and through our client where it matters."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st
from simsocket import UserSocket, barrier

from tradovate.marketdata import MarketDataClient
from tradovate.realtime.account import AccountSession
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim.cli import parser
from tradovate.sim.faults import parse_fault
from tradovate.sim.pacing import PHASES, Pacer, phase
from tradovate_api import AsyncTradovate
from tradovate_api.models import Action, OrderType, PlaceOrder

MARKET = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}


def tokens(sim: Simulator, user_id: int = 1001, name: str = "demo") -> tuple[str, str]:
    """(access token, md access token) of a fresh login."""
    answer = sim.auth._answer(sim.auth._issue(user_id, name))
    return answer["accessToken"], answer["mdAccessToken"]


async def raw(url: str) -> tuple[aiohttp.ClientSession, aiohttp.ClientWebSocketResponse]:
    session = aiohttp.ClientSession()
    ws = await session.ws_connect(url, autoping=True)
    assert (await ws.receive_str()) == "o"
    return session, ws


async def frames_until_close(
    ws: aiohttp.ClientWebSocketResponse, timeout: float = 5.0
) -> tuple[list[str], tuple[int, str] | None]:
    """Every text frame until the socket closes, and the close frame's (code, reason); ``None``
    when the TCP connection was closed without a close frame."""
    out: list[str] = []

    async def read() -> tuple[int, str] | None:
        while True:
            msg = await ws.receive()
            if msg.type is aiohttp.WSMsgType.TEXT:
                out.append(msg.data)
            elif msg.type is aiohttp.WSMsgType.CLOSE:
                return int(msg.data), str(msg.extra or "")
            elif msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING, aiohttp.WSMsgType.ERROR):
                return None

    close = await asyncio.wait_for(read(), timeout)
    return out, close


# -- 1. the trail's timing ---------------------------------------------------------------------


def test_realistic_trail_comes_one_event_per_frame_answer_first_in_phase_order() -> None:
    async def main() -> None:
        async with Simulator(seed=6, realistic=True) as sim:
            assert sim.socket_options.batch == 1 and sim.socket_options.pacing
            assert sim.engine.options.latency.insert > 0  # a cancel can race the fill
            token, _ = tokens(sim)
            sock = await UserSocket.open(sim.ws_url, token)
            try:
                assert (await sock.request("user/syncrequest", {"users": [1001]}))["s"] == 200
                answer = await sock.request("order/placeorder", MARKET)
                order_id = answer["d"]["orderId"]
                await sock.wait_for(lambda s: any(t == "cashBalance" for t, _, _ in s.props()))
                await barrier(sock)
            finally:
                await sock.close()
            frames = [f for f in sock.frames if f.startswith("a")]
            answer_at = next(n for n, f in enumerate(frames) if f'"i":{answer["i"]}' in f)
            trail = [(n, json.loads(f[1:])) for n, f in enumerate(frames) if '"e":"props"' in f]
            assert all(len(items) == 1 for _, items in trail)  # one event per frame
            assert all(n > answer_at for n, _ in trail)  # the answer before the trail it set off
            phases = [phase(items[0]["d"]["entityType"], items[0]["d"]["entity"]) for _, items in trail]
            first = {p: phases.index(p) for p in range(1, len(PHASES))}
            assert first[1] < first[2] < first[3] < first[4]  # ack, fills, position, cash
            reports = [i[0]["d"]["entity"] for _, i in trail if i[0]["d"]["entityType"] == "commandReport"]
            assert reports and reports[0]["commandId"] == order_id

    asyncio.run(main())


def test_fast_is_the_embedded_default_and_batches_the_trail() -> None:
    async def main() -> None:
        async with Simulator(seed=6) as sim:
            assert not sim.realistic and sim.socket_options.batch > 1 and not sim.socket_options.pacing
            token, _ = tokens(sim)
            sock = await UserSocket.open(sim.ws_url, token)
            try:
                await sock.request("user/syncrequest", {"users": [1001]})
                await sock.request("order/placeorder", MARKET)
                await barrier(sock)
            finally:
                await sock.close()
            assert max(f.count('"e":"props"') for f in sock.frames) > 1

    asyncio.run(main())


def test_the_standalone_simulator_is_realistic_by_default() -> None:
    server = subprocess.Popen(  # --fast is checked on the parser (below) and embedded (above)
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )

    async def main(urls: dict[str, Any]) -> list[str]:
        async with AsyncTradovate(urls["rest"]) as tv:
            await tv.login(name="demo", password="demo")
            assert isinstance(tv.token, str)
            sock = await UserSocket.open(urls["ws"], tv.token)
            try:
                await sock.request("user/syncrequest", {"users": [1001]})
                await sock.request("order/placeorder", MARKET)
                await sock.wait_for(lambda s: any(t == "cashBalance" for t, _, _ in s.props()))
                await barrier(sock)
            finally:
                await sock.close()
            return sock.frames

    try:
        assert server.stdout is not None
        frames = asyncio.run(main(json.loads(server.stdout.readline())))
    finally:
        server.terminate()
        server.communicate(timeout=10)
    props = [f for f in frames if '"e":"props"' in f]
    assert len(props) >= 10 and all(f.count('"e":"props"') == 1 for f in props)  # one event per frame


def test_explicit_socket_settings_win_over_the_realistic_preset_and_the_command_line_switch() -> None:
    sim = Simulator(seed=1, realistic=True, scenario={"sockets": {"batch": 5}, "engine": {"latency": {}}})
    assert sim.socket_options.batch == 5 and sim.socket_options.pacing  # the rest of the preset stays
    assert sim.engine.options.latency.insert == 0
    assert Simulator(scenario={"realistic": True}).realistic
    assert parser().parse_args([]).realistic is None  # the command line's default: realistic
    assert parser().parse_args(["--fast"]).realistic is False
    assert parser().parse_args(["--realistic"]).realistic is True


def test_our_account_session_follows_a_realistic_trail() -> None:
    async def main() -> None:
        async with Simulator(seed=7, realistic=True) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session,
                AccountSession(session) as account,
            ):
                await account.wait_ready(10)
                order = PlaceOrder(
                    action=Action.BUY, symbol="ESZ6", order_qty=2, order_type=OrderType.MARKET, account_id=20001
                )
                handle = await account.place_order(order, timeout=5)
                assert (await handle.wait_done()).ord_status == "Filled"

                async def settled() -> None:
                    while [(p.contract_id, p.net_pos) for p in account.mirror.positions()] != [(3000101, 2)]:
                        await asyncio.sleep(0.01)

                await asyncio.wait_for(settled(), 5)
                held = next(c["amount"] for c in sim.store.all("cashBalance") if c["accountId"] == 20001)

                async def cash_settled() -> None:  # the cash phase is paced after the position
                    while {c.account_id: c.amount for c in account.mirror.all("cashBalance")}.get(20001) != held:
                        await asyncio.sleep(0.01)

                await asyncio.wait_for(cash_settled(), 5)

    asyncio.run(main())


@given(
    st.dictionaries(st.sampled_from(PHASES[1:]), st.floats(0, 0.1)),
    st.floats(0, 2),
    st.integers(0, 2**32),
    st.lists(st.one_of(st.integers(1, 4), st.just(0)), max_size=40),
)
def test_the_pacer_waits_only_when_the_trail_moves_to_a_later_phase(
    gaps: dict[str, float], jitter: float, seed: int, events: list[int]
) -> None:
    def run() -> list[float]:
        pacer = Pacer(gaps, jitter, seed)
        out = []
        for event in events:
            if event == 0:
                pacer.reset()  # a response
                out.append(0.0)
            else:
                out.append(pacer.wait(event))
        return out

    waits = run()
    assert waits == run()  # seeded: one seed, one sequence of gaps
    current = 0
    for event, wait in zip(events, waits, strict=True):
        base = dict(gaps).get(PHASES[event], 0.0) if event else 0.0
        if event == 0:
            current = 0
        elif event > current:
            assert base <= wait <= base * (1 + jitter) + 1e-12
            current = event
        else:
            assert wait == 0.0  # same or earlier phase: at once
    with pytest.raises(ValueError):
        Pacer({"later": 1.0})


# -- 2. the md socket drops a client that sends no heartbeat ----------------------------------


def test_the_md_socket_drops_a_silent_client_and_keeps_one_that_beats() -> None:
    async def main() -> None:
        async with Simulator(seed=1, client_timeout=0.3) as sim:
            _, md_token = tokens(sim)
            s1, silent = await raw(sim.md_url)
            s2, beating = await raw(sim.md_url)
            try:
                for ws in (silent, beating):
                    await ws.send_str(f"authorize\n1\n\n{md_token}")
                for _ in range(8):  # 0.8 s of heartbeats every 0.1 s: well past the timeout
                    await beating.send_str("[]")
                    await asyncio.sleep(0.1)
                assert not beating.closed
                frames, close = await frames_until_close(silent)
                assert frames[0] == 'a[{"s":200,"i":1}]'
                assert close is None  # TCP closed without a close frame, as on the user socket
                await beating.send_str('md/subscribeQuote\n2\n\n{"symbol":"ESZ6"}')
                reply = await asyncio.wait_for(beating.receive_str(), 5)
                while '"i":2' not in reply:  # the authorize answer, heartbeats, then this one
                    reply = await asyncio.wait_for(beating.receive_str(), 5)
                assert reply.startswith('a[{"s":200,"i":2,')
            finally:
                for session, ws in ((s1, silent), (s2, beating)):
                    await ws.close()
                    await session.close()

    asyncio.run(main())


# -- 3. 1000 "Bye" on a protocol violation, and as a fault ----------------------------------------


def test_a_three_field_md_request_is_answered_400_then_the_socket_closes_1000_bye() -> None:
    async def main() -> None:
        async with Simulator(seed=1) as sim:
            _, md_token = tokens(sim)
            session, ws = await raw(sim.md_url)
            try:
                await ws.send_str(f"authorize\n1\n\n{md_token}")
                await ws.send_str('md/subscribeQuote\n5\n{"symbol":"ESZ6"}')  # the query line left out
                frames, close = await frames_until_close(ws)
                items = [item for f in frames if f.startswith("a") for item in json.loads(f[1:])]
                refused = next(item for item in items if item.get("i") == 5)
                assert refused["s"] == 400 and refused["d"].startswith("Invalid JSON: missing required field")
                assert close == (1000, "Bye")
            finally:
                await ws.close()
                await session.close()

    asyncio.run(main())


def test_a_frame_that_is_no_request_closes_the_user_socket_bye_unless_told_to_ignore_it() -> None:
    async def main(on_violation: str) -> int | None:
        async with Simulator(seed=1, md_port=None, scenario={"sockets": {"on_violation": on_violation}}) as sim:
            token, _ = tokens(sim)
            sock = await UserSocket.open(sim.ws_url, token)
            try:
                await sock.send_text("hello")
                if on_violation == "ignore":
                    await barrier(sock)  # still answering
                    return None
                await asyncio.wait_for(sock.closed.wait(), 5)
                return sock.close_code
            finally:
                await sock.close()

    assert asyncio.run(main("bye")) == 1000
    assert asyncio.run(main("ignore")) is None


def test_the_bye_fault_closes_user_and_md_sockets_1000_bye() -> None:
    async def main() -> None:
        async with Simulator(seed=1) as sim:
            token, md_token = tokens(sim)
            user = await UserSocket.open(sim.ws_url, token)
            session, md = await raw(sim.md_url)
            try:
                await md.send_str(f"authorize\n1\n\n{md_token}")
                assert (await md.receive_str()).startswith("a")
                assert sim.faults.bye() == 2
                await asyncio.wait_for(user.closed.wait(), 5)
                _, close = await frames_until_close(md)
                assert (user.close_code, close) == (1000, (1000, "Bye"))
                assert sim.faults.applied["bye"] == 2
            finally:
                await user.close()
                await md.close()
                await session.close()

    asyncio.run(main())
    assert parse_fault("bye,socket=md,after_seconds=2") == {"kind": "bye", "socket": "md", "after_seconds": 2}


def test_a_server_bye_is_not_the_end_our_account_session_reconnects_and_resyncs() -> None:
    async def main() -> None:
        async with Simulator(seed=7, md_port=None) as sim:
            environment = Environment.simulator(sim.rest_url, None)
            async with (
                Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session,
                AccountSession(session) as account,
            ):
                await account.wait_ready(10)
                assert sim.faults.bye("user") == 1

                async def reconnected() -> None:
                    while sim.sockets_opened < 2 or not sim.faults.connections:
                        await asyncio.sleep(0.02)

                await asyncio.wait_for(reconnected(), 10)
                await account.wait_ready(10)
                await account.connection.request("account/list", None)

    asyncio.run(main())


# -- 4. double-encoded error d --------------------------------------------------------------------


@pytest.mark.parametrize("double", [True, False])
def test_a_404_carries_its_text_double_encoded_as_captured_or_plain_when_switched(double: bool) -> None:
    async def main() -> tuple[Any, Any]:
        scenario = {"sockets": {"double_encode_404": double}}
        async with Simulator(seed=1, scenario=scenario) as sim:
            token, md_token = tokens(sim)
            user = await UserSocket.open(sim.ws_url, token)
            md = await UserSocket.open(sim.md_url, md_token)
            try:
                on_user = await user.request("quote/subscribe", {"symbol": "ESZ6"})
                on_md = await md.request("quote/subscribe", {"symbol": "ESZ6"})
                refused = await user.request("order/placeorder", {"accountId": 20001})
                assert refused["s"] == 400 and not refused["d"].startswith('"')  # only 404s are double-encoded
            finally:
                await user.close()
                await md.close()
            assert on_user["s"] == on_md["s"] == 404
            return on_user["d"], on_md["d"]

    on_user, on_md = asyncio.run(main())
    text = "Not found: quote/subscribe"
    expected = json.dumps(text) if double else text
    assert on_user == on_md == expected


# -- 5. md mode per user, unknown symbols ---------------------------------------------------------


def test_md_mode_is_delayed_for_a_user_without_the_entitlement_and_none_for_an_unknown_symbol() -> None:
    async def main() -> None:
        async with Simulator(seed=1) as sim:
            _, demo_md = tokens(sim)
            _, trader_md = tokens(sim, 1004, "trader")  # top of book only, as a T-Prop user
            demo = await UserSocket.open(sim.md_url, demo_md)
            trader = await UserSocket.open(sim.md_url, trader_md)
            try:
                assert (await demo.request("md/subscribeDOM", {"symbol": "ESZ6"}))["d"] == {"mode": "RealTime"}
                assert (await trader.request("md/subscribeDOM", {"symbol": "ESZ6"}))["d"] == {"mode": "Delayed"}
                assert (await trader.request("md/subscribeQuote", {"symbol": "ESZ6"}))["d"] == {"mode": "RealTime"}
                unknown = await trader.request("md/subscribeQuote", {"symbol": "XXZ9"})
                assert unknown["s"] == 200 and unknown["d"]["mode"] == "None" and unknown["d"]["errorText"]
            finally:
                await demo.close()
                await trader.close()
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            # through our client: the DOM subscription is marked degraded
            async with MarketDataClient(sim.md_url, trader_md, contracts={"ESZ6": contract["id"]}) as md:
                books = await md.dom("ESZ6")
                quotes = await md.quotes("ESZ6")
                assert books.degraded == (contract["id"],) and quotes.degraded == ()
                await books.close()
                await quotes.close()

    asyncio.run(main())


def test_scenario_users_take_their_market_data_entitlements() -> None:
    scenario = {
        "organization": {
            "users": [{"id": 7, "name": "late", "password": "p", "marketData": [], "accounts": []}],
        }
    }

    async def main() -> None:
        async with Simulator(seed=1, scenario=scenario) as sim:
            _, md_token = tokens(sim, 7, "late")
            sock = await UserSocket.open(sim.md_url, md_token)
            try:
                assert (await sock.request("md/subscribeQuote", {"symbol": "ESZ6"}))["d"] == {"mode": "Delayed"}
            finally:
                await sock.close()

    asyncio.run(main())


# -- 6. user/syncrequest without entityTypes ------------------------------------------------------


@pytest.mark.parametrize("setting", ["classic", "empty"])
def test_syncrequest_forms_without_entity_types_follow_the_switch(setting: str) -> None:
    async def sync(sim: Simulator, body: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
        token, _ = tokens(sim)
        sock = await UserSocket.open(sim.ws_url, token)
        try:
            answer = await sock.request("user/syncrequest", body)
            assert answer["s"] == 200
            await sock.request("order/placeorder", MARKET)
            await barrier(sock)
            return answer["d"], [t for t, _, _ in sock.props()]
        finally:
            await sock.close()

    async def main() -> None:
        async with Simulator(seed=3, md_port=None, scenario={"sockets": {"sync_without_types": setting}}) as sim:
            by_account, events_a = await sync(sim, {"accounts": [20001]})  # the npm client's form
            by_user, events_u = await sync(sim, {"users": [1001]})  # the official examples' form
            bare, events_b = await sync(sim, {"splitResponses": True})
            typed, _ = await sync(sim, {"entityTypes": ["account"], "accounts": [20002]})
            assert [a["id"] for a in typed["accounts"]] == [20002]  # entityTypes given: as asked either way
            assert not bare.get("accounts") and not events_b  # nothing asked for: nothing, either way
            if setting == "classic":
                assert [a["id"] for a in by_account["accounts"]] == [20001]
                assert "order" in events_a and "position" in events_a
                assert sorted(a["id"] for a in by_user["accounts"]) == [20001, 20002] and "fill" in events_u
            else:
                assert not by_account.get("accounts") and not events_a
                assert not by_user.get("accounts") and not events_u
                assert by_user["users"]  # users and contractGroups always come

    asyncio.run(main())
