"""The generic ``create``/``update`` (and the delete-like operations) write only what the caller
may write: a body's ``id`` never replaces a stored entity, a body naming another user's user,
account or position limit is refused, and an account's risk settings are its owner's to change —
a trader under a ``tradingPermission`` reads them, and does not change the account's demo
balance either (found by a tester: any user could replace
another's auto-liquidation rules and position limits through ``create``)."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradovate.sim import Simulator, SimulatorThread
from tradovate.sim.api import Call
from tradovate.sim.entities import ROWS
from tradovate.sim.examples import example

DEMO, ALICE, FIRM, TRADER = (1001, "demo"), (1002, "alice"), (1003, "firm"), (1004, "trader")
PEOPLE = [DEMO, ALICE, FIRM, TRADER]
OWNED = {1001: {20001, 20002}, 1002: {20003}, 1003: {20004}, 1004: set()}
TRADED = {1004: {20004}}  # under a tradingPermission
RISK = ("userAccountAutoLiq", "userAccountPositionLimit", "userAccountRiskParameter")
WRITES = sorted((segment, op) for segment, row in ROWS.items() for op in row.ops & {"create", "update"})
DELETES = [
    "userAccountPositionLimit/deleteuseraccountpositionlimit",
    "userAccountPositionLimit/deleteuseraccountriskparameter",
    "alert/deletealert",
    "accountRiskStatus/setadminautoliqaction",
]


def token(sim: Simulator, person: tuple[int, str]) -> str:
    answer = sim.auth._answer(sim.auth._issue(*person))
    value = answer["accessToken"]
    assert isinstance(value, str)
    return value


def ask(sim: Simulator, person: tuple[int, str], endpoint: str, body: Any = None, **query: str) -> Any:
    return sim.api.handle(Call(endpoint, query, body, token(sim, person)))


def test_create_neither_replaces_nor_writes_in_another_users_name() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            alice_rules = dict(sim.store.get("userAccountAutoLiq", 20003) or {})
            alice_limit = dict(sim.store.get("userAccountPositionLimit", 20003) or {})
            limit = {"active": True, "totalBy": "Overall", "shortLimit": 0, "longLimit": 0}
            refused = [
                ask(sim, DEMO, "userAccountAutoLiq/create", {"id": 20003, "dailyLossAutoLiq": 1, "doNotUnlock": True}),
                ask(sim, DEMO, "userAccountPositionLimit/create", {**limit, "id": 20003, "accountId": 20003}),
                ask(sim, DEMO, "userAccountPositionLimit/create", {**limit, "accountId": 20003}),
                ask(sim, DEMO, "userAccountPositionLimit/create", {**limit, "accountId": 99}),
                ask(
                    sim,
                    DEMO,
                    "userAccountRiskParameter/create",
                    {"userAccountPositionLimitId": 20003, "hardLimit": True},
                ),
                ask(sim, DEMO, "userAccountRiskParameter/create", {"userAccountPositionLimitId": 10**9}),
            ]
            assert [(a.status, a.body) for a in refused] == [
                (404, "Not found: account 20003"),
                (404, "Not found: account 20003"),
                (404, "Not found: account 20003"),
                (404, "Not found: account 99"),
                (404, "Not found: userAccountPositionLimit 20003"),
                (404, f"Not found: userAccountPositionLimit {10**9}"),
            ]
            # the caller's own: a body's id is not the stored entity's, and never replaces one
            own = ask(sim, DEMO, "userAccountPositionLimit/create", {**limit, "id": 20003, "accountId": 20001})
            assert own.status == 200 and own.body["id"] != 20003 and own.body["accountId"] == 20001
            twice = ask(sim, DEMO, "userAccountAutoLiq/create", {"id": 20001, "dailyLossAutoLiq": 1})
            assert (twice.status, twice.body) == (
                400,
                "userAccountAutoLiq 20001 exists: change it with userAccountAutoLiq/update",
            )
            assert ask(sim, DEMO, "userAccountAutoLiq/create", {"dailyLossAutoLiq": 1}).status == 400
            moved = ask(sim, DEMO, "userAccountPositionLimit/update", {**own.body, "accountId": 20003})
            assert (moved.status, moved.body) == (404, "Not found: account 20003")
            assert sim.store.get("userAccountAutoLiq", 20003) == alice_rules
            assert sim.store.get("userAccountPositionLimit", 20003) == alice_limit
            assert [x["id"] for x in sim.store.where("userAccountPositionLimit", accountId=20003)] == [20003]
            # ... and alice still trades
            order = {"accountId": 20003, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
            placed = ask(sim, ALICE, "order/placeorder", {**order, "isAutomated": True})
            sim.advance(1)
            assert (sim.store.get("order", placed.body["orderId"]) or {})["ordStatus"] == "Filled"
            plugin = dict(example(ROWS["userPlugin"].model, sim.clock.now()), userId=1001)
            theirs = ask(sim, ALICE, "userPlugin/create", plugin)
            assert (theirs.status, theirs.body) == (404, "Not found: user 1001")
            assert ask(sim, ALICE, "userPlugin/create", {**plugin, "userId": 1002}).status == 200

    asyncio.run(main())


def test_a_trader_reads_the_risk_settings_of_an_account_traded_under_a_permission_but_does_not_change_them() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            rules = dict(sim.store.get("userAccountAutoLiq", 20004) or {})
            assert rules.get("trailingMaxDrawdown")  # the firm's evaluation rules
            read = ask(sim, TRADER, "userAccountAutoLiq/item", id="20004")
            assert (read.status, read.body) == (200, rules)
            changed = ask(sim, TRADER, "userAccountAutoLiq/update", {**rules, "trailingMaxDrawdown": None})
            assert (changed.status, changed.body) == (401, "Access is denied")
            limit = {"active": True, "totalBy": "Overall", "accountId": 20004, "longLimit": 99}
            added = ask(sim, TRADER, "userAccountPositionLimit/create", limit)
            assert (added.status, added.body) == (401, "Access is denied")
            assert sim.store.get("userAccountAutoLiq", 20004) == rules
            cash = dict(sim.store.first("cashBalance", accountId=20004) or {})
            topped = ask(sim, TRADER, "cashBalance/changedemobalance", {"accountId": 20004, "cashChange": 1e6})
            assert (topped.status, topped.body) == (200, {"errorText": "Access is denied"})
            assert sim.store.first("cashBalance", accountId=20004) == cash  # the evaluation's balance is the firm's
            assert ask(sim, TRADER, "cashBalance/getcashbalancesnapshot", {"accountId": 20004}).body["netLiq"] > 0
            mine = ask(sim, FIRM, "userAccountAutoLiq/update", {**rules, "dailyLossAutoLiq": 900.0})
            assert (
                mine.status == 200 and (sim.store.get("userAccountAutoLiq", 20004) or {})["dailyLossAutoLiq"] == 900.0
            )

    asyncio.run(main())


# -- any user, any write, any body ---------------------------------------------------------------


@pytest.fixture(scope="module")
def running() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=1, md_port=None) as sim:
        yield sim


REFS = st.one_of(
    st.none(),
    st.sampled_from([0, 1, 99, 1001, 1002, 1003, 1004, 20001, 20002, 20003, 20004, 10**9]),
)


def writable(store: Any, segment: str, entity: dict[str, Any], user: int) -> bool:
    """The oracle: ``entity`` is ``user``'s to write — its user is theirs, its account is one they
    own (or trade, for what is no risk setting), and the position limit it names exists."""
    if (
        "userAccountPositionLimitId" in entity
        and store.get("userAccountPositionLimit", entity["userAccountPositionLimitId"]) is None
    ):
        return False
    account = store.account_of(segment, entity)
    accounts = OWNED[user] | (set() if segment in RISK else TRADED.get(user, set()))
    if account is not None and (store.get("account", account) is None or account not in accounts):
        return False
    owner = entity.get("userId")
    return owner is None or owner == user


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    person=st.sampled_from(PEOPLE),
    write=st.sampled_from(WRITES + [(path, "") for path in DELETES]),
    refs=st.fixed_dictionaries(
        {},
        optional={
            "id": REFS,
            "accountId": REFS,
            "userId": REFS,
            "userAccountPositionLimitId": REFS,
            "alertId": REFS,
            "accountRiskStatusId": REFS,
        },
    ),
    stored=st.booleans(),
    pick=st.integers(0, 10**6),
)
def test_no_write_changes_or_adds_anything_that_is_not_the_callers(
    running: SimulatorThread,
    person: tuple[int, str],
    write: tuple[str, str],
    refs: dict[str, Any],
    stored: bool,
    pick: int,
) -> None:
    segment, op = write
    endpoint = f"{segment}/{op}" if op else segment

    def call() -> tuple[int, Any, dict[str, dict[int, Any]], dict[str, dict[int, Any]]]:
        sim = running.sim
        body: dict[str, Any] = {}
        if segment in ROWS:  # a valid body of the entity, or a stored one (anyone's), then the refs
            rows = list(sim.store.all(segment))
            base = rows[pick % len(rows)] if stored and rows else None
            body = dict(base or example(ROWS[segment].model, sim.clock.now()))
        body.update({k: v for k, v in refs.items() if v is not None})
        before = copy.deepcopy(sim.store.tables)
        answer = ask(sim, person, endpoint, body)
        return answer.status, answer.body, before, copy.deepcopy(sim.store.tables)

    status, answer, before, after = running.call(call)
    assert status in (200, 400, 401, 404), (status, answer)
    store = running.sim.store
    for kind, table in after.items():
        for entity_id, entity in table.items():
            old = before.get(kind, {}).get(entity_id)
            if old == entity:
                continue
            assert status == 200, (endpoint, refs, kind, entity)
            assert writable(store, kind, entity, person[0]), (person, endpoint, refs, str(entity))
            if old is not None:
                assert writable(store, kind, old, person[0]), (person, endpoint, refs, old, entity)
    for kind, table in before.items():
        assert set(table) <= set(after.get(kind, {})), (endpoint, kind)  # nothing removed
