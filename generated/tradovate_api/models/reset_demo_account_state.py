from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["ResetDemoAccountState"]

_KEYS: frozenset[str] = frozenset(["accountIds", "resetTradeDate"])
_new = _codec.new_object


class _ResetDemoAccountStateSlots:
    __slots__ = ("account_ids", "reset_trade_date", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ResetDemoAccountState(_ResetDemoAccountStateSlots, _codec.Model):
    """Request to return demo accounts to their state at the open of a past trade date.

    Attributes:
        account_ids (``accountIds``): Ids of the demo Accounts to reset.
        reset_trade_date (``resetTradeDate``)
    """

    account_ids: list[int]
    reset_trade_date: TradeDate
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ResetDemoAccountStateRaw(_ResetDemoAccountStateSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ResetDemoAccountState:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ResetDemoAccountState = _new(_ResetDemoAccountStateRaw)
    missing = 0
    try:
        v = d["accountIds"]
    except KeyError:
        v = _codec.bad(ResetDemoAccountState, "accountIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(ResetDemoAccountState, "accountIds", _codec.decode_int, v)
        else:
            v = _codec.bad(ResetDemoAccountState, "accountIds", "array", v, True, False)
    o.account_ids = v
    try:
        v = d["resetTradeDate"]
    except KeyError:
        v = _codec.bad(ResetDemoAccountState, "resetTradeDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(ResetDemoAccountState, "resetTradeDate", "object", v, True, False)
    o.reset_trade_date = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ResetDemoAccountState, d, _KEYS)
    o._json = d
    o.__class__ = ResetDemoAccountState
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ResetDemoAccountState:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ResetDemoAccountState = _new(_ResetDemoAccountStateRaw)
    o.account_ids = w.account_ids
    v = w.reset_trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["resetTradeDate"])
    o.reset_trade_date = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ResetDemoAccountState
    return o


_Wire: Any = _codec.wire_struct(
    "ResetDemoAccountState",
    [
        ("account_ids", "accountIds", list[int], _codec.REQUIRED),
        ("reset_trade_date", "resetTradeDate", _TradeDate_wire, _codec.REQUIRED),
    ],
)


ResetDemoAccountState._info = _codec.model_info(
    (
        _codec.Field("account_ids", "accountIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("reset_trade_date", "resetTradeDate", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
