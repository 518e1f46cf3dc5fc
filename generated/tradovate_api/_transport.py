"""HTTP transport: one request, one answer, within a total deadline. Hand-written, not generated.

The driver of every HTTP exchange: it prepares the request, hands it to a *backend* (the HTTP
library underneath: :mod:`._backend_httpx`, the default, or :mod:`._backend_aiohttp`, async
only, ``HttpSettings(backend="aiohttp")``) and reads the answer's raw bytes from it. Every rule
below is kept here, once, whatever the backend; a backend only moves bytes.

- TLS verification cannot be switched off (the rules: :mod:`._settings`); a context is checked
  again before every request.
- The request is built here, the same bytes for every backend: the URL (path encoded as httpx
  encodes it, the query as ``urlencode`` writes it, at most ``MAX_URL_LENGTH`` characters) and
  every header in one order (the backend adds only ``Host``, the URL's authority).
- ``deadline`` bounds the whole exchange: connect, TLS, request, status line, headers and body.
  Async: ``asyncio.timeout`` around everything. Sync: every socket operation (connect, TLS
  handshake, each read and write) is given at most the time left until the deadline (see
  ``_limits.DeadlineBackend``), so a server trickling its status line, headers or body a byte at
  a time is stopped at the deadline too, not only a silent one.
- ``max_response_bytes`` (default 32 MiB, see ``_limits.MAX_RESPONSE_BYTES``) bounds an answer's
  body, *decompressed*: the transport decompresses gzip/deflate itself, a bounded piece at a
  time, and stops reading past the limit (a gzip bomb never expands in memory); a
  ``Content-Length`` over the limit is refused before the body is read. Too large is
  :class:`~.errors.ResponseTooLarge` for a read-only call, :class:`~.errors.OutcomeUnknown` for a
  state-changing one; a corrupt or unsupported compression is :class:`~.errors.DecodeError`
  (resp. ``OutcomeUnknown``). For an error status the status still decides the error; a body
  that cannot be kept is dropped.
- Nothing is retried here (the client's guards decide that, see ``_guards``). A failure before the request could reach the server is
  :class:`~.errors.RequestNotSent`; after it, :class:`~.errors.TransportError` (or
  :class:`~.errors.DeadlineExceeded`) for read-only calls, :class:`~.errors.OutcomeUnknown` for
  state-changing ones. No builtin or library exception escapes ``send``.
- Header values, the token, query values and bodies never appear in a repr, an error message or
  a log line. The ``tradovate_api.http`` logger writes one DEBUG line per exchange.
- No process-wide effects: no environment variables, no cookies, no redirects, no logging setup.
- The backend (and the default trust store read from certifi) is made on the first request, not
  with the transport: making a client costs little. The settings are checked at once all the same.
"""

from __future__ import annotations

import logging
import math
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Final
from urllib.parse import urlencode

import attrs
import httpx

from . import _limits, errors
from ._backend_httpx import AsyncBackend, SyncBackend
from ._settings import (
    BACKENDS,
    DEMO_URL,
    HEADER_VALUE,
    LIVE_URL,
    MAX_URL_LENGTH,
    USER_AGENT,
    HttpSettings,
    Injectable,
    _check_ssl,
    _deadline,
    _headers,
    _max_bytes,
    _timeout,
    check_backend,
    check_ssl_context,
    default_ssl_context,
    is_loopback,
)
from ._wire import Prepared, WireRequest, WireResponse

_log = logging.getLogger("tradovate_api.http")

# A sync phase timeout this close to the deadline is the deadline.
_SLACK: Final = 0.05
_PATH = re.compile(r"/[A-Za-z0-9/._~!$&'()*+,;=:@%-]*")
_MAX_PATHS: Final = 1024  # encoded paths remembered per transport (the API has some 350)


class _Late(Exception):
    """The deadline passed while the body was arriving."""


_UNUSABLE: Final = (_limits.TooLarge, _limits.Unreadable)


