from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .expire_market_data_subscription_error_code import ExpireMarketDataSubscriptionErrorCode

__all__ = ["ExpireMarketDataSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(
    ["ok", "failedSubscriptionIdExpiries", "successfulSubscriptionIdExpiries", "errorText", "errorCode"]
)
_ExpireMarketDataSubscriptionErrorCode_values = ExpireMarketDataSubscriptionErrorCode._value2member_map_
_new = _codec.new_object


class _ExpireMarketDataSubscriptionResponseSlots:
    __slots__ = ("ok", "failed_subscription_id_expiries", "successful_subscription_id_expiries", "error_text", "error_code", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExpireMarketDataSubscriptionResponse(_ExpireMarketDataSubscriptionResponseSlots, _codec.Model):
    """Result of expireMarketDataSubscription. On partial success both id lists are filled; check
    `errorCode` and `errorText` when `ok` is false.

    Attributes:
        ok (``ok``): True when every given subscription was expired.
        failed_subscription_id_expiries (``failedSubscriptionIdExpiries``): Ids that could not be expired.
        successful_subscription_id_expiries (``successfulSubscriptionIdExpiries``): Ids that were expired.
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Why the call failed.
    """

    ok: bool | Unset = UNSET
    failed_subscription_id_expiries: list[int] | Unset = UNSET
    successful_subscription_id_expiries: list[int] | Unset = UNSET
    error_text: str | Unset = UNSET
    error_code: ExpireMarketDataSubscriptionErrorCode | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExpireMarketDataSubscriptionResponseRaw(_ExpireMarketDataSubscriptionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExpireMarketDataSubscriptionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExpireMarketDataSubscriptionResponse = _new(_ExpireMarketDataSubscriptionResponseRaw)
    missing = 0
    g = d.get
    v = g("ok", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExpireMarketDataSubscriptionResponse, "ok", "boolean", v, False, False)
    o.ok = v
    v = g("failedSubscriptionIdExpiries", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(
            ExpireMarketDataSubscriptionResponse, "failedSubscriptionIdExpiries", _codec.decode_int, v
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExpireMarketDataSubscriptionResponse, "failedSubscriptionIdExpiries", "array", v, False, False)
    o.failed_subscription_id_expiries = v
    v = g("successfulSubscriptionIdExpiries", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(
            ExpireMarketDataSubscriptionResponse, "successfulSubscriptionIdExpiries", _codec.decode_int, v
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(
            ExpireMarketDataSubscriptionResponse, "successfulSubscriptionIdExpiries", "array", v, False, False
        )
    o.successful_subscription_id_expiries = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExpireMarketDataSubscriptionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("errorCode", UNSET)
    if v.__class__ is str:
        try:
            v = _ExpireMarketDataSubscriptionErrorCode_values[v]
        except KeyError:
            v = _codec.unknown_enum(
                ExpireMarketDataSubscriptionResponse, "errorCode", ExpireMarketDataSubscriptionErrorCode, v
            )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExpireMarketDataSubscriptionResponse, "errorCode", "string", v, False, False)
    o.error_code = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExpireMarketDataSubscriptionResponse, d, _KEYS)
    o._json = d
    o.__class__ = ExpireMarketDataSubscriptionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExpireMarketDataSubscriptionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExpireMarketDataSubscriptionResponse = _new(_ExpireMarketDataSubscriptionResponseRaw)
    o.ok = w.ok
    o.failed_subscription_id_expiries = w.failed_subscription_id_expiries
    o.successful_subscription_id_expiries = w.successful_subscription_id_expiries
    o.error_text = w.error_text
    o.error_code = w.error_code
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExpireMarketDataSubscriptionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "ExpireMarketDataSubscriptionResponse",
    [
        ("ok", "ok", bool, UNSET),
        ("failed_subscription_id_expiries", "failedSubscriptionIdExpiries", list[int], UNSET),
        ("successful_subscription_id_expiries", "successfulSubscriptionIdExpiries", list[int], UNSET),
        ("error_text", "errorText", str, UNSET),
        ("error_code", "errorCode", ExpireMarketDataSubscriptionErrorCode, UNSET),
    ],
)


ExpireMarketDataSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("ok", "ok", _codec.plain_json),
        _codec.Field(
            "failed_subscription_id_expiries",
            "failedSubscriptionIdExpiries",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
        _codec.Field(
            "successful_subscription_id_expiries",
            "successfulSubscriptionIdExpiries",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
