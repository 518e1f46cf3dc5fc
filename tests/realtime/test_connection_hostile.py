"""Hostile answers to the WebSocket handshake and settings that would leak the token: every one
ends in a typed error within a bound, and the token goes nowhere but the URL's host.

Raw TCP servers (started here, on loopback) answer the handshake with odd bytes; time is the
connection's injected :class:`FastClock` (the backoff's sleeps return at once and move it).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import ssl
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from test_connection_policy import FastClock
from websockets.asyncio.server import ServerConnection, serve
from wsserver import WsServer

from tradovate.marketdata import MarketDataClient
from tradovate.realtime.account import AccountSession, Resynced
from tradovate.realtime.connection import Backoff, Connection, Disconnected
from tradovate.realtime.errors import ProtocolViolation, UpgradeRefused
from tradovate.realtime.reconnect import upgrade_refused
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate, errors
from tradovate_api.runtime import check_ssl_context

SECRET = "SECRETTOKEN_ABCDEFGHIJKLMNOP"  # 28 characters, no digits: not "opaque" to a pattern


async def token() -> str:
    return SECRET


def _odd(mode: str) -> bytes:
    """The hostile tester's answers to the handshake."""
    if mode == "nonascii":
        return "HTTP/1.1 403 Verboten ÄÖÜ 禁止\r\nX-É: \xff\r\nContent-Length: 12\r\n\r\n".encode() + "禁止 ÄÖ".encode()
    return {
        "noreasonphrase": b"HTTP/1.1 403\r\nContent-Length: 0\r\n\r\n",
        "bigstatus": b"HTTP/1.1 999 Weird\r\nContent-Length: 0\r\n\r\n",
        "lf": b"HTTP/1.1 403 Forbidden\nContent-Length: 0\n\n",
        "badheader": b"HTTP/1.1 403 Forbidden\r\nno colon here\r\n\r\n",
        "hugebody": b"HTTP/1.1 403 Forbidden\r\nContent-Length: %d\r\n\r\n" % (20 * 2**20) + b"x" * 2**16,
        "hugeheader": b"HTTP/1.1 403 Forbidden\r\nX-A: " + b"a" * 100_000 + b"\r\n\r\n",
        "manyheaders": b"HTTP/1.1 403 Forbidden\r\n" + b"X-A: a\r\n" * 10_000 + b"\r\n",
        "garbage": b"HELLO THERE\r\n\r\n",
        "101bad": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        b"Sec-WebSocket-Accept: bogus\r\n\r\n",
    }[mode]


