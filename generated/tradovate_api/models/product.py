from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .price_format_type import PriceFormatType
from .product_status import ProductStatus
from .product_type import ProductType

__all__ = ["Product"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "currencyId",
        "productType",
        "description",
        "exchangeId",
        "contractGroupId",
        "status",
        "valuePerPoint",
        "priceFormatType",
        "priceFormat",
        "tickSize",
        "id",
        "riskDiscountContractGroupId",
        "months",
        "isSecured",
        "postTradeCategoryId",
        "exchangeChannelId",
        "allowProviderContractInfo",
        "isMicro",
        "marketDataSource",
        "lookupWeight",
        "hasReplay",
    ]
)
_PriceFormatType_values = PriceFormatType._value2member_map_
_ProductStatus_values = ProductStatus._value2member_map_
_ProductType_values = ProductType._value2member_map_
_new = _codec.new_object


class _ProductSlots:
    __slots__ = ("name", "currency_id", "product_type", "description", "exchange_id", "contract_group_id", "status", "value_per_point", "price_format_type", "price_format", "tick_size", "id", "risk_discount_contract_group_id", "months", "is_secured", "post_trade_category_id", "exchange_channel_id", "allow_provider_contract_info", "is_micro", "market_data_source", "lookup_weight", "has_replay", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Product(_ProductSlots, _codec.Model):
    """A traded product (for example the E-mini S&P 500, `ES`): the specification shared by all of its
    contracts.

    Attributes:
        name (``name``): Product code, for example `ES`.
        currency_id (``currencyId``): Id of the Currency the product is priced and settled in.
        product_type (``productType``): Kind of instrument.
        description (``description``): Human-readable product name.
        exchange_id (``exchangeId``): Id of the Exchange that lists the product.
        contract_group_id (``contractGroupId``): Id of the ContractGroup the product belongs to.
        status (``status``): Listing and verification state of the product.
        value_per_point (``valuePerPoint``): Money value, in the product currency, of a one-point price move for one contract.
        price_format_type (``priceFormatType``): Whether prices are shown as decimals or as fractions.
        price_format (``priceFormat``): Display precision of prices; for decimal products it is minus the number of decimals
            (for example -2).
        tick_size (``tickSize``): Smallest price increment, in price points; one tick is worth `tickSize` ×
            `valuePerPoint`.
        id (``id``)
        risk_discount_contract_group_id (``riskDiscountContractGroupId``): Id of the ContractGroup used for margin (risk) discounts.
        months (``months``): Month codes in which contracts are listed, for example `HMUZ`.
        is_secured (``isSecured``)
        post_trade_category_id (``postTradeCategoryId``): Id of the post-trade category used for the product.
        exchange_channel_id (``exchangeChannelId``): Id of the exchange channel the product is traded on.
        allow_provider_contract_info (``allowProviderContractInfo``): Whether contract details from the price provider may be used.
        is_micro (``isMicro``): Whether this is a micro-sized product.
        market_data_source (``marketDataSource``): Where market data comes from; seen: `Auto`.
        lookup_weight (``lookupWeight``): Ranking weight in symbol lookups (inferred).
        has_replay (``hasReplay``): Whether market replay data is available for the product.
    """

    name: str
    currency_id: int
    product_type: ProductType
    description: str
    exchange_id: int
    contract_group_id: int
    status: ProductStatus
    value_per_point: float
    price_format_type: PriceFormatType
    price_format: int
    tick_size: float
    id: int | Unset = UNSET
    risk_discount_contract_group_id: int | Unset = UNSET
    months: str | Unset = UNSET
    is_secured: bool | Unset = UNSET
    post_trade_category_id: int | Unset = UNSET
    exchange_channel_id: int | Unset = UNSET
    allow_provider_contract_info: bool | Unset = UNSET
    is_micro: bool | Unset = UNSET
    market_data_source: str | Unset = UNSET
    lookup_weight: int | Unset = UNSET
    has_replay: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ProductRaw(_ProductSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Product:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Product = _new(_ProductRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Product, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Product, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["currencyId"]
    except KeyError:
        v = _codec.bad(Product, "currencyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Product, "currencyId", "integer", v, True, False)
    o.currency_id = v
    try:
        v = d["productType"]
    except KeyError:
        v = _codec.bad(Product, "productType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _ProductType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Product, "productType", ProductType, v)
        else:
            v = _codec.bad(Product, "productType", "string", v, True, False)
    o.product_type = v
    try:
        v = d["description"]
    except KeyError:
        v = _codec.bad(Product, "description", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Product, "description", "string", v, True, False)
    o.description = v
    try:
        v = d["exchangeId"]
    except KeyError:
        v = _codec.bad(Product, "exchangeId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Product, "exchangeId", "integer", v, True, False)
    o.exchange_id = v
    try:
        v = d["contractGroupId"]
    except KeyError:
        v = _codec.bad(Product, "contractGroupId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Product, "contractGroupId", "integer", v, True, False)
    o.contract_group_id = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(Product, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _ProductStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(Product, "status", ProductStatus, v)
        else:
            v = _codec.bad(Product, "status", "string", v, True, False)
    o.status = v
    try:
        v = d["valuePerPoint"]
    except KeyError:
        v = _codec.bad(Product, "valuePerPoint", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Product, "valuePerPoint", "number", v, True, False)
    o.value_per_point = v
    try:
        v = d["priceFormatType"]
    except KeyError:
        v = _codec.bad(Product, "priceFormatType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _PriceFormatType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Product, "priceFormatType", PriceFormatType, v)
        else:
            v = _codec.bad(Product, "priceFormatType", "string", v, True, False)
    o.price_format_type = v
    try:
        v = d["priceFormat"]
    except KeyError:
        v = _codec.bad(Product, "priceFormat", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Product, "priceFormat", "integer", v, True, False)
    o.price_format = v
    try:
        v = d["tickSize"]
    except KeyError:
        v = _codec.bad(Product, "tickSize", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Product, "tickSize", "number", v, True, False)
    o.tick_size = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "id", "integer", v, False, False)
    o.id = v
    v = g("riskDiscountContractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "riskDiscountContractGroupId", "integer", v, False, False)
    o.risk_discount_contract_group_id = v
    v = g("months", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "months", "string", v, False, False)
    o.months = v
    v = g("isSecured", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "isSecured", "boolean", v, False, False)
    o.is_secured = v
    v = g("postTradeCategoryId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "postTradeCategoryId", "integer", v, False, False)
    o.post_trade_category_id = v
    v = g("exchangeChannelId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "exchangeChannelId", "integer", v, False, False)
    o.exchange_channel_id = v
    v = g("allowProviderContractInfo", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "allowProviderContractInfo", "boolean", v, False, False)
    o.allow_provider_contract_info = v
    v = g("isMicro", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "isMicro", "boolean", v, False, False)
    o.is_micro = v
    v = g("marketDataSource", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "marketDataSource", "string", v, False, False)
    o.market_data_source = v
    v = g("lookupWeight", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "lookupWeight", "integer", v, False, False)
    o.lookup_weight = v
    v = g("hasReplay", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Product, "hasReplay", "boolean", v, False, False)
    o.has_replay = v
    if len(d) + missing == 22:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Product, d, _KEYS)
    o._json = d
    o.__class__ = Product
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Product:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Product = _new(_ProductRaw)
    o.name = w.name
    o.currency_id = w.currency_id
    o.product_type = w.product_type
    o.description = w.description
    o.exchange_id = w.exchange_id
    o.contract_group_id = w.contract_group_id
    o.status = w.status
    o.value_per_point = w.value_per_point
    o.price_format_type = w.price_format_type
    o.price_format = w.price_format
    o.tick_size = w.tick_size
    o.id = w.id
    o.risk_discount_contract_group_id = w.risk_discount_contract_group_id
    o.months = w.months
    o.is_secured = w.is_secured
    o.post_trade_category_id = w.post_trade_category_id
    o.exchange_channel_id = w.exchange_channel_id
    o.allow_provider_contract_info = w.allow_provider_contract_info
    o.is_micro = w.is_micro
    o.market_data_source = w.market_data_source
    o.lookup_weight = w.lookup_weight
    o.has_replay = w.has_replay
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Product
    return o


_Wire: Any = _codec.wire_struct(
    "Product",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("currency_id", "currencyId", int, _codec.REQUIRED),
        ("product_type", "productType", ProductType, _codec.REQUIRED),
        ("description", "description", str, _codec.REQUIRED),
        ("exchange_id", "exchangeId", int, _codec.REQUIRED),
        ("contract_group_id", "contractGroupId", int, _codec.REQUIRED),
        ("status", "status", ProductStatus, _codec.REQUIRED),
        ("value_per_point", "valuePerPoint", _codec.NUMBER, _codec.REQUIRED),
        ("price_format_type", "priceFormatType", PriceFormatType, _codec.REQUIRED),
        ("price_format", "priceFormat", int, _codec.REQUIRED),
        ("tick_size", "tickSize", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("risk_discount_contract_group_id", "riskDiscountContractGroupId", int, UNSET),
        ("months", "months", str, UNSET),
        ("is_secured", "isSecured", bool, UNSET),
        ("post_trade_category_id", "postTradeCategoryId", int, UNSET),
        ("exchange_channel_id", "exchangeChannelId", int, UNSET),
        ("allow_provider_contract_info", "allowProviderContractInfo", bool, UNSET),
        ("is_micro", "isMicro", bool, UNSET),
        ("market_data_source", "marketDataSource", str, UNSET),
        ("lookup_weight", "lookupWeight", int, UNSET),
        ("has_replay", "hasReplay", bool, UNSET),
    ],
)


Product._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("currency_id", "currencyId", _codec.plain_json),
        _codec.Field("product_type", "productType", _codec.enum_json),
        _codec.Field("description", "description", _codec.plain_json),
        _codec.Field("exchange_id", "exchangeId", _codec.plain_json),
        _codec.Field("contract_group_id", "contractGroupId", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("value_per_point", "valuePerPoint", _codec.plain_json),
        _codec.Field("price_format_type", "priceFormatType", _codec.enum_json),
        _codec.Field("price_format", "priceFormat", _codec.plain_json),
        _codec.Field("tick_size", "tickSize", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("risk_discount_contract_group_id", "riskDiscountContractGroupId", _codec.plain_json),
        _codec.Field("months", "months", _codec.plain_json),
        _codec.Field("is_secured", "isSecured", _codec.plain_json),
        _codec.Field("post_trade_category_id", "postTradeCategoryId", _codec.plain_json),
        _codec.Field("exchange_channel_id", "exchangeChannelId", _codec.plain_json),
        _codec.Field("allow_provider_contract_info", "allowProviderContractInfo", _codec.plain_json),
        _codec.Field("is_micro", "isMicro", _codec.plain_json),
        _codec.Field("market_data_source", "marketDataSource", _codec.plain_json),
        _codec.Field("lookup_weight", "lookupWeight", _codec.plain_json),
        _codec.Field("has_replay", "hasReplay", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
