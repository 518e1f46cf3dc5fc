from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .post_trade_risk import PostTradeRisk
from .post_trade_risk import _decode as _decode_PostTradeRisk
from .post_trade_risk import _from_wire as _from_wire_PostTradeRisk
from .post_trade_risk import _Wire as _PostTradeRisk_wire
from .pre_trade_risk import PreTradeRisk
from .pre_trade_risk import _decode as _decode_PreTradeRisk
from .pre_trade_risk import _from_wire as _from_wire_PreTradeRisk
from .pre_trade_risk import _Wire as _PreTradeRisk_wire

__all__ = ["OpenDemoAccount"]

_KEYS: frozenset[str] = frozenset(["templateAccountId", "name", "initialBalance", "defaultAutoLiq", "preTradeRisk"])
_new = _codec.new_object


class _OpenDemoAccountSlots:
    __slots__ = ("template_account_id", "name", "initial_balance", "default_auto_liq", "pre_trade_risk", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OpenDemoAccount(_OpenDemoAccountSlots, _codec.Model):
    """Request body of openDemoAccount.

    Attributes:
        template_account_id (``templateAccountId``): Id of the template Account to copy.
        name (``name``): Name of the new account.
        initial_balance (``initialBalance``): Starting cash balance.
        default_auto_liq (``defaultAutoLiq``): Auto-liquidation settings for the new account; saves a separate userAccountAutoLiq
            update.
        pre_trade_risk (``preTradeRisk``): Position limits and risk parameters to set on the new account.
    """

    template_account_id: int | Unset = UNSET
    name: str | Unset = UNSET
    initial_balance: float | Unset = UNSET
    default_auto_liq: PostTradeRisk | Unset = UNSET
    pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OpenDemoAccountRaw(_OpenDemoAccountSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OpenDemoAccount:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OpenDemoAccount = _new(_OpenDemoAccountRaw)
    missing = 0
    g = d.get
    v = g("templateAccountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccount, "templateAccountId", "integer", v, False, False)
    o.template_account_id = v
    v = g("name", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccount, "name", "string", v, False, False)
    o.name = v
    v = g("initialBalance", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccount, "initialBalance", "number", v, False, False)
    o.initial_balance = v
    v = g("defaultAutoLiq", UNSET)
    if v.__class__ is dict:
        v = _decode_PostTradeRisk(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccount, "defaultAutoLiq", "object", v, False, False)
    o.default_auto_liq = v
    v = g("preTradeRisk", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            OpenDemoAccount, "preTradeRisk", _decode_PreTradeRisk, v, _PreTradeRisk_wire, _from_wire_PreTradeRisk
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccount, "preTradeRisk", "array", v, False, False)
    o.pre_trade_risk = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OpenDemoAccount, d, _KEYS)
    o._json = d
    o.__class__ = OpenDemoAccount
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OpenDemoAccount:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OpenDemoAccount = _new(_OpenDemoAccountRaw)
    o.template_account_id = w.template_account_id
    o.name = w.name
    o.initial_balance = w.initial_balance
    v = w.default_auto_liq
    if v.__class__ is _PostTradeRisk_wire:
        v = _from_wire_PostTradeRisk(v, d["defaultAutoLiq"])
    o.default_auto_liq = v
    v = w.pre_trade_risk
    if v.__class__ is list:
        v = _codec.decode_models(
            OpenDemoAccount, "preTradeRisk", _decode_PreTradeRisk, v, _PreTradeRisk_wire, _from_wire_PreTradeRisk
        )
    o.pre_trade_risk = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OpenDemoAccount
    return o


_Wire: Any = _codec.wire_struct(
    "OpenDemoAccount",
    [
        ("template_account_id", "templateAccountId", int, UNSET),
        ("name", "name", str, UNSET),
        ("initial_balance", "initialBalance", _codec.NUMBER, UNSET),
        ("default_auto_liq", "defaultAutoLiq", _PostTradeRisk_wire, UNSET),
        ("pre_trade_risk", "preTradeRisk", list[Any], UNSET),
    ],
)


OpenDemoAccount._info = _codec.model_info(
    (
        _codec.Field("template_account_id", "templateAccountId", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("initial_balance", "initialBalance", _codec.plain_json),
        _codec.Field("default_auto_liq", "defaultAutoLiq", _codec.model_json),
        _codec.Field(
            "pre_trade_risk", "preTradeRisk", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_DEEP_MODELS
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
