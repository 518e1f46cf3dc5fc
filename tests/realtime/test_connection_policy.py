"""Reconnects that cannot storm and refused upgrades that are typed and bounded, against the
simulator (its ``close_after`` and ``refuse_upgrade`` faults) and a raw WebSocket server.

Time is the connection's injected :class:`FastClock`: the backoff's sleeps return at once and
move the clock, so "a minute" of reconnects runs in well under a second of wall time.
"""

from __future__ import annotations

import asyncio
import heapq
import http
import itertools
import random
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response
from wsserver import WsServer

from tradovate.marketdata import Gap, MarketDataClient
from tradovate.realtime.account import AccountSession
from tradovate.realtime.connection import Backoff, Connection, Disconnected, Reconnected
from tradovate.realtime.errors import ServerShutdown, UpgradeRefused
from tradovate.realtime.events import StreamEvent
from tradovate.realtime.reconnect import ReconnectDelays, ReconnectPolicy, upgrade_refused
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim.faults import Faults, parse_fault
from tradovate.streams import Stream
from tradovate_api.errors import AuthenticationFailed, RequestNotSent

CREDENTIALS = Credentials(name="demo", password="demo")


class FastClock:
    """The reconnect clock of a test: ``asleep`` returns at once and moves time on. A sleep that
    would end at or after ``stop_at`` never returns (the run is over: nothing after it happens)."""

    def __init__(self, stop_at: float = float("inf")) -> None:
        self.now = 0.0
        self.stop_at = stop_at
        self.sleeps: list[float] = []
        self.stopped = asyncio.Event()

    def monotonic(self) -> float:
        return self.now

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if self.now + seconds >= self.stop_at:
            self.stopped.set()
            await asyncio.Event().wait()  # cancelled by close()
        self.now += seconds
        await asyncio.sleep(0)


async def next_of(stream: Stream[StreamEvent], *kinds: type, timeout: float = 10.0) -> Any:
    async with asyncio.timeout(timeout):
        while True:
            event = await stream.get()
            if isinstance(event, kinds):
                return event


