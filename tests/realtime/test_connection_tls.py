"""Sockets follow the REST client's TLS and proxy rules: against a self-signed ``wss://`` server
on loopback and a recording proxy on loopback.

- no socket entry point (``Connection``, ``AccountSession``, ``MarketDataClient``,
  ``ReplayClient``) accepts a context that does not verify, nor an option that skips the check;
- one trust policy: ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` make neither REST nor sockets trust a
  certificate; a custom trust store given as a context works for both;
- the proxy environment variables are read by neither; a loopback host never goes through a
  proxy; a remote host goes through one only when it is named.
"""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from test_transport import CERT, KEY
from websockets.asyncio.server import ServerConnection, serve
from wsserver import WsServer

from tradovate.marketdata import MarketDataClient
from tradovate.marketdata.replay import ReplayClient
from tradovate.realtime.account import AccountSession
from tradovate.realtime.connection import Backoff, Connection
from tradovate_api import errors
from tradovate_api._transport import AsyncTransport, HttpSettings, WireRequest

from loopback import Reply
from loopback import serve as serve_http

FAST = Backoff(initial=0.01, cap=0.05)


async def token() -> str:
    return "good-token"


@pytest.fixture
def cert_file(tmp_path: Path) -> Path:
    (tmp_path / "cert.pem").write_text(CERT)
    (tmp_path / "key.pem").write_text(KEY)
    return tmp_path / "cert.pem"


class TlsServer:
    def __init__(self) -> None:
        self.handshakes = 0
        self.url = ""
        self.rest_url = ""


@asynccontextmanager
async def tls_server(cert_file: Path) -> AsyncIterator[TlsServer]:
    """A Tradovate-like ``wss://`` server with the self-signed ``localhost`` certificate."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert_file, cert_file.with_name("key.pem"))
    state = TlsServer()

    async def handle(ws: ServerConnection) -> None:
        state.handshakes += 1
        await ws.send("o")
        async for message in ws:
            if isinstance(message, str) and message.startswith("authorize"):
                await ws.send('a[{"s":200,"i":0}]')

    async with serve(handle, "127.0.0.1", 0, ssl=ctx) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        state.url = f"wss://localhost:{port}/v1/websocket"
        state.rest_url = f"https://localhost:{port}/v1"
        yield state


def weak(verify: ssl.VerifyMode, check_hostname: bool) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = check_hostname
    ctx.verify_mode = verify
    return ctx


def trusting(cert_file: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert_file))


UNSAFE: dict[str, Callable[[Path], dict[str, Any]]] = {
    "CERT_NONE": lambda _: {"ssl": weak(ssl.CERT_NONE, False)},
    "CERT_OPTIONAL": lambda _: {"ssl": weak(ssl.CERT_OPTIONAL, True)},
    "no host name check": lambda _: {"ssl": weak(ssl.CERT_REQUIRED, False)},
    "ssl=False": lambda _: {"ssl": False},
    "not a context": lambda _: {"ssl": "yes"},
    "server_hostname=''": lambda cert: {"ssl": trusting(cert), "server_hostname": ""},
}

ENTRY_POINTS: dict[str, Callable[[str, dict[str, Any]], Any]] = {
    "Connection": lambda url, options: Connection(url, token, connect_options=options, backoff=FAST),
    "AccountSession": lambda url, options: AccountSession(
        token, url, connection_options={"connect_options": options, "backoff": FAST}
    ),
    "MarketDataClient": lambda url, options: MarketDataClient(url, "good-token", connect_options=options),
    "ReplayClient": lambda url, options: ReplayClient(url, "good-token", connect_options=options),
}


@pytest.mark.parametrize("unsafe", list(UNSAFE))
@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_no_socket_entry_point_accepts_tls_turned_off(cert_file: Path, entry: str, unsafe: str) -> None:
    async def main() -> None:
        async with tls_server(cert_file) as server:
            options = UNSAFE[unsafe](cert_file)
            client: Any = None
            try:
                with pytest.raises((errors.InsecureConfiguration, errors.InvalidRequest)):
                    client = ENTRY_POINTS[entry](server.url, options)
                    async with asyncio.timeout(5):
                        await client.start() if hasattr(client, "start") else await client.connect()
            finally:
                if client is not None:
                    await client.close()
            assert server.handshakes == 0

    asyncio.run(main())


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_a_custom_trust_store_is_accepted_everywhere(cert_file: Path, entry: str) -> None:
    async def main() -> None:
        async with tls_server(cert_file) as server:
            client = ENTRY_POINTS[entry](server.url, {"ssl": trusting(cert_file)})
            # this server answers authorize only (a sync waits): the handshake is what counts
            start = asyncio.ensure_future(client.start() if hasattr(client, "start") else client.connect())
            try:
                async with asyncio.timeout(5):
                    while server.handshakes == 0:
                        await asyncio.sleep(0.01)
            finally:
                await client.close()
                await asyncio.gather(start, return_exceptions=True)
            assert server.handshakes == 1

    asyncio.run(main())


def test_a_context_weakened_after_it_was_given_is_refused_before_connecting(cert_file: Path) -> None:
    async def main() -> None:
        async with tls_server(cert_file) as server:
            ctx = trusting(cert_file)
            conn = Connection(server.url, token, connect_options={"ssl": ctx}, backoff=FAST)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
            with pytest.raises(errors.InsecureConfiguration):
                async with asyncio.timeout(5):
                    await conn.connect()
            assert server.handshakes == 0 and conn.closed

    asyncio.run(main())


def test_ws_is_for_loopback_hosts_only_and_ssl_only_for_wss() -> None:
    with pytest.raises(errors.InsecureConfiguration):
        Connection("ws://example.com/v1/websocket", token)
    with pytest.raises(errors.InvalidRequest):
        Connection("ws://127.0.0.1:1/v1/websocket", token, connect_options={"ssl": ssl.create_default_context()})


# -- one trust policy ------------------------------------------------------------------------


def _cert_dir(cert_file: Path) -> Path | None:
    """A directory holding the certificate under its OpenSSL subject hash (``SSL_CERT_DIR``)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    digest = subprocess.run(
        [openssl, "x509", "-hash", "-noout", "-in", str(cert_file)], capture_output=True, text=True, check=True
    ).stdout.strip()
    folder = cert_file.parent / "certs"
    folder.mkdir()
    shutil.copy(cert_file, folder / f"{digest}.0")
    return folder


