"""The httpx backend of the transport (the default; sync and async). Hand-written, not generated.

A backend only moves bytes: it sends the request the driver prepared (:class:`Prepared`: method,
absolute URL, every header but ``Host``, body) and hands back the status, the headers and the
body as raw chunks, *still compressed* (:class:`Answer`). The driver (:mod:`._transport`) does
the rest, the same for every backend: the deadline, the size cap, decompression, error mapping.

- httpx's own transport (httpcore underneath), never an ``httpx.Client``: no cookies, no
  redirects, no environment (``trust_env=False``), no retries (``retries=0``), the checked
  ``ssl.SSLContext``; the sync one's sockets bounded by the call's deadline (``_limits.bound``).
- Pool: connections kept alive :data:`KEEPALIVE_SECONDS` between calls (a bot's calls come
  seconds apart: a reused connection saves the TCP and TLS handshakes), :data:`MAX_CONNECTIONS`
  at most to the one host.
- An injected ``MockTransport`` / ``ASGITransport`` / ``WSGITransport`` is used as it is (tests,
  in-process servers) and never closed by the transport.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

import httpx

from . import _limits
from ._wire import Prepared

#: How long an idle connection is kept for the next call. Below the 60 s idle timeout common to
#: load balancers and servers (UNCONFIRMED for Tradovate's): a connection the server is about to
#: drop is not reused.
KEEPALIVE_SECONDS: Final = 30.0
#: Connections to the one host at most (calls in flight at once beyond it wait for one).
MAX_CONNECTIONS: Final = 32
LIMITS: Final = httpx.Limits(
    max_connections=MAX_CONNECTIONS, max_keepalive_connections=MAX_CONNECTIONS, keepalive_expiry=KEEPALIVE_SECONDS
)

#: Failures that happen before any byte of the request can have reached the server.
NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.LocalProtocolError,
    httpx.InvalidURL,
)
#: A phase timeout of the library (the driver decides whether it was the call's deadline).
TIMEOUTS: Final = (httpx.TimeoutException,)


class Answer:
    """The status line and headers of an answer; its body read by the driver."""

    __slots__ = ("_response", "decoded", "headers", "status")

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status = response.status_code
        self.headers = response.headers
        self.decoded = response.is_stream_consumed  # made in memory by a MockTransport: already decoded

    def chunks(self) -> Iterator[bytes]:
        if self.decoded:
            return iter((self._response.content,))
        return self._response.iter_raw()

    async def achunks(self) -> AsyncIterator[bytes]:
        if self.decoded:
            yield self._response.content
            return
        async for chunk in self._response.aiter_raw():
            yield chunk

    async def aread(self) -> bytes:
        """The whole body, as :meth:`achunks` gives it (the driver asks only for a body of a
        known length within its limit)."""
        return b"".join([chunk async for chunk in self.achunks()])

    def close(self) -> None:
        self._response.close()

    async def aclose(self) -> None:
        await self._response.aclose()


def _request(prepared: Prepared) -> httpx.Request:
    return httpx.Request(
        prepared.method,
        prepared.url,
        headers=prepared.headers,
        content=prepared.body,
        extensions={"timeout": prepared.timeouts},
    )


class SyncBackend:
    not_sent = NOT_SENT
    timeouts = TIMEOUTS

    def __init__(self, ssl_context: ssl.SSLContext | None, injected: Any = None) -> None:
        self._owned = injected is None
        self._http: httpx.BaseTransport = injected
        if injected is None:
            assert ssl_context is not None
            self._http = _limits.bound(
                httpx.HTTPTransport(verify=ssl_context, trust_env=False, retries=0, limits=LIMITS)
            )

    def send(self, prepared: Prepared) -> Answer:
        return Answer(self._http.handle_request(_request(prepared)))

    def close(self) -> None:
        if self._owned:
            self._http.close()


class AsyncBackend:
    not_sent = NOT_SENT
    timeouts = TIMEOUTS

    def __init__(self, ssl_context: ssl.SSLContext | None, injected: Any = None) -> None:
        self._owned = injected is None
        self._http: httpx.AsyncBaseTransport = injected
        if injected is None:
            assert ssl_context is not None
            self._http = httpx.AsyncHTTPTransport(verify=ssl_context, trust_env=False, retries=0, limits=LIMITS)

    async def send(self, prepared: Prepared) -> Answer:
        return Answer(await self._http.handle_async_request(_request(prepared)))

    async def aclose(self) -> None:
        if self._owned:
            await self._http.aclose()
