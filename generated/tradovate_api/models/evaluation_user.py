from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["EvaluationUser"]

_KEYS: frozenset[str] = frozenset(
    ["name", "email", "password", "firstName", "lastName", "tradovateSubscriptionPlanId", "entitlementIds"]
)
_new = _codec.new_object


class _EvaluationUserSlots:
    __slots__ = ("name", "email", "password", "first_name", "last_name", "tradovate_subscription_plan_id", "entitlement_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EvaluationUser(_EvaluationUserSlots, _codec.Model):
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


class _EvaluationUserRaw(_EvaluationUserSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> EvaluationUser:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: EvaluationUser = _new(_EvaluationUserRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(EvaluationUser, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationUser, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["email"]
    except KeyError:
        v = _codec.bad(EvaluationUser, "email", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationUser, "email", "string", v, True, False)
    o.email = v
    try:
        v = d["password"]
    except KeyError:
        v = _codec.bad(EvaluationUser, "password", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationUser, "password", "string", v, True, False)
    o.password = v
    try:
        v = d["firstName"]
    except KeyError:
        v = _codec.bad(EvaluationUser, "firstName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationUser, "firstName", "string", v, True, False)
    o.first_name = v
    try:
        v = d["lastName"]
    except KeyError:
        v = _codec.bad(EvaluationUser, "lastName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(EvaluationUser, "lastName", "string", v, True, False)
    o.last_name = v
    v = g("tradovateSubscriptionPlanId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EvaluationUser, "tradovateSubscriptionPlanId", "integer", v, False, False)
    o.tradovate_subscription_plan_id = v
    v = g("entitlementIds", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(EvaluationUser, "entitlementIds", _codec.decode_int, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EvaluationUser, "entitlementIds", "array", v, False, False)
    o.entitlement_ids = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(EvaluationUser, d, _KEYS)
    o._json = d
    o.__class__ = EvaluationUser
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> EvaluationUser:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: EvaluationUser = _new(_EvaluationUserRaw)
    o.name = w.name
    o.email = w.email
    o.password = w.password
    o.first_name = w.first_name
    o.last_name = w.last_name
    o.tradovate_subscription_plan_id = w.tradovate_subscription_plan_id
    o.entitlement_ids = w.entitlement_ids
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = EvaluationUser
    return o


_Wire: Any = _codec.wire_struct(
    "EvaluationUser",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("email", "email", str, _codec.REQUIRED),
        ("password", "password", str, _codec.REQUIRED),
        ("first_name", "firstName", str, _codec.REQUIRED),
        ("last_name", "lastName", str, _codec.REQUIRED),
        ("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", int, UNSET),
        ("entitlement_ids", "entitlementIds", list[int], UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