@asynccontextmanager
async def raw_server(mode: str, seen: list[bytes] | None = None) -> AsyncIterator[str]:
    """A TCP server answering every handshake as ``mode`` says; yields its ``ws://`` URL."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await reader.readuntil(b"\r\n\r\n")
            if seen is not None:
                seen.append(request)
            if mode == "stall":
                await asyncio.Event().wait()
            elif mode == "chunked":  # an endless chunked body
                writer.write(b"HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n")
                for _ in range(4096):
                    writer.write(b"400\r\n" + b"y" * 1024 + b"\r\n")
                    await writer.drain()
            else:
                writer.write(_odd(mode))
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"ws://127.0.0.1:{port}/v1/websocket"
    finally:
        server.close()


def run(main: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(main())  # type: ignore[arg-type]


ODD = ["nonascii", "noreasonphrase", "bigstatus", "lf", "badheader", "hugebody", "hugeheader", "manyheaders"]
ODD += ["garbage", "101bad", "chunked"]


@pytest.mark.parametrize("mode", ODD)
def test_an_odd_answer_to_the_handshake_fails_connect_typed_within_the_bound(mode: str) -> None:
    async def main() -> None:
        clock = FastClock()
        async with raw_server(mode) as url:
            conn = Connection(url, token, clock=clock, first_connect_timeout=20.0, seed=1)
            with pytest.raises((UpgradeRefused, ProtocolViolation)) as caught:
                async with asyncio.timeout(60):  # each attempt ends at once; a hang fails here
                    await conn.connect()
        assert clock.now < 20.0 and conn.closed and conn.ended_by is caught.value
        assert SECRET not in str(caught.value) and "\n" not in str(caught.value)

    run(main)


def test_a_refused_host_fails_connect_with_request_not_sent_and_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        with socket.socket() as probe:  # a port nothing listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        clock = FastClock()
        conn = Connection(f"ws://127.0.0.1:{port}/", token, clock=clock, first_connect_timeout=30.0)
        with pytest.raises(errors.RequestNotSent) as caught:
            async with asyncio.timeout(60):
                await conn.connect()
        assert "ConnectionRefusedError" in str(caught.value) and clock.now < 30.0

    with caplog.at_level(logging.WARNING, "tradovate.realtime"):
        run(main)
    assert any("ConnectionRefusedError" in r.getMessage() for r in caplog.records)  # the first, not at INFO


def test_an_account_session_start_is_bounded_too() -> None:
    async def main() -> None:
        async with raw_server("badheader") as url:
            session = AccountSession(token, url, connection_options={"clock": FastClock(), "seed": 2})
            with pytest.raises(ProtocolViolation):
                async with asyncio.timeout(60):
                    await session.start()
            await session.close()

    run(main)


def test_close_during_a_stuck_handshake_returns_at_once() -> None:
    async def main() -> None:
        seen: list[bytes] = []
        async with raw_server("stall", seen) as url:
            conn = Connection(url, token, connect_timeout=3600.0)  # the handshake would wait an hour
            attempt = asyncio.ensure_future(conn.connect())
            while not seen:
                await asyncio.sleep(0.01)
            async with asyncio.timeout(30):
                await conn.close()
                with pytest.raises(Exception) as caught:
                    await attempt
            assert isinstance(caught.value, errors.TradovateError)

    run(main)


def test_first_connect_timeout_is_validated() -> None:
    for bad in (0, -1.0, float("inf"), float("nan"), True, "30"):
        with pytest.raises(errors.InvalidRequest):
            Connection("ws://127.0.0.1:1/", token, first_connect_timeout=bad)  # type: ignore[arg-type]
    assert Connection("ws://127.0.0.1:1/", token, first_connect_timeout=None).first_connect_timeout is None


# -- the token goes to the URL's host only ----------------------------------------------------

ELSEWHERE = [
    {"host": "192.0.2.2"},
    {"port": 80},
    {"family": socket.AF_INET6},
    {"local_addr": ("127.0.0.1", 0)},
    {"proto": 0},
    {"flags": 0},
    {"logger": logging.getLogger("websockets.client")},
    {"logger": "not a logger"},
    {"open_timeout": None},
]


@pytest.mark.parametrize("options", ELSEWHERE, ids=lambda o: next(iter(o)))
@pytest.mark.parametrize("entry", ["connection", "account", "marketdata"])
def test_options_that_move_the_socket_or_log_its_frames_are_refused(options: dict[str, Any], entry: str) -> None:
    async def main() -> None:
        url = "ws://127.0.0.1:9/v1/websocket"
        with pytest.raises((errors.InsecureConfiguration, errors.InvalidRequest)):
            if entry == "connection":
                Connection(url, token, connect_options=options)
            elif entry == "account":
                AccountSession(token, url, connection_options={"connect_options": options})
            else:
                MarketDataClient(url, token, connect_options=options)

    run(main)


def test_a_redirect_is_a_typed_refusal_and_the_token_never_follows_it() -> None:
    async def main() -> None:
        async with WsServer() as elsewhere:
            target = elsewhere.url.replace("ws://", "")
            answer = f"HTTP/1.1 301 Moved\r\nLocation: ws://{target}\r\nContent-Length: 0\r\n\r\n".encode()

            async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(answer)
                await writer.drain()
                writer.close()

            server = await asyncio.start_server(handle, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            conn = Connection(f"ws://127.0.0.1:{port}/", token, clock=FastClock())
            with pytest.raises(UpgradeRefused) as caught:
                async with asyncio.timeout(60):
                    await conn.connect()
            server.close()
            assert caught.value.status_code == 301
            assert elsewhere.tokens_seen == [] and not elsewhere.conns

    run(main)


def _context(**change: Any) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if "ciphers" in change:
        context.set_ciphers(change["ciphers"])
    if "minimum" in change:
        with warnings.catch_warnings():  # TLSv1 is deprecated: that is the point
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = change["minimum"]
    return context


@pytest.mark.parametrize(
    "change",
    [
        {"ciphers": "aNULL:@SECLEVEL=0"},
        {"ciphers": "ALL:@SECLEVEL=0"},
        {"ciphers": "eNULL:@SECLEVEL=0"},
        {"minimum": ssl.TLSVersion.TLSv1},
        {"minimum": ssl.TLSVersion.MINIMUM_SUPPORTED},
    ],
    ids=str,
)
def test_anonymous_ciphers_and_old_tls_are_refused_for_rest_and_sockets(change: dict[str, Any]) -> None:
    try:
        context = _context(**change)
    except ssl.SSLError:
        pytest.skip("this OpenSSL has no such ciphers")
    with pytest.raises(errors.InsecureConfiguration):
        check_ssl_context(context)
    with pytest.raises(errors.InsecureConfiguration):
        AsyncTradovate(ssl_context=context)  # REST: the same rule, before any login is posted
    with pytest.raises(errors.InsecureConfiguration):
        Connection("wss://demo.tradovateapi.com/v1/websocket", token, connect_options={"ssl": context})


def test_a_default_context_and_one_without_old_versions_are_accepted() -> None:
    check_ssl_context(ssl.create_default_context())
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    check_ssl_context(context)


# -- secrets in the server's words ------------------------------------------------------------


def test_the_refusal_text_loses_secret_pairs_and_the_connections_token() -> None:
    body = f'{{"errorText":"token {SECRET} refused; password=hunter2pass sec=abcdef-sec-123 Bearer {SECRET}"}}'
    refusal = upgrade_refused(403, "Forbidden", None, body.encode())
    pairs = upgrade_refused(403, "Forbidden", None, b'{"message": "apiKey: \\"k-123\\", accessToken=abc123xyz"}')
    named = upgrade_refused(403, "Forbidden", None, f"denied: {SECRET}!".encode(), SECRET)
    for error in (refusal, pairs, named):
        for secret in (SECRET, "hunter2pass", "abcdef-sec-123", "k-123", "abc123xyz"):
            assert secret not in str(error) and secret not in repr(error)
    assert "refused" in refusal.reason and "denied" in named.reason


def test_a_refusal_on_a_reconnect_never_echoes_the_token_used_before() -> None:
    async def main() -> None:
        async with WsServer(tokens={SECRET}) as server:
            conn = Connection(server.url, token, clock=FastClock(), backoff=Backoff(jitter=0.0), seed=3)
            stream = conn.events()
            await conn.connect()
            server.refuse_upgrade = (403, f"you sent {SECRET}".encode())
            server.current.abort()
            async with asyncio.timeout(30):
                while True:
                    event = await stream.get()
                    if isinstance(event, Disconnected) and isinstance(event.error, UpgradeRefused):
                        break
            assert SECRET not in str(event.error) and "you sent" in str(event.error)
            await conn.close()

    run(main)


@asynccontextmanager
async def answering_once(target: str, mode: str) -> AsyncIterator[str]:
    """A TCP front whose first connection is passed through to ``target`` (a ``ws://`` URL on
    loopback) and whose later ones get the odd answer ``mode``; yields its ``ws://`` URL."""
    host, port = target.split("//", 1)[1].split("/", 1)[0].split(":")
    connections = 0

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writer.close()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        if connections > 1:
            try:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(_odd(mode))
                await writer.drain()
            except (OSError, asyncio.IncompleteReadError):
                pass
            finally:
                writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    front = server.sockets[0].getsockname()[1]
    try:
        yield f"ws://127.0.0.1:{front}/v1/websocket"
    finally:
        server.close()


