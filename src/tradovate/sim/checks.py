"""What the exchange refuses before an order exists: absurd quantities and prices.

:func:`check_order` runs on every order body (``placeorder``, each leg of ``placeoso`` /
``placeoco``, ``modifyorder``, a strategy's entry) before the engine stores anything; a refusal is a
:class:`Rejection`, answered as ``{"failureReason", "failureText"}`` with nothing stored, as the
real server answers requests it refuses outright. (Bodies JSON cannot carry — ``NaN``,
``Infinity``, ``1e400``, lone surrogates — never get this far: :func:`.api.parse_body` answers
them 400.)

Refused:

- ``orderQty`` that is not a whole number from 1 to :attr:`Limits.max_order_qty` (CME's
  "maximum order quantity" protection is per product and in the thousands; one bound for all is
  a simplification);
- a price (``price``, ``stopPrice``, ``limitIfTouchedPrice``) that is not a finite positive
  number, is off the contract's tick grid (``6844.12`` on ES, tick 0.25), or lies outside
  :attr:`Limits.price_band` times the market either way (``1e300``) — a stand-in for CME's
  price banding, whose real width is per product and not modelled;
- ``pegDifference`` (a trailing stop's offset) that is not finite or off the tick grid;
- a missing price the order type needs;
- a multi-bracket strategy's brackets (:func:`check_brackets`, with its entry before anything is
  stored): each an object with ``qty`` a whole number from 1 to :attr:`Limits.max_order_qty`,
  together no more than the entry's ``orderQty`` (more would reverse the position); a
  ``profitTarget``/``stopLoss`` a finite, non-zero whole number of ticks, signed from the entry
  (a Buy's target above it, its stop below; a Sell the reverse — the spec's
  ``OrderStrategyBracket``), whose price from the market lies inside the price band;
  ``trailingStop`` a boolean;
- a ``GTD`` order (``timeInForce`` ``GTD`` in the body, placed or modified) without a usable
  ``expireTime`` (missing, not a date-time), or one whose ``expireTime`` falls on a trade date
  already over (the order would be expired on arrival). An ``expireTime`` earlier in the current
  trade date is taken: CME's GTD is by date, the order expires at today's close. The real
  server's answers for these are not in any source we hold: refused outright
  (``UnknownReason``, our texts) rather than resting like GTC, so a client's mistake shows.

On the grid (:attr:`Limits.off_tick`, the reference is silent on how Tradovate reads a double
that misses the grid by float noise): ``"price9"`` (the default) reads a price as the exchange
does — CME's order entry carries prices as ``PRICE9`` (an integer mantissa, exponent -9) — so
it is rounded to 9 decimals and must then be a whole number of ticks, exactly:
``4500.2500000001`` is ``4500.25`` (taken, and stored and filled as ``4500.25``),
``4500.2500001`` is off the grid (refused). ``"strict"``: the number as sent must be a whole
number of ticks in decimal (``4500.2500000001`` refused), for testing a client's arithmetic.
:func:`check_order` returns the prices as the engine stores them.

The reasons are the spec's ``RejectReason`` values; the texts are ours (the real ones for these
cases are not in any capture we hold).
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
from dataclasses import dataclass
from typing import Any, Final, Literal

from .clock import trade_date

__all__ = ["Limits", "Rejection", "check_brackets", "check_order", "gtd_date", "on_grid", "strategy_params"]

_NEEDS: Final = {
    "Limit": ("price",),
    "Stop": ("stopPrice",),
    "StopLimit": ("price", "stopPrice"),
    "TrailingStop": ("stopPrice",),
    "TrailingStopLimit": ("price", "stopPrice"),
    "MIT": ("price",),
    "LimitIfTouched": ("price", "limitIfTouchedPrice"),
}
_PRICES: Final = ("price", "stopPrice", "limitIfTouchedPrice")
PRICE_DECIMALS: Final = 9  # CME PRICE9: what the exchange can carry of a price


class Rejection(Exception):
    """A command refused before it reached the book (answered as ``failureReason``)."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(text)
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Limits:
    max_order_qty: int = 10_000
    price_band: float = 10.0  # a price beyond market*band or below market/band is refused
    off_tick: Literal["price9", "strict"] = "price9"  # how a price is put on the tick grid (module doc)

    def __post_init__(self) -> None:
        if self.off_tick not in ("price9", "strict"):
            raise ValueError(f"off_tick must be 'price9' or 'strict', not {self.off_tick!r}")


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def on_grid(value: float, tick: float, rule: str = "price9") -> float | None:
    """``value`` as a price on the ``tick`` grid under ``rule`` (see the module doc), or ``None``
    if it is off the grid."""
    text = repr(round(value, PRICE_DECIMALS)) if rule == "price9" else repr(value)
    try:
        exact, step = decimal.Decimal(text), decimal.Decimal(repr(tick))
        whole = step != 0 and exact % step == 0
    except decimal.InvalidOperation:  # beyond what Decimal divides at its precision: not a price
        return None
    if not whole:
        return None
    price = float(exact)
    return value if price == value else price  # as sent when it is on the grid (6800 stays an int)


def gtd_date(body: dict[str, Any]) -> datetime.date | None:
    """The CME trade date of a GTD order's ``expireTime`` (``None``: not GTD, or no usable time)."""
    text = body.get("expireTime")
    if body.get("timeInForce") != "GTD" or not isinstance(text, str):
        return None
    try:
        when = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return trade_date(when if when.tzinfo else when.replace(tzinfo=datetime.UTC))


