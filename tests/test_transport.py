"""The HTTP transport against real loopback servers: TLS rules, the total deadline, error mapping,
secrets kept out of reprs, messages and logs. Every test taking ``mode`` runs three times: the
sync and the async transport on httpx, and the async transport on aiohttp (``backend="aiohttp"``):
one suite for every backend. (The wire bytes and the pool: ``test_transport_wire.py``.)"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, cast

import aiohttp
import attrs
import h11
import httpx
import pytest

from tradovate_api import errors
from tradovate_api._transport import (
    DEMO_URL,
    LIVE_URL,
    AsyncTransport,
    HttpSettings,
    SyncTransport,
    WireRequest,
    WireResponse,
)

import loopback
from loopback import Loopback, RawServer, Reply, read_request

TOKEN = "tok-123"
Token = Callable[[], str | None]
Responder = Callable[[socket.socket, threading.Event], None]

# A self-signed certificate for DNS:localhost (EC P-256, valid until 2126) and its key.
CERT = """-----BEGIN CERTIFICATE-----
MIIBkzCCATigAwIBAgIUUEQ0j4gUAH94tobgFdw1oicoudUwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNjExMzIxNFoYDzIxMjYxMTAy
MTEzMjE0WjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAT+JCTbouImDcM7FYzWUslNUJZggwdV5btOQtHupaYsARi46X1fMXDf
0FiA4gncJFSdLT8qiD1yNTrCctDPps2Co2YwZDAdBgNVHQ4EFgQU6rQHXXnru82N
NQ81zghklsDibg4wHwYDVR0jBBgwFoAU6rQHXXnru82NNQ81zghklsDibg4wFAYD
VR0RBA0wC4IJbG9jYWxob3N0MAwGA1UdEwEB/wQCMAAwCgYIKoZIzj0EAwIDSQAw
RgIhAIs+q4enM5i2lRNCVBglrwTEQNOrPxIdtG10u1QucU2eAiEArhB20aFIym3O
LHaINcp5EZcRLuxRXWEd4dyeb41606M=
-----END CERTIFICATE-----
"""
KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgQTlCpQ9jepOgUSAj
oOHSt/jTAjqcFJ3GFy3TFKYWwkqhRANCAAT+JCTbouImDcM7FYzWUslNUJZggwdV
5btOQtHupaYsARi46X1fMXDf0FiA4gncJFSdLT8qiD1yNTrCctDPps2C
-----END PRIVATE KEY-----
"""


def get(path: str, query: dict[str, str] | None = None, auth: bool = True) -> WireRequest:
    return WireRequest("readThing", "GET", path, query, None, auth, True)


def post(path: str, body: bytes | None = b"{}", query: dict[str, str] | None = None) -> WireRequest:
    return WireRequest("changeThing", "POST", path, query, body, True, False)


BACKEND = {"sync": "httpx", "async": "httpx", "aiohttp": "aiohttp"}


def call(mode: str, settings: HttpSettings, request: WireRequest, token: Token = lambda: TOKEN) -> WireResponse:
    """One request through a fresh sync or async transport (on aiohttp for ``mode="aiohttp"``)."""
    if settings.backend != BACKEND[mode]:
        settings = attrs.evolve(settings, backend=BACKEND[mode])
    if mode == "sync":
        with SyncTransport(settings, token) as transport:
            return transport.send(request)

    async def run() -> WireResponse:
        async with AsyncTransport(settings, token) as transport:
            return await transport.send(request)

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async", "aiohttp"])
def mode(request: pytest.FixtureRequest) -> str:
    return cast(str, request.param)


@pytest.fixture(params=["sync", "async"])
def httpx_mode(request: pytest.FixtureRequest) -> str:
    """For injected transports: they are httpx transports (``backend="httpx"``)."""
    return cast(str, request.param)


def weak_context(check_hostname: bool, verify_mode: ssl.VerifyMode) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = check_hostname
    ctx.verify_mode = verify_mode
    return ctx


