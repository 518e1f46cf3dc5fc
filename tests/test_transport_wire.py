"""What each backend puts on the wire, and how it keeps its connections (issue 17.1).

A raw loopback server records the bytes of every request as they arrive (request line, header
block, body) and answers on the same connection (keep-alive). The httpx transport (sync and
async) and the aiohttp one must send the same bytes for the same request, and a bot's many small
sequential calls must ride one connection. Choosing a backend: ``backend="aiohttp"`` needs the
package and the async client; every wrong choice is a typed error before anything is sent.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradovate_api import AsyncTradovate, Tradovate, errors
from tradovate_api._transport import AsyncTransport, HttpSettings, SyncTransport, WireRequest

from loopback import RawServer, raw_server, read_request

TOKEN = "tok-wire"
MODES = ("sync", "async", "aiohttp")


@contextmanager
def recorder(body: bytes = b"{}", hang_up: bool = False) -> Iterator[RawServer]:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 recording every request and answering ``body``
    (``hang_up``: closing the connection after each answer, without saying so)."""
    answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    def serve(conn: socket.socket, stop: threading.Event, server: RawServer) -> None:
        conn.settimeout(5)
        buffer = b""
        while not stop.is_set():
            got = read_request(conn, buffer)
            if got is None:
                return
            request, buffer = got
            server.requests.append(request)
            conn.sendall(answer)
            if hang_up:
                return

    with raw_server(serve) as server:
        yield server


def send_all(mode: str, url: str, requests: list[WireRequest], headers: dict[str, str] | None = None) -> None:
    """Every request, in order, through one transport of ``mode``."""
    options = HttpSettings(base_url=url, headers=headers or {}, backend="aiohttp" if mode == "aiohttp" else "httpx")
    if mode == "sync":
        with SyncTransport(options, lambda: TOKEN) as transport:
            for request in requests:
                assert transport.send(request).status == 200
        return

    async def run() -> None:
        async with AsyncTransport(options, lambda: TOKEN) as transport:
            for request in requests:
                assert (await transport.send(request)).status == 200

    asyncio.run(run())


def wire(requests: list[WireRequest], headers: dict[str, str] | None = None) -> dict[str, list[bytes]]:
    """The bytes each mode sent for ``requests``, with the port (in ``Host``) made neutral."""
    sent = {}
    for mode in MODES:
        with recorder() as rec:
            send_all(mode, rec.url, requests, headers)
        port = rec.url.split(":")[2].split("/")[0].encode()
        sent[mode] = [r.replace(b"127.0.0.1:" + port, b"127.0.0.1:PORT") for r in rec.requests]
    return sent


REQUESTS = [
    WireRequest("orderList", "GET", "/order/list", None, None, True, True),
    WireRequest("orderItem", "GET", "/order/item", {"id": "7"}, None, True, True),
    WireRequest("contractFind", "GET", "/contract/find", {"name": "ES Z6 é&=+/?#%"}, None, False, True),
    WireRequest("placeOrder", "POST", "/order/placeorder", None, b'{"symbol":"ESZ6","orderQty":1}', True, False),
    WireRequest("me", "POST", "/auth/me", None, None, True, False),
    WireRequest("items", "GET", "/order/items", {"ids": "1,2,3", "p-ticket": "t~1"}, None, True, True),
]


def test_every_backend_sends_the_same_bytes() -> None:
    sent = wire(REQUESTS, headers={"X-Api-Key": "k", "X-Trace": "a b"})
    assert len(sent["sync"]) == len(REQUESTS)
    assert sent["sync"] == sent["async"] == sent["aiohttp"]
    first, place = sent["sync"][0], sent["sync"][3]
    # what that shared request is: the header set is ours, in our order, and nothing else
    assert first == (
        b"GET /v1/order/list HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nAccept: application/json\r\n"
        b"Accept-Encoding: gzip, deflate\r\nUser-Agent: tradovate-python/0.1.0\r\nX-Api-Key: k\r\n"
        b"X-Trace: a b\r\nAuthorization: Bearer tok-wire\r\n\r\n"
    )
    assert place.endswith(
        b"Content-Type: application/json\r\nContent-Length: 30\r\nAuthorization: Bearer tok-wire\r\n\r\n"
        b'{"symbol":"ESZ6","orderQty":1}'
    )
    assert b"Content-Length: 0\r\n" in sent["sync"][4]  # a POST without a body says so
    assert sent["sync"][2].startswith(b"GET /v1/contract/find?name=ES+Z6+%C3%A9%26%3D%2B%2F%3F%23%25 HTTP/1.1\r\n")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=8),
        st.text(st.characters(codec="utf-8"), max_size=20),
        max_size=3,
    ),
    st.binary(max_size=64),
)
def test_any_query_and_body_go_out_the_same_on_every_backend(query: dict[str, str], body: bytes) -> None:
    requests = [
        WireRequest("readThing", "GET", "/thing/list", query, None, True, True),
        WireRequest("changeThing", "POST", "/thing/change", query, body, True, False),
    ]
    sent = wire(requests)
    assert sent["sync"] == sent["async"] == sent["aiohttp"]
    assert len(sent["sync"]) == 2 and sent["sync"][1].endswith(body)


