"""Partner conformance, stage 2 (WebSocket management): our connection and live account against
the simulator's user socket.

One test per criterion: login (valid token accepted, the connection stays usable; invalid and
expired tokens refused, typed), heartbeats (ours at regular intervals also during a flood of
events, the server's received; a silent server detected and the connection recovered; a client
that stops its heartbeats is closed by the server and recovers), events processed idempotently
(duplicates change nothing), exactly one ``user/syncrequest`` per connection, penalty tickets
(honoured over REST and over the socket: wait ``p-time``, send once more with the ticket),
log-off (a normal close 1000, and the heartbeats stop).

What the server received is read from a tap on the simulator's socket handler
(:class:`conformance_support.Tap`); our client is not patched.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from conformance_support import DEMO, FAST, Tap, Told, environment, mirror_state, server_state, session_on, settled

from tradovate.realtime.account import AccountSession, Resynced, Synced
from tradovate.realtime.connection import Connection, Disconnected
from tradovate.realtime.frames import parse_request
from tradovate.session import Credentials, Session
from tradovate.sim import Simulator
from tradovate.sim.store import Event
from tradovate_api import errors
from tradovate_api.models import Action, OrderType, PlaceOrder

ACCOUNT = 20001  # the demo user's first account


def order(qty: int = 1, symbol: str = "ESZ6", **extra: Any) -> PlaceOrder:
    return PlaceOrder(
        action=Action.BUY, symbol=symbol, order_qty=qty, order_type=OrderType.MARKET, account_id=ACCOUNT, **extra
    )


@contextlib.asynccontextmanager
async def account_on(sim: Simulator, **connection: Any) -> AsyncIterator[tuple[Session, AccountSession, Told]]:
    connection.setdefault("backoff", FAST)
    connection.setdefault("maintenance_delay", 0.01)
    async with session_on(sim) as session:
        account = AccountSession(session, connection_options=connection)
        told = Told(account)
        async with account:
            await account.wait_ready(10)
            yield session, account, told


# -- 1. login ------------------------------------------------------------------------------------


def test_socket_login_with_a_valid_token_is_accepted_and_stays_usable(monkeypatch: pytest.MonkeyPatch) -> None:
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, session_on(sim) as session:
            assert session.token is not None
            async with Connection(sim.ws_url, session.access_token) as conn:
                assert conn.ready
                accounts = await conn.request("account/list")
                assert [a.id for a in accounts] == [
                    a["id"] for a in sim.store.all("account") if a["userId"] == session.token.user_id
                ]
                for _ in range(3):  # stable after authorizing: more requests on the same socket
                    assert await conn.request("account/list") == accounts
                assert conn.generation == 1
            [server] = tap.connections()
            first = tap.received[server][0][1]
            assert first.startswith("authorize\n")  # the first frame, after the server's "o"
            assert server.session is not None

    asyncio.run(main())


@pytest.mark.parametrize("which", ["invalid", "expired"])
def test_socket_login_with_a_bad_token_is_refused_typed(which: str) -> None:
    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, session_on(sim) as session:
            token = await session.access_token()
            if which == "expired":
                served = sim.auth.session(token)
                assert served is not None
                served.expires = time.time() - 1
            else:
                token = "not-a-token"

            async def source() -> str:
                return token

            conn = Connection(sim.ws_url, source, max_attempts=1)
            with pytest.raises(errors.AuthenticationFailed) as refused:
                await conn.connect()
            assert conn.closed
            assert token not in str(refused.value) + repr(refused.value)

    asyncio.run(main())


# -- 2. heartbeats -------------------------------------------------------------------------------


def test_heartbeats_go_out_at_regular_intervals_also_during_a_flood(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server closes a socket that sends nothing for ``client_timeout`` (here 1 s); our
    heartbeats (every 0.05 s) keep it open while thousands of events arrive and nothing else is
    sent, and they reach the server throughout the flood, not only before or after it."""
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with (
            Simulator(seed=2, md_port=None, client_timeout=1.0, heartbeat_interval=0.05) as sim,
            account_on(sim, heartbeat_interval=0.05) as (_, account, told),
        ):
            [server] = tap.connections()
            balance = sim.store.first("cashBalance", accountId=ACCOUNT)
            assert balance is not None
            before = len(tap.heartbeats(server))
            written = 0
            flood_at_heartbeat: list[int] = []
            async with asyncio.timeout(20):
                while len(flood_at_heartbeat) < 10:
                    for _ in range(200):
                        written += 1
                        sim.store.update("cashBalance", balance["id"], amount=50_000 + written)
                    await asyncio.sleep(0)  # let the sockets move
                    beats = len(tap.heartbeats(server)) - before
                    while len(flood_at_heartbeat) < beats:
                        flood_at_heartbeat.append(written)
            await settled(account)
            assert written >= 2000
            assert len(set(flood_at_heartbeat)) > 1  # heartbeats interleaved with the flood
            assert not any(isinstance(e, Disconnected) for e in told.events)  # never closed for silence
            assert account.connection.generation == 1
            assert account.mirror.raw("cashBalance", balance["id"]) == sim.store.get("cashBalance", balance["id"])

    asyncio.run(main())


