from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .post_trade_risk import PostTradeRisk
from .pre_trade_risk import PreTradeRisk

__all__ = ["EvaluationAccount"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "templateAccountId", "name", "initialBalance", "preTradeRisk", "postTradeRisk"]
)


class _EvaluationAccountSlots:
    __slots__ = ("user_id", "template_account_id", "name", "initial_balance", "pre_trade_risk", "post_trade_risk", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EvaluationAccount(_EvaluationAccountSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_EvaluationAccountRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("templateAccountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "templateAccountId", "integer", v, True, False)
        o.template_account_id = v
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("initialBalance", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "initialBalance", "number", v, True, False)
        o.initial_balance = v
        v = g("preTradeRisk", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "preTradeRisk", PreTradeRisk._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "preTradeRisk", "array", v, False, False)
        o.pre_trade_risk = v
        v = g("postTradeRisk", UNSET)
        if v.__class__ is dict:
            v = PostTradeRisk._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "postTradeRisk", "object", v, False, False)
        o.post_trade_risk = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _EvaluationAccountRaw(_EvaluationAccountSlots):
    __slots__ = ()


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
)
