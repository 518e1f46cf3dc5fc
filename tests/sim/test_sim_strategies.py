"""A multi-bracket strategy is checked whole — its entry and its brackets — before anything is
stored or filled (found by a tester: a NaN, ``-Infinity``, ``"qty": "x"`` or non-object bracket
answered HTTP 500 after the entry had filled; qty 0 or -3 was stored as Working orders; a
``profitTarget`` of 1e300 rested beyond the price band; 0.1 on ES rounded to 0 ticks, the stop at the
entry price filling at once)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradovate.sim import SimulatorThread
from tradovate.sim.api import Call
from tradovate.sim.checks import on_grid

STORED = ("order", "orderVersion", "orderStrategy", "orderStrategyLink", "position", "fill", "command")


def start(action: str, params: str, symbol: str = "ESZ6") -> dict[str, Any]:
    return {"accountId": 20001, "symbol": symbol, "action": action, "orderStrategyTypeId": 2, "params": params}


def entry(*brackets: Any, qty: Any = 1) -> str:
    return json.dumps({"entryVersion": {"orderQty": qty, "orderType": "Market"}, "brackets": list(brackets)})


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=1, md_port=None) as running:
        yield running


def run(sim: SimulatorThread, body: dict[str, Any]) -> tuple[int, Any, dict[str, int], dict[str, int]]:
    """``body`` started as demo, the market moved: the answer, and each table's size before and after."""

    def go() -> tuple[int, Any, dict[str, int], dict[str, int]]:
        s = sim.sim
        before = {kind: len(s.store.all(kind)) for kind in STORED}
        token = s.auth._answer(s.auth._issue(1001, "demo"))["accessToken"]
        answer = s.api.handle(Call("orderStrategy/startorderstrategy", {}, body, token))
        s.advance(3)
        return answer.status, answer.body, before, {kind: len(s.store.all(kind)) for kind in STORED}

    return sim.call(go)


REFUSED = [
    # (params, failureReason): as the tester sent them, then the rules around them
    ('{"entryVersion":{"orderType":"Market"},"brackets":[{"qty":1,"profitTarget":NaN}]}', "UnknownReason"),
    ('{"entryVersion":{"orderType":"Market"},"brackets":[{"qty":1,"stopLoss":-Infinity}]}', "UnknownReason"),
    ('{"entryVersion":{"orderType":"Market"},"brackets":[{"qty":1,"profitTarget":1e400}]}', "InvalidPrice"),
    ('{"entryVersion":{"orderType":"Market","orderQty":NaN},"brackets":[]}', "UnknownReason"),
    ('{"entryVersion":{"orderType":"Market"},"brackets":' + "[" * 5000 + "]" * 5000 + "}", "UnknownReason"),
    (entry({"qty": 1, "profitTarget": 1e300}), "InvalidPrice"),
    (entry({"qty": "x", "profitTarget": 5}), "UnknownReason"),
    (entry({"qty": 0, "profitTarget": 5, "stopLoss": -5}), "UnknownReason"),
    (entry({"qty": -3, "profitTarget": 5}), "UnknownReason"),
    (entry({"qty": 1000000, "profitTarget": 5}, qty=1000000), "UnknownReason"),
    (entry({"qty": True, "profitTarget": 5}), "UnknownReason"),
    (entry({"profitTarget": 5}), "UnknownReason"),  # qty is required (OrderStrategyBracket)
    (entry(5), "UnknownReason"),
    (entry([{"qty": 1}]), "UnknownReason"),
    (entry({"qty": 1, "profitTarget": 0.1, "stopLoss": -0.1}), "InvalidPrice"),  # 0.1 on ES: 0.4 ticks
    (entry({"qty": 1, "profitTarget": 0}), "InvalidPrice"),
    (entry({"qty": 1, "profitTarget": -5}), "InvalidPrice"),  # a Buy's target below the entry
    (entry({"qty": 1, "stopLoss": 5}), "InvalidPrice"),  # ... its stop above
    (entry({"qty": 1, "profitTarget": "5"}), "InvalidPrice"),
    (entry({"qty": 1, "profitTarget": 5, "trailingStop": "yes"}), "UnknownReason"),
    (entry({"qty": 1, "profitTarget": 5}, {"qty": 1, "stopLoss": -5}), "UnknownReason"),  # 2 exits for 1
    (entry({"qty": 1, "profitTarget": 5}, qty=0), "UnknownReason"),
]

LABELS = [
    "nan-target",
    "minus-infinity-stop",
    "1e400-target",
    "nan-entry-qty",
    "nested-5000",
    "1e300-target",
    "qty-text",
    "qty-0",
    "qty-minus-3",
    "qty-1e6",
    "qty-true",
    "qty-missing",
    "bracket-5",
    "bracket-list",
    "0.1-on-es",
    "target-0",
    "buy-target-below",
    "buy-stop-above",
    "target-text",
    "trailing-text",
    "exits-exceed-entry",
    "entry-qty-0",
]