def test_heartbeats_go_out_at_regular_intervals_while_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that sends nothing (no ``h`` frames, no events): our heartbeats still go out on
    their own timer."""
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with (
            Simulator(seed=2, md_port=None, heartbeat_interval=60.0) as sim,
            session_on(sim) as session,
            Connection(sim.ws_url, session.access_token, heartbeat_interval=0.05, dead_after=None),
        ):
            [server] = tap.connections()
            async with asyncio.timeout(5):  # 100 heartbeat periods
                while len(tap.heartbeats(server)) < 5:
                    await asyncio.sleep(0.05)

    asyncio.run(main())


def test_server_heartbeats_are_received() -> None:
    async def main() -> None:
        async with Simulator(seed=2, md_port=None, heartbeat_interval=0.05) as sim, session_on(sim) as session:
            frames: list[str | bytes] = []
            seen = asyncio.Event()

            def record(frame: str | bytes) -> str | bytes:
                frames.append(frame)
                if frame == "h" and frames.count("h") >= 3:
                    seen.set()
                return frame

            async with Connection(sim.ws_url, session.access_token, on_frame=record):
                await asyncio.wait_for(seen.wait(), 10)
            assert frames[0] == "o"

    asyncio.run(main())


def test_a_silent_server_is_detected_and_the_connection_recovers() -> None:
    async def main() -> None:
        async with (
            Simulator(seed=2, md_port=None, heartbeat_interval=0.05) as sim,
            account_on(sim, dead_after=0.3) as (_, account, told),
        ):
            sim.faults.stop_heartbeats()
            lost = await told.wait(lambda e: isinstance(e, Disconnected))
            assert isinstance(lost, Disconnected) and lost.reason.startswith("silent")
            sim.faults.stop_heartbeats(False)
            await told.wait(lambda e: isinstance(e, Resynced))
            await account.wait_ready(10)
            await settled(account)
            assert mirror_state(account) == server_state(sim, account)

    asyncio.run(main())


def test_missed_client_heartbeats_close_the_socket_and_the_client_recovers() -> None:
    async def main() -> None:
        async with (
            Simulator(seed=2, md_port=None, client_timeout=0.3) as sim,
            account_on(sim, heartbeat_interval=30.0, dead_after=None) as (session, account, told),
        ):
            lost = await told.wait(lambda e: isinstance(e, Disconnected))  # the server gave up on us
            assert isinstance(lost, Disconnected)
            await told.wait(lambda e: isinstance(e, Resynced))
            async with asyncio.timeout(10):
                while True:  # a request between two of the server's closes: the session works again
                    try:
                        await account.connection.request("account/list", timeout=0.2)
                        break
                    except (errors.TradovateError, TimeoutError):
                        continue
            await session.rest.accounts.list()

    asyncio.run(main())


# -- 3. events, idempotency, one syncrequest -----------------------------------------------------


def test_events_are_processed_idempotently() -> None:
    """Every event delivered twice in a row changes the mirror once; the latest event of every
    entity delivered once more changes nothing; the mirror ends equal to the server."""

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, account_on(sim) as (session, account, _):
            changes: list[object] = []
            off = account.mirror.on(None, changes.append)
            synced = [c for c in sim.faults.connections if c.sync is not None]

            def again(event: Event) -> None:  # the server repeats each event at once
                for conn in synced:
                    conn.on_store_event(event)

            sim.store.listeners.append(again)
            logged = len(sim.event_log())
            for qty in (1, 2, 3):
                await session.rest.orders.place(order(qty))
            sim.advance(3)
            await settled(account)
            sim.store.listeners.remove(again)
            trail = sim.event_log()[logged:]
            assert len(trail) > 20
            assert 0 < len(changes) <= len(trail)  # a repeat emits nothing
            state = mirror_state(account)
            assert state == server_state(sim, account)

            changes.clear()
            latest: dict[tuple[str, int], bytes] = {}
            for data in sim.event_log():
                d = json.loads(data)["d"]
                latest[(d["entityType"], d["entity"]["id"])] = data
            for conn in synced:
                conn.send_raw("a[" + b",".join(latest.values()).decode() + "]")
            await settled(account)
            off()
            assert changes == []
            assert mirror_state(account) == state

    asyncio.run(main())


def test_exactly_one_syncrequest_per_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, account_on(sim) as (_, account, told):
            drops: list[Callable[[], int]] = [
                lambda: sim.faults.drop_connections("user"),
                lambda: sim.faults.send_close_frame(kind="user"),
                lambda: sim.faults.send_shutdown("Maintenance", kind="user"),
                lambda: sim.faults.close_silently("user"),
            ]
            for drop in drops:
                seen = len(told.events)
                drop()
                await told.wait(lambda e: isinstance(e, Resynced), after=seen)
            await account.wait_ready(10)
            await settled(account)
            synced = [c for c in tap.connections() if c.session is not None]
            assert len(synced) == 5
            assert [tap.requests(c, "user/syncrequest") for c in synced] == [1] * 5
            assert set(account.sync_requests.values()) == {1}
            assert isinstance(told.events[0], Synced)

    asyncio.run(main())


# -- 4. penalty tickets --------------------------------------------------------------------------


def test_a_penalty_ticket_is_honoured_once_with_its_ticket() -> None:
    """After failed logins the server answers the next login with a penalty ticket (p-time 1 s):
    the session waits p-time, sends the login once more carrying the ticket, and the server
    accepts the ticket (it checks that p-time has passed) and logs in."""

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim:
            wrong = Credentials(name="demo", password="wrong")
            for _ in range(sim.auth.options.login_failures_before_penalty):
                with pytest.raises(errors.AuthenticationFailed):
                    async with Session(wrong, environment(sim), auto_renew=False):
                        pass
            async with session_on(sim, DEMO) as session:  # penalised, waited, sent once more
                assert session.token is not None
                assert sim.auth.session(session.token.access_token) is not None
            assert sim.auth.tickets == {}  # the one ticket issued was redeemed

    asyncio.run(main())


def test_a_penalty_ticket_over_the_socket_is_honoured_once_with_its_ticket(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over the socket as over REST: the penalised order (not executed) is sent once more after
    ``p-time`` carrying the ticket, and the server executes it once; penalised again, or with a
    captcha, the caller gets the typed error and nothing is executed."""
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, account_on(sim) as (_, account, _):
            sim.faults.penalty("order/placeorder", seconds=0.2, transport="ws")  # p-time 1
            await account.place_order(order())
            assert len(sim.store.all("order")) == 1 and sim.auth.tickets == {}  # the ticket was redeemed
            [server] = tap.connections()
            frames = [parse_request(text) for _, text in tap.received[server] if text.startswith("order/placeorder\n")]
            sent = [json.loads(body) for _, _, _, body in frames]
            assert len(sent) == 2 and "p-ticket" not in sent[0] and sent[1].pop("p-ticket") and sent[1] == sent[0]

            sim.faults.penalty("order/placeorder", seconds=0, captcha=True, transport="ws")
            with pytest.raises(errors.CaptchaRequired) as penalised:
                await account.place_order(order())
            assert penalised.value.ticket not in str(penalised.value)
            # The captcha holds the operation locally (the call policy, as over REST) until an
            # operator resets it.
            with pytest.raises(errors.BudgetExhausted):
                await account.place_order(order())
            account.connection.guards.reset_breaker()
            sim.faults.penalty("order/placeorder", seconds=0, count=2, transport="ws")
            with pytest.raises(errors.PenaltyTicket):
                await account.place_order(order())
            assert len(sim.store.all("order")) == 1  # neither was executed
            assert account.connection.generation == 1  # the socket stays up

    asyncio.run(main())


