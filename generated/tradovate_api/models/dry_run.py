from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .dry_run_order import DryRunOrder
from .dry_run_order import _decode as _decode_DryRunOrder
from .dry_run_order import _from_wire as _from_wire_DryRunOrder
from .dry_run_order import _Wire as _DryRunOrder_wire
from .extra_pre_trade_risk import ExtraPreTradeRisk
from .extra_pre_trade_risk import _decode as _decode_ExtraPreTradeRisk
from .extra_pre_trade_risk import _from_wire as _from_wire_ExtraPreTradeRisk
from .extra_pre_trade_risk import _Wire as _ExtraPreTradeRisk_wire

__all__ = ["DryRun"]

_KEYS: frozenset[str] = frozenset(["accountId", "orders", "extraPreTradeRisk"])
_new = _codec.new_object


class _DryRunSlots:
    __slots__ = ("account_id", "orders", "extra_pre_trade_risk", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DryRun(_DryRunSlots, _codec.Model):
    """Orders to test against an account's risk rules without placing them.

    Attributes:
        account_id (``accountId``): Id of the Account to evaluate the orders for.
        orders (``orders``): The hypothetical orders, evaluated together; at most four.
        extra_pre_trade_risk (``extraPreTradeRisk``)
    """

    account_id: int
    orders: list[DryRunOrder]
    extra_pre_trade_risk: ExtraPreTradeRisk | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DryRunRaw(_DryRunSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DryRun:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DryRun = _new(_DryRunRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(DryRun, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DryRun, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["orders"]
    except KeyError:
        v = _codec.bad(DryRun, "orders", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                DryRun, "orders", _decode_DryRunOrder, v, _DryRunOrder_wire, _from_wire_DryRunOrder
            )
        else:
            v = _codec.bad(DryRun, "orders", "array", v, True, False)
    o.orders = v
    v = g("extraPreTradeRisk", UNSET)
    if v.__class__ is dict:
        v = _decode_ExtraPreTradeRisk(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRun, "extraPreTradeRisk", "object", v, False, False)
    o.extra_pre_trade_risk = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DryRun, d, _KEYS)
    o._json = d
    o.__class__ = DryRun
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DryRun:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DryRun = _new(_DryRunRaw)
    o.account_id = w.account_id
    v = w.orders
    if v.__class__ is list:
        v = _codec.decode_models(DryRun, "orders", _decode_DryRunOrder, v, _DryRunOrder_wire, _from_wire_DryRunOrder)
    o.orders = v
    v = w.extra_pre_trade_risk
    if v.__class__ is _ExtraPreTradeRisk_wire:
        v = _from_wire_ExtraPreTradeRisk(v, d["extraPreTradeRisk"])
    o.extra_pre_trade_risk = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DryRun
    return o


_Wire: Any = _codec.wire_struct(
    "DryRun",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("orders", "orders", list[Any], _codec.REQUIRED),
        ("extra_pre_trade_risk", "extraPreTradeRisk", _ExtraPreTradeRisk_wire, UNSET),
    ],
)


DryRun._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("orders", "orders", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("extra_pre_trade_risk", "extraPreTradeRisk", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
