from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .sharding_expression import ShardingExpression

__all__ = ["SyncRequest"]

_KEYS: frozenset[str] = frozenset(
    ["users", "accounts", "splitResponses", "cutoffTimestamp", "entityTypes", "shardingExpression", "fullOrgSnapshot"]
)


class _SyncRequestSlots:
    __slots__ = ("users", "accounts", "split_responses", "cutoff_timestamp", "entity_types", "sharding_expression", "full_org_snapshot", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SyncRequest(_SyncRequestSlots):
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
        o: Self = _codec.new_object(_SyncRequestRaw)
        g = d.get
        v = g("users", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "users", _codec.decode_int, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "users", "array", v, False, False)
        o.users = v
        v = g("accounts", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "accounts", _codec.decode_int, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "accounts", "array", v, False, False)
        o.accounts = v
        v = g("splitResponses", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "splitResponses", "boolean", v, False, False)
        o.split_responses = v
        v = g("cutoffTimestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "cutoffTimestamp", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "cutoffTimestamp", "date-time", v, False, False)
        o.cutoff_timestamp = v
        v = g("entityTypes", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "entityTypes", _codec.decode_str, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "entityTypes", "array", v, False, False)
        o.entity_types = v
        v = g("shardingExpression", UNSET)
        if v.__class__ is dict:
            v = ShardingExpression._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "shardingExpression", "object", v, False, False)
        o.sharding_expression = v
        v = g("fullOrgSnapshot", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "fullOrgSnapshot", "boolean", v, False, False)
        o.full_org_snapshot = v
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


class _SyncRequestRaw(_SyncRequestSlots):
    __slots__ = ()


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
)
