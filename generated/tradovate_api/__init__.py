"""Typed client for the Tradovate (NinjaTrader) Partner REST API.

- ``Tradovate`` / ``AsyncTradovate``: the client object; every operation is a method of one of
  its namespaces (``tv.orders.place``, ``tv.accounts.list``, ``tv.users.sync_request``);
- ``tradovate_api.models``: the data models (immutable attrs classes, open enums);
- ``tradovate_api.errors``: every failure as one exception hierarchy;
- ``decode`` / ``decode_list`` / ``encode``: JSON bytes <-> models, the fast path;
- ``tradovate_api.drift``: what the server sent that the spec does not describe;
- ``GuardSettings`` / ``Guards``: what every call does about penalty tickets, 429/423 answers,
  hourly budgets and read retries (``Tradovate(..., guards=...)``).

Importing this package is cheap: submodules and models load on first use.

Logging: the package logs on ``tradovate_api`` and its children (``.http``, ``.drift``, ...) and
configures nothing; a ``NullHandler`` on ``tradovate_api`` keeps a program that set up no logging
silent (no "last resort" output on stderr). Configure logging to see the records.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import DEMO_URL, LIVE_URL, AsyncTradovate, Tradovate
    from ._guards import Guards, GuardSettings
    from .codec import decode, decode_list, encode
    from .types import UNSET, Response, Unset

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "AsyncTradovate": "_client",
    "DEMO_URL": "_client",
    "GuardSettings": "_guards",
    "Guards": "_guards",
    "LIVE_URL": "_client",
    "Response": "types",
    "Tradovate": "_client",
    "UNSET": "types",
    "Unset": "types",
    "decode": "codec",
    "decode_list": "codec",
    "encode": "codec",
}

__all__ = [
    "DEMO_URL",
    "LIVE_URL",
    "UNSET",
    "AsyncTradovate",
    "GuardSettings",
    "Guards",
    "Response",
    "Tradovate",
    "Unset",
    "decode",
    "decode_list",
    "encode",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
