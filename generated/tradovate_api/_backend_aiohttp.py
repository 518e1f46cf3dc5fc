"""The aiohttp backend of the transport (``backend="aiohttp"``, async only; the ``fast`` extra).
Hand-written, not generated; loaded with the first request of a client that asks for it.

Why aiohttp: measured side by side on the simulator (sequential ``account/list`` calls, loopback,
one run, medians of 5 rounds of 1,500 calls, load average 6-8 on 2 cores), the client CPU of one
call was about 300 µs with a bare aiohttp session, 900 µs with httpx2 2.17 (the maintained fork
of httpx) and 1,900 µs with httpx 0.28. aiohttp is also what the simulator serves with, so the
``sim`` extra already brings it. ``tests/bench/rest_bench.py`` (``make bench``) keeps the figures.

Same contract as :mod:`._backend_httpx` (:class:`~._wire.Prepared` in, the answer's shape out):
the driver bounds the deadline and the size and decompresses; this module only moves bytes.

- One ``ClientSession`` per transport: no cookies (``DummyCookieJar``), no environment
  (``trust_env=False``: no proxies, no ``.netrc``), no redirects, no decompression here
  (``auto_decompress=False``: the driver's bounded decompression reads the raw bytes), no
  default headers (every header is the driver's, ``Host`` the URL's authority; aiohttp's
  defaults are all given, and its ``Content-Type`` of a POST without a body is skipped), the checked
  ``ssl.SSLContext`` on the connector. The URL is sent as the driver encoded it (``encoded=True``).
- No retries: aiohttp sends a GET once more on its own when a kept-alive connection turns out
  closed; that is switched off (the guards decide every retry), and refused with a clear error if
  a future aiohttp moves the switch.
- Pool: as the httpx backend (:data:`~._backend_httpx.KEEPALIVE_SECONDS`,
  :data:`~._backend_httpx.MAX_CONNECTIONS`); host names resolved once a minute at most.
- Phase timeouts: ``connect`` bounds connecting (TCP and TLS), ``read`` each wait for data; aiohttp
  has no write timeout and no pool timeout of its own: the call's deadline bounds both.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any, Final

import aiohttp
import multidict
import yarl

from . import errors
from ._backend_httpx import KEEPALIVE_SECONDS, MAX_CONNECTIONS
from ._wire import Prepared

DNS_CACHE_SECONDS: Final = 60

#: Failures that happen before any byte of the request can have reached the server (the
#: connector's errors cover refused connections, DNS, and TLS: certificate and host name).
NOT_SENT: Final = (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError, aiohttp.InvalidURL)
TIMEOUTS: Final = (aiohttp.ServerTimeoutError,)
_NO_TYPE: Final = ("Content-Type",)
_MAX_URLS: Final = 1024


class Answer:
    """See :class:`._backend_httpx.Answer`."""

    __slots__ = ("_response", "decoded", "headers", "status")

    decoded: bool

    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status = response.status
        # A mutable, case-insensitive copy (a MutableMapping, as httpx.Headers is): 1 µs, where
        # making httpx.Headers and reading it would cost some 20 µs a call.
        self.headers = multidict.CIMultiDict(response.headers)
        self.decoded = False

    async def achunks(self) -> AsyncIterator[bytes]:
        content = self._response.content
        while True:
            chunk = await content.readany()
            if not chunk:
                return
            yield chunk

    async def aread(self) -> bytes:
        """See :meth:`._backend_httpx.Answer.aread` (aiohttp stops at the ``Content-Length``)."""
        return await self._response.content.read()

    async def aclose(self) -> None:
        response = self._response
        if response.content.at_eof():
            response.release()  # read to the end: the connection goes back to the pool
        else:
            response.close()  # not read to the end: the connection cannot be reused


class AsyncBackend:
    not_sent = NOT_SENT
    timeouts = TIMEOUTS

    def __init__(self, ssl_context: ssl.SSLContext, timeouts: Any) -> None:
        connector = aiohttp.TCPConnector(
            ssl=ssl_context,
            limit=MAX_CONNECTIONS,
            keepalive_timeout=KEEPALIVE_SECONDS,
            ttl_dns_cache=DNS_CACHE_SECONDS,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,
            auto_decompress=False,
            timeout=aiohttp.ClientTimeout(
                total=None, connect=timeouts.connect, sock_connect=timeouts.connect, sock_read=timeouts.read
            ),
            raise_for_status=False,
        )
        if getattr(session, "_retry_connection", None) is not True:  # pragma: no cover - aiohttp changed
            raise errors.BackendUnavailable(
                f"aiohttp {aiohttp.__version__}: its own retry of GET requests cannot be switched off"
            )
        session._retry_connection = False
        self._session = session
        self._urls: dict[str, yarl.URL] = {}  # parsed once: most calls go to a URL sent before

    async def send(self, prepared: Prepared) -> Answer:
        method, text, headers, body, _ = prepared
        url = self._urls.get(text)
        if url is None:
            url = yarl.URL(text, encoded=True)
            if len(self._urls) < _MAX_URLS:
                self._urls[text] = url
        response = await self._session._request(
            method,
            url,
            data=body,
            headers=headers,
            # aiohttp would add ``Content-Type: application/octet-stream`` to a POST without a body
            skip_auto_headers=_NO_TYPE if body is None and method == "POST" else None,
            allow_redirects=False,
        )
        return Answer(response)

    async def aclose(self) -> None:
        await self._session.close()