@pytest.mark.parametrize("mode", ["garbage", "101bad", "badheader"])
def test_a_reconnect_that_meets_a_malformed_answer_tells_the_streams_typed(mode: str) -> None:
    async def main() -> None:
        async with WsServer(tokens={SECRET}) as server, answering_once(server.url, mode) as url:
            lost: list[Disconnected] = []
            conn = Connection(url, token, clock=FastClock(), seed=3, on_disconnected=lost.append)
            stream = conn.events()
            await conn.connect()
            server.current.abort()
            failed = []
            async with asyncio.timeout(30):
                async for event in stream:
                    if isinstance(event, Disconnected) and event.error is not None:
                        failed.append(event)
                        if len(failed) == 2:
                            break
            assert all(isinstance(e.error, ProtocolViolation) and e.retry_in is not None for e in failed)
            assert "handshake" in failed[0].reason and SECRET not in failed[0].reason
            assert lost[: len(failed) + 1] == [lost[0], *failed]  # the owner's hook hears the same
            await conn.close()

    run(main)


# -- a token refused again after a fresh login ------------------------------------------------


def test_an_authorize_refused_again_after_a_renewal_ends_the_socket() -> None:
    async def main() -> None:
        async with WsServer(tokens={"t0"}) as server:
            issued = ["t0"]
            logins: list[str] = []

            async def source() -> str:
                return issued[-1]

            def on_refused(value: str) -> None:  # what Session.invalidate leads to: a new login
                logins.append(value)
                issued.append(f"t{len(issued)}")

            clock = FastClock()
            conn = Connection(server.url, source, on_auth_refused=on_refused, clock=clock, seed=4)
            stream = conn.events()
            await conn.connect()
            server.tokens.clear()  # every later authorize refused, whatever the token
            server.current.abort()
            async with asyncio.timeout(30):
                while True:
                    event = await stream.get()
                    if isinstance(event, Disconnected) and event.retry_in is None:
                        break
            assert isinstance(event.error, errors.AuthenticationFailed)
            assert conn.ended_by is event.error and conn.closed
            assert logins == ["t0", "t1"]  # one fresh login, refused too: no more
            assert server.tokens_seen == ["t0", "t0", "t1"]

    run(main)