def chain(exc: BaseException) -> Iterator[BaseException]:
    """An exception and every exception linked to it as cause or context."""
    todo, seen = [exc], set()
    while todo:
        e = todo.pop()
        if id(e) not in seen:
            seen.add(id(e))
            yield e
            todo += [x for x in (e.__cause__, e.__context__) if x is not None]


# ---- raw socket servers, for answers http.server cannot give --------------------------------


@contextmanager
def raw_server(respond: Responder) -> Iterator[str]:
    """A loopback server that reads each request, then lets ``respond`` write to the socket."""

    def serve(conn: socket.socket, stop: threading.Event, _: RawServer) -> None:
        conn.settimeout(10)
        if read_request(conn) is not None:
            respond(conn, stop)

    with loopback.raw_server(serve) as server:
        yield server.url


def trickle_body(count: int, interval: float) -> Responder:
    def respond(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % count)
        for _ in range(count):
            if stop.wait(interval):
                return
            conn.sendall(b" ")

    return respond


def trickle_headers(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not stop.wait(0.5):
        conn.sendall(b"a")


def stall(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(30)


@contextmanager
def tls_server(tmp_path: Path) -> Iterator[int]:
    """An HTTPS server on 127.0.0.1 with the self-signed localhost certificate; yields its port."""
    (tmp_path / "cert.pem").write_text(CERT)
    (tmp_path / "key.pem").write_text(KEY)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


# ---- rule 1: TLS verification can never be turned off ---------------------------------------


class LaxHTTPTransport(httpx.HTTPTransport):
    pass


class SneakyMock(httpx.MockTransport):
    pass


class CustomTransport(httpx.BaseTransport):
    pass


INSECURE_SETTINGS: dict[str, Callable[[], object]] = {
    "CERT_NONE context": lambda: HttpSettings(ssl_context=weak_context(False, ssl.CERT_NONE)),
    "CERT_OPTIONAL context": lambda: HttpSettings(ssl_context=weak_context(True, ssl.CERT_OPTIONAL)),
    "check_hostname False": lambda: HttpSettings(ssl_context=weak_context(False, ssl.CERT_REQUIRED)),
    "not an SSLContext": lambda: HttpSettings(ssl_context=cast(Any, False)),
    "server-side context": lambda: HttpSettings(ssl_context=ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)),
    "http remote host": lambda: HttpSettings(base_url="http://demo.tradovateapi.com/v1"),
    "http private address": lambda: HttpSettings(base_url="http://10.0.0.1/v1"),
    "http IPv6 non-loopback": lambda: HttpSettings(base_url="http://[::2]/v1"),
    "http localhost lookalike": lambda: HttpSettings(base_url="http://localhost.example.com/v1"),
    "http 127 lookalike": lambda: HttpSettings(base_url="http://127.0.0.1.nip.io/v1"),
    "ws scheme": lambda: HttpSettings(base_url="ws://127.0.0.1/v1"),
    "ftp scheme": lambda: HttpSettings(base_url="ftp://demo.tradovateapi.com/v1"),
    "credentials in URL": lambda: HttpSettings(base_url="https://user:pw@demo.tradovateapi.com/v1"),
    "HTTPTransport(verify=False)": lambda: HttpSettings(transport=cast(Any, httpx.HTTPTransport(verify=False))),
    "HTTPTransport subclass": lambda: HttpSettings(transport=cast(Any, LaxHTTPTransport(verify=False))),
    "AsyncHTTPTransport": lambda: HttpSettings(transport=cast(Any, httpx.AsyncHTTPTransport(verify=False))),
    "MockTransport subclass": lambda: HttpSettings(transport=SneakyMock(lambda r: httpx.Response(200))),
    "BaseTransport subclass": lambda: HttpSettings(transport=cast(Any, CustomTransport())),
    "any other object": lambda: HttpSettings(transport=cast(Any, object())),
    "sync with ASGITransport": lambda: SyncTransport(
        HttpSettings(transport=httpx.ASGITransport(app=asgi_app)), lambda: TOKEN
    ),
    "async with WSGITransport": lambda: AsyncTransport(
        HttpSettings(transport=httpx.WSGITransport(app=wsgi_app)), lambda: TOKEN
    ),
}


@pytest.mark.parametrize("make", INSECURE_SETTINGS.values(), ids=INSECURE_SETTINGS.keys())
def test_every_insecure_setting_is_refused(make: Callable[[], object]) -> None:
    with pytest.raises(errors.InsecureConfiguration):
        make()


@pytest.mark.parametrize(
    "name", ["verify", "cert", "mounts", "httpx_args", "proxy", "trust_env", "follow_redirects", "client"]
)
def test_there_is_no_escape_hatch(name: str) -> None:
    with pytest.raises(TypeError):
        cast(Any, HttpSettings)(**{name: False})
    with pytest.raises(TypeError):
        cast(Any, SyncTransport)(HttpSettings(), lambda: TOKEN, **{name: False})
    with pytest.raises(TypeError):
        cast(Any, AsyncTransport)(HttpSettings(), lambda: TOKEN, **{name: False})


def test_settings_and_transports_cannot_be_changed() -> None:
    settings = HttpSettings(headers={"X-Api-Key": "k"})
    weak = weak_context(False, ssl.CERT_NONE)
    for name, value in [
        ("ssl_context", weak),
        ("base_url", "http://demo.tradovateapi.com/v1"),
        ("transport", httpx.HTTPTransport(verify=False)),
        ("verify", False),
    ]:
        with pytest.raises(AttributeError):
            setattr(settings, name, value)
    with pytest.raises(AttributeError):
        delattr(settings, "ssl_context")
    with pytest.raises(TypeError):
        cast(Any, settings.headers)["X-Api-Key"] = "other"
    with pytest.raises(AttributeError):
        settings.timeout.read = None
    for transport in (SyncTransport(settings, lambda: TOKEN), AsyncTransport(settings, lambda: TOKEN)):
        for name in ("_http", "_ssl", "_settings", "_base", "_timeout", "verify", "settings"):
            with pytest.raises(AttributeError):
                setattr(transport, name, httpx.HTTPTransport(verify=False))
        with pytest.raises(AttributeError):
            delattr(transport, "_ssl")
        if isinstance(transport, SyncTransport):
            transport.close()
        else:
            asyncio.run(transport.aclose())


def test_settings_altered_behind_attrs_back_are_checked_again() -> None:
    weak = weak_context(False, ssl.CERT_NONE)
    for name, value in [
        ("ssl_context", weak),
        ("base_url", "http://demo.tradovateapi.com/v1"),
        ("transport", httpx.HTTPTransport(verify=False)),
    ]:
        settings = HttpSettings()
        object.__setattr__(settings, name, value)
        with pytest.raises(errors.InsecureConfiguration):
            SyncTransport(settings, lambda: TOKEN)
        with pytest.raises(errors.InsecureConfiguration):
            AsyncTransport(settings, lambda: TOKEN)
    with pytest.raises(errors.InsecureConfiguration):
        attrs.evolve(HttpSettings(), ssl_context=weak)
    ctx = ssl.create_default_context()
    settings = HttpSettings(ssl_context=ctx)
    ctx.check_hostname = False  # weakened between the settings and the transport
    with pytest.raises(errors.InsecureConfiguration):
        SyncTransport(settings, lambda: TOKEN)


@pytest.mark.parametrize("weaken", ["check_hostname", "cert_none"])
def test_a_context_weakened_after_construction_is_refused_at_send(mode: str, server: Loopback, weaken: str) -> None:
    server.route("GET", "/x", Reply.json({}))
    ctx = ssl.create_default_context()
    settings = HttpSettings(base_url=server.base_url, ssl_context=ctx, backend=BACKEND[mode])

    async def async_send() -> None:
        async with AsyncTransport(settings, lambda: TOKEN) as transport:
            assert (await transport.send(get("/x"))).status == 200
            ctx.check_hostname = False
            if weaken == "cert_none":
                ctx.verify_mode = ssl.CERT_NONE
            await transport.send(get("/x"))

    with pytest.raises(errors.InsecureConfiguration):
        if mode == "sync":
            with SyncTransport(settings, lambda: TOKEN) as transport:
                assert transport.send(get("/x")).status == 200
                ctx.check_hostname = False
                if weaken == "cert_none":
                    ctx.verify_mode = ssl.CERT_NONE
                transport.send(get("/x"))
        else:
            asyncio.run(async_send())
    assert len(server.requests) == 1  # the second request was never sent


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/v1",
        "http://127.9.9.9/v1",
        "http://[::1]:8080/v1",
        "http://LOCALHOST/v1",
        "https://example.com/v1",
        DEMO_URL,
        LIVE_URL,
    ],
)
def test_https_and_loopback_http_are_allowed(url: str) -> None:
    assert HttpSettings(base_url=url).base_url == url