def test_a_429_over_the_socket_is_typed_and_not_retried() -> None:
    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, account_on(sim) as (_, account, _):
            sim.faults.status(429, "order/placeorder", transport="ws")
            with pytest.raises(errors.RateLimited):
                await account.place_order(order())
            assert sim.store.all("order") == [] and sim.faults.applied["status"] == 1

    asyncio.run(main())


# -- 5. log-off ----------------------------------------------------------------------------------


def test_log_off_is_a_normal_close_and_the_heartbeats_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None, heartbeat_interval=0.05) as sim, session_on(sim) as session:
            account = AccountSession(session, connection_options={"heartbeat_interval": 0.02})
            await account.start()
            [server] = tap.connections()
            async with asyncio.timeout(10):
                while len(tap.heartbeats(server)) < 2:
                    await asyncio.sleep(0.02)
            await account.close()
            async with asyncio.timeout(10):
                while server not in tap.close_codes:
                    await asyncio.sleep(0.01)
            assert tap.close_codes[server] == 1000
            beats = len(tap.heartbeats(server))
            left = [t for t in asyncio.all_tasks() if t.get_name().startswith(("tradovate-ws", "tradovate-account"))]
            assert left == []  # the heartbeat timer went with its connection
            await asyncio.sleep(0.1)  # five heartbeat periods: none comes (absence cannot be awaited)
            assert len(tap.heartbeats(server)) == beats
            assert account.connection.closed

    asyncio.run(main())
