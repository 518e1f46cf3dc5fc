"""Properties of the simulator's parts without I/O: the frame parser, and the engine's books
(positions, fill pairs, cash) over any sequence of orders and market steps."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.realtime.errors import ProtocolViolation
from tradovate.sim.clock import Clock
from tradovate.sim.engine import Engine, EngineOptions
from tradovate.sim.framing import parse
from tradovate.sim.market import Market
from tradovate.sim.seed import PRODUCTS, seed
from tradovate.sim.store import Store

line = st.text(st.characters(exclude_characters="\n", exclude_categories=["Cs"]), max_size=40)


@given(endpoint=line, rid=st.integers(0, 2**53), query=line, body=st.text(max_size=200))
def test_request_frames_round_trip(endpoint: str, rid: int, query: str, body: str) -> None:
    request = parse(f"{endpoint}\n{rid}\n{query}\n{body}")
    assert request is not None
    assert (request.endpoint, request.id, request.body) == (endpoint.strip(), rid, body)
    assert request.query == ("" if query == "undefined" else query.strip())


@given(st.text(max_size=200))
def test_any_text_parses_or_is_refused_with_a_protocol_violation(text: str) -> None:
    try:
        request = parse(text)
    except ProtocolViolation:
        return
    if request is None:
        assert text.strip() == "[]"
    else:
        assert request.id >= 0 and "\n" not in request.endpoint + request.query


def _engine(seed_value: int, fill_model: str) -> tuple[Store, Market, Engine]:
    clock = Clock(datetime.datetime(2026, 11, 23, 14, tzinfo=datetime.UTC))
    store = Store(clock)
    seed(store, clock)
    market = Market(seed_value, clock)
    for contract in store.all("contract"):
        maturity = store.get("contractMaturity", contract["contractMaturityId"]) or {}
        product = next(p for p in PRODUCTS if p.id == maturity["productId"])
        if product.name in ("ES", "CL"):
            market.add(contract["id"], product.tick_size, product.price)
    return store, market, Engine(store, market, EngineOptions(fill_model=fill_model, seed=seed_value))


order = st.fixed_dictionaries(
    {
        "action": st.sampled_from(["Buy", "Sell"]),
        "symbol": st.sampled_from(["ESZ6", "CLF7"]),
        "orderQty": st.integers(1, 8),
        "orderType": st.sampled_from(["Market", "Limit", "Stop"]),
        "offset": st.integers(-3, 3),
        "accountId": st.sampled_from([20001, 20002]),
        "steps": st.integers(0, 6),
        "cancel": st.booleans(),
    }
)


@settings(max_examples=40, deadline=None)
@given(
    seed_value=st.integers(0, 1000), orders=st.lists(order, max_size=25), fill_model=st.sampled_from(["touch", "queue"])
)
def test_books_balance_after_any_sequence(seed_value: int, orders: list[dict[str, Any]], fill_model: str) -> None:
    store, market, engine = _engine(seed_value, fill_model)
    start = {b["accountId"]: b["amount"] for b in store.all("cashBalance")}
    for o in orders:
        contract = store.find("contract", o["symbol"])
        assert contract is not None
        book = market.book(contract["id"])
        assert book is not None
        body: dict[str, Any] = {k: o[k] for k in ("action", "symbol", "orderQty", "orderType", "accountId")}
        if o["orderType"] == "Limit":
            body["price"] = book.price(book.bid + o["offset"])
        elif o["orderType"] == "Stop":
            body["stopPrice"] = book.price(book.offer + o["offset"])
        result = engine.place_order(1001, body)
        market.advance(o["steps"])
        if o["cancel"] and isinstance(result.get("orderId"), int):
            engine.cancel_order(1001, {"orderId": result["orderId"]})

    fills = store.all("fill")
    for position in store.all("position"):
        mine = [
            f
            for f in fills
            if f["contractId"] == position["contractId"]
            and (store.get("order", f["orderId"]) or {}).get("accountId") == position["accountId"]
        ]
        bought = sum(f["qty"] for f in mine if f["action"] == "Buy")
        sold = sum(f["qty"] for f in mine if f["action"] == "Sell")
        assert (position["bought"], position["sold"], position["netPos"]) == (bought, sold, bought - sold)
        pairs = [p for p in store.all("fillPair") if p["positionId"] == position["id"]]
        assert sum(p["qty"] for p in pairs) == min(bought, sold)
    for balance in store.all("cashBalance"):
        account = balance["accountId"]
        logs = [entry for entry in store.all("cashBalanceLog") if entry["accountId"] == account]
        assert round(start[account] + sum(entry["delta"] for entry in logs), 2) == balance["amount"]
        realized = sum(entry["delta"] for entry in logs if entry["cashChangeType"] == "TradePaired")
        assert round(realized, 2) == balance["realizedPnL"]
    for o in store.all("order"):
        assert o["ordStatus"] in ("Working", "Filled", "Canceled", "Rejected")
        assert (o["ordStatus"] == "Working") == (o["id"] in engine.working)
