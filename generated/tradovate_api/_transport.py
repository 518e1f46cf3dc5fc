"""HTTP transport: one request, one answer, within a total deadline. Hand-written, not generated.

- TLS verification cannot be switched off: ``https://`` only (``http://`` to a loopback host for
  local simulators), and an ``ssl_context`` must verify certificates and host names; it is
  checked when the settings are made and again before every request.
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
  state-changing ones. No builtin or httpx exception escapes ``send``.
- Header values, the token, query values and bodies never appear in a repr, an error message or
  a log line. The ``tradovate_api.http`` logger writes one DEBUG line per exchange.
- No process-wide effects: no environment variables, no cookies, no redirects, no logging setup.
- The httpx transport (httpcore, and the default trust store read from certifi) is made on the
  first request, not with the transport: making a client costs little. The settings are
  checked at once all the same.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import re
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Final

import attrs
import httpx

from . import _limits, errors

DEMO_URL: Final = "https://demo.tradovateapi.com/v1"
LIVE_URL: Final = "https://live.tradovateapi.com/v1"
USER_AGENT: Final = "tradovate-python/0.1.0"
MAX_URL_LENGTH: Final = 8192

_log = logging.getLogger("tradovate_api.http")

# Failures that happen before any byte of the request can have reached the server.
_NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.LocalProtocolError,
    httpx.InvalidURL,
)
# A sync phase timeout this close to the deadline is the deadline.
_SLACK: Final = 0.05
_INJECTABLE: Final = (httpx.MockTransport, httpx.ASGITransport, httpx.WSGITransport)
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_PATH = re.compile(r"/[A-Za-z0-9/._~!$&'()*+,;=:@%-]*")
_RESERVED_HEADERS = frozenset(
    {"authorization", "host", "content-length", "content-type", "transfer-encoding", "connection"}
)

Injectable = httpx.MockTransport | httpx.ASGITransport | httpx.WSGITransport


@attrs.frozen
class WireRequest:
    """One validated request, as data: ``body`` is the bytes of ``json`` (the JSON value it was
    validated as, kept so that a penalty ticket is added without reading the bytes again)."""

    operation_id: str
    method: str
    path: str
    query: Mapping[str, str] | None = attrs.field(repr=lambda q: "None" if q is None else repr(sorted(q)))
    body: bytes | None = attrs.field(repr=lambda b: "None" if b is None else f"<{len(b)} bytes>")
    auth: bool
    idempotent: bool
    json: Any = attrs.field(default=None, eq=False, repr=False)

    def with_ticket(self, ticket: str) -> WireRequest | None:
        """The same request carrying a penalty ticket, or None if it cannot carry one.

        A JSON object body gets a ``p-ticket`` member (as the docs say): the object it was
        validated as plus the ticket, encoded as before (the same bytes but for the ticket). A
        POST without a body gets ``{"p-ticket": ...}``. A request without a body (GET operations
        such as ``renewaccesstoken``, ``me``, entity queries) gets it as a query parameter: the
        API reads a GET's parameters from the query string ("relaxed REST"), and the docs show
        no other way. UNCONFIRMED for GET operations; the ticketed retry is sent once.
        """
        from ._codec import dumps  # noqa: PLC0415 - the codec loads with the first request, not the client

        if self.body is not None:
            if self.json.__class__ is not dict:
                return None  # not an object, or bytes made by hand without their JSON
            data = {**self.json, "p-ticket": ticket}
            return attrs.evolve(self, body=dumps(data), json=data)
        if self.method == "POST":
            data = {"p-ticket": ticket}
            return attrs.evolve(self, body=dumps(data), json=data)
        return attrs.evolve(self, query={**(self.query or {}), "p-ticket": ticket})


@attrs.frozen
class WireResponse:
    status: int
    headers: httpx.Headers = attrs.field(repr=lambda h: repr(sorted(set(h.keys()))))
    content: bytes = attrs.field(repr=lambda c: f"<{len(c)} bytes>")
    elapsed: float


class _FrozenTimeout(httpx.Timeout):
    """An ``httpx.Timeout`` that cannot be changed once made."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.__dict__:
            raise AttributeError(f"timeout.{name} is read-only")
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"timeout.{name} is read-only")