async def _rest_reaches(url: str, ctx: ssl.SSLContext | None) -> bool:
    """Whether the REST transport completes TLS with this server (any HTTP answer counts)."""
    async with AsyncTransport(HttpSettings(base_url=url, ssl_context=ctx), lambda: None) as transport:
        try:
            await transport.send(WireRequest("probe", "GET", "/websocket", None, None, False, True))
        except errors.RequestNotSent:
            return False
        except errors.TradovateError:
            return True
        return True


async def _socket_reaches(server: TlsServer, options: dict[str, Any]) -> bool:
    conn = Connection(server.url, token, connect_options=options, backoff=FAST, max_attempts=1, connect_timeout=5)
    try:
        await conn.connect()
    except errors.RequestNotSent:
        return False
    finally:
        await conn.close()
    return True


def test_ssl_cert_file_and_dir_are_ignored_by_rest_and_sockets_alike(
    cert_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(cert_file))
    folder = _cert_dir(cert_file)
    if folder is not None:
        monkeypatch.setenv("SSL_CERT_DIR", str(folder))

    async def main() -> None:
        async with tls_server(cert_file) as server:
            assert await _rest_reaches(server.rest_url, None) is False
            assert await _socket_reaches(server, {}) is False
            assert server.handshakes == 0
            # a custom trust store, given as a context, is trusted by both
            assert await _rest_reaches(server.rest_url, trusting(cert_file)) is True
            assert await _socket_reaches(server, {"ssl": trusting(cert_file)}) is True

    asyncio.run(main())


# -- proxies ---------------------------------------------------------------------------------


class Recorder:
    """A proxy on loopback that records what reaches it and answers nothing useful."""

    def __init__(self) -> None:
        self.seen: list[bytes] = []
        self.url = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            self.seen.append(await asyncio.wait_for(reader.read(200), 2))
            writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
        except (TimeoutError, OSError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def recording_proxy(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Recorder]:
    recorder = Recorder()
    server = await asyncio.start_server(recorder.handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    recorder.url = f"http://127.0.0.1:{port}"
    for name in ("http_proxy", "https_proxy", "all_proxy", "ws_proxy", "wss_proxy"):
        monkeypatch.setenv(name, recorder.url)
        monkeypatch.setenv(name.upper(), recorder.url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    try:
        yield recorder
    finally:
        server.close()
        await server.wait_closed()


def test_the_proxy_environment_never_sees_loopback_or_remote_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    async def main() -> None:
        async with recording_proxy(monkeypatch) as proxy, WsServer() as server:
            conn = Connection(server.url, token, backoff=FAST)
            async with asyncio.timeout(5):
                await conn.connect()
            await conn.close()
            assert server.tokens_seen == ["good-token"]
            remote = Connection("wss://tradovate.invalid/v1/websocket", token, max_attempts=1, connect_timeout=2)
            with pytest.raises(errors.RequestNotSent):
                await remote.connect()
            with serve_http() as rest:  # the REST client on loopback: the same rule
                rest.route("GET", "/account/list", Reply.json([]))
                async with AsyncTransport(HttpSettings(base_url=rest.base_url), lambda: None) as transport:
                    request = WireRequest("accountList", "GET", "/account/list", None, None, False, True)
                    assert (await transport.send(request)).status == 200
            assert proxy.seen == []

    asyncio.run(main())


def test_a_named_proxy_is_used_for_remote_hosts_and_refused_for_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    async def main() -> None:
        async with recording_proxy(monkeypatch) as proxy:
            for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
                monkeypatch.delenv(name)
            remote = Connection(
                "wss://tradovate.invalid/v1/websocket",
                token,
                max_attempts=1,
                connect_timeout=2,
                connect_options={"proxy": proxy.url},
            )
            with pytest.raises(errors.RequestNotSent):
                await remote.connect()
            assert [seen.split(b"\r\n")[0] for seen in proxy.seen] == [b"CONNECT tradovate.invalid:443 HTTP/1.1"]
        with pytest.raises(errors.InsecureConfiguration):
            Connection("ws://127.0.0.1:1/v1/websocket", token, connect_options={"proxy": "http://127.0.0.1:3128"})
        for bad in ({"proxy": True}, {"proxy": "ftp://proxy:21"}, {"proxy": "http://proxy:3128", "proxy_ssl": True}):
            with pytest.raises(errors.InvalidRequest):
                Connection("wss://tradovate.invalid/v1/websocket", token, connect_options=bad)

    asyncio.run(main())
