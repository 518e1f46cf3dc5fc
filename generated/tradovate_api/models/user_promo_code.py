from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .promo_code_source import PromoCodeSource

__all__ = ["UserPromoCode"]

_KEYS: frozenset[str] = frozenset(["userId", "promoCodeId", "source", "id", "accountId", "comments"])
_PromoCodeSource_values = PromoCodeSource._value2member_map_
_new = _codec.new_object


class _UserPromoCodeSlots:
    __slots__ = ("user_id", "promo_code_id", "source", "id", "account_id", "comments", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserPromoCode(_UserPromoCodeSlots, _codec.Model):
    """A promo code applied to a user.

    Attributes:
        user_id (``userId``): Id of the User.
        promo_code_id (``promoCodeId``): Id of the PromoCode.
        source (``source``): How the code was entered.
        id (``id``)
        account_id (``accountId``): Id of the Account the code was applied to, if any.
        comments (``comments``): Free-text note.
    """

    user_id: int
    promo_code_id: int
    source: PromoCodeSource
    id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    comments: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserPromoCodeRaw(_UserPromoCodeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserPromoCode:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserPromoCode = _new(_UserPromoCodeRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(UserPromoCode, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserPromoCode, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["promoCodeId"]
    except KeyError:
        v = _codec.bad(UserPromoCode, "promoCodeId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserPromoCode, "promoCodeId", "integer", v, True, False)
    o.promo_code_id = v
    try:
        v = d["source"]
    except KeyError:
        v = _codec.bad(UserPromoCode, "source", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _PromoCodeSource_values[v]
            except KeyError:
                v = _codec.unknown_enum(UserPromoCode, "source", PromoCodeSource, v)
        else:
            v = _codec.bad(UserPromoCode, "source", "string", v, True, False)
    o.source = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPromoCode, "id", "integer", v, False, False)
    o.id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPromoCode, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("comments", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPromoCode, "comments", "string", v, False, False)
    o.comments = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserPromoCode, d, _KEYS)
    o._json = d
    o.__class__ = UserPromoCode
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserPromoCode:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserPromoCode = _new(_UserPromoCodeRaw)
    o.user_id = w.user_id
    o.promo_code_id = w.promo_code_id
    o.source = w.source
    o.id = w.id
    o.account_id = w.account_id
    o.comments = w.comments
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserPromoCode
    return o


_Wire: Any = _codec.wire_struct(
    "UserPromoCode",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("promo_code_id", "promoCodeId", int, _codec.REQUIRED),
        ("source", "source", PromoCodeSource, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("comments", "comments", str, UNSET),
    ],
)


UserPromoCode._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("promo_code_id", "promoCodeId", _codec.plain_json),
        _codec.Field("source", "source", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("comments", "comments", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