def _seconds(value: object, field: str, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise errors.InvalidRequest("must be a positive number of seconds", field=field)
    return float(value)


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    phases = (value.connect, value.read, value.write, value.pool) if isinstance(value, httpx.Timeout) else (value,) * 4
    connect, read, write, pool = (_seconds(p, "timeout", allow_none=True) for p in phases)
    return _FrozenTimeout(connect=connect, read=read, write=write, pool=pool)


def _deadline(value: float) -> float:
    seconds = _seconds(value, "deadline")
    assert seconds is not None
    return seconds


def _headers(value: Mapping[str, str]) -> Mapping[str, str]:
    if not isinstance(value, Mapping):
        raise errors.InvalidRequest("must be a mapping of header names to values", field="headers")
    for name, text in value.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise errors.InvalidRequest("invalid header name", field="headers")
        if name.lower() in _RESERVED_HEADERS:
            raise errors.InvalidRequest(f"{name} is set by the transport", field="headers")
        if not isinstance(text, str) or not _HEADER_VALUE.fullmatch(text):
            raise errors.InvalidRequest(f"the value of {name} is not a valid header value", field="headers")
    return MappingProxyType(dict(value))


def _max_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1024:
        raise errors.InvalidRequest("must be a number of bytes >= 1024", field="max_response_bytes")
    return int(value)


def _user_agent(value: str) -> str:
    return _headers({"User-Agent": value})["User-Agent"]


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_base_url(_: object, __: object, value: str) -> None:
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError):
        raise errors.InvalidRequest("not a valid URL", field="base_url") from None
    if url.userinfo:
        raise errors.InsecureConfiguration("base_url: credentials in the URL are not allowed")
    if url.query or url.fragment or not url.host:
        raise errors.InvalidRequest("needs a host and no query or fragment", field="base_url")
    if url.scheme != "https" and not (url.scheme == "http" and _is_loopback(url.host)):
        raise errors.InsecureConfiguration(
            "base_url: only https://, or http:// to a loopback host (127.0.0.0/8, ::1, localhost)"
        )


def _check_ssl(value: object) -> None:
    if not isinstance(value, ssl.SSLContext):
        raise errors.InsecureConfiguration("ssl_context must be an ssl.SSLContext")
    # Read through the C-level context (what the handshake uses): a subclass cannot misreport it.
    real: Any = super(ssl.SSLContext, value)
    if real.verify_mode != ssl.CERT_REQUIRED or not real.check_hostname:
        raise errors.InsecureConfiguration("ssl_context must verify certificates and host names")
    if _below_tls12(real.minimum_version, real.options):
        raise errors.InsecureConfiguration("ssl_context must not allow TLS below 1.2 (minimum_version)")
    if any(_unauthenticated(cipher) for cipher in real.get_ciphers()):
        # aNULL/eNULL suites: a server presenting no certificate (or no encryption) is accepted
        raise errors.InsecureConfiguration("ssl_context must not enable anonymous or null ciphers (set_ciphers)")


_NO_OLD: Final = ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1


def _below_tls12(minimum: int, options: int) -> bool:
    """Whether a context may negotiate TLS 1.1 or older: its ``minimum_version`` is below 1.2
    (``MINIMUM_SUPPORTED`` included) and the old versions are not switched off by ``options``."""
    if minimum == ssl.TLSVersion.MAXIMUM_SUPPORTED or (
        minimum != ssl.TLSVersion.MINIMUM_SUPPORTED and minimum >= ssl.TLSVersion.TLSv1_2
    ):
        return False
    return (options & _NO_OLD) != _NO_OLD


def _unauthenticated(cipher: Mapping[str, Any]) -> bool:
    """A cipher suite that authenticates no server, or encrypts nothing (``get_ciphers()`` entry)."""
    return cipher.get("auth") == "auth-null" or cipher.get("symmetric") in (None, "", "null")