def test_tls_certificates_and_host_names_are_verified(mode: str, tmp_path: Path) -> None:
    trusting = ssl.create_default_context(cadata=CERT)
    with tls_server(tmp_path) as port:
        with pytest.raises(errors.RequestNotSent) as unknown_ca:
            call(mode, HttpSettings(base_url=f"https://localhost:{port}/v1"), get("/x"))
        assert "CERTIFICATE_VERIFY_FAILED" in str(unknown_ca.value.__cause__)
        ok = call(mode, HttpSettings(base_url=f"https://localhost:{port}/v1", ssl_context=trusting), get("/x"))
        assert (ok.status, ok.content) == (200, b"{}")
        with pytest.raises(errors.RequestNotSent) as wrong_host:  # the certificate names localhost only
            call(mode, HttpSettings(base_url=f"https://127.0.0.1:{port}/v1", ssl_context=trusting), get("/x"))
        assert "CERTIFICATE_VERIFY_FAILED" in str(wrong_host.value.__cause__)


def test_settings_are_validated() -> None:
    settings = HttpSettings()
    assert (settings.base_url, settings.deadline, settings.timeout.read) == (DEMO_URL, 30.0, 10.0)
    assert HttpSettings(timeout=httpx.Timeout(5.0, connect=1.0)).timeout.connect == 1.0
    bad: list[dict[str, Any]] = [
        {"deadline": 0},
        {"deadline": -1},
        {"deadline": float("nan")},
        {"deadline": float("inf")},
        {"deadline": "5"},
        {"deadline": True},
        {"timeout": 0},
        {"timeout": httpx.Timeout(5.0, read=-1)},
        {"headers": {"Authorization": "Bearer x"}},
        {"headers": {"Content-Type": "text/plain"}},
        {"headers": {"X-Bad": "a\r\nInjected: yes"}},
        {"headers": {"Bad Name": "v"}},
        {"user_agent": "ua\n"},
        {"base_url": "https://demo.tradovateapi.com/v1?x=1"},
        {"base_url": "not a url"},
    ]
    for kwargs in bad:
        with pytest.raises(errors.InvalidRequest) as info:
            HttpSettings(**kwargs)
        assert "Injected" not in str(info.value)


