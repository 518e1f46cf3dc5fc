from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _OrderSlots:
    __slots__ = ("account_id", "timestamp", "action", "ord_status", "admin", "id", "contract_id", "spread_definition_id", "execution_provider_id", "oco_id", "parent_id", "linked_id", "archived", "external", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Order(_OrderSlots):
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
        o: Self = _codec.new_object(_OrderRaw)
        g = d.get
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("action", UNSET)
        if v.__class__ is str:
            e = _Action_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "action", Action, v)
        else:
            v = _codec.bad(cls, "action", "string", v, True, False)
        o.action = v
        v = g("ordStatus", UNSET)
        if v.__class__ is str:
            e = _OrdStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "ordStatus", OrdStatus, v)
        else:
            v = _codec.bad(cls, "ordStatus", "string", v, True, False)
        o.ord_status = v
        v = g("admin", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "admin", "boolean", v, True, False)
        o.admin = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("contractId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "contractId", "integer", v, False, False)
        o.contract_id = v
        v = g("spreadDefinitionId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "spreadDefinitionId", "integer", v, False, False)
        o.spread_definition_id = v
        v = g("executionProviderId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "executionProviderId", "integer", v, False, False)
        o.execution_provider_id = v
        v = g("ocoId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "ocoId", "integer", v, False, False)
        o.oco_id = v
        v = g("parentId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "parentId", "integer", v, False, False)
        o.parent_id = v
        v = g("linkedId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "linkedId", "integer", v, False, False)
        o.linked_id = v
        v = g("archived", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "archived", "boolean", v, False, False)
        o.archived = v
        v = g("external", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "external", "boolean", v, False, False)
        o.external = v
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


class _OrderRaw(_OrderSlots):
    __slots__ = ()


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
)