def test_a_session_logs_in_once_more_not_on_every_reconnect_when_authorize_keeps_failing() -> None:
    """The tester's "auth storm": a server that takes the first ``authorize`` and refuses every
    later one made each reconnect a new REST login (6 in 40 s). Now: one more login, then the
    socket ends with ``AuthenticationFailed``, visible to the session and its streams."""
    authorizations = 0

    async def handler(ws: ServerConnection) -> None:
        nonlocal authorizations
        await ws.send("o")
        async for message in ws:
            assert isinstance(message, str)
            endpoint, rid = message.split("\n")[:2]
            if endpoint == "authorize":
                authorizations += 1
                status = 200 if authorizations == 1 else 401
                await ws.send(f'a[{{"s":{status},"i":{rid},"d":"Invalid access token"}}]')
            elif endpoint.lower() == "user/syncrequest":
                await ws.send(f'a[{{"s":200,"i":{rid},"d":{{"users":[{{"id":1,"name":"u"}}]}}}}]')
                await ws.close(1000, "Bye")
                return

    async def main() -> None:
        async with Simulator() as sim, serve(handler, "127.0.0.1", 0) as server:
            url = f"ws://127.0.0.1:{next(iter(server.sockets)).getsockname()[1]}/"
            env = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(Credentials(name="demo", password="demo"), env) as session:
                logins: list[object] = []
                session.add_token_listener(logins.append)
                account = AccountSession(session, url, connection_options={"clock": FastClock(), "seed": 5})
                stream = account.connection.events()
                await account.start()
                async with asyncio.timeout(30):
                    while True:
                        event = await stream.get()
                        if isinstance(event, Disconnected) and event.retry_in is None:
                            break
                assert isinstance(account.connection.ended_by, errors.AuthenticationFailed)
                assert len(logins) == 1 and authorizations == 3  # one fresh login, refused too: the end
                await account.close()

    run(main)