# ---- rule 2: the total deadline --------------------------------------------------------------


@pytest.mark.parametrize("request_", [get("/slow"), post("/slow")], ids=["read-only", "state-changing"])
def test_a_trickling_body_is_stopped_by_the_deadline(mode: str, request_: WireRequest) -> None:
    with raw_server(trickle_body(100, 0.5)) as url:
        start = time.monotonic()
        with pytest.raises(errors.TradovateError) as info:
            call(mode, HttpSettings(base_url=url, timeout=10.0, deadline=1.5), request_)
        elapsed = time.monotonic() - start
    assert 1.4 < elapsed < 2.8, elapsed
    if request_.idempotent:
        assert type(info.value) is errors.DeadlineExceeded
    else:
        assert type(info.value) is errors.OutcomeUnknown
        assert "deadline exceeded" in info.value.reason


@pytest.mark.parametrize("request_", [get("/slow"), post("/slow")], ids=["read-only", "state-changing"])
def test_a_silent_server_is_stopped_by_the_deadline_not_the_read_timeout(mode: str, request_: WireRequest) -> None:
    with raw_server(stall) as url:
        start = time.monotonic()
        expected = errors.DeadlineExceeded if request_.idempotent else errors.OutcomeUnknown
        with pytest.raises(expected):
            call(mode, HttpSettings(base_url=url, timeout=10.0, deadline=1.0), request_)
        assert 0.9 < time.monotonic() - start < 2.0