def run(main: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(main())


# -- the policy alone ------------------------------------------------------------------------


def policy(backoff: Backoff, **kw: Any) -> ReconnectPolicy:
    options: dict[str, Any] = {
        "quota_delay": 300.0,
        "maintenance_delay": 30.0,
        "max_attempts": None,
        "upgrade_auth_retries": 1,
        "max_retry_after": 3600.0,
    }
    options.update(kw)
    return ReconnectPolicy(backoff, random.Random(0), **options)


@given(
    lives=st.lists(st.floats(min_value=0.0, max_value=59.9), min_size=1, max_size=40),
    seed=st.integers(0, 2**32),
)
def test_short_lived_connections_never_reset_the_backoff(lives: list[float], seed: int) -> None:
    backoff = Backoff()
    rules = policy(backoff)
    rules.delays._rng.seed(seed)
    delays = [rules.after(usable=True, lived=lived, error=None, first=False).delay for lived in lives]
    # each step is the capped exponential, at most `jitter` below it: never back at `initial`
    for n, delay in enumerate(delays):
        step = min(backoff.cap, backoff.initial * backoff.factor**n)
        assert step * (1 - backoff.jitter) <= delay <= step
    # a server closing every connection at once gets at most 10 connections in its first minute
    starts = [0.0]
    for delay, lived in zip(delays, lives, strict=False):
        starts.append(starts[-1] + lived + delay)
    assert sum(start < 60 for start in starts) <= 10


@given(
    sockets=st.integers(1, 8),
    lives=st.lists(st.floats(min_value=0.0, max_value=59.9), min_size=1, max_size=60),
    seed=st.integers(0, 2**32),
)
def test_sockets_sharing_delays_take_turns_whatever_their_lives(sockets: int, lives: list[float], seed: int) -> None:
    """However many sockets share one ReconnectDelays and however short their connections, the
    user's reconnects are spaced one after another: each at least a jittered delay after the
    previous one, so the first minute holds the first connections and at most 10 more."""
    shared = ReconnectDelays(Backoff(), seed=seed)
    rules = [policy(Backoff(), delays=shared) for _ in range(sockets)]
    due = [(0.0, n) for n in range(sockets)]
    attempts: list[float] = []
    for lived in lives:
        at, n = min(due)
        due.remove((at, n))
        if at > 0:
            attempts.append(at)
        ends = at + lived
        due.append((ends + rules[n].after(usable=True, lived=lived, error=None, first=False, now=ends).delay, n))
    floor = Backoff().initial * (1 - Backoff().jitter)
    assert all(b - a >= floor - 1e-9 for a, b in itertools.pairwise(attempts))
    assert sum(a < 60 for a in attempts) <= 10


def test_a_connection_that_stayed_healthy_starts_the_backoff_over() -> None:
    backoff = Backoff(healthy_after=60.0, jitter=0.0)
    rules = policy(backoff)
    assert [rules.after(usable=True, lived=1.0, error=None, first=False).delay for _ in range(3)] == [0.5, 1.0, 2.0]
    assert rules.after(usable=True, lived=60.0, error=None, first=False).delay == 0.5


def test_retry_after_and_shutdowns_lengthen_the_wait_and_401_403_end_after_one_renewal() -> None:
    rules = policy(Backoff(jitter=0.0), max_retry_after=100.0)
    assert rules.after(usable=False, lived=0, error=UpgradeRefused(429, "", 42.0), first=False).delay == 42.0
    assert rules.after(usable=False, lived=0, error=UpgradeRefused(429, "", 10**6), first=False).delay == 100.0
    assert rules.after(usable=True, lived=0, error=ServerShutdown("IPQuotaReached", None), first=False).delay == 300
    first = rules.after(usable=False, lived=0, error=UpgradeRefused(403), first=False)
    assert not first.end and rules.retry_token
    second = rules.after(usable=False, lived=0, error=UpgradeRefused(403), first=False)
    assert second.end and isinstance(second.error, UpgradeRefused) and second.error.status_code == 403
    fresh = policy(Backoff())
    assert fresh.after(usable=False, lived=0, error=UpgradeRefused(429, "", 5.0), first=True).end  # start() is told


def test_backoff_settings_are_validated() -> None:
    for bad in ({"initial": -1.0}, {"factor": 0.5}, {"jitter": 2.0}, {"healthy_after": float("nan")}):
        with pytest.raises(ValueError):
            Backoff(**bad)


def test_the_new_fault_kinds_come_from_the_command_line_and_scenarios_too() -> None:
    faults = Faults()
    faults.load(
        [
            parse_fault("refuse_upgrade:md,status=429,seconds=30,count=none"),
            {"kind": "close_after", "endpoint": "user/syncrequest", "count": None},
        ]
    )
    refusal = faults.take_upgrade("md")
    assert refusal is not None and (refusal.status, refusal.seconds, refusal.count) == (429, 30, None)
    assert faults.take_upgrade("user") is None and faults.take("md/subscribequote", "ws") is None
    close = faults.take("user/syncrequest", "ws")
    assert close is not None and close.kind == "close_after" and close.transport == "ws"
    assert faults.take("user/syncrequest", "rest") is None  # sockets only


# -- against the simulator -------------------------------------------------------------------


def test_a_server_closing_after_every_sync_gets_at_most_ten_syncs_a_minute() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                sim.faults.close_after("user/syncrequest")  # every sync answered, then 1000 "Bye"
                clock = FastClock(stop_at=60.0)
                account = AccountSession(session, connection_options={"clock": clock, "seed": 11})
                start = asyncio.ensure_future(account.start())
                try:
                    async with asyncio.timeout(30):
                        await clock.stopped.wait()  # the next connection would be a minute in
                    syncs = sim.faults.applied.get("close_after", 0)
                    assert 3 <= syncs <= 10, (syncs, clock.sleeps)
                    assert set(account.sync_requests.values()) <= {1}  # one syncrequest per connection
                    # one connection per backoff step: the waits only grow (never back to 0.5 s)
                    assert all(b >= a * 0.8 for a, b in zip(clock.sleeps, clock.sleeps[1:], strict=False))
                    assert clock.sleeps[-1] >= 10
                finally:
                    await account.close()
                    await asyncio.gather(start, return_exceptions=True)

    run(main)


class TurnClock:
    """Virtual time for several connections: when every one of ``sleepers`` is asleep, the one
    due first wakes and time jumps to its wake-up (no wall clock involved). A sleep due at or
    after ``stop_at`` never returns; ``stopped`` is set when every sleeper is past it."""

    def __init__(self, sleepers: int, stop_at: float) -> None:
        self.now = 0.0
        self.sleepers = sleepers
        self.stop_at = stop_at
        self.stopped = asyncio.Event()
        self._due: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def monotonic(self) -> float:
        return self.now

    async def asleep(self, seconds: float) -> None:
        self._count += 1
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._due, (self.now + seconds, self._count, woken))
        if len(self._due) == self.sleepers:
            at, _, first = self._due[0]
            if at >= self.stop_at:
                self.stopped.set()
            else:
                heapq.heappop(self._due)
                self.now = at
                first.set_result(None)
        await woken


