"""The market-data refusals, under the one hierarchy of :mod:`tradovate_api.errors`.

::

    ``OperationFailed``
    └── ``SubscriptionRefused``  a subscription or chart refused (``errorText`` in a 200, an error status)
        └── ``UnknownSymbol``    the server says the symbol is unknown (or it resolves to no contract id)

Which failures are refusals (:func:`refusal`), and which of those last (:func:`lasting`):

- ``errorText`` in a 200 (``OperationFailed``), 400, 401, 403 and other 4xx statuses: the
  server said no to this request. The server's code and text are kept (``reason``, ``text``).
- 404: a refusal too, but :class:`UnknownSymbol` only when the server's words say the *symbol*
  is unknown (:func:`says_unknown_symbol`); a 404 naming the endpoint (``Not found:
  md/getChart``, what a socket that is not ready for market data answers) or giving no text is
  a plain :class:`SubscriptionRefused`, and one that may pass: re-subscriptions after a
  reconnect try it again (see :mod:`.client`).
- Anything else (a lost connection, a timeout, a penalty ticket, 408, 429, 5xx) is not a
  refusal: it is raised as it is, and trying again later may work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tradovate_api import errors

__all__ = ["SubscriptionRefused", "UnknownSymbol", "UnknownSymbolTest", "lasting", "refusal", "says_unknown_symbol"]

Symbol = str | int

#: ``(endpoint, symbol, code, text) -> bool``: whether a refusal says the symbol is unknown.
UnknownSymbolTest = Callable[[str, Symbol, str | None, str | None], bool]

_PASSING_STATUSES = frozenset({408, 425, 429})  # "try again later" statuses: not refusals


class SubscriptionRefused(errors.OperationFailed):
    """The server refused a market-data subscription or chart (``errorText`` in a 200 or an
    error status). ``symbol`` is the symbol as given; ``reason`` the server's code (``HTTP
    404`` for a status without one), ``text`` the server's words."""

    def __init__(self, endpoint: str, symbol: Symbol, reason: str | None, text: str | None, result: Any = None) -> None:
        self.symbol = symbol
        super().__init__(endpoint, reason, text, result)


class UnknownSymbol(SubscriptionRefused):
    """The symbol names no contract (the server says so, or it resolves to no contract id)."""


def says_unknown_symbol(endpoint: str, symbol: Symbol, code: str | None, text: str | None) -> bool:
    """Whether the server's code/text say the symbol is unknown.

    UNCONFIRMED: the real server's code and text for an unknown symbol are not documented. The
    decision: words naming the endpoint (``Not found: md/subscribeQuote``) are about the
    endpoint, never the symbol; otherwise ``unknown`` anywhere, or ``symbol``/``contract`` or
    the symbol itself together with ``not found``/``invalid``/``no such``, mean the symbol. A
    refusal with no words at all is not taken as an unknown symbol. Give
    ``MarketDataClient(unknown_symbol=...)`` another test if a server words it differently.
    """
    blob = f"{code or ''} {text or ''}".lower()
    if not blob.strip() or endpoint.lower() in blob:
        return False
    if "unknown" in blob:
        return True
    named = "symbol" in blob or "contract" in blob or str(symbol).lower() in blob
    return named and any(word in blob for word in ("not found", "invalid", "no such"))


def _status_text(exc: errors.ApiError) -> str | None:
    content = getattr(exc, "content", b"")
    if isinstance(content, bytes | bytearray) and content:
        return bytes(content).decode("utf-8", "replace")
    return None


def refusal(
    endpoint: str, symbol: Symbol, exc: BaseException, unknown: UnknownSymbolTest = says_unknown_symbol
) -> SubscriptionRefused | None:
    """``exc`` as the typed market-data refusal (the server's code and text kept), or ``None``
    when it is not a refusal (see the module doc: trying again later may work)."""
    if isinstance(exc, SubscriptionRefused):
        return exc
    if isinstance(exc, errors.OperationFailed):
        code, text, result = exc.reason, exc.text, exc.result
    elif isinstance(exc, errors.ApiError) and 400 <= exc.status_code < 500:
        if exc.status_code in _PASSING_STATUSES:
            return None
        code, text, result = f"HTTP {exc.status_code}", _status_text(exc), None
    else:
        return None
    cls = UnknownSymbol if unknown(endpoint, symbol, code, text) else SubscriptionRefused
    refused = cls(endpoint, symbol, code, text, result)
    refused.__cause__ = exc
    return refused


def lasting(refused: SubscriptionRefused) -> bool:
    """Whether asking again cannot help: every refusal but a 404 that is not about the symbol."""
    return isinstance(refused, UnknownSymbol) or refused.reason != "HTTP 404"