# The TLS rules, public for the WebSockets of ``tradovate`` (one trust policy for REST and sockets).


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback host (``localhost``, 127.0.0.0/8, ``::1``): the only hosts
    reached without TLS."""
    return _is_loopback(host)


def check_ssl_context(value: object) -> ssl.SSLContext:
    """``value`` if it is an ``ssl.SSLContext`` that verifies certificates and host names (any
    trust store); else ``InsecureConfiguration``."""
    _check_ssl(value)
    assert isinstance(value, ssl.SSLContext)
    return value


def default_ssl_context() -> ssl.SSLContext:
    """The trust used when none is given: certifi's CA bundle. ``SSL_CERT_FILE`` /
    ``SSL_CERT_DIR`` and the system store are not read (no process-wide settings); pass a
    context to trust something else."""
    return check_ssl_context(httpx.create_ssl_context(trust_env=False))


def _check_transport(_: object, __: object, value: Injectable | None) -> None:
    if value is not None and type(value) not in _INJECTABLE:
        raise errors.InsecureConfiguration(
            f"transport: {type(value).__name__} is not allowed (only MockTransport, ASGITransport, WSGITransport)"
        )


@attrs.frozen(eq=False)
class HttpSettings:
    """How to reach the server. Immutable; every field is validated here."""

    base_url: str = attrs.field(default=DEMO_URL, validator=_check_base_url)
    timeout: httpx.Timeout = attrs.field(default=httpx.Timeout(10.0), converter=_timeout)
    deadline: float = attrs.field(default=30.0, converter=_deadline)
    headers: Mapping[str, str] = attrs.field(factory=dict, converter=_headers, repr=lambda h: repr(sorted(h)))
    ssl_context: ssl.SSLContext | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(lambda _, __, v: _check_ssl(v)),
        repr=lambda c: "None" if c is None else "<SSLContext>",
    )
    transport: Injectable | None = attrs.field(
        default=None, validator=_check_transport, repr=lambda t: "None" if t is None else f"<{type(t).__name__}>"
    )
    user_agent: str = attrs.field(default=USER_AGENT, converter=_user_agent)
    max_response_bytes: int = attrs.field(default=_limits.MAX_RESPONSE_BYTES, converter=_max_bytes)


class _Late(Exception):
    """The deadline passed while the body was arriving."""


_UNUSABLE: Final = (_limits.TooLarge, _limits.Unreadable)


class _Base:
    """What the sync and async transports share: validation, request building, error mapping."""

    _allowed: ClassVar[tuple[type, ...]] = ()
    _settings: HttpSettings
    _token: Callable[[], str | None]
    _ssl: ssl.SSLContext | None
    _base: httpx.URL
    _prefix: str
    _header_items: tuple[tuple[str, str], ...]
    _timeout: httpx.Timeout
    _deadline: float
    _max_bytes: int
    _closed: bool
    _http: Any
    _injected: bool
    _lock: threading.Lock

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
        base = httpx.URL(settings.base_url)
        headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": settings.user_agent,
            **_headers(settings.headers),
        }
        state = {
            "_settings": settings,
            "_token": token,
            "_ssl": ssl_context,
            "_base": base.copy_with(path="/"),
            "_prefix": base.path.rstrip("/"),
            "_header_items": tuple(headers.items()),
            "_timeout": _timeout(settings.timeout),
            "_deadline": _deadline(settings.deadline),
            "_max_bytes": _max_bytes(settings.max_response_bytes),
            "_closed": False,
            "_http": injected,  # made by _connection() on the first request when None
            "_injected": injected is not None,
            "_lock": threading.Lock(),
        }
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def _make_http(self, ssl_context: ssl.SSLContext) -> Any:
        raise NotImplementedError

    def _connection(self, op: str) -> Any:
        """The httpx transport, made on first use (once, whichever thread asks first)."""
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
        """Mark closed; the httpx transport to close, if this object made one."""
        with self._lock:
            object.__setattr__(self, "_closed", True)
            return None if self._injected else self._http

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings!r})"

    def _prepare(self, request: WireRequest, end: float) -> httpx.Request:
        """The httpx request, or the error that keeps it from being sent."""
        op = request.operation_id
        if self._closed:
            raise errors.RequestNotSent(op, "transport closed")
        if self._ssl is not None:
            _check_ssl(self._ssl)  # the caller may have weakened its context since
        if request.method not in ("GET", "POST"):
            raise errors.InvalidRequest(f"{op}: method must be GET or POST", field="method")
        if not isinstance(request.path, str) or not _PATH.fullmatch(request.path):
            raise errors.InvalidRequest(f"{op}: invalid path", field="path")
        params = dict(request.query or {})
        length = len(str(self._base)) + len(self._prefix) + len(request.path)
        for key, value in params.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise errors.InvalidRequest(f"{op}: query names and values must be strings", field="query")
            length += len(key) + len(value) + 2
        try:
            url = (
                self._base.copy_with(path=self._prefix + request.path, params=params)
                if length <= MAX_URL_LENGTH
                else None
            )
        except (httpx.InvalidURL, ValueError, TypeError):
            raise errors.InvalidRequest(f"{op}: invalid URL", field="query") from None
        if url is None or len(str(url)) > MAX_URL_LENGTH:
            raise errors.InvalidRequest(f"{op}: URL longer than {MAX_URL_LENGTH} characters", field="query")
        headers = list(self._header_items)
        if request.body is not None:
            if not isinstance(request.body, bytes):
                raise errors.InvalidRequest(f"{op}: body must be bytes", field="body")
            headers.append(("Content-Type", "application/json"))
        if request.auth:
            token = self._token()
            if not token:
                raise errors.NotAuthenticated(f"{op}: needs an access token (log in first)")
            if not isinstance(token, str) or not _HEADER_VALUE.fullmatch(token):
                raise errors.InvalidRequest(f"{op}: the access token is not a valid header value")
            headers.append(("Authorization", f"Bearer {token}"))
        left = max(end - time.monotonic(), 0.001)
        t = self._timeout
        timeouts = {k: left if v is None else min(v, left) for k, v in t.as_dict().items()}
        return httpx.Request(
            request.method, url, headers=headers, content=request.body, extensions={"timeout": timeouts}
        )

    def _limit(self, deadline: float | None) -> float:
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
        if isinstance(exc, _NOT_SENT):
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
    """Sends requests with a private httpx transport (or an injected Mock/WSGI one)."""

    _allowed = (httpx.MockTransport, httpx.WSGITransport)

    def _make_http(self, ssl_context: ssl.SSLContext) -> httpx.BaseTransport:
        return _limits.bound(httpx.HTTPTransport(verify=ssl_context, trust_env=False, retries=0))

    def send(self, request: WireRequest, deadline: float | None = None) -> WireResponse:
        """One exchange; ``deadline``: seconds it may take at most, when less than the
        configured deadline (what is left of a guarded call's total deadline)."""
        start = time.monotonic()
        end = start + self._limit(deadline)
        http_request = self._prepare(request, end)
        http: httpx.BaseTransport = self._connection(request.operation_id)
        try:
            with _limits.deadline(end):
                response = http.handle_request(http_request)
                try:
                    content = self._read(response, lambda: time.monotonic() > end)
                finally:
                    response.close()
        except errors.TradovateError:
            raise
        except _UNUSABLE as exc:
            error = self._unusable(request, exc)
            self._logged(request, type(error).__name__, start)
            raise error from None
        except Exception as exc:
            late = isinstance(exc, _Late) or (
                isinstance(exc, httpx.TimeoutException) and time.monotonic() >= end - _SLACK
            )
            error = self._failure(request, exc, late)
            self._logged(request, type(error).__name__, start)
            raise error from (None if isinstance(exc, _Late) else exc)
        self._logged(request, response.status_code, start)
        return WireResponse(response.status_code, response.headers, content, time.monotonic() - start)

    def _read(self, response: httpx.Response, late: Callable[[], bool]) -> bytes:
        """The body, decompressed and size-capped; an error status keeps its status whatever
        its body (dropped if unusable)."""
        try:
            if response.is_stream_consumed:  # made in memory (an injected MockTransport)
                body = _limits.Body(response.headers, self._max_bytes, decoded=True)
                body.feed(response.content)
                return body.content()
            body = _limits.Body(response.headers, self._max_bytes)
            for chunk in response.iter_raw():
                body.feed(chunk)
                if late():
                    raise _Late
            return body.content()
        except _UNUSABLE:
            if response.status_code == 200:
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
    """Sends requests with a private httpx transport (or an injected Mock/ASGI one); asyncio only."""

    _allowed = (httpx.MockTransport, httpx.ASGITransport)

    def _make_http(self, ssl_context: ssl.SSLContext) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(verify=ssl_context, trust_env=False, retries=0)

    async def send(self, request: WireRequest, deadline: float | None = None) -> WireResponse:
        """See :meth:`SyncTransport.send`."""
        start = time.monotonic()
        end = start + self._limit(deadline)
        http_request = self._prepare(request, end)
        http: httpx.AsyncBaseTransport = self._connection(request.operation_id)
        import asyncio  # noqa: PLC0415 - asyncio loads with the async client's first call

        scope = asyncio.timeout(max(end - time.monotonic(), 0.0))
        try:
            async with scope:
                response = await http.handle_async_request(http_request)
                try:
                    content = await self._aread(response)
                finally:
                    await response.aclose()
        except errors.TradovateError:
            raise
        except _UNUSABLE as exc:
            error = self._unusable(request, exc)
            self._logged(request, type(error).__name__, start)
            raise error from None
        except Exception as exc:
            late = scope.expired() or (isinstance(exc, httpx.TimeoutException) and time.monotonic() >= end - _SLACK)
            error = self._failure(request, exc, late)
            self._logged(request, type(error).__name__, start)
            raise error from exc
        self._logged(request, response.status_code, start)
        return WireResponse(response.status_code, response.headers, content, time.monotonic() - start)

    async def _aread(self, response: httpx.Response) -> bytes:
        """See :meth:`SyncTransport._read`."""
        try:
            if response.is_stream_consumed:  # made in memory (an injected MockTransport)
                body = _limits.Body(response.headers, self._max_bytes, decoded=True)
                body.feed(response.content)
                return body.content()
            body = _limits.Body(response.headers, self._max_bytes)
            async for chunk in response.aiter_raw():
                body.feed(chunk)
            return body.content()
        except _UNUSABLE:
            if response.status_code == 200:
                raise
            return b""

    async def aclose(self) -> None:
        http = self._release()
        if http is not None:
            await http.aclose()

    async def __aenter__(self) -> AsyncTransport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
