"""Whose an entity is, for the generic entity queries: what a user sees and what they may write.

- **sees** (``item``, ``items``, ``find``, ``suggest``, ``deps``, ``ldeps``, ``list``, the
  entity an ``update`` names): shared types (contracts, products...), what has no owner, what is
  the user's, and what belongs to an account they trade (their own or under a
  ``tradingPermission``);
- **writes** (the body of a ``create`` or ``update``): every user and account the body names —
  ``userId``, ``accountId``, and its master through the master key (``userAccountPositionLimitId``;
  ``id`` itself for ``userAccountAutoLiq``, whose id is its account's) — must exist and be the
  user's. An account traded under a ``tradingPermission`` counts, except for the risk settings
  (:data:`RISK_SETTINGS`): the account's owner sets those, the trader only reads them.

An organisation's administrators (``admins``) write everything; what they see besides is the
caller's choice (``list`` answers an administrator its own, the other queries everyone's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from .entities import MASTERS, ROWS
from .store import Store
from .sync import SHARED

__all__ = ["RISK_SETTINGS", "Owners"]

#: set by the account's owner (a prop firm, for its evaluation accounts), read by its traders
RISK_SETTINGS: Final = frozenset(
    {"userAccountAutoLiq", "userAccountPositionLimit", "userAccountRiskParameter", "accountRiskStatus"}
)


class Owners:
    """The rules of the module doc over one store (``may_trade``: the engine's)."""

    def __init__(self, store: Store, may_trade: Callable[[int, dict[str, Any]], bool], admins: set[int]) -> None:
        self.store = store
        self.may_trade = may_trade
        self.admins = admins

    def sees(self, segment: str, entity: dict[str, Any], user_id: int | None) -> bool:
        if user_id is None or segment in SHARED:
            return True
        owner = self.store.user_of(segment, entity)
        if owner is None or owner == user_id:
            return True
        account_id = self.store.account_of(segment, entity)
        account = self.store.get("account", account_id) if account_id is not None else None
        return account is not None and self.may_trade(user_id, account)

    def foreign(self, segment: str, entity: dict[str, Any], user_id: int | None, *, trading: bool = True) -> str | None:
        """What in ``entity`` (a body to store) the user may not write — ``"account 20003"`` — or
        ``None``. ``trading=False``: an account traded under a permission does not count."""
        if user_id is None or user_id in self.admins:
            return None
        if segment == "user":
            return None if entity.get("id") == user_id else f"user {entity.get('id')}"
        if segment == "account":
            mine = entity.get("userId") == user_id or (trading and self.may_trade(user_id, entity))
            return None if mine else f"account {entity.get('id')}"
        refs = [("user", entity.get("userId")), ("account", entity.get("accountId"))]
        row, master = ROWS.get(segment), MASTERS.get(segment)
        if row is not None and master is not None:
            refs.append((master, entity.get(row.master_key)))
        for kind, value in refs:
            if value is None:
                continue
            found = self.store.get(kind, value) if isinstance(value, int) and not isinstance(value, bool) else None
            if found is None or self.foreign(kind, found, user_id, trading=trading) is not None:
                return f"{kind} {value}"
        return None