def test_async_deadline_covers_trickling_headers() -> None:
    with raw_server(trickle_headers) as url:
        start = time.monotonic()
        with pytest.raises(errors.DeadlineExceeded):
            call("async", HttpSettings(base_url=url, timeout=10.0, deadline=1.5), get("/slow"))
        assert 1.4 < time.monotonic() - start < 2.5


def test_a_slow_answer_within_the_deadline_arrives_whole(mode: str) -> None:
    with raw_server(trickle_body(3, 0.2)) as url:
        response = call(mode, HttpSettings(base_url=url, timeout=10.0, deadline=5.0), post("/slow"))
    assert (response.status, response.content) == (200, b"   ")
    assert 0.5 < response.elapsed < 5.0


# ---- rule 3: every failure is a typed error, nothing is retried -----------------------------


def test_connection_refused_is_request_not_sent(mode: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    settings = HttpSettings(base_url=f"http://127.0.0.1:{port}/v1", deadline=5.0)
    cause = aiohttp.ClientConnectorError if mode == "aiohttp" else httpx.ConnectError
    for request in (get("/x"), post("/x")):
        with pytest.raises(errors.RequestNotSent) as info:
            call(mode, settings, request)
        assert isinstance(info.value.__cause__, cause)


def test_a_dropped_connection_depends_on_the_operation(mode: str, server: Loopback) -> None:
    server.route("GET", "/drop", Reply(action="close"))
    server.route("POST", "/drop", Reply(action="close"))
    settings = HttpSettings(base_url=server.base_url, deadline=5.0)
    with pytest.raises(errors.TransportError) as read_only:
        call(mode, settings, get("/drop"))
    assert type(read_only.value) is errors.TransportError
    with pytest.raises(errors.OutcomeUnknown):
        call(mode, settings, post("/drop"))
    assert len(server.requests) == 2  # each sent once: nothing is retried


@pytest.mark.parametrize(
    "query",
    [{"name": "x" * 200_000}, {"name": "é" * 3000}, {f"k{i}": "v" * 90 for i in range(100)}],
    ids=["200k-value", "expands-when-encoded", "many-values"],
)
def test_an_overlong_url_is_refused_before_sending(mode: str, server: Loopback, query: dict[str, str]) -> None:
    with pytest.raises(errors.InvalidRequest, match="longer than 8192"):
        call(mode, HttpSettings(base_url=server.base_url), get("/x", query))
    assert server.requests == []


def test_a_long_url_below_the_limit_is_sent(mode: str, server: Loopback) -> None:
    server.route("GET", "/x", Reply.json({}))
    assert call(mode, HttpSettings(base_url=server.base_url), get("/x", {"name": "y" * 8000})).status == 200
    assert server.last.params == {"name": "y" * 8000}


@pytest.mark.parametrize(
    "request_",
    [
        get("no-slash"),
        get("/a?b=c"),
        get("/a#frag"),
        get("/a b"),
        get("/x", cast(Any, {"id": 5})),
        WireRequest("op", "GET", cast(Any, ["/x"]), None, None, True, True),
        WireRequest("op", "DELETE", "/x", None, None, True, False),
        WireRequest("op", "POST", "/x", None, cast(Any, "text"), True, False),
    ],
    ids=["relative", "query-in-path", "fragment", "space", "int-value", "list-path", "method", "str-body"],
)
def test_invalid_requests_are_refused_before_sending(mode: str, server: Loopback, request_: WireRequest) -> None:
    with pytest.raises(errors.InvalidRequest):
        call(mode, HttpSettings(base_url=server.base_url), request_)
    assert server.requests == []


@pytest.mark.parametrize("token", [None, ""])
def test_no_token_is_not_authenticated(mode: str, server: Loopback, token: str | None) -> None:
    with pytest.raises(errors.NotAuthenticated):
        call(mode, HttpSettings(base_url=server.base_url), post("/x"), token=lambda: token)
    with pytest.raises(errors.InvalidRequest):
        call(mode, HttpSettings(base_url=server.base_url), post("/x"), token=lambda: "tok\r\nX-Injected: 1")
    assert server.requests == []


def test_the_token_is_read_at_every_send_and_only_for_auth_requests(server: Loopback) -> None:
    server.route("GET", "/x", Reply.json({}))
    tokens = iter(["first", "second"])
    calls: list[str] = []

    def token() -> str:
        calls.append("called")
        return next(tokens)

    with SyncTransport(HttpSettings(base_url=server.base_url, headers={"X-Api-Key": "k"}), token) as transport:
        transport.send(get("/x"))
        transport.send(get("/x", auth=False))
        transport.send(get("/x"))
    auth = [r.headers.get("authorization") for r in server.requests]
    assert auth == ["Bearer first", None, "Bearer second"] and len(calls) == 2
    assert server.last.headers["x-api-key"] == "k"
    assert server.last.headers["user-agent"].startswith("tradovate-python/")


def test_statuses_are_returned_and_redirects_not_followed(mode: str, server: Loopback) -> None:
    server.route("POST", "/x", Reply(401, b'"Access is denied"'))
    server.route("GET", "/moved", Reply(302, b""))
    settings = HttpSettings(base_url=server.base_url)
    denied = call(mode, settings, post("/x", b'{"a":1}', {"id": "5"}))
    assert (denied.status, denied.content) == (401, b'"Access is denied"')
    assert server.last.headers["content-type"] == "application/json"
    assert (server.last.body, server.last.params) == (b'{"a":1}', {"id": "5"})
    assert call(mode, settings, get("/moved")).status == 302
    assert len(server.requests) == 2


EXCEPTIONS: list[tuple[Exception, bool]] = [  # (raised inside the transport, could have been sent)
    (httpx.ConnectError("x"), False),
    (httpx.ConnectTimeout("x"), False),
    (httpx.PoolTimeout("x"), False),
    (httpx.UnsupportedProtocol("x"), False),
    (httpx.ProxyError("x"), False),
    (httpx.LocalProtocolError("x"), False),
    (httpx.InvalidURL("x"), False),
    (httpx.ReadError("x"), True),
    (httpx.WriteError("x"), True),
    (httpx.ReadTimeout("x"), True),
    (httpx.RemoteProtocolError("x"), True),
    (httpx.DecodingError("x"), True),
    (OSError("x"), True),
    (ConnectionResetError("x"), True),
    (TimeoutError("x"), True),
    (ssl.SSLError("x"), True),
    (h11.RemoteProtocolError("x", 400), True),
    (RuntimeError("x"), True),
    (ValueError("x"), True),
]


@pytest.mark.parametrize("exc,maybe_sent", EXCEPTIONS, ids=[type(e).__name__ for e, _ in EXCEPTIONS])
def test_no_builtin_or_httpx_exception_escapes(httpx_mode: str, exc: Exception, maybe_sent: bool) -> None:
    mode = httpx_mode

    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    settings = HttpSettings(transport=httpx.MockTransport(handler))
    with pytest.raises(errors.TradovateError) as read_only:
        call(mode, settings, get("/x"))
    with pytest.raises(errors.TradovateError) as changing:
        call(mode, settings, post("/x"))
    if maybe_sent:
        assert type(read_only.value) is errors.TransportError
        assert type(changing.value) is errors.OutcomeUnknown
    else:
        assert type(read_only.value) is type(changing.value) is errors.RequestNotSent
    assert read_only.value.__cause__ is exc


def test_a_closed_transport_sends_nothing(server: Loopback) -> None:
    transport = SyncTransport(HttpSettings(base_url=server.base_url), lambda: TOKEN)
    transport.close()
    with pytest.raises(errors.RequestNotSent):
        transport.send(get("/x"))
    assert server.requests == []


# ---- injected servers ------------------------------------------------------------------------


def wsgi_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    body = environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"path": environ["PATH_INFO"], "query": environ["QUERY_STRING"], "len": len(body)}).encode()]