class _Base:
    """What the sync and async transports share: validation, request building, error mapping."""

    _allowed: ClassVar[tuple[type, ...]] = ()
    _settings: HttpSettings
    _token: Callable[[], str | None]
    _ssl: ssl.SSLContext | None
    _origin: str
    _prefix: str
    _urls: dict[str, str]
    _auth: list[tuple[str | None, tuple[str, str]]]  # the last token seen and its header (one item)
    _header_items: tuple[tuple[str, str], ...]
    _timeout: httpx.Timeout
    _phases: tuple[float | None, float | None, float | None, float | None]
    _deadline: float
    _max_bytes: int
    _backend: str
    _closed: bool
    _http: Any
    _lock: threading.Lock
    _loop: object  # the event loop the async backend was made on (None: none made yet)

    def __init__(self, settings: HttpSettings, token: Callable[[], str | None]) -> None:
        if not isinstance(settings, HttpSettings) or not callable(token):
            raise errors.InvalidRequest("needs HttpSettings and a token callable")
        attrs.validate(settings)  # again: the settings may have been altered behind attrs' back
        injected = settings.transport
        if injected is not None and type(injected) not in self._allowed:
            raise errors.InsecureConfiguration(f"transport: {type(self).__name__} cannot use {type(injected).__name__}")
        ssl_context = settings.ssl_context
        if ssl_context is not None:
            _check_ssl(ssl_context)
        backend = check_backend(settings.backend)
        if injected is not None and backend != "httpx":
            raise errors.InvalidRequest("an injected transport needs backend='httpx'", field="transport")
        self._check_backend(backend)
        base = httpx.URL(settings.base_url)
        timeout = _timeout(settings.timeout)
        headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": settings.user_agent,
            **_headers(settings.headers),
        }
        state: dict[str, Any] = {
            "_settings": settings,
            "_token": token,
            "_ssl": ssl_context,
            "_origin": str(base.copy_with(path="/"))[:-1],
            "_prefix": base.path.rstrip("/"),
            "_urls": {},
            "_auth": [(None, ("", ""))],
            "_header_items": tuple(headers.items()),
            "_timeout": timeout,
            "_phases": (timeout.connect, timeout.read, timeout.write, timeout.pool),
            "_deadline": _deadline(settings.deadline),
            "_max_bytes": _max_bytes(settings.max_response_bytes),
            "_backend": backend,
            "_closed": False,
            "_http": None if injected is None else self._over(injected),  # else made on the first request
            "_lock": threading.Lock(),
            "_loop": None,
        }
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def _check_backend(self, backend: str) -> None:
        """BackendUnavailable if this transport cannot run on ``backend``."""

    def _make_http(self, ssl_context: ssl.SSLContext) -> Any:
        """The backend, over the network."""
        raise NotImplementedError

    def _over(self, injected: Any) -> Any:
        """The backend over an injected transport."""
        raise NotImplementedError

    def _connection(self, op: str) -> Any:
        """The backend, made on first use (once, whichever thread asks first)."""
        http = self._http
        if http is not None:
            return http
        with self._lock:
            if self._closed:
                raise errors.RequestNotSent(op, "transport closed")
            if self._http is None:
                ssl_context = self._ssl
                if ssl_context is None:
                    ssl_context = default_ssl_context()
                object.__setattr__(self, "_http", self._make_http(ssl_context))
            return self._http

    def _release(self) -> Any:
        """Mark closed; the backend to close, if one was made."""
        with self._lock:
            object.__setattr__(self, "_closed", True)
            return self._http

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings!r})"

    def _path_url(self, op: str, path: str) -> str:
        """The URL of ``path`` below the base URL's, percent-encoded as httpx encodes it."""
        url = self._urls.get(path) if path.__class__ is str else None
        if url is None:
            if not isinstance(path, str) or not _PATH.fullmatch(path):
                raise errors.InvalidRequest(f"{op}: invalid path", field="path")
            try:
                encoded = httpx.URL(self._origin + "/").copy_with(path=self._prefix + path).raw_path.decode("ascii")
            except (httpx.InvalidURL, ValueError, TypeError):
                raise errors.InvalidRequest(f"{op}: invalid path", field="path") from None
            url = self._origin + encoded
            if len(self._urls) < _MAX_PATHS:
                self._urls[path] = url
        return url

    def _url(self, op: str, path: str, query: Mapping[str, str] | None) -> str:
        url = self._path_url(op, path)
        if not query:
            return url
        length = len(url)
        for key, value in query.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise errors.InvalidRequest(f"{op}: query names and values must be strings", field="query")
            length += len(key) + len(value) + 2
        if length <= MAX_URL_LENGTH:  # else too long already, not worth encoding
            try:
                url = f"{url}?{urlencode(query)}"
            except (ValueError, TypeError):  # a lone surrogate
                raise errors.InvalidRequest(f"{op}: invalid URL", field="query") from None
            if len(url) <= MAX_URL_LENGTH:
                return url
        raise errors.InvalidRequest(f"{op}: URL longer than {MAX_URL_LENGTH} characters", field="query")

    def _prepare(self, request: WireRequest, end: float) -> Prepared:
        """The request as every backend sends it, or the error that keeps it from being sent."""
        op = request.operation_id
        if self._closed:
            raise errors.RequestNotSent(op, "transport closed")
        if self._ssl is not None:
            _check_ssl(self._ssl)  # the caller may have weakened its context since
        if request.method not in ("GET", "POST"):
            raise errors.InvalidRequest(f"{op}: method must be GET or POST", field="method")
        path = request.path
        url = self._urls.get(path) if path.__class__ is str and not request.query else None
        if url is None:
            url = self._url(op, path, request.query)
        headers = list(self._header_items)
        body = request.body
        if body is not None:
            if not isinstance(body, bytes):
                raise errors.InvalidRequest(f"{op}: body must be bytes", field="body")
            headers.append(("Content-Type", "application/json"))
            headers.append(("Content-Length", str(len(body))))
        elif request.method == "POST":
            headers.append(("Content-Length", "0"))
        if request.auth:
            token = self._token()
            if not token:
                raise errors.NotAuthenticated(f"{op}: needs an access token (log in first)")
            known, header = self._auth[0]
            if token is not known:  # checked and formatted once per token, not once per call
                if not isinstance(token, str) or not HEADER_VALUE.fullmatch(token):
                    raise errors.InvalidRequest(f"{op}: the access token is not a valid header value")
                header = ("Authorization", f"Bearer {token}")
                self._auth[0] = (token, header)
            headers.append(header)
        left = max(end - time.monotonic(), 0.001)
        connect, read, write, pool = self._phases
        timeouts = {  # each phase capped by the time left (inline: no call per phase)
            "connect": left if connect is None or connect > left else connect,
            "read": left if read is None or read > left else read,
            "write": left if write is None or write > left else write,
            "pool": left if pool is None or pool > left else pool,
        }
        return Prepared(request.method, url, headers, body, timeouts)

    def _limit(self, deadline: float | None) -> float:
        """Seconds this exchange may take: the configured deadline, or less if asked."""
        if deadline is None or not math.isfinite(deadline):
            return self._deadline
        return min(self._deadline, max(float(deadline), 0.001))

    def _unusable(self, request: WireRequest, exc: Exception) -> errors.TradovateError:
        """The error for a 200 answer whose body is too large or cannot be decompressed."""
        op = request.operation_id
        if isinstance(exc, _limits.TooLarge):
            if request.idempotent:
                return errors.ResponseTooLarge(op, self._max_bytes)
            return errors.OutcomeUnknown(op, f"answer larger than {self._max_bytes} bytes (not read)")
        why = "answer body: unsupported or corrupt content-encoding"
        return errors.DecodeError(f"{op}: {why}") if request.idempotent else errors.OutcomeUnknown(op, why)

    def _failure(self, request: WireRequest, exc: Exception, late: bool) -> errors.TradovateError:
        op = request.operation_id
        if isinstance(exc, self._http.not_sent):
            return errors.RequestNotSent(op, exc)
        if late and request.idempotent:
            return errors.DeadlineExceeded(op, f"deadline of {self._deadline:g}s exceeded")
        if late:
            return errors.OutcomeUnknown(
                op, f"deadline exceeded ({self._deadline:g}s) after the request may have been sent"
            )
        if request.idempotent:
            return errors.TransportError(op, exc)
        return errors.OutcomeUnknown(op, f"{type(exc).__name__} after the request may have been sent")

    @staticmethod
    def _logged(request: WireRequest, outcome: object, start: float) -> None:
        if _log.isEnabledFor(logging.DEBUG):
            _log.debug("%s %s %s %.1fms", request.method, request.path, outcome, (time.monotonic() - start) * 1e3)


