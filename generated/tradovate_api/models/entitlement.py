from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .duration_units import DurationUnits
from .legal_entity_type import LegalEntityType
from .purchase_type import PurchaseType
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["Entitlement"]

_KEYS: frozenset[str] = frozenset(
    [
        "title",
        "price",
        "name",
        "id",
        "startDate",
        "discontinuedDate",
        "duration",
        "durationUnits",
        "autorenewal",
        "legalEntityType",
        "requiredNonProCertification",
        "isUpgradable",
        "freeForFirstTime",
        "minDaysBetweenUse",
        "purchaseType",
        "rebateContractsThreshold",
        "useLimit",
    ]
)
_DurationUnits_values = DurationUnits._value2member_map_
_LegalEntityType_values = LegalEntityType._value2member_map_
_PurchaseType_values = PurchaseType._value2member_map_
_new = _codec.new_object


class _EntitlementSlots:
    __slots__ = ("title", "price", "name", "id", "start_date", "discontinued_date", "duration", "duration_units", "autorenewal", "legal_entity_type", "required_non_pro_certification", "is_upgradable", "free_for_first_time", "min_days_between_use", "purchase_type", "rebate_contracts_threshold", "use_limit", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Entitlement(_EntitlementSlots, _codec.Model):
    """A purchasable add-on (for example a platform feature), with its price and terms.

    Attributes:
        title (``title``): Display title.
        price (``price``): Price per period.
        name (``name``): Internal name.
        id (``id``)
        start_date (``startDate``): First day it is offered.
        discontinued_date (``discontinuedDate``): Day it stops being offered, if set.
        duration (``duration``): Length of one period, in `durationUnits`.
        duration_units (``durationUnits``): Unit of `duration`.
        autorenewal (``autorenewal``): Whether it renews automatically at the end of each period.
        legal_entity_type (``legalEntityType``): Offering the entitlement belongs to.
        required_non_pro_certification (``requiredNonProCertification``): Whether the buyer must be certified as a non-professional.
        is_upgradable (``isUpgradable``): Whether it can be upgraded to another entitlement.
        free_for_first_time (``freeForFirstTime``): Whether the first purchase is free.
        min_days_between_use (``minDaysBetweenUse``): Minimum number of days between two uses.
        purchase_type (``purchaseType``): How it may be paid for.
        rebate_contracts_threshold (``rebateContractsThreshold``): Traded-contract threshold for a rebate.
        use_limit (``useLimit``): Maximum number of times it may be used.
    """

    title: str
    price: float
    name: str
    id: int | Unset = UNSET
    start_date: TradeDate | Unset = UNSET
    discontinued_date: TradeDate | Unset = UNSET
    duration: int | Unset = UNSET
    duration_units: DurationUnits | Unset = UNSET
    autorenewal: bool | Unset = UNSET
    legal_entity_type: LegalEntityType | Unset = UNSET
    required_non_pro_certification: bool | Unset = UNSET
    is_upgradable: bool | Unset = UNSET
    free_for_first_time: bool | Unset = UNSET
    min_days_between_use: int | Unset = UNSET
    purchase_type: PurchaseType | Unset = UNSET
    rebate_contracts_threshold: int | Unset = UNSET
    use_limit: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _EntitlementRaw(_EntitlementSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Entitlement:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Entitlement = _new(_EntitlementRaw)
    missing = 0
    g = d.get
    try:
        v = d["title"]
    except KeyError:
        v = _codec.bad(Entitlement, "title", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Entitlement, "title", "string", v, True, False)
    o.title = v
    try:
        v = d["price"]
    except KeyError:
        v = _codec.bad(Entitlement, "price", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Entitlement, "price", "number", v, True, False)
    o.price = v
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Entitlement, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Entitlement, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "id", "integer", v, False, False)
    o.id = v
    v = g("startDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "startDate", "object", v, False, False)
    o.start_date = v
    v = g("discontinuedDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "discontinuedDate", "object", v, False, False)
    o.discontinued_date = v
    v = g("duration", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "duration", "integer", v, False, False)
    o.duration = v
    v = g("durationUnits", UNSET)
    if v.__class__ is str:
        try:
            v = _DurationUnits_values[v]
        except KeyError:
            v = _codec.unknown_enum(Entitlement, "durationUnits", DurationUnits, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "durationUnits", "string", v, False, False)
    o.duration_units = v
    v = g("autorenewal", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "autorenewal", "boolean", v, False, False)
    o.autorenewal = v
    v = g("legalEntityType", UNSET)
    if v.__class__ is str:
        try:
            v = _LegalEntityType_values[v]
        except KeyError:
            v = _codec.unknown_enum(Entitlement, "legalEntityType", LegalEntityType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "legalEntityType", "string", v, False, False)
    o.legal_entity_type = v
    v = g("requiredNonProCertification", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "requiredNonProCertification", "boolean", v, False, False)
    o.required_non_pro_certification = v
    v = g("isUpgradable", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "isUpgradable", "boolean", v, False, False)
    o.is_upgradable = v
    v = g("freeForFirstTime", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "freeForFirstTime", "boolean", v, False, False)
    o.free_for_first_time = v
    v = g("minDaysBetweenUse", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "minDaysBetweenUse", "integer", v, False, False)
    o.min_days_between_use = v
    v = g("purchaseType", UNSET)
    if v.__class__ is str:
        try:
            v = _PurchaseType_values[v]
        except KeyError:
            v = _codec.unknown_enum(Entitlement, "purchaseType", PurchaseType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "purchaseType", "string", v, False, False)
    o.purchase_type = v
    v = g("rebateContractsThreshold", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "rebateContractsThreshold", "integer", v, False, False)
    o.rebate_contracts_threshold = v
    v = g("useLimit", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Entitlement, "useLimit", "integer", v, False, False)
    o.use_limit = v
    if len(d) + missing == 17:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Entitlement, d, _KEYS)
    o._json = d
    o.__class__ = Entitlement
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Entitlement:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Entitlement = _new(_EntitlementRaw)
    o.title = w.title
    o.price = w.price
    o.name = w.name
    o.id = w.id
    v = w.start_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["startDate"])
    o.start_date = v
    v = w.discontinued_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["discontinuedDate"])
    o.discontinued_date = v
    o.duration = w.duration
    o.duration_units = w.duration_units
    o.autorenewal = w.autorenewal
    o.legal_entity_type = w.legal_entity_type
    o.required_non_pro_certification = w.required_non_pro_certification
    o.is_upgradable = w.is_upgradable
    o.free_for_first_time = w.free_for_first_time
    o.min_days_between_use = w.min_days_between_use
    o.purchase_type = w.purchase_type
    o.rebate_contracts_threshold = w.rebate_contracts_threshold
    o.use_limit = w.use_limit
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Entitlement
    return o


