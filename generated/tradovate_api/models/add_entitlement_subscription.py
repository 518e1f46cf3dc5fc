from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AddEntitlementSubscription"]

_KEYS: frozenset[str] = frozenset(["entitlementId", "creditCardId", "accountId", "userId", "nonProSigned"])
_new = _codec.new_object


class _AddEntitlementSubscriptionSlots:
    __slots__ = ("entitlement_id", "credit_card_id", "account_id", "user_id", "non_pro_signed", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AddEntitlementSubscription(_AddEntitlementSubscriptionSlots, _codec.Model):
    """Request body of addEntitlementSubscription.

    Attributes:
        entitlement_id (``entitlementId``): Id of the Entitlement to buy.
        credit_card_id (``creditCardId``): Id of the credit card to charge, when paying by card.
        account_id (``accountId``): Id of the Account to charge, when paying from an account.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
        non_pro_signed (``nonProSigned``): Not documented upstream; apparently confirms the user signed the non-professional
            declaration.
    """

    entitlement_id: int
    credit_card_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    non_pro_signed: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AddEntitlementSubscriptionRaw(_AddEntitlementSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AddEntitlementSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AddEntitlementSubscription = _new(_AddEntitlementSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["entitlementId"]
    except KeyError:
        v = _codec.bad(AddEntitlementSubscription, "entitlementId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddEntitlementSubscription, "entitlementId", "integer", v, True, False)
    o.entitlement_id = v
    v = g("creditCardId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddEntitlementSubscription, "creditCardId", "integer", v, False, False)
    o.credit_card_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddEntitlementSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddEntitlementSubscription, "userId", "integer", v, False, False)
    o.user_id = v
    v = g("nonProSigned", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddEntitlementSubscription, "nonProSigned", "boolean", v, False, False)
    o.non_pro_signed = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AddEntitlementSubscription, d, _KEYS)
    o._json = d
    o.__class__ = AddEntitlementSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AddEntitlementSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AddEntitlementSubscription = _new(_AddEntitlementSubscriptionRaw)
    o.entitlement_id = w.entitlement_id
    o.credit_card_id = w.credit_card_id
    o.account_id = w.account_id
    o.user_id = w.user_id
    o.non_pro_signed = w.non_pro_signed
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AddEntitlementSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "AddEntitlementSubscription",
    [
        ("entitlement_id", "entitlementId", int, _codec.REQUIRED),
        ("credit_card_id", "creditCardId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("user_id", "userId", int, UNSET),
        ("non_pro_signed", "nonProSigned", bool, UNSET),
    ],
)


AddEntitlementSubscription._info = _codec.model_info(
    (
        _codec.Field("entitlement_id", "entitlementId", _codec.plain_json),
        _codec.Field("credit_card_id", "creditCardId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("non_pro_signed", "nonProSigned", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