@pytest.mark.parametrize("mode", MODES)
def test_sequential_calls_share_one_connection(mode: str) -> None:
    with recorder() as rec:
        send_all(mode, rec.url, REQUESTS * 5)
    assert (len(rec.requests), rec.connections) == (len(REQUESTS) * 5, 1)


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_the_server_closed_is_not_reused(mode: str) -> None:
    """A kept-alive connection the server has since closed (an idle timeout) is not used for the
    next call: an order sent on it would end as OutcomeUnknown."""
    place = WireRequest("placeOrder", "POST", "/order/placeorder", None, b"{}", True, False)
    with recorder(hang_up=True) as rec:
        options = HttpSettings(base_url=rec.url, backend="aiohttp" if mode == "aiohttp" else "httpx")
        if mode == "sync":
            with SyncTransport(options, lambda: TOKEN) as transport:
                for _ in range(3):
                    assert transport.send(place).status == 200
                    threading.Event().wait(0.05)  # the server's FIN arrives
        else:

            async def run() -> None:
                async with AsyncTransport(options, lambda: TOKEN) as transport:
                    for _ in range(3):
                        assert (await transport.send(place)).status == 200
                        await asyncio.sleep(0.05)  # the server's FIN arrives

            asyncio.run(run())
    assert (len(rec.requests), rec.connections) == (3, 3)


def test_the_client_chooses_its_backend() -> None:
    with recorder(b"[]") as rec:

        async def run(backend: str) -> str:
            async with AsyncTradovate(rec.url, token=TOKEN, backend=backend) as tv:
                assert await tv.accounts.list() == []
                return type(tv._transport._http).__module__

        assert asyncio.run(run("aiohttp")) == "tradovate_api._backend_aiohttp"
        assert asyncio.run(run("httpx")) == "tradovate_api._backend_httpx"
        assert len(rec.requests) == 2 and rec.requests[0] == rec.requests[1]
        assert rec.requests[0].startswith(b"GET /v1/account/list HTTP/1.1\r\n") and rec.requests[0].startswith(
            b"GET /v1/account/list HTTP/1.1\r\n"
        )


def test_a_session_passes_its_backend_to_its_rest_client() -> None:
    from tradovate.session import Session

    assert Session(backend="aiohttp").rest._settings.backend == "aiohttp"
    assert Session().rest._settings.backend == "httpx"


def test_a_wrong_backend_is_a_typed_error_before_anything_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(errors.InvalidRequest, match="backend"):
        AsyncTradovate(backend="requests")
    with pytest.raises(errors.BackendUnavailable, match="async only"):
        Tradovate(backend="aiohttp")  # aiohttp has no blocking client
    import httpx

    with pytest.raises(errors.InvalidRequest, match="transport"):
        HttpSettings(transport=httpx.MockTransport(lambda r: httpx.Response(200)), backend="aiohttp")
    monkeypatch.setitem(sys.modules, "aiohttp", None)  # as if not installed
    with pytest.raises(errors.BackendUnavailable, match=r"pip install 'tradovate-partner\[fast\]'"):
        AsyncTradovate(backend="aiohttp")


def test_the_backend_changed_behind_the_settings_back_is_checked_again() -> None:
    settings = HttpSettings()
    object.__setattr__(settings, "backend", "urllib")
    with pytest.raises(errors.InvalidRequest, match="backend"):
        AsyncTransport(settings, lambda: TOKEN)
    object.__setattr__(settings, "backend", "aiohttp")
    with pytest.raises(errors.BackendUnavailable):
        SyncTransport(settings, lambda: TOKEN)
