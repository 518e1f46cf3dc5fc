from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["UpdateMaxNetLiq"]

_KEYS: frozenset[str] = frozenset(["accountId", "maxNetLiq"])
_new = _codec.new_object


class _UpdateMaxNetLiqSlots:
    __slots__ = ("account_id", "max_net_liq", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateMaxNetLiq(_UpdateMaxNetLiqSlots, _codec.Model):
    """Body of `updateMaxNetLiq`.

    Attributes:
        account_id (``accountId``): Id of the Account.
        max_net_liq (``maxNetLiq``): New peak net liquidation value, in the account currency.
    """

    account_id: int
    max_net_liq: float
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateMaxNetLiqRaw(_UpdateMaxNetLiqSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateMaxNetLiq:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateMaxNetLiq = _new(_UpdateMaxNetLiqRaw)
    missing = 0
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(UpdateMaxNetLiq, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UpdateMaxNetLiq, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["maxNetLiq"]
    except KeyError:
        v = _codec.bad(UpdateMaxNetLiq, "maxNetLiq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(UpdateMaxNetLiq, "maxNetLiq", "number", v, True, False)
    o.max_net_liq = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateMaxNetLiq, d, _KEYS)
    o._json = d
    o.__class__ = UpdateMaxNetLiq
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateMaxNetLiq:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateMaxNetLiq = _new(_UpdateMaxNetLiqRaw)
    o.account_id = w.account_id
    o.max_net_liq = w.max_net_liq
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateMaxNetLiq
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateMaxNetLiq",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("max_net_liq", "maxNetLiq", _codec.NUMBER, _codec.REQUIRED),
    ],
)


UpdateMaxNetLiq._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("max_net_liq", "maxNetLiq", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
