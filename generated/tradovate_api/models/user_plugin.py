from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate

__all__ = ["UserPlugin"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "timestamp",
        "planPrice",
        "pluginName",
        "approval",
        "startDate",
        "paidAmount",
        "id",
        "cashBalanceLogId",
        "accountId",
        "entitlementId",
        "expirationDate",
        "autorenewal",
        "planCategories",
        "rebate",
    ]
)


class _UserPluginSlots:
    __slots__ = ("user_id", "timestamp", "plan_price", "plugin_name", "approval", "start_date", "paid_amount", "id", "cash_balance_log_id", "account_id", "entitlement_id", "expiration_date", "autorenewal", "plan_categories", "rebate", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserPlugin(_UserPluginSlots):
    """A user's subscription to a plug-in or add-on entitlement.

    Attributes:
        user_id (``userId``): Id of the subscribed User.
        timestamp (``timestamp``): When the subscription was created.
        plan_price (``planPrice``): Price of the plan.
        plugin_name (``pluginName``): Name of the plug-in.
        approval (``approval``): Whether the plug-in is allowed for the user.
        start_date (``startDate``): First day of the subscription.
        paid_amount (``paidAmount``): Amount actually paid.
        id (``id``)
        cash_balance_log_id (``cashBalanceLogId``): Id of the cash balance entry that charged the fee, when paid from an account.
        account_id (``accountId``): Id of the Account that paid, if any.
        entitlement_id (``entitlementId``): Id of the Entitlement bought.
        expiration_date (``expirationDate``): Day the subscription expires.
        autorenewal (``autorenewal``): Whether the subscription renews automatically.
        plan_categories (``planCategories``): Not documented upstream.
        rebate (``rebate``): Not documented upstream.
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    plugin_name: str
    approval: bool
    start_date: TradeDate
    paid_amount: float
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    entitlement_id: int | Unset = UNSET
    expiration_date: TradeDate | Unset = UNSET
    autorenewal: bool | Unset = UNSET
    plan_categories: str | Unset = UNSET
    rebate: float | Unset = UNSET
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
        o: Self = _codec.new_object(_UserPluginRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("planPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "planPrice", "number", v, True, False)
        o.plan_price = v
        v = g("pluginName", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "pluginName", "string", v, True, False)
        o.plugin_name = v
        v = g("approval", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "approval", "boolean", v, True, False)
        o.approval = v
        v = g("startDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        else:
            v = _codec.bad(cls, "startDate", "object", v, True, False)
        o.start_date = v
        v = g("paidAmount", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "paidAmount", "number", v, True, False)
        o.paid_amount = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("cashBalanceLogId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "cashBalanceLogId", "integer", v, False, False)
        o.cash_balance_log_id = v
        v = g("accountId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "accountId", "integer", v, False, False)
        o.account_id = v
        v = g("entitlementId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "entitlementId", "integer", v, False, False)
        o.entitlement_id = v
        v = g("expirationDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "expirationDate", "object", v, False, False)
        o.expiration_date = v
        v = g("autorenewal", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "autorenewal", "boolean", v, False, False)
        o.autorenewal = v
        v = g("planCategories", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "planCategories", "string", v, False, False)
        o.plan_categories = v
        v = g("rebate", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "rebate", "number", v, False, False)
        o.rebate = v
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


class _UserPluginRaw(_UserPluginSlots):
    __slots__ = ()


UserPlugin._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("plan_price", "planPrice", _codec.plain_json),
        _codec.Field("plugin_name", "pluginName", _codec.plain_json),
        _codec.Field("approval", "approval", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("paid_amount", "paidAmount", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cash_balance_log_id", "cashBalanceLogId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("entitlement_id", "entitlementId", _codec.plain_json),
        _codec.Field("expiration_date", "expirationDate", _codec.model_json),
        _codec.Field("autorenewal", "autorenewal", _codec.plain_json),
        _codec.Field("plan_categories", "planCategories", _codec.plain_json),
        _codec.Field("rebate", "rebate", _codec.plain_json),
    ),
)
