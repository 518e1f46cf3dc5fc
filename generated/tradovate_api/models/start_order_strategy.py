from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action

__all__ = ["StartOrderStrategy"]

_KEYS: frozenset[str] = frozenset(
    [
        "symbol",
        "orderStrategyTypeId",
        "action",
        "accountId",
        "accountSpec",
        "params",
        "uuid",
        "customTag50",
        "isAutomated",
    ]
)
_Action_values = Action._value2member_map_
_new = _codec.new_object


class _StartOrderStrategySlots:
    __slots__ = ("symbol", "order_strategy_type_id", "action", "account_id", "account_spec", "params", "uuid", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class StartOrderStrategy(_StartOrderStrategySlots, _codec.Model):
    """Request to start a server-side order strategy on one contract.

    Attributes:
        symbol (``symbol``): Contract symbol, for example ESZ6.
        order_strategy_type_id (``orderStrategyTypeId``): Id of the OrderStrategyType; 2 is multi-bracket, the only type offered so far.
        action (``action``)
        account_id (``accountId``): Id of the Account to trade in.
        account_spec (``accountSpec``): Text naming the account; the upstream examples pass the user name returned with the
            access token.
        params (``params``): Strategy parameters as a JSON-encoded string (`JSON.stringify` of an object), not a
            nested object. For multi-bracket (type 2) the object is OrderStrategyParams:
            `entryVersion` (the entry order) and `brackets` (quantity and signed profit-target /
            stop-loss offsets per exit leg). The same string comes back in OrderStrategy.params.
        uuid (``uuid``): Client-chosen unique id for the strategy.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): Must be true unless a person started the strategy.
    """

    symbol: str
    order_strategy_type_id: int
    action: Action
    account_id: int | Unset = UNSET
    account_spec: str | Unset = UNSET
    params: str | Unset = UNSET
    uuid: str | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _StartOrderStrategyRaw(_StartOrderStrategySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> StartOrderStrategy:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: StartOrderStrategy = _new(_StartOrderStrategyRaw)
    missing = 0
    g = d.get
    try:
        v = d["symbol"]
    except KeyError:
        v = _codec.bad(StartOrderStrategy, "symbol", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(StartOrderStrategy, "symbol", "string", v, True, False)
    o.symbol = v
    try:
        v = d["orderStrategyTypeId"]
    except KeyError:
        v = _codec.bad(StartOrderStrategy, "orderStrategyTypeId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(StartOrderStrategy, "orderStrategyTypeId", "integer", v, True, False)
    o.order_strategy_type_id = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(StartOrderStrategy, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(StartOrderStrategy, "action", Action, v)
        else:
            v = _codec.bad(StartOrderStrategy, "action", "string", v, True, False)
    o.action = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("accountSpec", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "accountSpec", "string", v, False, False)
    o.account_spec = v
    v = g("params", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "params", "string", v, False, False)
    o.params = v
    v = g("uuid", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "uuid", "string", v, False, False)
    o.uuid = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(StartOrderStrategy, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 9:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(StartOrderStrategy, d, _KEYS)
    o._json = d
    o.__class__ = StartOrderStrategy
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> StartOrderStrategy:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: StartOrderStrategy = _new(_StartOrderStrategyRaw)
    o.symbol = w.symbol
    o.order_strategy_type_id = w.order_strategy_type_id
    o.action = w.action
    o.account_id = w.account_id
    o.account_spec = w.account_spec
    o.params = w.params
    o.uuid = w.uuid
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = StartOrderStrategy
    return o


_Wire: Any = _codec.wire_struct(
    "StartOrderStrategy",
    [
        ("symbol", "symbol", str, _codec.REQUIRED),
        ("order_strategy_type_id", "orderStrategyTypeId", int, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("account_id", "accountId", int, UNSET),
        ("account_spec", "accountSpec", str, UNSET),
        ("params", "params", str, UNSET),
        ("uuid", "uuid", str, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


StartOrderStrategy._info = _codec.model_info(
    (
        _codec.Field("symbol", "symbol", _codec.plain_json),
        _codec.Field("order_strategy_type_id", "orderStrategyTypeId", _codec.plain_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("account_spec", "accountSpec", _codec.plain_json),
        _codec.Field("params", "params", _codec.plain_json),
        _codec.Field("uuid", "uuid", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