async def asgi_app(
    scope: MutableMapping[str, Any],
    receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
    send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
) -> None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    reply = {"path": scope["path"], "query": scope["query_string"].decode(), "len": len(body)}
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps(reply).encode()})


def test_mock_transport_injection(httpx_mode: str) -> None:
    mode = httpx_mode
    seen: list[httpx.Request] = []

    def sync_handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"ok": True}, headers={"X-Reply": "1"})

    async def async_handler(request: httpx.Request) -> httpx.Response:
        return sync_handler(request)

    transport = httpx.MockTransport(sync_handler if mode == "sync" else async_handler)
    response = call(mode, HttpSettings(transport=transport), post("/order/placeorder", b"{}", {"a": "1 2"}))
    assert (response.status, json.loads(response.content), response.headers["x-reply"]) == (201, {"ok": True}, "1")
    assert str(seen[0].url) == "https://demo.tradovateapi.com/v1/order/placeorder?a=1+2"
    assert (seen[0].headers["authorization"], seen[0].headers["content-type"]) == (
        f"Bearer {TOKEN}",
        "application/json",
    )


def test_wsgi_and_asgi_injection() -> None:
    request = post("/order/placeorder", b"{}", {"a": "1"})
    expected = {"path": "/v1/order/placeorder", "query": "a=1", "len": 2}
    wsgi = call("sync", HttpSettings(transport=httpx.WSGITransport(app=wsgi_app)), request)
    asgi = call("async", HttpSettings(transport=httpx.ASGITransport(app=asgi_app)), request)
    assert json.loads(wsgi.content) == json.loads(asgi.content) == expected


