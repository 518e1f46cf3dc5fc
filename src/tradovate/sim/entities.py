"""The entity rows of the spec, as the simulator serves them.

Which entity types exist, which generic queries each answers (``item``, ``items``, ``list``,
``find``, ``suggest``, ``deps``, ``ldeps``, ``create``, ``update``) and their model classes are read
from the generated operation table (:data:`tradovate_api.runtime.OPERATIONS`), so a new row in
the spec is served without touching the simulator.

The one thing that table does not carry is each row's *master* (which entity ``deps?masterid=``
selects by). :data:`MASTERS` lists it; a test compares it with ``spec/entities.yaml``. An entity
belongs to a master through its ``<master>Id`` field, or, when it has none, through its own id
(``accountRiskStatus``, ``marginSnapshot``, ``fillFee``, ... share their master's id).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import tradovate_api.models as models
from tradovate_api.runtime import OPERATIONS, F, List, Model, ModelRef

__all__ = ["MASTERS", "QUERY_OPS", "ROWS", "SYNC_PLURALS", "EntityRow", "model_class"]

QUERY_OPS: Final = frozenset({"item", "items", "list", "find", "suggest", "deps", "ldeps", "create", "update"})

# segment -> master segment (the `master` column of spec/entities.yaml; checked by a test).
MASTERS: Final[Mapping[str, str]] = {
    "account": "user",
    "cashBalance": "account",
    "cashBalanceLog": "account",
    "marginSnapshot": "account",
    "tradingPermission": "user",
    "adminAlertSignal": "adminAlert",
    "alert": "user",
    "alertSignal": "alert",
    "contract": "contractMaturity",
    "contractMaturity": "product",
    "currencyRate": "currency",
    "product": "exchange",
    "productSession": "product",
    "command": "order",
    "commandReport": "command",
    "executionReport": "command",
    "fill": "order",
    "fillFee": "fill",
    "order": "account",
    "orderStrategy": "account",
    "orderStrategyLink": "orderStrategy",
    "orderVersion": "order",
    "fillPair": "position",
    "position": "account",
    "accountRiskStatus": "account",
    "contractMargin": "contract",
    "permissionedAccountAutoLiq": "account",
    "productMargin": "product",
    "userAccountAutoLiq": "account",
    "userAccountPositionLimit": "account",
    "userAccountRiskParameter": "userAccountPositionLimit",
    "contactInfo": "user",
    "marketDataSubscription": "user",
    "secondMarketDataSubscription": "user",
    "tradovateSubscription": "user",
    "userPlugin": "user",
    "userProperty": "user",
    "userSessionStats": "user",
}


def model_class(name: str) -> type[Model]:
    """The generated model class called ``name``."""
    cls: type[Model] = getattr(models, name)
    return cls


@dataclass
class EntityRow:
    """One entity type: its path segment (also its ``entityType`` in events) and what it answers."""

    segment: str
    model: type[Model]
    ops: set[str] = field(default_factory=set)
    operation_ids: dict[str, str] = field(default_factory=dict)  # op -> operationId

    @property
    def master(self) -> str | None:
        return MASTERS.get(self.segment)

    @property
    def master_key(self) -> str:
        """The JSON key that holds the master's id (``id`` when the entity shares it)."""
        master = self.master
        if master is None:
            return "id"
        key = master + "Id"
        return key if key in self.keys else "id"

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(f.key for f in self.model._spec.fields)

    @property
    def fields(self) -> tuple[F, ...]:
        return self.model._spec.fields


def _rows() -> dict[str, EntityRow]:
    rows: dict[str, EntityRow] = {}
    for operation_id, op in OPERATIONS.items():
        parts = op.path.strip("/").split("/")
        if len(parts) != 2 or parts[1] not in QUERY_OPS or op.namespace == "" or op.result is None:
            continue
        segment, name = parts
        row = rows.get(segment)
        if row is None:
            row = rows[segment] = EntityRow(segment, model_class(op.result))
        row.ops.add(name)
        row.operation_ids[name] = operation_id
    return dict(sorted(rows.items()))


ROWS: Final[Mapping[str, EntityRow]] = _rows()

_CAMEL: Final = re.compile(r"(?<!^)(?=[A-Z])")


def _sync_plurals() -> dict[str, str]:
    """entityType -> the key of its list in the ``user/syncrequest`` snapshot (``SyncMessage``)."""
    by_model = {row.model: seg for seg, row in ROWS.items()}
    out: dict[str, str] = {}
    for f in model_class("SyncMessage")._spec.fields:
        kind: Any = f.kind
        if isinstance(kind, List) and isinstance(kind.item, ModelRef) and kind.item.cls in by_model:
            out[by_model[kind.item.cls]] = f.key
        elif isinstance(kind, List) and isinstance(kind.item, ModelRef):
            # A sync-only entity without query operations: singular = model name, camelCase.
            name = kind.item.cls.__name__
            out[name[0].lower() + name[1:]] = f.key
    return out


SYNC_PLURALS: Final[Mapping[str, str]] = _sync_plurals()
