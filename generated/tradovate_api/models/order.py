from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .ord_status import OrdStatus

__all__ = ["Order"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "timestamp",
        "action",
        "ordStatus",
        "admin",
        "id",
        "contractId",
        "spreadDefinitionId",
        "executionProviderId",
        "ocoId",
        "parentId",
        "linkedId",
        "archived",
        "external",
    ]
)
_Action_values = Action._value2member_map_
_OrdStatus_values = OrdStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _OrderSlots:
    __slots__ = ("account_id", "timestamp", "action", "ord_status", "admin", "id", "contract_id", "spread_definition_id", "execution_provider_id", "oco_id", "parent_id", "linked_id", "archived", "external", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Order(_OrderSlots, _codec.Model):
    """An order and its current status. Quantity and prices are not here: they live in the order's
    OrderVersion entries.

    Attributes:
        account_id (``accountId``): Id of the Account the order belongs to.
        timestamp (``timestamp``): When the order was created.
        action (``action``)
        ord_status (``ordStatus``)
        admin (``admin``): True if an administrator placed the order on the owner's behalf.
        id (``id``): Id of the Order.
        contract_id (``contractId``): Id of the Contract traded.
        spread_definition_id (``spreadDefinitionId``): Id of the SpreadDefinition, for orders on a user-defined spread.
        execution_provider_id (``executionProviderId``): Id of the execution provider the order is routed through.
        oco_id (``ocoId``): Id of the OCO link the order belongs to, if any (filling one order of the pair cancels
            the other).
        parent_id (``parentId``): Id of the parent Order whose fill sends this one (OSO brackets).
        linked_id (``linkedId``): Id of a related Order; the reference does not say what the link means.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
        external (``external``): Whether the order originated outside Tradovate (meaning inferred); only `false` has been
            seen.
    """

    account_id: int
    timestamp: datetime.datetime
    action: Action
    ord_status: OrdStatus
    admin: bool
    id: int | Unset = UNSET
    contract_id: int | Unset = UNSET
    spread_definition_id: int | Unset = UNSET
    execution_provider_id: int | Unset = UNSET
    oco_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    linked_id: int | Unset = UNSET
    archived: bool | Unset = UNSET
    external: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderRaw(_OrderSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Order:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Order = _new(_OrderRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(Order, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Order, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Order, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Order, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Order, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(Order, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(Order, "action", Action, v)
        else:
            v = _codec.bad(Order, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["ordStatus"]
    except KeyError:
        v = _codec.bad(Order, "ordStatus", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrdStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(Order, "ordStatus", OrdStatus, v)
        else:
            v = _codec.bad(Order, "ordStatus", "string", v, True, False)
    o.ord_status = v
    try:
        v = d["admin"]
    except KeyError:
        v = _codec.bad(Order, "admin", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(Order, "admin", "boolean", v, True, False)
    o.admin = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "id", "integer", v, False, False)
    o.id = v
    v = g("contractId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "contractId", "integer", v, False, False)
    o.contract_id = v
    v = g("spreadDefinitionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "spreadDefinitionId", "integer", v, False, False)
    o.spread_definition_id = v
    v = g("executionProviderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "executionProviderId", "integer", v, False, False)
    o.execution_provider_id = v
    v = g("ocoId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "ocoId", "integer", v, False, False)
    o.oco_id = v
    v = g("parentId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "parentId", "integer", v, False, False)
    o.parent_id = v
    v = g("linkedId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "linkedId", "integer", v, False, False)
    o.linked_id = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "archived", "boolean", v, False, False)
    o.archived = v
    v = g("external", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Order, "external", "boolean", v, False, False)
    o.external = v
    if len(d) + missing == 14:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Order, d, _KEYS)
    o._json = d
    o.__class__ = Order
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Order:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Order = _new(_OrderRaw)
    o.account_id = w.account_id
    o.timestamp = w.timestamp
    o.action = w.action
    o.ord_status = w.ord_status
    o.admin = w.admin
    o.id = w.id
    o.contract_id = w.contract_id
    o.spread_definition_id = w.spread_definition_id
    o.execution_provider_id = w.execution_provider_id
    o.oco_id = w.oco_id
    o.parent_id = w.parent_id
    o.linked_id = w.linked_id
    o.archived = w.archived
    o.external = w.external
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Order
    return o


_Wire: Any = _codec.wire_struct(
    "Order",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("ord_status", "ordStatus", OrdStatus, _codec.REQUIRED),
        ("admin", "admin", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("contract_id", "contractId", int, UNSET),
        ("spread_definition_id", "spreadDefinitionId", int, UNSET),
        ("execution_provider_id", "executionProviderId", int, UNSET),
        ("oco_id", "ocoId", int, UNSET),
        ("parent_id", "parentId", int, UNSET),
        ("linked_id", "linkedId", int, UNSET),
        ("archived", "archived", bool, UNSET),
        ("external", "external", bool, UNSET),
    ],
)


Order._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("ord_status", "ordStatus", _codec.enum_json),
        _codec.Field("admin", "admin", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("spread_definition_id", "spreadDefinitionId", _codec.plain_json),
        _codec.Field("execution_provider_id", "executionProviderId", _codec.plain_json),
        _codec.Field("oco_id", "ocoId", _codec.plain_json),
        _codec.Field("parent_id", "parentId", _codec.plain_json),
        _codec.Field("linked_id", "linkedId", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
        _codec.Field("external", "external", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
