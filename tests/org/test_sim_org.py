"""The simulator's organisation: its size, who may sync all of it, sharding, the traffic."""

from __future__ import annotations

from typing import Any

from tradovate.sim.api import sync_filter
from tradovate.sim.org import ADMIN_ID, FIRST_USER, Traffic, org_simulator
from tradovate.sim.store import Event


def test_the_full_organisation_is_seeded_with_owned_and_permissioned_accounts() -> None:
    sim = org_simulator(md_port=None)
    store = sim.store
    assert len(store.tables["account"]) == 10_000
    assert len(store.tables["user"]) >= 2_001  # the users and the administrator
    permissions = [p for p in store.tables["tradingPermission"].values()]
    granted = [p for p in permissions if store.tables["account"][p["accountId"]]["userId"] != p["userId"]]
    assert len(granted) == 1_000  # every 10th account is permissioned to another user


def _accounts(sim: Any, user_id: int, body: dict[str, Any]) -> set[int]:
    flt = sync_filter(user_id, body, user_id in sim.api.org_admins)
    assert not isinstance(flt, str)
    return {a["id"] for a in sim.api.snapshot(flt).get("accounts", [])}


def test_only_the_administrator_syncs_the_whole_organisation_and_sharding_is_honoured() -> None:
    sim = org_simulator(accounts=300, users=30, md_port=None)
    every = set(sim.store.tables["account"])
    body: dict[str, Any] = {"entityTypes": ["account", "order"], "fullOrgSnapshot": True}
    assert _accounts(sim, ADMIN_ID, body) == every
    assert _accounts(sim, ADMIN_ID, {**body, "fullOrgSnapshot": False}) == set()  # owns none
    user = FIRST_USER + 3
    own = {a for a in every if sim.store.tables["account"][a]["userId"] == user}
    assert _accounts(sim, user, body) == own  # a user's fullOrgSnapshot is still their own
    shards = [
        _accounts(
            sim,
            ADMIN_ID,
            {**body, "shardingExpression": {"expressionType": "modAccountId", "divisor": 4, "remainder": r}},
        )
        for r in range(4)
    ]
    assert set().union(*shards) == every and sum(map(len, shards)) == len(every)  # no hole, no overlap
    assert all(a % 4 == r for r, shard in enumerate(shards) for a in shard)


def test_traffic_writes_six_events_per_trade_on_the_organisations_accounts() -> None:
    sim = org_simulator(accounts=50, users=10, md_port=None)
    seen: list[Event] = []
    sim.store.listeners.append(seen.append)
    traffic = Traffic(sim, seed=1, track=True)
    traffic.burst(600)
    assert traffic.events == len(seen) == 6 * traffic.trades
    assert [e.entity_type for e in seen[:6]] == ["order", "orderVersion", "fill", "order", "position", "cashBalance"]
    assert {e.account_id for e in seen} <= set(sim.store.tables["account"])
    assert len(traffic.sent_at) == traffic.trades
