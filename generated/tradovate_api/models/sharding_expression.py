from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["ShardingExpression"]

_KEYS: frozenset[str] = frozenset(["expressionType", "divisor", "remainder"])
_new = _codec.new_object


class _ShardingExpressionSlots:
    __slots__ = ("expression_type", "divisor", "remainder", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ShardingExpression(_ShardingExpressionSlots, _codec.Model):
    """Sends an entity to this socket when its account or user id, divided by `divisor`, leaves
    `remainder`.

    Attributes:
        expression_type (``expressionType``): `modAccountId` or `modUserId`: which id is divided.
        divisor (``divisor``): Number of sockets sharing the traffic; greater than 0.
        remainder (``remainder``): This socket's share, from 0 to divisor - 1.
    """

    expression_type: str
    divisor: int
    remainder: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ShardingExpressionRaw(_ShardingExpressionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ShardingExpression:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ShardingExpression = _new(_ShardingExpressionRaw)
    missing = 0
    try:
        v = d["expressionType"]
    except KeyError:
        v = _codec.bad(ShardingExpression, "expressionType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ShardingExpression, "expressionType", "string", v, True, False)
    o.expression_type = v
    try:
        v = d["divisor"]
    except KeyError:
        v = _codec.bad(ShardingExpression, "divisor", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ShardingExpression, "divisor", "integer", v, True, False)
    o.divisor = v
    try:
        v = d["remainder"]
    except KeyError:
        v = _codec.bad(ShardingExpression, "remainder", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ShardingExpression, "remainder", "integer", v, True, False)
    o.remainder = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ShardingExpression, d, _KEYS)
    o._json = d
    o.__class__ = ShardingExpression
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ShardingExpression:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ShardingExpression = _new(_ShardingExpressionRaw)
    o.expression_type = w.expression_type
    o.divisor = w.divisor
    o.remainder = w.remainder
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ShardingExpression
    return o


_Wire: Any = _codec.wire_struct(
    "ShardingExpression",
    [
        ("expression_type", "expressionType", str, _codec.REQUIRED),
        ("divisor", "divisor", int, _codec.REQUIRED),
        ("remainder", "remainder", int, _codec.REQUIRED),
    ],
)


ShardingExpression._info = _codec.model_info(
    (
        _codec.Field("expression_type", "expressionType", _codec.plain_json),
        _codec.Field("divisor", "divisor", _codec.plain_json),
        _codec.Field("remainder", "remainder", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
