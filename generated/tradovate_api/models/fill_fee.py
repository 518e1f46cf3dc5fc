from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["FillFee"]

_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "clearingFee",
        "clearingCurrencyId",
        "exchangeFee",
        "exchangeCurrencyId",
        "nfaFee",
        "nfaCurrencyId",
        "brokerageFee",
        "brokerageCurrencyId",
        "ipFee",
        "ipCurrencyId",
        "commission",
        "commissionCurrencyId",
        "orderRoutingFee",
        "orderRoutingCurrencyId",
    ]
)
_new = _codec.new_object


class _FillFeeSlots:
    __slots__ = ("id", "clearing_fee", "clearing_currency_id", "exchange_fee", "exchange_currency_id", "nfa_fee", "nfa_currency_id", "brokerage_fee", "brokerage_currency_id", "ip_fee", "ip_currency_id", "commission", "commission_currency_id", "order_routing_fee", "order_routing_currency_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class FillFee(_FillFeeSlots, _codec.Model):
    """Fees charged for one Fill. Each amount is in the currency named by the matching *CurrencyId field.

    Attributes:
        id (``id``): Id of the FillFee. There is no fillId field; /fillFee/deps selects by Fill id, so this
            appears to equal the Fill's id.
        clearing_fee (``clearingFee``): Clearing fee amount.
        clearing_currency_id (``clearingCurrencyId``): Id of the Currency of clearingFee.
        exchange_fee (``exchangeFee``): Exchange fee amount.
        exchange_currency_id (``exchangeCurrencyId``): Id of the Currency of exchangeFee.
        nfa_fee (``nfaFee``): NFA regulatory fee amount.
        nfa_currency_id (``nfaCurrencyId``): Id of the Currency of nfaFee.
        brokerage_fee (``brokerageFee``): Brokerage fee amount.
        brokerage_currency_id (``brokerageCurrencyId``): Id of the Currency of brokerageFee.
        ip_fee (``ipFee``): IP/TT (trading platform) fee amount.
        ip_currency_id (``ipCurrencyId``): Id of the Currency of ipFee.
        commission (``commission``): Commission amount.
        commission_currency_id (``commissionCurrencyId``): Id of the Currency of commission.
        order_routing_fee (``orderRoutingFee``): Order routing fee amount.
        order_routing_currency_id (``orderRoutingCurrencyId``): Id of the Currency of orderRoutingFee.
    """

    id: int | Unset = UNSET
    clearing_fee: float | Unset = UNSET
    clearing_currency_id: int | Unset = UNSET
    exchange_fee: float | Unset = UNSET
    exchange_currency_id: int | Unset = UNSET
    nfa_fee: float | Unset = UNSET
    nfa_currency_id: int | Unset = UNSET
    brokerage_fee: float | Unset = UNSET
    brokerage_currency_id: int | Unset = UNSET
    ip_fee: float | Unset = UNSET
    ip_currency_id: int | Unset = UNSET
    commission: float | Unset = UNSET
    commission_currency_id: int | Unset = UNSET
    order_routing_fee: float | Unset = UNSET
    order_routing_currency_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _FillFeeRaw(_FillFeeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> FillFee:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: FillFee = _new(_FillFeeRaw)
    missing = 0
    g = d.get
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "id", "integer", v, False, False)
    o.id = v
    v = g("clearingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "clearingFee", "number", v, False, False)
    o.clearing_fee = v
    v = g("clearingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "clearingCurrencyId", "integer", v, False, False)
    o.clearing_currency_id = v
    v = g("exchangeFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "exchangeFee", "number", v, False, False)
    o.exchange_fee = v
    v = g("exchangeCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "exchangeCurrencyId", "integer", v, False, False)
    o.exchange_currency_id = v
    v = g("nfaFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "nfaFee", "number", v, False, False)
    o.nfa_fee = v
    v = g("nfaCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "nfaCurrencyId", "integer", v, False, False)
    o.nfa_currency_id = v
    v = g("brokerageFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "brokerageFee", "number", v, False, False)
    o.brokerage_fee = v
    v = g("brokerageCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "brokerageCurrencyId", "integer", v, False, False)
    o.brokerage_currency_id = v
    v = g("ipFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "ipFee", "number", v, False, False)
    o.ip_fee = v
    v = g("ipCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "ipCurrencyId", "integer", v, False, False)
    o.ip_currency_id = v
    v = g("commission", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "commission", "number", v, False, False)
    o.commission = v
    v = g("commissionCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "commissionCurrencyId", "integer", v, False, False)
    o.commission_currency_id = v
    v = g("orderRoutingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "orderRoutingFee", "number", v, False, False)
    o.order_routing_fee = v
    v = g("orderRoutingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillFee, "orderRoutingCurrencyId", "integer", v, False, False)
    o.order_routing_currency_id = v
    if len(d) + missing == 15:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(FillFee, d, _KEYS)
    o._json = d
    o.__class__ = FillFee
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> FillFee:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: FillFee = _new(_FillFeeRaw)
    o.id = w.id
    o.clearing_fee = w.clearing_fee
    o.clearing_currency_id = w.clearing_currency_id
    o.exchange_fee = w.exchange_fee
    o.exchange_currency_id = w.exchange_currency_id
    o.nfa_fee = w.nfa_fee
    o.nfa_currency_id = w.nfa_currency_id
    o.brokerage_fee = w.brokerage_fee
    o.brokerage_currency_id = w.brokerage_currency_id
    o.ip_fee = w.ip_fee
    o.ip_currency_id = w.ip_currency_id
    o.commission = w.commission
    o.commission_currency_id = w.commission_currency_id
    o.order_routing_fee = w.order_routing_fee
    o.order_routing_currency_id = w.order_routing_currency_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = FillFee
    return o


_Wire: Any = _codec.wire_struct(
    "FillFee",
    [
        ("id", "id", int, UNSET),
        ("clearing_fee", "clearingFee", _codec.NUMBER, UNSET),
        ("clearing_currency_id", "clearingCurrencyId", int, UNSET),
        ("exchange_fee", "exchangeFee", _codec.NUMBER, UNSET),
        ("exchange_currency_id", "exchangeCurrencyId", int, UNSET),
        ("nfa_fee", "nfaFee", _codec.NUMBER, UNSET),
        ("nfa_currency_id", "nfaCurrencyId", int, UNSET),
        ("brokerage_fee", "brokerageFee", _codec.NUMBER, UNSET),
        ("brokerage_currency_id", "brokerageCurrencyId", int, UNSET),
        ("ip_fee", "ipFee", _codec.NUMBER, UNSET),
        ("ip_currency_id", "ipCurrencyId", int, UNSET),
        ("commission", "commission", _codec.NUMBER, UNSET),
        ("commission_currency_id", "commissionCurrencyId", int, UNSET),
        ("order_routing_fee", "orderRoutingFee", _codec.NUMBER, UNSET),
        ("order_routing_currency_id", "orderRoutingCurrencyId", int, UNSET),
    ],
)


FillFee._info = _codec.model_info(
    (
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("clearing_fee", "clearingFee", _codec.plain_json),
        _codec.Field("clearing_currency_id", "clearingCurrencyId", _codec.plain_json),
        _codec.Field("exchange_fee", "exchangeFee", _codec.plain_json),
        _codec.Field("exchange_currency_id", "exchangeCurrencyId", _codec.plain_json),
        _codec.Field("nfa_fee", "nfaFee", _codec.plain_json),
        _codec.Field("nfa_currency_id", "nfaCurrencyId", _codec.plain_json),
        _codec.Field("brokerage_fee", "brokerageFee", _codec.plain_json),
        _codec.Field("brokerage_currency_id", "brokerageCurrencyId", _codec.plain_json),
        _codec.Field("ip_fee", "ipFee", _codec.plain_json),
        _codec.Field("ip_currency_id", "ipCurrencyId", _codec.plain_json),
        _codec.Field("commission", "commission", _codec.plain_json),
        _codec.Field("commission_currency_id", "commissionCurrencyId", _codec.plain_json),
        _codec.Field("order_routing_fee", "orderRoutingFee", _codec.plain_json),
        _codec.Field("order_routing_currency_id", "orderRoutingCurrencyId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
