from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ContractMaturity"]

_KEYS: frozenset[str] = frozenset(
    [
        "productId",
        "expirationMonth",
        "expirationDate",
        "isFront",
        "id",
        "firstIntentDate",
        "underlyingId",
        "kalshiEventId",
        "archived",
        "seqNo",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ContractMaturitySlots:
    __slots__ = ("product_id", "expiration_month", "expiration_date", "is_front", "id", "first_intent_date", "underlying_id", "kalshi_event_id", "archived", "seq_no", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ContractMaturity(_ContractMaturitySlots, _codec.Model):
    """One expiration (contract month) of a product; the contracts of that expiration point to it.

    Attributes:
        product_id (``productId``): Id of the Product this maturity belongs to.
        expiration_month (``expirationMonth``): Contract month as a number `YYYYMM`, for example 202612.
        expiration_date (``expirationDate``): Expiration moment of this maturity. The server may omit the seconds
            (`2017-12-15T22:29Z`), which strict RFC 3339 parsers reject; parse it leniently.
        is_front (``isFront``): Whether this is currently the front (nearest active) maturity of the product.
        id (``id``)
        first_intent_date (``firstIntentDate``): First intent (notice) date, for physically delivered futures.
        underlying_id (``underlyingId``): Id of the underlying instrument, for options.
        kalshi_event_id (``kalshiEventId``): Id of the matching Kalshi event, for event contracts.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
        seq_no (``seqNo``): Order of this maturity among the product's maturities (inferred).
    """

    product_id: int
    expiration_month: int
    expiration_date: datetime.datetime
    is_front: bool
    id: int | Unset = UNSET
    first_intent_date: datetime.datetime | Unset = UNSET
    underlying_id: int | Unset = UNSET
    kalshi_event_id: int | Unset = UNSET
    archived: bool | Unset = UNSET
    seq_no: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ContractMaturityRaw(_ContractMaturitySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ContractMaturity:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ContractMaturity = _new(_ContractMaturityRaw)
    missing = 0
    g = d.get
    try:
        v = d["productId"]
    except KeyError:
        v = _codec.bad(ContractMaturity, "productId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ContractMaturity, "productId", "integer", v, True, False)
    o.product_id = v
    try:
        v = d["expirationMonth"]
    except KeyError:
        v = _codec.bad(ContractMaturity, "expirationMonth", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ContractMaturity, "expirationMonth", "integer", v, True, False)
    o.expiration_month = v
    try:
        v = d["expirationDate"]
    except KeyError:
        v = _codec.bad(ContractMaturity, "expirationDate", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(ContractMaturity, "expirationDate", "date-time", v)
        else:
            v = _codec.bad(ContractMaturity, "expirationDate", "date-time", v, True, False)
    o.expiration_date = v
    try:
        v = d["isFront"]
    except KeyError:
        v = _codec.bad(ContractMaturity, "isFront", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(ContractMaturity, "isFront", "boolean", v, True, False)
    o.is_front = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "id", "integer", v, False, False)
    o.id = v
    v = g("firstIntentDate", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(ContractMaturity, "firstIntentDate", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "firstIntentDate", "date-time", v, False, False)
    o.first_intent_date = v
    v = g("underlyingId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "underlyingId", "integer", v, False, False)
    o.underlying_id = v
    v = g("kalshiEventId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "kalshiEventId", "integer", v, False, False)
    o.kalshi_event_id = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "archived", "boolean", v, False, False)
    o.archived = v
    v = g("seqNo", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMaturity, "seqNo", "integer", v, False, False)
    o.seq_no = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ContractMaturity, d, _KEYS)
    o._json = d
    o.__class__ = ContractMaturity
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ContractMaturity:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ContractMaturity = _new(_ContractMaturityRaw)
    o.product_id = w.product_id
    o.expiration_month = w.expiration_month
    o.expiration_date = w.expiration_date
    o.is_front = w.is_front
    o.id = w.id
    o.first_intent_date = w.first_intent_date
    o.underlying_id = w.underlying_id
    o.kalshi_event_id = w.kalshi_event_id
    o.archived = w.archived
    o.seq_no = w.seq_no
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ContractMaturity
    return o


_Wire: Any = _codec.wire_struct(
    "ContractMaturity",
    [
        ("product_id", "productId", int, _codec.REQUIRED),
        ("expiration_month", "expirationMonth", int, _codec.REQUIRED),
        ("expiration_date", "expirationDate", datetime.datetime, _codec.REQUIRED),
        ("is_front", "isFront", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("first_intent_date", "firstIntentDate", datetime.datetime, UNSET),
        ("underlying_id", "underlyingId", int, UNSET),
        ("kalshi_event_id", "kalshiEventId", int, UNSET),
        ("archived", "archived", bool, UNSET),
        ("seq_no", "seqNo", int, UNSET),
    ],
)


ContractMaturity._info = _codec.model_info(
    (
        _codec.Field("product_id", "productId", _codec.plain_json),
        _codec.Field("expiration_month", "expirationMonth", _codec.plain_json),
        _codec.Field("expiration_date", "expirationDate", _codec.datetime_json),
        _codec.Field("is_front", "isFront", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("first_intent_date", "firstIntentDate", _codec.datetime_json),
        _codec.Field("underlying_id", "underlyingId", _codec.plain_json),
        _codec.Field("kalshi_event_id", "kalshiEventId", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
        _codec.Field("seq_no", "seqNo", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