def test_the_sockets_of_one_session_share_one_backoff_and_take_turns() -> None:
    # the policy alone: 4 sockets closed at once after every sync, one shared backoff
    shared = ReconnectDelays(Backoff(), seed=5)
    rules = [policy(Backoff(), delays=shared) for _ in range(4)]
    due = [(0.0, n) for n in range(4)]
    started = [0, 0, 0, 0]
    while (at := min(due))[0] < 60:
        due.remove(at)
        started[at[1]] += 1
        due.append(
            (at[0] + rules[at[1]].after(usable=True, lived=0.0, error=None, first=False, now=at[0]).delay, at[1])
        )
    assert sum(started) <= 12 and min(started) >= 2, started  # 32 with a backoff each

    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                sim.faults.close_after("user/syncrequest")  # every sync answered, then 1000 "Bye"
                clock = TurnClock(sleepers=4, stop_at=60.0)
                accounts = [AccountSession(session, connection_options={"clock": clock}) for _ in range(4)]
                assert len({id(a.connection.delays) for a in accounts}) == 1
                starts = [asyncio.ensure_future(a.start()) for a in accounts]
                try:
                    async with asyncio.timeout(60):
                        await clock.stopped.wait()  # every socket's next connection is a minute in
                    syncs = sim.faults.applied.get("close_after", 0)
                    assert 8 <= syncs <= 12, syncs  # 4 x 8 with a backoff per socket
                    assert all(set(a.sync_requests.values()) == {1} for a in accounts)
                finally:
                    for account in accounts:
                        await account.close()
                    await asyncio.gather(*starts, return_exceptions=True)

    run(main)


@pytest.mark.parametrize("status", [401, 403])
def test_an_upgrade_refused_for_auth_fails_start_after_one_renewal(status: int) -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                refused: list[str] = []

                def renew(token: str) -> None:
                    refused.append(token)
                    session.invalidate(token)

                sim.faults.refuse_upgrade(status, "user", count=None)
                account = AccountSession(session, connection_options={"on_auth_refused": renew, "clock": FastClock()})
                with pytest.raises(UpgradeRefused) as info:
                    async with asyncio.timeout(10):
                        await account.start()
                await account.close()
            assert info.value.status_code == status and info.value.reason in ("Access is denied", "Forbidden")
            assert str(status) in str(info.value)
            assert len(refused) == 1  # renewed once, then given up
            assert sim.faults.applied["refuse_upgrade"] == 2

    run(main)


def test_a_429_upgrade_reaches_start_at_once_with_its_retry_after() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                sim.faults.refuse_upgrade(429, "user", seconds=120, count=None)
                account = AccountSession(session)
                with pytest.raises(UpgradeRefused) as info:
                    async with asyncio.timeout(10):
                        await account.start()
                await account.close()
            assert (info.value.status_code, info.value.retry_after) == (429, 120.0)
            assert sim.faults.applied["refuse_upgrade"] == 1

    run(main)


def test_a_refused_market_data_upgrade_fails_start() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                sim.faults.refuse_upgrade(403, "md", count=None)
                md = MarketDataClient.from_session(session, clock=FastClock())
                with pytest.raises(UpgradeRefused) as info:
                    async with asyncio.timeout(10):
                        await md.start()
                await md.close()
            assert info.value.status_code == 403

    run(main)


def test_market_data_streams_hear_of_a_refused_reconnect_and_end_when_the_socket_ends() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                md = MarketDataClient.from_session(session, clock=FastClock(), dead_after=None)
                await md.start()
                quotes = await md.quotes("ESZ6")
                sim.faults.refuse_upgrade(403, "md", count=None)
                sim.faults.drop_connections("md")
                gaps: list[str] = []
                async with asyncio.timeout(10):
                    async for item in quotes:
                        if isinstance(item, Gap):
                            gaps.append(item.reason)
                assert gaps == ["disconnected", "closed"]  # renewed once and refused again: the end
                assert isinstance(md.socket.connection.ended_by, UpgradeRefused)
                await md.close()

    run(main)


def test_wait_ready_raises_the_refusal_that_ended_the_socket() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                account = AccountSession(session, connection_options={"clock": FastClock()})
                await account.start()
                events = account.events()
                sim.faults.refuse_upgrade(403, "user", count=None)
                sim.faults.drop_connections("user")
                async with asyncio.timeout(10):
                    async for event in events:
                        if isinstance(event, Disconnected):
                            break
                with pytest.raises(UpgradeRefused) as info:
                    await account.wait_ready(10)
                assert info.value.status_code == 403
                await account.close()

    run(main)


