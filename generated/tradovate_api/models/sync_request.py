from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .sharding_expression import ShardingExpression
from .sharding_expression import _decode as _decode_ShardingExpression
from .sharding_expression import _from_wire as _from_wire_ShardingExpression
from .sharding_expression import _Wire as _ShardingExpression_wire

__all__ = ["SyncRequest"]

_KEYS: frozenset[str] = frozenset(
    ["users", "accounts", "splitResponses", "cutoffTimestamp", "entityTypes", "shardingExpression", "fullOrgSnapshot"]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _SyncRequestSlots:
    __slots__ = ("users", "accounts", "split_responses", "cutoff_timestamp", "entity_types", "sharding_expression", "full_org_snapshot", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SyncRequest(_SyncRequestSlots, _codec.Model):
    """Request body of syncRequest: which users, accounts and entity types to receive.

    Attributes:
        users (``users``): Ids of the Users to sync; do not combine with `entityTypes` or `shardingExpression`.
        accounts (``accounts``): Ids of the Accounts to sync; do not combine with `shardingExpression`.
        split_responses (``splitResponses``): Send the data in several messages; required to be true for B2B partners.
        cutoff_timestamp (``cutoffTimestamp``): Not documented upstream.
        entity_types (``entityTypes``): Singular names of the entity types to receive (`order`, `fill`, ...); if empty, only
            system events arrive.
        sharding_expression (``shardingExpression``): Spread the organisation's updates over several sockets by account or user id.
        full_org_snapshot (``fullOrgSnapshot``): Not documented upstream.
    """

    users: list[int] | Unset = UNSET
    accounts: list[int] | Unset = UNSET
    split_responses: bool | Unset = UNSET
    cutoff_timestamp: datetime.datetime | Unset = UNSET
    entity_types: list[str] | Unset = UNSET
    sharding_expression: ShardingExpression | Unset = UNSET
    full_org_snapshot: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SyncRequestRaw(_SyncRequestSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SyncRequest:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SyncRequest = _new(_SyncRequestRaw)
    missing = 0
    g = d.get
    v = g("users", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(SyncRequest, "users", _codec.decode_int, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "users", "array", v, False, False)
    o.users = v
    v = g("accounts", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(SyncRequest, "accounts", _codec.decode_int, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "accounts", "array", v, False, False)
    o.accounts = v
    v = g("splitResponses", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "splitResponses", "boolean", v, False, False)
    o.split_responses = v
    v = g("cutoffTimestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(SyncRequest, "cutoffTimestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "cutoffTimestamp", "date-time", v, False, False)
    o.cutoff_timestamp = v
    v = g("entityTypes", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(SyncRequest, "entityTypes", _codec.decode_str, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "entityTypes", "array", v, False, False)
    o.entity_types = v
    v = g("shardingExpression", UNSET)
    if v.__class__ is dict:
        v = _decode_ShardingExpression(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "shardingExpression", "object", v, False, False)
    o.sharding_expression = v
    v = g("fullOrgSnapshot", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncRequest, "fullOrgSnapshot", "boolean", v, False, False)
    o.full_org_snapshot = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SyncRequest, d, _KEYS)
    o._json = d
    o.__class__ = SyncRequest
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SyncRequest:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SyncRequest = _new(_SyncRequestRaw)
    o.users = w.users
    o.accounts = w.accounts
    o.split_responses = w.split_responses
    o.cutoff_timestamp = w.cutoff_timestamp
    o.entity_types = w.entity_types
    v = w.sharding_expression
    if v.__class__ is _ShardingExpression_wire:
        v = _from_wire_ShardingExpression(v, d["shardingExpression"])
    o.sharding_expression = v
    o.full_org_snapshot = w.full_org_snapshot
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SyncRequest
    return o


_Wire: Any = _codec.wire_struct(
    "SyncRequest",
    [
        ("users", "users", list[int], UNSET),
        ("accounts", "accounts", list[int], UNSET),
        ("split_responses", "splitResponses", bool, UNSET),
        ("cutoff_timestamp", "cutoffTimestamp", datetime.datetime, UNSET),
        ("entity_types", "entityTypes", list[str], UNSET),
        ("sharding_expression", "shardingExpression", _ShardingExpression_wire, UNSET),
        ("full_org_snapshot", "fullOrgSnapshot", bool, UNSET),
    ],
)


SyncRequest._info = _codec.model_info(
    (
        _codec.Field("users", "users", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("accounts", "accounts", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("split_responses", "splitResponses", _codec.plain_json),
        _codec.Field("cutoff_timestamp", "cutoffTimestamp", _codec.datetime_json),
        _codec.Field("entity_types", "entityTypes", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("sharding_expression", "shardingExpression", _codec.model_json),
        _codec.Field("full_org_snapshot", "fullOrgSnapshot", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