class SyncTransport(_Base):
    """Sends requests with httpx (a private transport, or an injected Mock/WSGI one)."""

    _allowed = (httpx.MockTransport, httpx.WSGITransport)

    def _check_backend(self, backend: str) -> None:
        if backend != "httpx":
            raise errors.BackendUnavailable(f"backend={backend!r} is async only: the sync client runs on httpx")

    def _make_http(self, ssl_context: ssl.SSLContext) -> Any:
        return SyncBackend(ssl_context)

    def _over(self, injected: Any) -> Any:
        return SyncBackend(None, injected)

    def send(self, request: WireRequest, deadline: float | None = None) -> WireResponse:
        """One exchange; ``deadline``: seconds it may take at most, when less than the
        configured deadline (what is left of a guarded call's total deadline)."""
        start = time.monotonic()
        end = start + self._limit(deadline)
        prepared = self._prepare(request, end)
        http = self._connection(request.operation_id)
        try:
            with _limits.deadline(end):
                answer = http.send(prepared)
                try:
                    content = self._read(answer, end)
                finally:
                    answer.close()
        except errors.TradovateError:
            raise
        except _UNUSABLE as exc:
            error = self._unusable(request, exc)
            self._logged(request, type(error).__name__, start)
            raise error from None
        except Exception as exc:
            late = isinstance(exc, _Late) or (isinstance(exc, http.timeouts) and time.monotonic() >= end - _SLACK)
            error = self._failure(request, exc, late)
            self._logged(request, type(error).__name__, start)
            raise error from (None if isinstance(exc, _Late) else exc)
        self._logged(request, answer.status, start)
        return WireResponse(answer.status, answer.headers, content, time.monotonic() - start)

    def _read(self, answer: Any, end: float) -> bytes:
        """The body, decompressed and size-capped; an error status keeps its status whatever
        its body (dropped if unusable)."""
        try:
            body = _limits.Body(answer.headers, self._max_bytes, decoded=answer.decoded)
            for chunk in answer.chunks():
                body.feed(chunk)
                if time.monotonic() > end:
                    raise _Late
            return body.content()
        except _UNUSABLE:
            if answer.status == 200:
                raise
            return b""

    def close(self) -> None:
        http = self._release()
        if http is not None:
            http.close()

    def __enter__(self) -> SyncTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTransport(_Base):
    """Sends requests with httpx (a private transport, or an injected Mock/ASGI one) or, with
    ``backend="aiohttp"``, an aiohttp session; asyncio only."""

    _allowed = (httpx.MockTransport, httpx.ASGITransport)

    def _make_http(self, ssl_context: ssl.SSLContext) -> Any:
        import asyncio  # noqa: PLC0415 - asyncio loads with the async client's first call

        # Its connections belong to this loop: another loop (a second ``asyncio.run``) cannot use them.
        object.__setattr__(self, "_loop", asyncio.get_running_loop())
        if self._backend == "aiohttp":
            try:
                from . import _backend_aiohttp  # noqa: PLC0415 - loaded with the first request
            except ImportError as exc:  # installed, but broken
                raise errors.BackendUnavailable(f"backend='aiohttp': aiohttp cannot be imported ({exc})") from None
            return _backend_aiohttp.AsyncBackend(ssl_context, self._timeout)
        return AsyncBackend(ssl_context)

    def _over(self, injected: Any) -> Any:
        return AsyncBackend(None, injected)

    async def send(self, request: WireRequest, deadline: float | None = None) -> WireResponse:
        """See :meth:`SyncTransport.send`. (The async client's hot path: what the sync one
        does in helper methods is written inline here.)"""
        start = time.monotonic()
        limit = self._deadline
        if deadline is not None and -math.inf < deadline < limit:  # what _limit does
            limit = max(float(deadline), 0.001)
        end = start + limit
        prepared = self._prepare(request, end)
        http = self._http or self._connection(request.operation_id)
        import asyncio  # noqa: PLC0415 - asyncio loads with the async client's first call

        if self._loop is not None and self._loop is not asyncio.get_running_loop():
            raise errors.WrongEventLoop(request.operation_id)  # before a byte is sent

        scope = asyncio.timeout(max(end - time.monotonic(), 0.0))
        try:
            async with scope:
                answer = await http.send(prepared)
                try:  # the body, decompressed and size-capped (see SyncTransport._read)
                    body = _limits.Body(answer.headers, self._max_bytes, decoded=answer.decoded)
                    if body.whole:  # the usual answer: one read of a known length, within the limit
                        content: bytes = await answer.aread()
                        if len(content) > self._max_bytes:
                            raise _limits.TooLarge
                    else:
                        async for chunk in answer.achunks():
                            body.feed(chunk)
                        content = body.content()
                except _UNUSABLE:
                    if answer.status == 200:
                        raise
                    content = b""  # an error status keeps its status whatever its body
                finally:
                    await answer.aclose()
        except errors.TradovateError:
            raise
        except _UNUSABLE as exc:
            error = self._unusable(request, exc)
            self._logged(request, type(error).__name__, start)
            raise error from None
        except Exception as exc:
            late = scope.expired() or (isinstance(exc, http.timeouts) and time.monotonic() >= end - _SLACK)
            error = self._failure(request, exc, late)
            self._logged(request, type(error).__name__, start)
            raise error from exc
        if _log.isEnabledFor(logging.DEBUG):
            self._logged(request, answer.status, start)
        return WireResponse(answer.status, answer.headers, content, time.monotonic() - start)

    async def aclose(self) -> None:
        import asyncio  # noqa: PLC0415

        http = self._release()
        if http is not None:
            if self._loop is not None and self._loop is not asyncio.get_running_loop():
                raise errors.WrongEventLoop("aclose")  # its connections cannot be closed from here
            await http.aclose()

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


__all__ = [
    "BACKENDS",
    "DEMO_URL",
    "LIVE_URL",
    "MAX_URL_LENGTH",
    "USER_AGENT",
    "AsyncTransport",
    "HttpSettings",
    "Injectable",
    "SyncTransport",
    "WireRequest",
    "WireResponse",
    "check_ssl_context",
    "default_ssl_context",
    "is_loopback",
]