# ---- rules 4 and 5: secrets, logging, no process-wide effects -------------------------------

CANARY = "canary-header-5f1d9"
CANARY2 = "canary-token-8c2e4"
CANARY3 = "canary-query-77aa1"
CANARY4 = "canary-body-3b9c0"


def test_secrets_never_reach_a_repr_a_message_or_a_log(
    mode: str, server: Loopback, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: httpx, httpcore, asyncio and ours
    server.route("GET", "/ok", Reply.json({"ok": True}))
    server.route("POST", "/denied", Reply(401, b'"Access is denied"'))
    server.route("GET", "/drop", Reply(action="close"))
    server.route("POST", "/drop", Reply(action="close"))
    body = b'{"password":"%s"}' % CANARY4.encode()
    texts: list[str] = []
    with raw_server(trickle_body(100, 0.3)) as slow_url:
        exchanges = [
            (server.base_url, get("/ok", {"name": CANARY3})),
            (server.base_url, post("/denied", body, {"name": CANARY3})),
            (server.base_url, get("/drop", {"name": CANARY3})),
            (server.base_url, post("/drop", body)),
            (slow_url, get("/slow", {"name": CANARY3})),
            (slow_url, post("/slow", body)),
        ]
        for url, request in exchanges:
            settings = HttpSettings(base_url=url, headers={"X-Api-Key": CANARY}, deadline=1.0)
            sync, async_ = SyncTransport(settings, lambda: CANARY2), AsyncTransport(settings, lambda: CANARY2)
            texts += [repr(settings), repr(sync), repr(async_)]
            sync.close()
            asyncio.run(async_.aclose())
            try:
                response = call(mode, settings, request, token=lambda: CANARY2)
                texts.append(repr(response))
            except errors.TradovateError as exc:
                texts += [text for e in chain(exc) for text in (str(e), repr(e))]
    texts += [record.getMessage() for record in caplog.records]
    assert [t for t in texts if any(c in t for c in (CANARY, CANARY2, CANARY3, CANARY4))] == []
    # the canaries really were sent
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY2}"
    assert server.requests[0].headers["x-api-key"] == CANARY
    ours = [r.getMessage() for r in caplog.records if r.name == "tradovate_api.http"]
    assert len(ours) == len(exchanges)
    assert all(re.fullmatch(r"(GET|POST) /[a-z]+ [0-9A-Za-z]+ \d+\.\dms", line) for line in ours), ours
    assert ours[0].startswith("GET /ok 200 ") and ours[1].startswith("POST /denied 401 ")
    assert ours[3].startswith("POST /drop OutcomeUnknown ")


