"""Typed client for the Tradovate (NinjaTrader) Partner REST API, generated from our spec.

- ``tradovate_api.api.<tag>.<operation>``: ``sync`` / ``asyncio`` functions per operation
  (plus ``*_detailed`` variants returning the raw exchange);
- ``tradovate_api.models``: the data models (attrs classes, open enums);
- ``tradovate_api.decode(Model, raw)``: the fast path from JSON bytes to models;
- ``tradovate_api.errors``: every failure as one exception hierarchy;
- ``tradovate_api.drift``: what the server sent that the spec does not describe.

Importing this package is cheap: submodules load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client
    from .codec import decode, decode_list, encode

_LAZY = {
    "AuthenticatedClient": "client",
    "Client": "client",
    "decode": "codec",
    "decode_list": "codec",
    "encode": "codec",
}

__all__ = ["AuthenticatedClient", "Client", "decode", "decode_list", "encode"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
