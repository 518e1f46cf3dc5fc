"""What one ``user/syncrequest`` subscribes a socket to: :func:`sync_filter` reads the request
body (the current ``entityTypes`` form, the classic ``users`` form, ``accounts``,
``shardingExpression``, an organisation's ``fullOrgSnapshot``) into a :class:`SyncFilter`, which
picks the snapshot's entities and the later ``props`` events (used by :mod:`.api` and the user
socket, :mod:`.ws`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from .store import Event, Store

__all__ = ["SHARED", "SyncFilter", "sync_filter"]

# Entity types in a snapshot that belong to nobody in particular (sent whole).
SHARED: Final = frozenset(
    {
        "contract",
        "contractMaturity",
        "product",
        "exchange",
        "currency",
        "contractGroup",
        "orderStrategyType",
        "spreadDefinition",
    }
)


@dataclass
class SyncFilter:
    """What one ``user/syncrequest`` subscribed to (the snapshot and the later ``props``)."""

    user_id: int
    entity_types: frozenset[str] | None  # None: every type (the classic ``{"users": [id]}`` form)
    accounts: frozenset[int] | None = None
    shard_by: str | None = None  # "modAccountId" | "modUserId"
    divisor: int = 1
    remainder: int = 0
    org: bool = False  # an organisation administrator's fullOrgSnapshot: every user's entities
    # Accounts of other owners the user trades under an approved tradingPermission: synced like
    # the user's own (set by :meth:`Api.snapshot`, which every syncrequest goes through).
    traded: frozenset[int] = frozenset()
    # The users an organisation administrator named (``{"users": [...]}``): their entities too.
    # Anyone else naming a user not their own is refused (:meth:`.api.Api.sync_filter`).
    users: frozenset[int] = frozenset()

    def wants(self, store: Store, entity_type: str, entity: dict[str, Any]) -> bool:
        if self.entity_types is not None and entity_type not in self.entity_types:
            return False
        if entity_type in SHARED:
            return True
        return self._owned(store.account_of(entity_type, entity), store.user_of(entity_type, entity))

    def wants_event(self, event: Event) -> bool:
        """:meth:`wants` for a stored event (its owners already known)."""
        if self.entity_types is not None and event.entity_type not in self.entity_types:
            return False
        if event.entity_type in SHARED:
            return True
        return self._owned(event.account_id, event.user_id)

    def _owned(self, account: int | None, user: int | None) -> bool:
        if (
            user is not None
            and user != self.user_id
            and not self.org
            and account not in self.traded
            and user not in self.users
        ):
            return False
        if self.accounts is not None and account is not None and account not in self.accounts:
            return False
        if self.shard_by == "modAccountId" and account is not None and account % self.divisor != self.remainder:
            return False
        if self.shard_by == "modUserId" and user is not None and user % self.divisor != self.remainder:  # noqa: SIM103
            return False
        return True


def sync_filter(user_id: int, body: Any, admin: bool = False) -> SyncFilter | str:
    """The filter of a syncrequest body, or the error text of an invalid one (``admin``: the user
    administers the organisation: ``fullOrgSnapshot: true`` covers every user)."""
    if body is None:
        body = {}
    if not isinstance(body, dict):
        return "the body must be a SyncRequest object"
    types = body.get("entityTypes")
    users = body.get("users")
    accounts = body.get("accounts")
    sharding = body.get("shardingExpression")
    if users is not None and (types is not None or sharding is not None):
        return "users cannot be combined with entityTypes or shardingExpression"
    if accounts is not None and sharding is not None:
        return "accounts cannot be combined with shardingExpression"
    if sharding is not None and types is None:
        return "shardingExpression needs entityTypes"
    if types is not None and not (isinstance(types, list) and all(isinstance(t, str) for t in types)):
        return "entityTypes must be a list of entity type names"
    if accounts is not None and not (isinstance(accounts, list) and all(isinstance(a, int) for a in accounts)):
        return "accounts must be a list of account ids"
    if users is not None and not (isinstance(users, list) and all(isinstance(u, int) for u in users)):
        return "users must be a list of user ids"
    entity_types: frozenset[str] | None
    if types is not None:
        entity_types = frozenset(types)
    elif users is not None:
        entity_types = None  # the classic form: everything of these users
    else:
        entity_types = frozenset()  # current rule: nothing unless asked for
    out = SyncFilter(user_id, entity_types, frozenset(accounts) if accounts is not None else None)
    out.org = admin and body.get("fullOrgSnapshot") is True
    if admin and users is not None:
        out.users = frozenset(users)
    if sharding is not None:
        if not isinstance(sharding, dict):
            return "shardingExpression must be an object"
        divisor, remainder = sharding.get("divisor"), sharding.get("remainder")
        kind = sharding.get("expressionType")
        if kind not in ("modAccountId", "modUserId") or not isinstance(divisor, int) or divisor <= 0:
            return "shardingExpression: expressionType modAccountId|modUserId and a positive divisor"
        if not isinstance(remainder, int) or not 0 <= remainder < divisor:
            return "shardingExpression: remainder must be in [0, divisor)"
        out.shard_by, out.divisor, out.remainder = str(kind), divisor, remainder
    return out
