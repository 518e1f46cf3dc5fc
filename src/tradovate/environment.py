"""Where a session connects and who logs in: :class:`Environment` (the REST root and the three
sockets; ``DEMO``, ``LIVE``, :meth:`Environment.simulator`) and :class:`Credentials` (what
``accesstokenrequest`` needs; secrets hidden from ``repr``).

Plain values, checked when made: socket URLs are ``wss://``, or ``ws://`` to a loopback host
only, and carry no credentials. Re-exported by :mod:`tradovate.session`.
"""

from __future__ import annotations

from typing import Final
from urllib.parse import urlsplit

import attrs

from tradovate_api import errors
from tradovate_api.runtime import is_loopback

__all__ = ["DEMO", "LIVE", "Credentials", "Environment"]


# ---------------------------------------------------------------------------------------------
# Credentials and environments


@attrs.frozen(repr=False)
class Credentials:
    """What ``accesstokenrequest`` needs. ``repr`` hides the password and the API secret."""

    name: str
    password: str
    app_id: str | None = None
    app_version: str | None = None
    cid: int | str | None = None
    sec: str | None = None
    device_id: str | None = None

    def __repr__(self) -> str:
        sec = "None" if self.sec is None else "'***'"
        return (
            f"Credentials(name={self.name!r}, password='***', app_id={self.app_id!r}, "
            f"app_version={self.app_version!r}, cid={self.cid!r}, sec={sec}, device_id={self.device_id!r})"
        )

    __str__ = __repr__


def _socket_url(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise errors.InvalidRequest("must be a URL", field=attribute.name)
    parts = urlsplit(value)
    if parts.username or parts.password:
        raise errors.InsecureConfiguration(f"{attribute.name}: credentials in the URL are not allowed")
    if parts.scheme != "wss" and not (
        parts.scheme == "ws" and parts.hostname is not None and is_loopback(parts.hostname)
    ):
        raise errors.InsecureConfiguration(f"{attribute.name}: only wss://, or ws:// to a loopback host")


@attrs.frozen
class Environment:
    """Where a session connects: the REST root and the three sockets.

    ``DEMO`` and ``LIVE`` are Tradovate's; :meth:`simulator` is the local simulator's layout.
    """

    rest_url: str
    ws_url: str = attrs.field(validator=_socket_url)
    md_url: str = attrs.field(validator=_socket_url)
    replay_url: str = attrs.field(validator=_socket_url)
    name: str = "custom"

    @classmethod
    def simulator(cls, base_url: str = "http://127.0.0.1:8080", md_base_url: str | None = None) -> Environment:
        """The local simulator at ``base_url`` (REST under ``/v1``, the user socket at
        ``/v1/websocket``); market data at ``/v1/websocket`` and replay at
        ``/replay/v1/websocket`` on ``md_base_url`` (default: the same server). Either URL may
        be given as the server's root, its ``/v1`` or its ``/v1/websocket`` URL."""

        def root(url: str) -> str:
            for suffix in ("/", "/websocket", "/v1"):
                url = url.removesuffix(suffix)
            return url

        def socket(url: str) -> str:
            return "ws" + url[len("http") :] if url.startswith("http") else url

        rest = root(base_url)
        md = socket(root(md_base_url)) if md_base_url else socket(rest)
        return cls(
            rest_url=f"{rest}/v1",
            ws_url=f"{socket(rest)}/v1/websocket",
            md_url=f"{md}/v1/websocket",
            replay_url=f"{md}/replay/v1/websocket",
            name="simulator",
        )


DEMO: Final = Environment(
    rest_url="https://demo.tradovateapi.com/v1",
    ws_url="wss://demo.tradovateapi.com/v1/websocket",
    md_url="wss://md.tradovateapi.com/v1/websocket",
    replay_url="wss://replay.tradovateapi.com/v1/websocket",
    name="demo",
)
LIVE: Final = Environment(
    rest_url="https://live.tradovateapi.com/v1",
    ws_url="wss://live.tradovateapi.com/v1/websocket",
    md_url="wss://md.tradovateapi.com/v1/websocket",
    replay_url="wss://replay.tradovateapi.com/v1/websocket",
    name="live",
)