def check_order(
    body: dict[str, Any],
    tick_size: float,
    market: float,
    limits: Limits,
    *,
    modify: bool = False,
    today: datetime.date | None = None,
) -> dict[str, float]:
    """Raise :class:`Rejection` if the exchange would refuse this order body (see the module doc);
    ``today``: the current trade date (for a GTD's ``expireTime``). Returns the body's prices (and
    ``pegDifference``) as they go on the book: on the grid, for the engine to store."""
    if body.get("timeInForce") == "GTD":
        expires = gtd_date(body)
        if expires is None:
            raise Rejection("UnknownReason", "GTD orders need expireTime, a date and time")
        if today is not None and expires < today:
            raise Rejection("UnknownReason", f"Invalid expireTime {body['expireTime']}: its trade date is over")
    qty = body.get("orderQty")
    bad_qty = not isinstance(qty, int) or isinstance(qty, bool) or not 1 <= qty <= limits.max_order_qty
    if (qty is not None or not modify) and bad_qty:
        raise Rejection("UnknownReason", f"Invalid order quantity: must be 1 to {limits.max_order_qty}")
    kind = str(body.get("orderType", "Market"))
    for key in _NEEDS.get(kind, ()):
        if body.get(key) is None:
            raise Rejection("InvalidPrice", f"{kind} orders need {key}")
    out: dict[str, float] = {}
    for key in _PRICES:
        value = body.get(key)
        if value is None:
            continue
        if not _number(value) or value <= 0:
            raise Rejection("InvalidPrice", f"Invalid {key}: must be a positive number")
        if market > 0 and not market / limits.price_band <= value <= market * limits.price_band:
            raise Rejection("InvalidPrice", f"Invalid {key} {value:.10g}: too far from the market")
        price = on_grid(value, tick_size, limits.off_tick)
        if price is None:
            raise Rejection("InvalidPrice", f"Invalid {key} {value!r}: not a multiple of the tick size {tick_size:g}")
        out[key] = price
    peg = body.get("pegDifference")
    if peg is not None:
        grid = (
            on_grid(peg, tick_size, limits.off_tick)
            if _number(peg) and abs(peg) <= market * limits.price_band
            else None
        )
        if grid is None:
            raise Rejection("InvalidPrice", "Invalid pegDifference: must be a whole number of ticks")
        out["pegDifference"] = grid
    return out


_EXIT_SIGNS: Final = {"Buy": {"profitTarget": 1, "stopLoss": -1}, "Sell": {"profitTarget": -1, "stopLoss": 1}}


def check_brackets(
    brackets: list[Any], action: Any, entry_qty: int, tick_size: float, market: float, limits: Limits
) -> list[dict[str, Any]]:
    """Raise :class:`Rejection` if a multi-bracket strategy's ``brackets`` are not ones the engine
    can place (see the module doc); return them with their offsets on the tick grid."""
    out: list[dict[str, Any]] = []
    signs = _EXIT_SIGNS.get(action) if isinstance(action, str) else None
    for i, bracket in enumerate(brackets):
        if not isinstance(bracket, dict):
            raise Rejection("UnknownReason", f"Invalid bracket {i}: must be an object (qty, profitTarget, stopLoss)")
        qty = bracket.get("qty")
        if not isinstance(qty, int) or isinstance(qty, bool) or not 1 <= qty <= limits.max_order_qty:
            raise Rejection("UnknownReason", f"Invalid bracket {i} qty: must be 1 to {limits.max_order_qty}")
        if not isinstance(bracket.get("trailingStop", False), bool):
            raise Rejection("UnknownReason", f"Invalid bracket {i} trailingStop: must be true or false")
        checked = {**bracket}
        for key in ("profitTarget", "stopLoss"):
            value = bracket.get(key)
            if value is None:
                continue
            sign = signs[key] if signs is not None else 0
            far = (
                _number(value)
                and market > 0
                and not market / limits.price_band < market + value < market * limits.price_band
            )
            if far:
                raise Rejection("InvalidPrice", f"Invalid bracket {i} {key} {value:.10g}: too far from the market")
            grid = on_grid(abs(value), tick_size, limits.off_tick) if _number(value) else None
            if grid is None or grid == 0 or value * sign <= 0:
                side = {1: "above", -1: "below"}.get(sign, "away from")
                raise Rejection(
                    "InvalidPrice",
                    f"Invalid bracket {i} {key}: a whole number of ticks ({tick_size:g}) {side} the entry",
                )
            checked[key] = grid * sign
        out.append(checked)
    if sum(b["qty"] for b in out) > entry_qty:
        raise Rejection("UnknownReason", f"Invalid brackets: their qty adds up to more than the entry's {entry_qty}")
    return out


def strategy_params(text: Any) -> tuple[dict[str, Any], list[Any]]:
    """A multi-bracket strategy's ``params`` (a JSON string): its ``entryVersion`` and ``brackets``,
    or :class:`Rejection` (``NaN``/``Infinity`` are not JSON: refused like any other invalid text)."""
    try:
        params = json.loads(text or "{}", parse_constant=_not_json) if isinstance(text, str | None) else None
    except (ValueError, RecursionError):
        raise Rejection("UnknownReason", "params is not valid JSON") from None
    entry = (params.get("entryVersion") or {}) if isinstance(params, dict) else None
    brackets = (params.get("brackets") or []) if isinstance(params, dict) else None
    if not isinstance(entry, dict) or not isinstance(brackets, list):
        raise Rejection("UnknownReason", "params must hold entryVersion and brackets")
    return entry, brackets


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")