@pytest.mark.parametrize(
    "answer",
    [
        '{{"s":401,"i":{rid},"d":"Invalid access token {token}"}}',
        '{{"s":200,"i":{rid},"d":{{"errorText":"token {token} expired; password=hunter2pass"}}}}',
        '{{"s":500,"i":{rid},"d":"cannot check {token}"}}',
    ],
)
def test_an_authorize_refusal_never_echoes_the_token(answer: str, caplog: pytest.LogCaptureFixture) -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.send("o")
        async for message in ws:
            assert isinstance(message, str)
            rid = message.split("\n")[1]
            await ws.send("a[" + answer.format(rid=rid, token=SECRET) + "]")

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0) as server:
            url = f"ws://127.0.0.1:{next(iter(server.sockets)).getsockname()[1]}/"
            conn = Connection(url, token, clock=FastClock(), max_attempts=2, seed=6)
            with pytest.raises(errors.TradovateError) as caught:
                async with asyncio.timeout(30):
                    await conn.connect()
        for text in (str(caught.value), repr(caught.value)):
            assert SECRET not in text and "hunter2pass" not in text

    with caplog.at_level(logging.INFO, "tradovate"):  # what an application logging at INFO keeps
        run(main)
    assert any("refused" in r.getMessage() or "HTTP 500" in r.getMessage() for r in caplog.records)
    assert not any(SECRET in r.getMessage() or "hunter2pass" in r.getMessage() for r in caplog.records)


class _Liar(ssl.SSLContext):
    """A context that reports verification while the handshake does none."""

    @property  # type: ignore[override]
    def verify_mode(self) -> ssl.VerifyMode:
        return ssl.CERT_REQUIRED

    @verify_mode.setter
    def verify_mode(self, value: ssl.VerifyMode) -> None:
        ssl.SSLContext.verify_mode.__set__(self, value)  # type: ignore[attr-defined]

    @property
    def check_hostname(self) -> bool:
        return True

    @check_hostname.setter
    def check_hostname(self, value: bool) -> None:
        ssl.SSLContext.check_hostname.__set__(self, value)  # type: ignore[attr-defined]


def test_a_context_that_misreports_its_verification_is_refused() -> None:
    liar = _Liar(ssl.PROTOCOL_TLS_CLIENT)
    liar.check_hostname = False
    liar.verify_mode = ssl.CERT_NONE
    with pytest.raises(errors.InsecureConfiguration):
        check_ssl_context(liar)
    with pytest.raises(errors.InsecureConfiguration):
        Connection("wss://demo.tradovateapi.com/v1/websocket", token, connect_options={"ssl": liar})


def test_an_unreadable_answer_to_a_resync_ends_the_connection_at_once_not_after_the_sync_timeout() -> None:
    """A message frame that cannot be read while the resync's answer is awaited: the connection
    ends (a typed Disconnected on the streams) and the next one resyncs — not 60 s of waiting."""

    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            environment = Environment.simulator(sim.rest_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment) as session,
                AccountSession(session, sync_timeout=60.0) as account,
            ):
                events = account.events()
                sim.faults.malformed_answer("user/syncrequest")
                sim.faults.bye("user")
                seen: list[Any] = []

                async def until_resynced() -> None:
                    async for event in events:
                        seen.append(event)
                        if isinstance(event, Resynced):
                            return

                await asyncio.wait_for(until_resynced(), 20)  # the old behaviour took 60 s and more
                typed = [e for e in seen if isinstance(e, Disconnected) and isinstance(e.error, ProtocolViolation)]
                assert typed, seen
                assert account.ready

    asyncio.run(main())
