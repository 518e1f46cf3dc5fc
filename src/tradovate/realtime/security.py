"""The rules every WebSocket of this package follows before it connects: the REST client's.

- **TLS cannot be turned off.** ``wss://`` only, or ``ws://`` to a loopback host (the local
  simulator). ``connect_options["ssl"]`` may be any ``ssl.SSLContext`` that verifies
  certificates and host names (a custom trust store is fine); an unverifying one is refused
  with ``InsecureConfiguration``, as the REST client refuses it, when the connection is made
  and again before every connect (a context weakened later is caught). Options that would let
  TLS be bypassed (``ssl=False``, ``server_hostname``, a ready-made ``sock``, a custom
  ``create_connection``) are refused.
- **One trust policy.** Without a context, sockets trust exactly what the REST client trusts:
  certifi's CA bundle (:func:`tradovate_api.runtime.default_ssl_context`). ``SSL_CERT_FILE``,
  ``SSL_CERT_DIR`` and the system store are ignored by both (no process-wide settings read);
  to trust another CA, pass ``ssl.create_default_context(cafile=...)``.
- **Proxies only when asked for.** The proxy environment variables (``http_proxy``,
  ``HTTPS_PROXY``, ``ALL_PROXY``, ...) are not read, as the REST client does not read them: a
  socket connects directly unless ``connect_options["proxy"]`` names a proxy URL
  (``"http://proxy:3128"``, ``"socks5h://..."``, with ``proxy_ssl`` for an ``https://`` proxy,
  checked like ``ssl``). A loopback host never goes through a proxy: a proxy for one is refused
  (the cleartext ``ws://`` traffic, the ``authorize`` token in it, stays on the machine).
- **The socket goes where the URL says, and nowhere else.** Options that change the destination
  (``host``, ``port``, ``family``, ``proto``, ``flags``, ``local_addr``) are refused, and the
  connection never follows a redirect (a 3xx answer is an ``UpgradeRefused``).
- **Frames are not logged by websockets** (``logger`` is refused: its DEBUG level prints the
  ``authorize`` frame); the handshake stays bounded (``open_timeout`` must be finite).
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from importlib.util import find_spec
from typing import Any, Final
from urllib.parse import urlsplit

from tradovate_api import errors
from tradovate_api.runtime import check_ssl_context, default_ssl_context, is_loopback

__all__ = ["check_options", "check_url", "connect_kwargs"]

# Options of websockets' connect() that would route around the checks here: TLS bypasses, and
# every keyword of ``loop.create_connection`` that changes where the socket goes (the URL's host
# is what check_url allowed; ``host="192.0.2.2"`` with a loopback ``ws://`` URL would send the
# token in clear to another machine).
_BYPASS: Final = ("server_hostname", "proxy_server_hostname", "sock", "create_connection", "unix", "path")
_ELSEWHERE: Final = ("host", "port", "family", "proto", "flags", "local_addr", "uri")
# websockets logs every frame at DEBUG through ``logger``, the authorize token included: the
# connection installs its own frame-free logger, and no other.
_LOGGING: Final = ("logger",)
_BOUNDS: Final = ("open_timeout",)  # the handshake stays bounded


def check_url(url: str) -> None:
    """``wss://`` with a host, or ``ws://`` to a loopback host; no credentials in the URL."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except (ValueError, TypeError, AttributeError):
        raise errors.InvalidRequest("not a URL", "url") from None
    if parts.username or parts.password:
        raise errors.InsecureConfiguration("url: credentials in the URL are not allowed")
    if parts.scheme == "wss" and host:
        return
    if parts.scheme == "ws" and host and is_loopback(host):
        return
    raise errors.InsecureConfiguration("url: only wss://, or ws:// to a loopback host (127.0.0.0/8, ::1, localhost)")


def check_options(url: str, options: Mapping[str, Any]) -> None:
    """Refuse ``connect_options`` that would turn TLS off or send loopback traffic to a proxy."""
    for key in _BYPASS:
        if key in options:
            raise errors.InsecureConfiguration(f"connect_options: {key} is not allowed (it bypasses TLS checks)")
    for key in _ELSEWHERE:
        if key in options:
            raise errors.InsecureConfiguration(
                f"connect_options: {key} is not allowed (the socket goes to the URL's host and port only)"
            )
    for key in _LOGGING:
        if key in options:
            raise errors.InsecureConfiguration(
                f"connect_options: {key} is not allowed (websockets would log the frames, the token included)"
            )
    for key in _BOUNDS:
        value = options.get(key, 1)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < float("inf"):
            raise errors.InvalidRequest(f"{key} must be a finite number > 0", "connect_options")
    parts = urlsplit(url)
    secure = parts.scheme == "wss"
    for key in ("ssl", "proxy_ssl"):
        value = options.get(key)
        if value is None or (value is True and (secure or key == "proxy_ssl")):
            continue
        if not secure and key == "ssl":
            raise errors.InvalidRequest("ssl is for wss:// URLs only", "connect_options")
        check_ssl_context(value)
    proxy = options.get("proxy")
    if proxy is None:
        if options.get("proxy_ssl") is not None:
            raise errors.InvalidRequest("proxy_ssl is for an https:// proxy only", "connect_options")
        return
    if not isinstance(proxy, str):
        raise errors.InvalidRequest(
            "proxy must be a proxy URL or None (the environment's proxy settings are not read)", "connect_options"
        )
    if is_loopback(parts.hostname or ""):
        raise errors.InsecureConfiguration("connect_options: a loopback host is never reached through a proxy")
    scheme = urlsplit(proxy).scheme.lower()
    if scheme not in ("http", "https") and not (scheme.startswith("socks") and find_spec("python_socks")):
        raise errors.InvalidRequest("proxy: http://, https:// (or socks5:// with python-socks installed)", "proxy")
    if scheme != "https" and options.get("proxy_ssl") is not None:
        raise errors.InvalidRequest("proxy_ssl is for an https:// proxy only", "connect_options")


def connect_kwargs(url: str, options: Mapping[str, Any], default_ssl: list[ssl.SSLContext]) -> dict[str, Any]:
    """``options`` checked again (a context may have been weakened since) with the defaults set:
    no proxy unless named, and the REST client's trust for ``wss://`` without a context
    (``default_ssl`` caches it: one element once made)."""
    check_options(url, options)
    kwargs = dict(options)
    kwargs.setdefault("proxy", None)  # websockets' default (True) reads the environment
    if urlsplit(url).scheme == "wss" and kwargs.get("ssl") in (None, True):
        kwargs["ssl"] = _default(default_ssl)
    proxy = kwargs["proxy"]
    if isinstance(proxy, str) and proxy.lower().startswith("https:") and kwargs.get("proxy_ssl") in (None, True):
        kwargs["proxy_ssl"] = _default(default_ssl)
    return kwargs


def _default(cache: list[ssl.SSLContext]) -> ssl.SSLContext:
    if not cache:
        cache.append(default_ssl_context())
    return cache[0]