def test_on_a_reconnect_429_waits_the_servers_time_and_403_ends_the_socket_visibly() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(CREDENTIALS, environment, auto_renew=False) as session:
                clock = FastClock()
                conn = Connection(sim.ws_url, session.access_token, clock=clock, on_auth_refused=session.invalidate)
                stream = conn.events()
                await conn.connect()
                sim.faults.refuse_upgrade(429, "user", seconds=90)
                sim.faults.drop_connections("user")
                lost = await next_of(stream, Disconnected)
                assert lost.error is None  # the drop
                refused = await next_of(stream, Disconnected)
                assert isinstance(refused.error, UpgradeRefused) and refused.error.status_code == 429
                assert refused.retry_in is not None and refused.retry_in >= 90
                await next_of(stream, Reconnected)
                assert max(clock.sleeps) >= 90

                sim.faults.refuse_upgrade(403, "user", count=None)
                sim.faults.drop_connections("user")
                await next_of(stream, Disconnected)  # the drop
                first = await next_of(stream, Disconnected)
                assert isinstance(first.error, UpgradeRefused) and first.retry_in is not None  # renewed, tried again
                last = await next_of(stream, Disconnected)
                assert isinstance(last.error, UpgradeRefused) and last.retry_in is None  # the end
                assert [e async for e in stream] == [] and conn.closed
                assert isinstance(conn.ended_by, UpgradeRefused)
                await conn.close()

    run(main)


def test_requested_reconnects_of_short_lived_connections_escalate_too() -> None:
    async def main() -> None:
        async with WsServer() as server:
            clock = FastClock()
            conn = Connection(server.url, _token, clock=clock, backoff=Backoff(jitter=0.0, healthy_after=60.0))
            stream = conn.events()
            await conn.connect()
            for _ in range(5):  # e.g. a consumer that overflows its queue right after every sync
                await conn.reconnect("resync")
                await next_of(stream, Reconnected)
            assert clock.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
            clock.now += 60  # this connection stays up a minute: the next request is served at once
            await conn.reconnect("resync")
            await next_of(stream, Reconnected)
            assert clock.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
            await conn.close()

    run(main)


def test_a_socket_that_gives_up_tells_its_streams_why() -> None:
    async def main() -> None:
        async with WsServer() as server:
            conn = Connection(server.url, _token, clock=FastClock(), max_attempts=2)
            stream = conn.events()
            await conn.connect()
            server.tokens.clear()  # every later attempt is refused
            server.current.abort()
            ends = [e async for e in stream if isinstance(e, Disconnected)]
            # the drop, the failed attempt (typed, retried), the end
            assert [e.retry_in is None for e in ends] == [False, False, True]
            assert ends[0].error is None and isinstance(ends[1].error, AuthenticationFailed)
            assert isinstance(ends[-1].error, RequestNotSent) and conn.ended_by is ends[-1].error
            await conn.close()

    run(main)


# -- what the server said --------------------------------------------------------------------


def refusing(status: int, body: bytes, headers: dict[str, str]) -> Callable[[ServerConnection, Request], Response]:
    def process_request(connection: ServerConnection, request: Request) -> Response:
        fields = Headers(headers)
        fields["Content-Length"] = str(len(body))
        return Response(status, http.HTTPStatus(status).phrase, fields, body)

    return process_request


@pytest.mark.parametrize(
    ("body", "headers", "reason", "retry_after"),
    [
        (b'{"errorText":"Too many connections"}', {"Retry-After": "7"}, "Too many connections", 7.0),
        (b'"Access is denied"', {}, "Access is denied", None),
        (
            b"token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SECRETsecretSECRET refused\x00\x1b[31m",
            {"Retry-After": "soon"},
            "token <redacted> refused [31m",
            None,
        ),
        (b"", {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, "Too Many Requests", 0.0),
    ],
)
def test_the_refusal_keeps_the_servers_words_without_secrets(
    body: bytes, headers: dict[str, str], reason: str, retry_after: float | None
) -> None:
    async def main() -> None:
        async def never(ws: ServerConnection) -> None:
            raise AssertionError("upgraded")

        async with serve(never, "127.0.0.1", 0, process_request=refusing(429, body, headers)) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            conn = Connection(f"ws://127.0.0.1:{port}/v1/websocket", _token)
            with pytest.raises(UpgradeRefused) as info:
                async with asyncio.timeout(10):
                    await conn.connect()
        assert info.value.status_code == 429
        assert info.value.reason == reason and info.value.retry_after == retry_after
        assert "SECRET" not in str(info.value) + repr(info.value)

    run(main)


async def _token() -> str:
    return "good-token"


@given(
    status=st.integers(300, 599),
    phrase=st.text(max_size=300),
    body=st.binary(max_size=3000),
    retry_after=st.one_of(
        st.none(),
        st.text(max_size=40),
        st.integers(0, 10**12).map(str),
        st.sampled_from(["Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "\u00b2", "-1", "1.5"]),
    ),
)
def test_any_refusal_answer_becomes_a_bounded_typed_error(
    status: int, phrase: str, body: bytes, retry_after: str | None
) -> None:
    refused = upgrade_refused(status, phrase, retry_after, body)
    assert refused.status_code == status
    assert len(refused.reason) <= 203 and refused.reason.isprintable()
    assert refused.retry_after is None or 0 <= refused.retry_after <= 10**9
    assert str(status) in str(refused)
