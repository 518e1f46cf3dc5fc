"""How the client reaches the server: :class:`HttpSettings` and the TLS rules. Hand-written, not
generated.

- TLS verification cannot be switched off: ``https://`` only (``http://`` to a loopback host for
  local simulators), and an ``ssl_context`` must verify certificates and host names (any trust
  store), allow nothing below TLS 1.2 and no anonymous or null ciphers. The rules are checked
  when the settings are made, again when a transport is made, and before every request (the
  transport does that, see :mod:`._transport`).
- No escape hatch: no ``verify``, ``proxy``, ``trust_env``, ``follow_redirects`` or backend
  arguments; an injected transport (tests, in-process servers) is one of httpx's in-memory
  transports, never a network transport of the caller's making.
- ``backend`` names the HTTP library under the transport: ``"httpx"`` (the default, sync and
  async) or ``"aiohttp"`` (async only, the ``fast`` extra; see :mod:`._backend_aiohttp` for why
  and the figures). A backend that is not installed, or that the client cannot use, is
  :class:`~.errors.BackendUnavailable` when the settings or the transport are made.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import math
import re
import ssl
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs
import httpx

from . import _limits, errors

DEMO_URL: Final = "https://demo.tradovateapi.com/v1"
LIVE_URL: Final = "https://live.tradovateapi.com/v1"
USER_AGENT: Final = "tradovate-python/0.1.0"
MAX_URL_LENGTH: Final = 8192

#: The HTTP libraries the transport can run on; the first is the default.
BACKENDS: Final = ("httpx", "aiohttp")
_INJECTABLE: Final = (httpx.MockTransport, httpx.ASGITransport, httpx.WSGITransport)
HEADER_NAME: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# A field value (RFC 9110 5.5): visible ASCII with inner spaces/tabs, none leading or trailing
# (one backend would strip them, the other refuse them: refused here, the same for both).
HEADER_VALUE: Final = re.compile(r"(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?")
_HEADER_NAME = HEADER_NAME
_HEADER_VALUE = HEADER_VALUE
_RESERVED_HEADERS = frozenset(
    {"authorization", "host", "content-length", "content-type", "transfer-encoding", "connection"}
)

Injectable = httpx.MockTransport | httpx.ASGITransport | httpx.WSGITransport


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


def _installed(name: str) -> bool:
    """Whether a package can be imported, without importing it (that waits for the first request)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # blocked (``sys.modules[name] = None``) or broken
        return False


def _backend(value: object) -> str:
    return check_backend(value)


def check_backend(value: object) -> str:
    """``value`` if it names a usable backend; else ``InvalidRequest`` (unknown name) or
    ``BackendUnavailable`` (its package is not installed)."""
    if value not in BACKENDS:
        raise errors.InvalidRequest(f"must be one of {', '.join(map(repr, BACKENDS))}", field="backend")
    assert isinstance(value, str)
    if value == "aiohttp" and not _installed("aiohttp"):
        raise errors.BackendUnavailable(
            "backend='aiohttp' needs the aiohttp package: pip install 'tradovate-partner[fast]'"
        )
    return value


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
    backend: str = attrs.field(default="httpx", converter=_backend)

    def __attrs_post_init__(self) -> None:
        if self.transport is not None and self.backend != "httpx":
            raise errors.InvalidRequest(
                "an injected transport is an httpx transport: it needs backend='httpx'", field="transport"
            )
