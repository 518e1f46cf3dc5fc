"""The market-data refusals, under the one hierarchy of :mod:`tradovate_api.errors`.

::

    ``OperationFailed``
    └── ``SubscriptionRefused``  a subscription or chart refused (``errorText`` in a 200, an error status)
        └── ``UnknownSymbol``    the symbol names no contract (refused, or not resolvable to a contract id)
"""

from __future__ import annotations

from typing import Any

from tradovate_api import errors

__all__ = ["REFUSALS", "SubscriptionRefused", "UnknownSymbol", "refusal"]

#: The answers that mean "no" to this subscription. Anything else (a lost connection, a timeout,
#: a penalty ticket, 429, a server error) is raised as it is: trying again later may work.
REFUSALS: tuple[type[errors.TradovateError], ...] = (
    errors.OperationFailed,
    errors.BadRequest,
    errors.NotFound,
    errors.Forbidden,
    errors.UnexpectedStatus,
)

Symbol = str | int


class SubscriptionRefused(errors.OperationFailed):
    """The server refused a market-data subscription or chart (``errorText`` in a 200 or an
    error status). ``symbol`` is the symbol as given."""

    def __init__(self, endpoint: str, symbol: Symbol, reason: str | None, text: str | None, result: Any = None) -> None:
        self.symbol = symbol
        super().__init__(endpoint, reason, text, result)


class UnknownSymbol(SubscriptionRefused):
    """The symbol names no contract (refused by the server, or not resolvable to a contract id)."""


def refusal(endpoint: str, symbol: Symbol, exc: errors.TradovateError) -> SubscriptionRefused:
    """One of :data:`REFUSALS` as the typed market-data refusal."""
    if isinstance(exc, errors.OperationFailed):
        code, text, result = exc.reason, exc.text, exc.result
    else:
        code, text, result = None, str(exc), None
    blob = f"{code or ''} {text or ''}".lower()
    # UNCONFIRMED: the real server's code/text for an unknown symbol is not documented.
    unknown = "unknown" in blob or "not found" in blob or isinstance(exc, errors.NotFound)
    cls = UnknownSymbol if unknown else SubscriptionRefused
    return cls(endpoint, symbol, code, text, result)