def test_no_process_wide_side_effects(server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    # Environment variables that httpx would honour with trust_env=True are ignored.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/cert.pem")
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent")
    server.route("GET", "/x", Reply.json({}))
    loggers = {
        name: logging.getLogger(name)
        for name in ("", "tradovate_api.http", "httpx", "httpcore", "aiohttp", "aiohttp.client")
    }
    before = {name: (lg.level, list(lg.handlers), lg.propagate) for name, lg in loggers.items()}
    SyncTransport(HttpSettings(), lambda: TOKEN).close()  # https: builds a TLS context
    assert call("sync", HttpSettings(base_url=server.base_url), get("/x")).status == 200
    assert call("async", HttpSettings(base_url=server.base_url), get("/x")).status == 200
    assert call("aiohttp", HttpSettings(base_url=server.base_url), get("/x")).status == 200
    assert {name: (lg.level, list(lg.handlers), lg.propagate) for name, lg in loggers.items()} == before


# ---- the httpx transport is made on the first request ---------------------------------------


def test_making_a_client_loads_no_httpcore_and_reads_no_trust_store() -> None:
    probe = (
        "import sys, certifi, tradovate_api\n"
        "where, asked = certifi.where, []\n"
        "certifi.where = lambda: asked.append(1) or where()\n"
        "tradovate_api.Tradovate(); tradovate_api.AsyncTradovate(); tradovate_api.AsyncTradovate(backend='aiohttp')\n"
        "print('httpcore' in sys.modules or 'aiohttp' in sys.modules, len(asked))\n"
        "tradovate_api._transport.SyncTransport(tradovate_api._transport.HttpSettings(), str)._connection('x')\n"
        "print('httpcore' in sys.modules, len(asked))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "0", "True", "1"]  # and the first request does both


def test_the_settings_are_still_checked_when_the_transport_is_made() -> None:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    settings = HttpSettings(ssl_context=ssl.create_default_context())
    object.__setattr__(settings, "ssl_context", ctx)
    for make in (SyncTransport, AsyncTransport):
        with pytest.raises(errors.InsecureConfiguration):
            make(settings, lambda: TOKEN)


class CountingSync(SyncTransport):
    made: ClassVar[list[object]] = []

    def _make_http(self, ssl_context: ssl.SSLContext) -> Any:
        time.sleep(0.01)  # widen the window in which a second thread could make another
        http = super()._make_http(ssl_context)
        CountingSync.made.append(http)
        return http


def test_threads_sending_first_share_one_httpx_transport(server: Loopback) -> None:
    server.route("GET", "/x", Reply.json({}))
    with CountingSync(HttpSettings(base_url=server.base_url), lambda: TOKEN) as transport:
        start = threading.Barrier(8)
        statuses: list[int] = []

        def send() -> None:
            start.wait()
            statuses.append(transport.send(get("/x")).status)

        threads = [threading.Thread(target=send) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
    assert statuses == [200] * 8 and len(CountingSync.made) == 1


def test_a_transport_closed_before_any_request_sends_nothing(mode: str, server: Loopback) -> None:
    server.route("GET", "/x", Reply.json({}))
    settings = HttpSettings(base_url=server.base_url, backend=BACKEND[mode])
    with pytest.raises(errors.RequestNotSent):
        if mode == "sync":
            transport = SyncTransport(settings, lambda: TOKEN)
            transport.close()
            transport.close()
            transport.send(get("/x"))
        else:

            async def run() -> None:
                transport = AsyncTransport(settings, lambda: TOKEN)
                await transport.aclose()
                await transport.send(get("/x"))

            asyncio.run(run())
    assert server.requests == []
