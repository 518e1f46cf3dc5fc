"""Wrong answers the simulator gave (found by testers), each pinned: prices off the tick grid by
float noise, ``user/syncrequest`` naming someone else, another user's entities through the generic
queries, modifies that were recorded but not worked, a strategy entry nobody checked."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from simsocket import UserSocket

from tradovate.sim import Simulator, SimulatorThread
from tradovate.sim.api import Call
from tradovate.sim.book import Book
from tradovate.sim.checks import Limits, on_grid
from tradovate.sim.entities import ROWS, SYNC_PLURALS
from tradovate.sim.org import ADMIN_ID, install
from tradovate.sim.sync import SHARED

NOISY = 6800.0000000001  # 6800 on ES (tick 0.25) as float arithmetic may leave it: PRICE9 reads 6800
OFF = 6800.0000001  # off the grid by 1e-7: something else than noise at 9 decimals
ORDER = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit", "price": 6700}


def tokens(sim: Simulator, user_id: int = 1001, name: str = "demo") -> str:
    answer = sim.auth._answer(sim.auth._issue(user_id, name))
    token = answer["accessToken"]
    assert isinstance(token, str)
    return token


def commands(price: float) -> list[tuple[str, dict[str, Any]]]:
    """Every way a price reaches the book, each carrying ``price`` once (the rest on the grid)."""
    stop = {"action": "Sell", "orderType": "Stop", "stopPrice": price - 100}
    return [
        ("order/placeorder", {**ORDER, "price": price - 100}),
        ("order/placeorder", {**ORDER, "orderType": "Stop", "price": None, "stopPrice": price + 100}),
        ("order/placeoso", {**ORDER, "bracket1": stop}),
        ("order/placeoco", {**ORDER, "other": {**stop, "action": "Buy", "stopPrice": price + 100}}),
        (
            "orderStrategy/startOrderStrategy",
            {
                "accountId": 20001,
                "symbol": "ESZ6",
                "action": "Buy",
                "orderStrategyTypeId": 2,
                "params": json.dumps({"entryVersion": {"orderType": "Limit", "price": price - 100}, "brackets": []}),
            },
        ),
    ]


async def run(sim: Simulator, price: float) -> list[dict[str, Any]]:
    """Each command with ``price``, then a modify of a resting order to it: the answers."""
    sock = await UserSocket.open(sim.ws_url, tokens(sim))
    try:
        answers = [(await sock.request(endpoint, body))["d"] for endpoint, body in commands(price)]
        resting = (await sock.request("order/placeorder", ORDER))["d"]["orderId"]
        modify = {"orderId": resting, "orderQty": 1, "orderType": "Limit", "price": price - 50}
        answers.append((await sock.request("order/modifyorder", modify))["d"])
        return answers
    finally:
        await sock.close()


def prices_stored(sim: Simulator) -> set[float]:
    keys = ("price", "stopPrice")
    return {v[k] for v in sim.store.all("orderVersion") for k in keys if v.get(k) is not None}


def test_a_price_off_the_grid_by_float_noise_goes_on_the_book_on_the_grid() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            answers = await run(sim, NOISY)
            assert all(isinstance(a, dict) and "failureReason" not in a for a in answers), answers
            stored = prices_stored(sim)
            assert stored <= {6600.0, 6650.0, 6700.0, 6750.0, 6900.0}, stored  # no noise on the book
            assert {6700.0, 6750.0, 6900.0} <= stored
            wire = [e for e in sim.event_log() if b'"orderStrategy"' not in e]  # (its params: the text as sent)
            assert not [e for e in wire if b"0000000001" in e]  # no noise on the wire either

    asyncio.run(main())


@pytest.mark.parametrize(("rule", "price"), [("price9", OFF), ("strict", OFF), ("strict", NOISY)])
def test_a_price_off_the_grid_is_refused_everywhere_it_can_be_sent(rule: str, price: float) -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None, scenario={"engine": {"off_tick": rule}}) as sim:
            answers = await run(sim, price)
            assert all(a.get("failureReason") == "InvalidPrice" for a in answers), answers
            assert all("tick size" in str(a.get("failureText") or a.get("errorText")) for a in answers), answers
            assert 6600.0 not in prices_stored(sim) and 6750.0 not in prices_stored(sim)

    asyncio.run(main())


def test_the_off_tick_switch_takes_only_its_two_rules() -> None:
    with pytest.raises(ValueError, match="off_tick"):
        Limits(off_tick="round")  # type: ignore[arg-type]


TICKS = [0.25, 0.01, 0.1, 0.5, 1.0, 0.03125, 0.015625, 0.0078125, 0.00390625, 0.00005, 0.005, 0.0001]


@given(st.sampled_from(TICKS), st.integers(1, 10**8), st.floats(-4e-10, 4e-10))
def test_price9_takes_float_noise_to_the_grid_and_strict_refuses_it(tick: float, n: int, noise: float) -> None:
    price = round(n * tick, 9)
    if price >= 1e5:  # beyond the magnitude where 4e-10 is still noise a double can hold
        price = round((n % 10**4 + 1) * tick, 9)
    assert on_grid(price, tick) == price and on_grid(price, tick, "strict") == price
    noisy = price + noise
    assert on_grid(noisy, tick) == price
    if noisy != price:
        assert on_grid(noisy, tick, "strict") is None


@given(st.sampled_from(TICKS), st.integers(1, 10**4), st.data())
def test_price9_refuses_what_is_off_the_grid_at_nine_decimals(tick: float, n: int, data: st.DataObject) -> None:
    nanos = data.draw(st.integers(1, round(tick * 1e9) - 1))  # 1e-9 .. one tick less 1e-9 above
    assert on_grid(round(n * tick + nanos * 1e-9, 9), tick) is None


# -- user/syncrequest naming someone else ---------------------------------------------------------


async def sync(sim: Simulator, body: dict[str, Any], user: tuple[int, str] = (1001, "demo")) -> dict[str, Any]:
    sock = await UserSocket.open(sim.ws_url, tokens(sim, *user))
    try:
        answer = await sock.request("user/syncrequest", body)
        if answer["s"] != 200:  # refused: the socket stays open and may still sync
            again = await sock.request("user/syncrequest", {"users": [user[0]]})
            assert again["s"] == 200 and again["d"]["users"][0]["id"] == user[0]
        return answer
    finally:
        await sock.close()


@pytest.mark.parametrize(
    "body", [{"users": [1002]}, {"users": [1001, 1002]}, {"accounts": [20003]}, {"accounts": [20001, 99]}]
)
def test_a_syncrequest_naming_another_user_or_their_account_is_refused(body: dict[str, Any]) -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            answer = await sync(sim, body)
            assert (answer["s"], answer["d"]) == (401, "Access is denied"), answer
            rest = sim.api.handle(Call("user/syncrequest", {}, body, tokens(sim)))  # REST answers alike
            assert (rest.status, rest.body) == (401, "Access is denied")

    asyncio.run(main())


def test_a_syncrequest_naming_what_the_user_may_see_is_answered() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            own = await sync(sim, {"accounts": [20002]})
            assert [a["id"] for a in own["d"]["accounts"]] == [20002]
            traded = await sync(sim, {"accounts": [20004]}, (1004, "trader"))  # under a tradingPermission
            assert [a["id"] for a in traded["d"]["accounts"]] == [20004]
            install(sim, permission_every=0)  # the organisation's administrator may name its users
            admin = await sync(sim, {"users": [1002]}, (ADMIN_ID, "org-admin"))
            assert admin["s"] == 200 and [a["id"] for a in admin["d"]["accounts"]] == [20003]
            assert 1002 in [u["id"] for u in admin["d"]["users"]]

    asyncio.run(main())


PEOPLE = [(1001, "demo"), (1002, "alice"), (1003, "firm"), (1004, "trader")]
IDS = st.sampled_from([0, 1, 1001, 1002, 1003, 1004, 20001, 20002, 20003, 20004, 99])
SYNC_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "users": st.lists(IDS, max_size=3),
        "accounts": st.lists(IDS, max_size=3),
        "entityTypes": st.lists(st.sampled_from(["order", "account", "position", "cashBalance", "user"]), max_size=3),
        "splitResponses": st.booleans(),
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=st.sampled_from(PEOPLE), body=SYNC_BODIES)
def test_no_syncrequest_body_shows_a_user_anything_of_another(
    synced_sim: SimulatorThread, person: tuple[int, str], body: dict[str, Any]
) -> None:
    def ask() -> tuple[int, Any, set[int]]:
        sim = synced_sim.sim
        answer = sim.api.handle(Call("user/syncrequest", {}, body, tokens(sim, *person)))
        seen = {a["id"] for a in sim.store.all("account") if sim.engine.may_trade(person[0], a)}
        return answer.status, answer.body, seen

    status, snapshot, tradeable = synced_sim.call(ask)
    users, accounts = body.get("users") or [], body.get("accounts") or []
    foreign = any(u != person[0] for u in users) or any(a not in tradeable for a in accounts)
    assert status != 200 or not foreign, (person, body)  # refused, not answered with other data
    if status != 200:
        assert status in (400, 401), snapshot
        return
    store = synced_sim.sim.store
    for plural, rows in snapshot.items():
        for row in rows:
            kind = next(t for t, p in SYNC_PLURALS.items() if p == plural)
            if kind in SHARED:
                continue
            owner, account = store.user_of(kind, row), store.account_of(kind, row)
            assert owner in (None, person[0]) or account in tradeable, (person, body, plural, row)


@pytest.fixture(scope="module")
def synced_sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=1, md_port=None) as running:

        def trade() -> None:  # every user with an order, a fill and a position
            sim = running.sim
            for (user, name), account in zip(PEOPLE, (20001, 20003, None, 20004), strict=True):
                if account is not None:
                    for kind in ("Limit", "Market"):
                        body = {**ORDER, "accountId": account, "orderType": kind}
                        sim.api.handle(Call("order/placeorder", {}, body, tokens(sim, user, name)))

        running.call(trade)
        yield running


# -- REST entity queries reading or changing another user's entities ------------------------------


QUERIES = ["item", "items", "find", "suggest", "deps", "ldeps"]
OWNED = ["order", "orderVersion", "command", "fill", "position", "account", "cashBalance", "executionReport"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=st.sampled_from(PEOPLE), segment=st.sampled_from(OWNED), query=st.sampled_from(QUERIES), data=st.data())
def test_no_entity_query_shows_a_user_anything_of_another(
    synced_sim: SimulatorThread, person: tuple[int, str], segment: str, query: str, data: st.DataObject
) -> None:
    def rows() -> list[dict[str, Any]]:
        return list(synced_sim.sim.store.all(segment))

    every = synced_sim.call(rows)
    picked = data.draw(st.lists(st.sampled_from(every), min_size=1, max_size=3)) if every else []
    ids = [str(e["id"]) for e in picked]
    key = ROWS[segment].master_key if segment in ROWS else "id"
    masters = [str(e.get(key)) for e in picked]
    names = [synced_sim.call(synced_sim.sim.store.name_of, segment, e) or "x" for e in picked] or ["x"]
    params = {
        "item": {"id": (ids or ["1"])[0]},
        "items": {"ids": ",".join(ids or ["1"])},
        "find": {"name": names[0]},
        "suggest": {"t": names[0][:2], "l": "50"},
        "deps": {"masterid": (masters or ["1"])[0]},
        "ldeps": {"masterids": ",".join(masters or ["1"])},
    }[query]

    def ask() -> tuple[int, Any, set[int]]:
        sim = synced_sim.sim
        answer = sim.api.handle(Call(f"{segment}/{query}", params, None, tokens(sim, *person)))
        seen = {a["id"] for a in sim.store.all("account") if sim.engine.may_trade(person[0], a)}
        return answer.status, answer.body, seen

    status, body, tradeable = synced_sim.call(ask)
    if status != 200:
        assert status in (400, 404), body
        return
    store = synced_sim.sim.store
    for row in body if isinstance(body, list) else [body]:
        owner, account = store.user_of(segment, row), store.account_of(segment, row)
        assert owner in (None, person[0]) or account in tradeable, (person, segment, query, row)


def test_entity_queries_do_not_show_or_change_another_users_entities() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            demo, alice = tokens(sim), tokens(sim, 1002, "alice")

            def call(endpoint: str, query: dict[str, str], token: str, body: Any = None) -> Any:
                return sim.api.handle(Call(endpoint, query, body, token))

            placed = call("order/placeorder", {}, demo, dict(ORDER))
            order_id = placed.body["orderId"]
            own = call("order/item", {"id": str(order_id)}, demo)
            assert own.status == 200 and own.body["id"] == order_id  # the owner reads it
            reads = [
                call("order/item", {"id": str(order_id)}, alice),
                call("account/find", {"name": "DEMO20001"}, alice),
            ]
            assert [(a.status, a.body) for a in reads] == [
                (404, f"Not found: order {order_id}"),
                (404, "Not found: account DEMO20001"),
            ]
            lists = [
                call("order/items", {"ids": str(order_id)}, alice),
                call("order/deps", {"masterid": "20001"}, alice),
                call("order/ldeps", {"masterids": "20001,20002"}, alice),
                call("cashBalance/deps", {"masterid": "20001"}, alice),
            ]
            assert [(a.status, a.body) for a in lists] == [(200, [])] * len(lists)
            suggested = call("account/suggest", {"t": "DEMO", "l": "10"}, alice).body
            assert [a["id"] for a in suggested] == [20003]  # her own only
            assert call("account/find", {"name": "DEMO20003"}, alice).status == 200
            assert call("contract/find", {"name": "ESZ6"}, alice).status == 200  # shared: everyone's
            limit = dict(sim.store.get("userAccountPositionLimit", 20001) or {})
            changed = call("userAccountPositionLimit/update", {}, alice, {**limit, "longLimit": 1})
            assert (changed.status, changed.body) == (404, "Not found: userAccountPositionLimit 20001")
            assert (sim.store.get("userAccountPositionLimit", 20001) or {})["longLimit"] == 20
            mine = call("userAccountPositionLimit/update", {}, demo, {**limit, "longLimit": 5})
            assert mine.status == 200 and mine.body["longLimit"] == 5
            plugin = {
                "userId": 1001,  # demo's id, sent by alice
                "timestamp": "2026-11-23T14:00:00Z",
                "planPrice": 1.0,
                "pluginName": "x",
                "approval": False,
                "startDate": {"year": 2026, "month": 11, "day": 23},
                "paidAmount": 1.0,
            }
            created = call("userPlugin/create", {}, alice, plugin)
            assert (created.status, created.body) == (404, "Not found: user 1001")  # not in demo's name
            created = call("userPlugin/create", {}, alice, {**plugin, "userId": 1002})
            assert created.status == 200 and created.body["userId"] == 1002
            traded = call("account/item", {"id": "20004"}, tokens(sim, 1004, "trader"))
            assert traded.status == 200  # an account traded under a tradingPermission is seen

    asyncio.run(main())


# -- a modify that changed the order's version but not how the engine works it -------------------


def es_book(sim: Simulator) -> Book:
    contract = sim.store.find("contract", "ESZ6")
    book = sim.market.book(contract["id"]) if contract is not None else None
    assert book is not None
    return book


async def modified(sim: Simulator, place: dict[str, Any], modify: dict[str, Any]) -> int:
    """Place, then modify at once (before any market step): the order's id."""
    token = tokens(sim)
    order_id = sim.api.handle(Call("order/placeorder", {}, {**ORDER, **place}, token)).body["orderId"]
    changed = sim.api.handle(Call("order/modifyorder", {}, {"orderId": order_id, "orderQty": 1, **modify}, token))
    assert changed.status == 200 and "commandId" in changed.body, changed.body
    assert isinstance(order_id, int)
    return order_id


