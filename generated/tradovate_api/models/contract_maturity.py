from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _ContractMaturitySlots:
    __slots__ = ("product_id", "expiration_month", "expiration_date", "is_front", "id", "first_intent_date", "underlying_id", "kalshi_event_id", "archived", "seq_no", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ContractMaturity(_ContractMaturitySlots):
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
        o: Self = _codec.new_object(_ContractMaturityRaw)
        g = d.get
        v = g("productId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "productId", "integer", v, True, False)
        o.product_id = v
        v = g("expirationMonth", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "expirationMonth", "integer", v, True, False)
        o.expiration_month = v
        v = g("expirationDate", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "expirationDate", "date-time", v)
        else:
            v = _codec.bad(cls, "expirationDate", "date-time", v, True, False)
        o.expiration_date = v
        v = g("isFront", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "isFront", "boolean", v, True, False)
        o.is_front = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("firstIntentDate", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "firstIntentDate", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "firstIntentDate", "date-time", v, False, False)
        o.first_intent_date = v
        v = g("underlyingId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "underlyingId", "integer", v, False, False)
        o.underlying_id = v
        v = g("kalshiEventId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "kalshiEventId", "integer", v, False, False)
        o.kalshi_event_id = v
        v = g("archived", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "archived", "boolean", v, False, False)
        o.archived = v
        v = g("seqNo", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "seqNo", "integer", v, False, False)
        o.seq_no = v
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


class _ContractMaturityRaw(_ContractMaturitySlots):
    __slots__ = ()


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
)
