"""Typed market data → its JSON form again (wire keys, unknown keys put back).

:func:`to_wire` is the inverse of decoding: ``to_wire(quote)`` is the ``quotes[]`` item the
server sent (date-times written back with milliseconds and ``Z``, as the server writes them;
numbers as parsed). Used for JSON lines output and wherever a value must travel on.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from ._struct import fields_of, wire_name
from .ticks import Tick

__all__ = ["to_wire", "tick_to_dict"]

# A chart packet's kind is told by which of these it has: empty means "not sent".
_ABSENT_WHEN_EMPTY = frozenset({"bars", "tks"})


def _iso(value: datetime.datetime) -> str:
    if value.tzinfo is None:
        return value.isoformat(timespec="milliseconds")
    v = value.astimezone(datetime.UTC)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond // 1000:03d}Z"


def to_wire(value: Any) -> Any:
    """A decoded value (struct, tuple, dict, scalar) as JSON-ready Python values."""
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is not None:
        out: dict[str, Any] = {}
        for name in fields_of(value):
            item = getattr(value, name)
            if name == "extras":
                continue
            if item is None or (name in _ABSENT_WHEN_EMPTY and not item):
                continue
            out[wire_name(name)] = to_wire(item)
        extras = getattr(value, "extras", None)
        if extras:
            for key, kept in extras.items():  # a mapping typed in part: its items put aside too
                typed = out.get(key)
                out[key] = {**typed, **kept} if isinstance(typed, dict) and isinstance(kept, dict) else kept
        return out
    if isinstance(value, datetime.datetime):
        return _iso(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, tuple | list):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_wire(v) for k, v in value.items()}
    return value


def tick_to_dict(tick: Tick) -> dict[str, Any]:
    """A tick in absolute terms, prices as decimal strings (exact), time as ISO text."""
    out: dict[str, Any] = {
        "id": tick.id,
        "timestamp": _iso(tick.time),
        "price": str(tick.price),
        "size": tick.size,
    }
    if tick.bid is not None:
        out["bid"] = str(tick.bid)
        out["bidSize"] = tick.bid_size
    if tick.ask is not None:
        out["ask"] = str(tick.ask)
        out["askSize"] = tick.ask_size
    return out