_Wire: Any = _codec.wire_struct(
    "Entitlement",
    [
        ("title", "title", str, _codec.REQUIRED),
        ("price", "price", _codec.NUMBER, _codec.REQUIRED),
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("start_date", "startDate", _TradeDate_wire, UNSET),
        ("discontinued_date", "discontinuedDate", _TradeDate_wire, UNSET),
        ("duration", "duration", int, UNSET),
        ("duration_units", "durationUnits", DurationUnits, UNSET),
        ("autorenewal", "autorenewal", bool, UNSET),
        ("legal_entity_type", "legalEntityType", LegalEntityType, UNSET),
        ("required_non_pro_certification", "requiredNonProCertification", bool, UNSET),
        ("is_upgradable", "isUpgradable", bool, UNSET),
        ("free_for_first_time", "freeForFirstTime", bool, UNSET),
        ("min_days_between_use", "minDaysBetweenUse", int, UNSET),
        ("purchase_type", "purchaseType", PurchaseType, UNSET),
        ("rebate_contracts_threshold", "rebateContractsThreshold", int, UNSET),
        ("use_limit", "useLimit", int, UNSET),
    ],
)


Entitlement._info = _codec.model_info(
    (
        _codec.Field("title", "title", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("discontinued_date", "discontinuedDate", _codec.model_json),
        _codec.Field("duration", "duration", _codec.plain_json),
        _codec.Field("duration_units", "durationUnits", _codec.enum_json),
        _codec.Field("autorenewal", "autorenewal", _codec.plain_json),
        _codec.Field("legal_entity_type", "legalEntityType", _codec.enum_json),
        _codec.Field("required_non_pro_certification", "requiredNonProCertification", _codec.plain_json),
        _codec.Field("is_upgradable", "isUpgradable", _codec.plain_json),
        _codec.Field("free_for_first_time", "freeForFirstTime", _codec.plain_json),
        _codec.Field("min_days_between_use", "minDaysBetweenUse", _codec.plain_json),
        _codec.Field("purchase_type", "purchaseType", _codec.enum_json),
        _codec.Field("rebate_contracts_threshold", "rebateContractsThreshold", _codec.plain_json),
        _codec.Field("use_limit", "useLimit", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