@pytest.mark.parametrize(("params", "reason"), REFUSED, ids=LABELS)
def test_a_strategy_with_a_bad_entry_or_bracket_is_refused_and_nothing_is_stored(
    sim: SimulatorThread, params: str, reason: str
) -> None:
    status, answer, before, after = run(sim, start("Buy", params))
    assert status == 200 and answer["failureReason"] == reason, answer
    assert answer["errorText"]
    assert after == before  # no strategy, no entry order, no fill, no position


def test_a_sells_offsets_are_the_reverse_and_a_valid_strategy_still_works(sim: SimulatorThread) -> None:
    status, answer, _, _ = run(sim, start("Sell", entry({"qty": 1, "profitTarget": 5})))
    assert status == 200 and answer["failureReason"] == "InvalidPrice"
    status, answer, _, _ = run(sim, start("Sell", entry({"qty": 1, "profitTarget": -5, "stopLoss": 2.5})))
    assert status == 200 and "orderStrategy" in answer, answer

    def legs() -> tuple[float, list[tuple[str, float]]]:
        s = sim.sim
        sid = answer["orderStrategy"]["id"]
        links = {link["orderId"]: link["label"] for link in s.store.where("orderStrategyLink", orderStrategyId=sid)}
        entry_id = next(order_id for order_id, label in links.items() if label == "Entry")
        filled = [f["price"] for f in s.store.all("fill") if f["orderId"] == entry_id]
        out: list[tuple[str, float]] = []
        for version in s.store.all("orderVersion"):
            if links.get(version["orderId"]) in ("Target", "Stop"):
                out.append((links[version["orderId"]], float(version.get("price") or version["stopPrice"])))
        return sum(filled) / len(filled), sorted(out)

    price, exits = sim.call(legs)
    assert exits == [("Stop", price + 2.5), ("Target", price - 5)]


BRACKET = st.fixed_dictionaries(
    {},
    optional={
        "qty": st.one_of(st.integers(-2, 4), st.floats(allow_nan=True), st.text(max_size=2), st.booleans()),
        "profitTarget": st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-40, 40)),
        "stopLoss": st.one_of(st.floats(-100, 100), st.integers(-40, 40).map(lambda n: n * 0.25)),
        "trailingStop": st.one_of(st.booleans(), st.none()),
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    action=st.sampled_from(["Buy", "Sell"]),
    qty=st.integers(0, 4),
    brackets=st.lists(st.one_of(BRACKET, st.integers(), st.none()), max_size=3),
)
def test_any_strategy_is_refused_whole_or_every_order_it_makes_is_one_the_exchange_takes(
    sim: SimulatorThread, action: str, qty: int, brackets: list[Any]
) -> None:
    status, answer, before, after = run(sim, start(action, entry(*brackets, qty=qty)))
    assert status == 200, answer
    if "failureReason" in answer:
        assert after == before
        return

    def orders() -> list[dict[str, Any]]:
        s = sim.sim
        sid = answer["orderStrategy"]["id"]
        ids = {link["orderId"] for link in s.store.where("orderStrategyLink", orderStrategyId=sid)}
        return [v for v in s.store.all("orderVersion") if v["orderId"] in ids]

    made = sim.call(orders)
    assert sum(v["orderQty"] for v in made[1:]) <= qty
    for version in made:
        assert isinstance(version["orderQty"], int) and version["orderQty"] >= 1
        for key in ("price", "stopPrice"):
            if version.get(key) is not None:
                assert on_grid(version[key], 0.25) == version[key] and 600 < version[key] < 70_000, version


def test_a_trader_interrupts_the_strategy_started_on_an_account_traded_under_a_permission(sim: SimulatorThread) -> None:
    params = json.dumps({"entryVersion": {"orderQty": 1, "orderType": "Limit", "price": 6000}, "brackets": []})

    def go() -> tuple[Any, Any, Any]:
        s = sim.sim
        trader, demo = (
            s.auth._answer(s.auth._issue(*who))["accessToken"] for who in ((1004, "trader"), (1001, "demo"))
        )
        started = s.api.handle(
            Call("orderStrategy/startorderstrategy", {}, {**start("Buy", params), "accountId": 20004}, trader)
        )
        sid = {"orderStrategyId": started.body["orderStrategy"]["id"]}
        other = s.api.handle(Call("orderStrategy/interruptorderstrategy", {}, sid, demo))
        own = s.api.handle(Call("orderStrategy/interruptorderstrategy", {}, sid, trader))
        return started.body, other.body, own.body

    started, other, own = sim.call(go)
    assert started["orderStrategy"]["status"] == "ActiveStrategy"
    assert other == {"errorText": "Order strategy not found", "failureReason": "UnknownReason"}
    assert own["orderStrategy"]["status"] == "ExecutionInterrupted"
