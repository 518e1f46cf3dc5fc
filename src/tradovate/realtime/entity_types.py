"""The sync entity types (``entityType`` name, ``SyncMessage`` key, model) and the version of an
entity per type: what :class:`~.mirror.Mirror` compares to decide which value wins (the rules are
in the mirror's module documentation)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from tradovate_api import models
from tradovate_api.codec import Model

from .changes import Raw
from .handles import FINAL_ORDER_STATUSES

__all__ = ["ENTITY_TYPES", "VERSIONS", "EntityType", "Version"]


# ---------------------------------------------------------------------------------------------
# Entity types


@attrs.frozen
class EntityType:
    """One sync entity type: its ``entityType`` name, its ``SyncMessage`` key and its model."""

    name: str
    plural: str
    model: type[Model] | None


def _types() -> dict[str, EntityType]:
    table: list[tuple[str, str, type[Model]]] = [
        ("user", "users", models.User),
        ("contractGroup", "contractGroups", models.ContractGroup),
        ("userProperty", "userProperties", models.UserProperty),
        ("property", "properties", models.Property),
        ("account", "accounts", models.Account),
        ("accountRiskStatus", "accountRiskStatuses", models.AccountRiskStatus),
        ("marginSnapshot", "marginSnapshots", models.MarginSnapshot),
        ("userAccountAutoLiq", "userAccountAutoLiqs", models.UserAccountAutoLiq),
        ("cashBalance", "cashBalances", models.CashBalance),
        ("currency", "currencies", models.Currency),
        ("position", "positions", models.Position),
        ("fillPair", "fillPairs", models.FillPair),
        ("order", "orders", models.Order),
        ("contract", "contracts", models.Contract),
        ("contractMaturity", "contractMaturities", models.ContractMaturity),
        ("product", "products", models.Product),
        ("exchange", "exchanges", models.Exchange),
        ("spreadDefinition", "spreadDefinitions", models.SpreadDefinition),
        ("command", "commands", models.Command),
        ("commandReport", "commandReports", models.CommandReport),
        ("executionReport", "executionReports", models.ExecutionReport),
        ("orderVersion", "orderVersions", models.OrderVersion),
        ("fill", "fills", models.Fill),
        ("fillFee", "fillFees", models.FillFee),
        ("orderStrategy", "orderStrategies", models.OrderStrategy),
        ("orderStrategyLink", "orderStrategyLinks", models.OrderStrategyLink),
        ("userPlugin", "userPlugins", models.UserPlugin),
        ("annualReview", "annualReviews", models.AnnualReview),
        ("userReadStatus", "userReadStatuses", models.UserReadStatus),
        ("userPromoCode", "userPromoCodes", models.UserPromoCode),
        ("orderStrategyType", "orderStrategyTypes", models.OrderStrategyType),
        ("tradingPermission", "tradingPermissions", models.TradingPermission),
    ]
    return {name: EntityType(name, plural, model) for name, plural, model in table}


#: The sync entity types by ``entityType`` name (the ``SyncMessage`` collections).
ENTITY_TYPES: Final[Mapping[str, EntityType]] = _types()
_BY_PLURAL: Final = {t.plural: t for t in ENTITY_TYPES.values()}

# Secondary indexes kept per entity type: field -> value -> ids (insertion-ordered).
_INDEXED: Final[Mapping[str, tuple[str, ...]]] = {
    "order": ("accountId",),
    "position": ("accountId",),
    "cashBalance": ("accountId",),
    "fill": ("orderId",),
    "executionReport": ("orderId",),
    "orderVersion": ("orderId",),
    "command": ("orderId", "clOrdId"),
}


# ---------------------------------------------------------------------------------------------
# Versions

Version = Callable[[Mapping[str, Any]], Any]
_fromiso: Final = datetime.datetime.fromisoformat
_UTC: Final = datetime.UTC


def _order_stage(raw: Mapping[str, Any]) -> int | None:
    status = raw.get("ordStatus")
    if status.__class__ is not str:
        return None
    if status == "PendingNew":
        return 0
    return 2 if status in FINAL_ORDER_STATUSES else 1


def _timestamp(raw: Mapping[str, Any]) -> str | None:
    """``timestamp`` as a sortable UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (``None``: unknown).

    The server's usual spellings (``...SS.mmmZ``, ``...SSZ``) are rewritten without parsing;
    anything else goes through ``datetime.fromisoformat`` (naive times are taken as UTC)."""
    value = raw.get("timestamp")
    if value.__class__ is not str:
        return None
    n = len(value)
    if n == 24 and value[23] == "Z" and value[19] == "." and value[10] == "T":
        return value[:23] + "000Z"
    if n == 20 and value[19] == "Z" and value[10] == "T":
        return value[:19] + ".000000Z"
    try:
        when = _fromiso(value)
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(_UTC)
    return when.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


#: The version of an entity per type (see the module documentation); absent types have none.
VERSIONS: Final[Mapping[str, Version]] = {
    "order": _order_stage,
    "position": _timestamp,
    "cashBalance": _timestamp,
    "marginSnapshot": _timestamp,
}


def _decode(entity_type: str, raw: Raw) -> Model | None:
    info = ENTITY_TYPES.get(entity_type)
    if info is None or info.model is None:
        return None
    return info.model.from_dict(raw)
