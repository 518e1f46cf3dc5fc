"""The shortcuts that keep the engine's cost down answer exactly what the slow paths answered: the
store's lookups through its indexes (a walk of every entity), the clock's reused stamp and
trade-date texts (computed afresh), the market's size redraw (``random.randint``'s values, so
seeded paths are unchanged)."""

from __future__ import annotations

import datetime
import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.sim.clock import Clock, iso, trade_date
from tradovate.sim.market import DEPTH, Market
from tradovate.sim.orders import Working, WorkingOrders
from tradovate.sim.store import Store

VALUES = st.one_of(st.integers(1, 4), st.sampled_from([True, False, None, "a", "b"]), st.lists(st.integers(0, 2)))
FIELDS = ["accountId", "contractId", "active"]
WRITE = st.tuples(
    st.sampled_from(["insert", "update", "replace", "delete", "query"]),
    st.integers(0, 7),  # which entity
    st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=3),
)


def walk(store: Store, entity_type: str, match: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in store.all(entity_type) if all(e.get(k) == v for k, v in match.items())]


@settings(max_examples=150, deadline=None)
@given(st.lists(WRITE, max_size=40), st.lists(st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=2)))
def test_where_through_the_indexes_equals_a_walk(writes: list[Any], queries: list[dict[str, Any]]) -> None:
    store = Store(Clock(datetime.datetime(2026, 11, 23, 14, tzinfo=datetime.UTC)))
    ids: list[int] = []
    for kind, n, fields in writes:
        known = ids[n % len(ids)] if ids else None
        if kind == "insert" or known is None:
            ids.append(store.insert("position", dict(fields))["id"])
        elif kind == "update" and store.get("position", known) is not None:
            store.update("position", known, **fields)
        elif kind == "replace":
            store.replace("position", {"id": known, **fields})
        elif kind == "delete":
            store.delete("position", known)
        for match in [fields, *queries[:2]]:  # (the first queries build the indexes midway)
            assert sorted(e["id"] for e in store.where("position", **match)) == sorted(
                e["id"] for e in walk(store, "position", match)
            )
    for match in queries:
        found = list(store.where("position", **match))
        assert sorted(e["id"] for e in found) == sorted(e["id"] for e in walk(store, "position", match))
        first = store.first("position", **match)
        assert (first is None) == (found == [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 3 * 86400 * 1_000_000), max_size=30), st.integers(0, 5))
def test_the_clock_reuses_texts_only_within_their_millisecond_and_hour(jumps: list[int], stamps: int) -> None:
    clock = Clock(datetime.datetime(2026, 3, 6, 20, 59, 59, 999_000, tzinfo=datetime.UTC))  # DST starts that week
    for jump in jumps:
        clock.set(clock.now() + datetime.timedelta(microseconds=jump))
        for _ in range(stamps):
            text = clock.stamp()
            assert text == iso(clock.now())
        day = trade_date(clock.now())
        assert clock.trade_date() == {"year": day.year, "month": day.month, "day": day.day}


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 2**32), st.integers(1, 100), st.integers(0, 5000))
def test_the_size_redraw_draws_what_randint_draws(seed: int, low: int, extra: int) -> None:
    clock = Clock(datetime.datetime(2026, 11, 23, 14, tzinfo=datetime.UTC))
    market = Market(seed, clock, sizes=(low, low + extra))
    book = market.add(1, 0.25, 6850.0)
    reference = random.Random(f"{seed}:1")
    reference.randint(50_000, 2_000_000), reference.randint(10_000, 500_000)  # open interest, volume
    expected = [reference.randint(low, low + extra) for _ in range(2 * DEPTH)]
    assert book.bid_sizes + book.offer_sizes == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 12), st.integers(1, 3), st.integers(1, 3)), max_size=40))
def test_live_orders_by_account_and_contract_are_the_live_orders_filtered(ops: list[Any]) -> None:
    live = WorkingOrders()
    for add, order_id, account_id, contract_id in ops:
        if add:
            live[order_id] = Working(order_id, account_id, contract_id, "Buy", 1, "Limit")
        else:
            live.discard(order_id)
        for n in (1, 2, 3):
            assert live.of_account(n) == sorted(
                (w for w in live.values() if w.account_id == n), key=lambda w: w.order_id
            )
            assert live.of_contract(n) == sorted(
                (w for w in live.values() if w.contract_id == n), key=lambda w: w.order_id
            )
