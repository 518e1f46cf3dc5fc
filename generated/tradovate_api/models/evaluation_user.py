from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["EvaluationUser"]

_KEYS: frozenset[str] = frozenset(
    ["name", "email", "password", "firstName", "lastName", "tradovateSubscriptionPlanId", "entitlementIds"]
)


class _EvaluationUserSlots:
    __slots__ = ("name", "email", "password", "first_name", "last_name", "tradovate_subscription_plan_id", "entitlement_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EvaluationUser(_EvaluationUserSlots):
    """One user to create with createEvaluationUsers.

    Attributes:
        name (``name``): Login name.
        email (``email``)
        password (``password``): Initial password.
        first_name (``firstName``): First and last name together may have at most 60 characters.
        last_name (``lastName``)
        tradovate_subscription_plan_id (``tradovateSubscriptionPlanId``): Id of one of the organisation's TradovateSubscriptionPlans to assign.
        entitlement_ids (``entitlementIds``): Ids of the Entitlements to assign.
    """

    name: str
    email: str
    password: str
    first_name: str
    last_name: str
    tradovate_subscription_plan_id: int | Unset = UNSET
    entitlement_ids: list[int] | Unset = UNSET
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
        o: Self = _codec.new_object(_EvaluationUserRaw)
        g = d.get
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("email", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "email", "string", v, True, False)
        o.email = v
        v = g("password", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "password", "string", v, True, False)
        o.password = v
        v = g("firstName", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "firstName", "string", v, True, False)
        o.first_name = v
        v = g("lastName", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "lastName", "string", v, True, False)
        o.last_name = v
        v = g("tradovateSubscriptionPlanId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "tradovateSubscriptionPlanId", "integer", v, False, False)
        o.tradovate_subscription_plan_id = v
        v = g("entitlementIds", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "entitlementIds", _codec.decode_int, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "entitlementIds", "array", v, False, False)
        o.entitlement_ids = v
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


class _EvaluationUserRaw(_EvaluationUserSlots):
    __slots__ = ()


EvaluationUser._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("email", "email", _codec.plain_json),
        _codec.Field("password", "password", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("first_name", "firstName", _codec.plain_json),
        _codec.Field("last_name", "lastName", _codec.plain_json),
        _codec.Field("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", _codec.plain_json),
        _codec.Field(
            "entitlement_ids", "entitlementIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES
        ),
    ),
)
