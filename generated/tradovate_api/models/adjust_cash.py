from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .cash_change_type import CashChangeType

__all__ = ["AdjustCash"]

_KEYS: frozenset[str] = frozenset(["accountId", "cashChange", "cashChangeType", "currencyId", "comment", "senderId"])
_CashChangeType_values = CashChangeType._value2member_map_
_new = _codec.new_object


class _AdjustCashSlots:
    __slots__ = ("account_id", "cash_change", "cash_change_type", "currency_id", "comment", "sender_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AdjustCash(_AdjustCashSlots, _codec.Model):
    """An administrator's credit or debit to a demo account's cash.

    Attributes:
        account_id (``accountId``): Id of an active demo Account in the caller's organisation.
        cash_change (``cashChange``): Amount to add in the currency of currencyId (negative subtracts); must lie strictly
            between -100,000 and 100,000.
        cash_change_type (``cashChangeType``)
        currency_id (``currencyId``): Id of the Currency (USD, EUR, AUD, GBP or CAD); ids differ between environments, so look
            them up with /currency/list.
        comment (``comment``): Audit note, up to 64 characters.
        sender_id (``senderId``): Id of the User recorded as making the change; not explained by the reference.
    """

    account_id: int
    cash_change: float
    cash_change_type: CashChangeType
    currency_id: int
    comment: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AdjustCashRaw(_AdjustCashSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AdjustCash:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AdjustCash = _new(_AdjustCashRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(AdjustCash, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AdjustCash, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["cashChange"]
    except KeyError:
        v = _codec.bad(AdjustCash, "cashChange", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(AdjustCash, "cashChange", "number", v, True, False)
    o.cash_change = v
    try:
        v = d["cashChangeType"]
    except KeyError:
        v = _codec.bad(AdjustCash, "cashChangeType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _CashChangeType_values[v]
            except KeyError:
                v = _codec.unknown_enum(AdjustCash, "cashChangeType", CashChangeType, v)
        else:
            v = _codec.bad(AdjustCash, "cashChangeType", "string", v, True, False)
    o.cash_change_type = v
    try:
        v = d["currencyId"]
    except KeyError:
        v = _codec.bad(AdjustCash, "currencyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AdjustCash, "currencyId", "integer", v, True, False)
    o.currency_id = v
    v = g("comment", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdjustCash, "comment", "string", v, False, False)
    o.comment = v
    v = g("senderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdjustCash, "senderId", "integer", v, False, False)
    o.sender_id = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AdjustCash, d, _KEYS)
    o._json = d
    o.__class__ = AdjustCash
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AdjustCash:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AdjustCash = _new(_AdjustCashRaw)
    o.account_id = w.account_id
    o.cash_change = w.cash_change
    o.cash_change_type = w.cash_change_type
    o.currency_id = w.currency_id
    o.comment = w.comment
    o.sender_id = w.sender_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AdjustCash
    return o


_Wire: Any = _codec.wire_struct(
    "AdjustCash",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("cash_change", "cashChange", _codec.NUMBER, _codec.REQUIRED),
        ("cash_change_type", "cashChangeType", CashChangeType, _codec.REQUIRED),
        ("currency_id", "currencyId", int, _codec.REQUIRED),
        ("comment", "comment", str, UNSET),
        ("sender_id", "senderId", int, UNSET),
    ],
)


AdjustCash._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("cash_change", "cashChange", _codec.plain_json),
        _codec.Field("cash_change_type", "cashChangeType", _codec.enum_json),
        _codec.Field("currency_id", "currencyId", _codec.plain_json),
        _codec.Field("comment", "comment", _codec.plain_json),
        _codec.Field("sender_id", "senderId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
