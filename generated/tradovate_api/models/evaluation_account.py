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

__all__ = ["EvaluationAccount"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "templateAccountId", "name", "initialBalance", "preTradeRisk", "postTradeRisk"]
)
_new = _codec.new_object


class _EvaluationAccountSlots:
    __slots__ = ("user_id", "template_account_id", "name", "initial_balance", "pre_trade_risk", "post_trade_risk", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EvaluationAccount(_EvaluationAccountSlots, _codec.Model):
    """One account to create with createEvaluationAccounts.

    Attributes:
        user_id (``userId``): Id of the User who gets a trading permission on the new account.
        template_account_id (``templateAccountId``): Id of the organisation's template Account that the new account is copied from.
        name (``name``): Name of the new account.
        initial_balance (``initialBalance``): Starting cash balance of the new account.
        pre_trade_risk (``preTradeRisk``): Position limits and risk parameters to set on the new account.
        post_trade_risk (``postTradeRisk``): Auto-liquidation settings for the new account.
    """

    user_id: int
    template_account_id: int
    name: str
    initial_balance: float
    pre_trade_risk: list[PreTradeRisk] | Unset = UNSET
    post_trade_risk: PostTradeRisk | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _EvaluationAccountRaw(_EvaluationAccountSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> EvaluationAccount:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: EvaluationAccount = _new(_EvaluationAccountRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(EvaluationAccount, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(EvaluationAccount, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["templateAccountId"]
    except KeyError:
        v = _codec.bad(EvaluationAccount, "templateAccountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(EvaluationAccount, "templateAccountId", "integer", v, True, False)
    o.template_account_id = v
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(EvaluationAccount, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationAccount, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["initialBalance"]
    except KeyError:
        v = _codec.bad(EvaluationAccount, "initialBalance", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(EvaluationAccount, "initialBalance", "number", v, True, False)
    o.initial_balance = v
    v = g("preTradeRisk", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            EvaluationAccount, "preTradeRisk", _decode_PreTradeRisk, v, _PreTradeRisk_wire, _from_wire_PreTradeRisk
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EvaluationAccount, "preTradeRisk", "array", v, False, False)
    o.pre_trade_risk = v
    v = g("postTradeRisk", UNSET)
    if v.__class__ is dict:
        v = _decode_PostTradeRisk(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EvaluationAccount, "postTradeRisk", "object", v, False, False)
    o.post_trade_risk = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(EvaluationAccount, d, _KEYS)
    o._json = d
    o.__class__ = EvaluationAccount
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> EvaluationAccount:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: EvaluationAccount = _new(_EvaluationAccountRaw)
    o.user_id = w.user_id
    o.template_account_id = w.template_account_id
    o.name = w.name
    o.initial_balance = w.initial_balance
    v = w.pre_trade_risk
    if v.__class__ is list:
        v = _codec.decode_models(
            EvaluationAccount, "preTradeRisk", _decode_PreTradeRisk, v, _PreTradeRisk_wire, _from_wire_PreTradeRisk
        )
    o.pre_trade_risk = v
    v = w.post_trade_risk
    if v.__class__ is _PostTradeRisk_wire:
        v = _from_wire_PostTradeRisk(v, d["postTradeRisk"])
    o.post_trade_risk = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = EvaluationAccount
    return o


_Wire: Any = _codec.wire_struct(
    "EvaluationAccount",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("template_account_id", "templateAccountId", int, _codec.REQUIRED),
        ("name", "name", str, _codec.REQUIRED),
        ("initial_balance", "initialBalance", _codec.NUMBER, _codec.REQUIRED),
        ("pre_trade_risk", "preTradeRisk", list[Any], UNSET),
        ("post_trade_risk", "postTradeRisk", _PostTradeRisk_wire, UNSET),
    ],
)


EvaluationAccount._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("template_account_id", "templateAccountId", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("initial_balance", "initialBalance", _codec.plain_json),
        _codec.Field(
            "pre_trade_risk", "preTradeRisk", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_DEEP_MODELS
        ),
        _codec.Field("post_trade_risk", "postTradeRisk", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