def test_a_modified_limit_if_touched_trigger_is_the_one_that_triggers() -> None:
    async def main() -> None:
        async with Simulator(seed=4, md_port=None, tick_interval=0) as sim:
            book = es_book(sim)  # stepped only by the test (tick_interval=0)
            bid = book.best_bid
            far = {"orderType": "LimitIfTouched", "price": bid - 25, "limitIfTouchedPrice": bid - 25}
            near = {"orderType": "LimitIfTouched", "price": bid - 1, "limitIfTouchedPrice": bid - 1}
            order_id = await modified(sim, far, near)
            versions = [v for v in sim.store.all("orderVersion") if v.get("orderId") == order_id]
            assert versions[-1].get("limitIfTouchedPrice") == bid - 1  # the version says so
            book.bid -= 8  # two points down: the new trigger is touched, the old one is far
            sim.advance(1)
            assert (sim.store.get("order", order_id) or {}).get("ordStatus") == "Filled"

    asyncio.run(main())


def test_a_modified_trailing_offset_is_the_one_that_trails() -> None:
    async def main() -> None:
        async with Simulator(seed=4, md_port=None, tick_interval=0) as sim:
            book = es_book(sim)  # stepped only by the test (tick_interval=0)
            bid = book.best_bid
            trail = {"action": "Sell", "orderType": "TrailingStop", "price": None}
            place = {**trail, "stopPrice": bid - 2, "pegDifference": -2.0}
            order_id = await modified(sim, place, {**trail, "stopPrice": bid - 5, "pegDifference": -5.0})
            book.bid += 40  # ten points up: the stop follows, five points under
            sim.advance(1)
            book.bid -= 12  # three points back: above a five-point stop, through a two-point one
            sim.advance(1)
            assert (sim.store.get("order", order_id) or {}).get("ordStatus") == "Working"

    asyncio.run(main())


def test_a_stop_modified_through_the_market_is_refused_as_a_placed_one_is() -> None:
    async def main() -> None:
        async with Simulator(seed=4, md_port=None, tick_interval=0) as sim:
            bid = es_book(sim).best_bid
            stop = {"action": "Sell", "orderType": "Stop", "price": None}
            order_id = await modified(sim, {**stop, "stopPrice": bid - 5}, {**stop, "stopPrice": bid + 1})
            assert (sim.store.get("order", order_id) or {}).get("ordStatus") == "Working"  # as it was
            reports = [r for r in sim.store.all("commandReport") if r.get("commandStatus") == "RiskRejected"]
            assert [(r.get("rejectReason"), r.get("text")) for r in reports] == [
                ("InvalidPrice", "Sell stop price must be below the bid")
            ]
            versions = [v for v in sim.store.all("orderVersion") if v.get("orderId") == order_id]
            assert [v.get("stopPrice") for v in versions] == [bid - 5]  # no version for the refused modify

    asyncio.run(main())
