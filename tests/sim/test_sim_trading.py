"""Trading flows against the simulator: our REST client places, a synced user socket watches the
entity trail arrive in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from simsocket import UserSocket, barrier

from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import (
    Action,
    CancelOrder,
    InterruptOrderStrategy,
    LiquidatePosition,
    ModifyOrder,
    OrderStrategy,
    OrderType,
    PlaceOCO,
    PlaceOrder,
    PlaceOSO,
    RestrainedOrderVersion,
    StartOrderStrategy,
    TimeInForce,
)

ACCOUNT = 20001
TRADING = [
    "order",
    "command",
    "orderVersion",
    "commandReport",
    "executionReport",
    "fill",
    "fillFee",
    "fillPair",
    "position",
    "cashBalance",
    "orderStrategy",
    "orderStrategyLink",
]

Flow = Callable[[Simulator, AsyncTradovate, UserSocket], Awaitable[None]]


def run(flow: Flow, **options: Any) -> None:
    async def main() -> None:
        async with Simulator(seed=3, **options) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            assert isinstance(tv.token, str)
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                answer = await sock.request("user/syncrequest", {"splitResponses": True, "entityTypes": TRADING})
                assert answer["s"] == 200 and answer["d"]["users"][0]["id"] == 1001
                await flow(sim, tv, sock)
            finally:
                await sock.close()

    asyncio.run(main())


def market(action: str, qty: int = 1, symbol: str = "ESZ6") -> PlaceOrder:
    return PlaceOrder(
        action=Action(action),
        symbol=symbol,
        order_qty=qty,
        order_type=OrderType.MARKET,
        account_id=ACCOUNT,
        is_automated=True,
    )


def book(sim: Simulator, symbol: str = "ESZ6") -> Any:
    contract = sim.store.find("contract", symbol)
    assert contract is not None
    return sim.market.book(contract["id"])


def status(sim: Simulator, order_id: int) -> str:
    order = sim.store.get("order", order_id)
    assert order is not None
    return str(order["ordStatus"])


def advance_until(sim: Simulator, done: Callable[[], bool], limit: int = 5000) -> int:
    for step in range(limit):
        if done():
            return step
        sim.advance(1)
    raise AssertionError("the market never got there")


def of_order(sock: UserSocket, order_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    """The events of one order: the order itself and what hangs off it (commands, reports, fills)."""
    commands = {e["id"] for t, _, e in sock.props() if t == "command" and e["orderId"] == order_id}
    out = []
    for t, kind, e in sock.props():
        if (t == "order" and e["id"] == order_id) or e.get("orderId") == order_id or e.get("commandId") in commands:
            out.append((t, kind, e))
    return out


def test_market_order_fills_at_the_offer_with_the_full_trail_in_order() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        offer = book(sim).best_offer
        result = await tv.orders.place(market("Buy"))
        assert isinstance(result.order_id, int)
        await barrier(sock)
        trail = [(t, k) for t, k, _ in sock.props()]
        assert trail == [
            ("order", "Created"),
            ("command", "Created"),
            ("orderVersion", "Created"),
            ("commandReport", "Created"),
            ("executionReport", "Created"),
            ("order", "Updated"),
            ("command", "Updated"),
            ("executionReport", "Created"),
            ("fill", "Created"),
            ("fillFee", "Created"),
            ("order", "Updated"),
            ("position", "Created"),
            ("cashBalance", "Updated"),
        ]
        events = sock.props()
        assert [e["ordStatus"] for t, _, e in events if t == "order"] == ["PendingNew", "Working", "Filled"]
        assert [e["commandStatus"] for t, _, e in events if t == "commandReport"] == ["RiskPassed"]
        assert [e["execType"] for t, _, e in events if t == "executionReport"] == ["New", "Trade"]
        fill = next(e for t, _, e in events if t == "fill")
        assert fill["price"] == offer and fill["qty"] == 1 and fill["orderId"] == result.order_id
        position = next(e for t, _, e in events if t == "position")
        assert position["netPos"] == 1 and position["netPrice"] == offer
        stamps = [e["timestamp"] for t, k, e in events if k == "Created" and "timestamp" in e]
        assert stamps == sorted(stamps)

    run(flow)


def test_round_trip_books_realized_pnl_and_fees_into_the_cash_balance() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        entry, exit_ = b.best_offer, b.best_bid
        await tv.orders.place(market("Buy", 2))
        await tv.orders.place(market("Sell", 2))
        await barrier(sock)
        pairs = [e for t, _, e in sock.props() if t == "fillPair"]
        assert [(p["qty"], p["buyPrice"], p["sellPrice"]) for p in pairs] == [(2, entry, exit_)]
        cash = [e for t, _, e in sock.props() if t == "cashBalance"][-1]
        realized = (exit_ - entry) * 2 * 50.0
        assert cash["realizedPnL"] == pytest.approx(realized)
        assert cash["amount"] == pytest.approx(50_000.0 + realized - 4 * 2.14)
        position = [e for t, _, e in sock.props() if t == "position"][-1]
        assert position["netPos"] == 0 and "netPrice" not in position
        snapshot = await tv.cash_balances.get_cash_balance_snapshot(models_snapshot(ACCOUNT))
        assert snapshot.realized_pnl == pytest.approx(realized)

    run(flow)


def models_snapshot(account_id: int) -> Any:
    from tradovate_api.models import GetCashBalanceSnapshot

    return GetCashBalanceSnapshot(account_id=account_id)


def test_limit_order_rests_until_the_market_crosses_then_fills_at_its_price() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        price = b.price(b.bid - 3)
        order = PlaceOrder(
            action=Action.BUY,
            symbol="ESZ6",
            order_qty=1,
            order_type=OrderType.LIMIT,
            price=price,
            account_id=ACCOUNT,
            is_automated=True,
        )
        result = await tv.orders.place(order)
        assert isinstance(result.order_id, int)
        assert status(sim, result.order_id) == "Working"
        advance_until(sim, lambda: b.offer <= b.ticks(price))
        assert status(sim, result.order_id) == "Filled"
        await barrier(sock)
        fill = next(e for t, _, e in sock.props() if t == "fill")
        assert fill["price"] == price

    run(flow)


def test_bracket_oso_releases_both_brackets_and_one_fill_cancels_the_other() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        entry = b.best_offer
        target = RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.LIMIT, price=b.price(b.offer + 2))
        stop = RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.STOP, stop_price=b.price(b.offer - 3))
        result = await tv.orders.place_oso(
            PlaceOSO(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.MARKET,
                bracket1=target,
                bracket2=stop,
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        assert isinstance(result.oso_1_id, int) and isinstance(result.oso_2_id, int)
        assert status(sim, result.order_id) == "Filled"  # type: ignore[arg-type]
        assert status(sim, result.oso_1_id) == status(sim, result.oso_2_id) == "Working"
        advance_until(sim, lambda: "Filled" in (status(sim, result.oso_1_id), status(sim, result.oso_2_id)))  # type: ignore[arg-type]
        statuses = {status(sim, result.oso_1_id), status(sim, result.oso_2_id)}
        assert statuses == {"Filled", "Canceled"}
        await barrier(sock)
        bracket = [e for t, _, e in sock.props() if t == "order" and e["id"] == result.oso_1_id]
        assert [e["ordStatus"] for e in bracket][:2] == ["Suspended", "Suspended"]  # created, then linked (ocoId)
        assert bracket[0]["parentId"] == result.order_id and bracket[1]["ocoId"] == result.oso_2_id
        position = [e for t, _, e in sock.props() if t == "position"][-1]
        assert position["netPos"] == 0
        pair = next(e for t, _, e in sock.props() if t == "fillPair")
        assert pair["buyPrice"] == entry

    run(flow)


def test_oco_fill_of_one_cancels_the_other() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        other = RestrainedOrderVersion(action=Action.BUY, order_type=OrderType.STOP, stop_price=b.price(b.offer + 3))
        result = await tv.orders.place_oco(
            PlaceOCO(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.LIMIT,
                price=b.price(b.bid - 3),
                other=other,
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        first, second = result.order_id, result.oco_id
        assert isinstance(first, int) and isinstance(second, int)
        assert status(sim, first) == status(sim, second) == "Working"
        advance_until(sim, lambda: "Filled" in (status(sim, first), status(sim, second)))
        assert {status(sim, first), status(sim, second)} == {"Filled", "Canceled"}
        await barrier(sock)
        canceled = first if status(sim, first) == "Canceled" else second
        assert [e["execType"] for t, _, e in of_order(sock, canceled) if t == "executionReport"] == ["New", "Canceled"]

    run(flow)


def test_modify_then_cancel_and_a_late_cancel_is_too_late() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        result = await tv.orders.place(
            PlaceOrder(
                action=Action.SELL,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.LIMIT,
                price=b.price(b.offer + 40),
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        order_id = result.order_id
        assert isinstance(order_id, int)
        modified = await tv.orders.modify(
            ModifyOrder(
                order_id=order_id,
                order_qty=2,
                order_type=OrderType.LIMIT,
                price=b.price(b.offer + 30),
                is_automated=True,
            )
        )
        assert isinstance(modified.command_id, int)
        await tv.orders.cancel(CancelOrder(order_id=order_id, is_automated=True))
        assert status(sim, order_id) == "Canceled"
        late = await tv.orders.cancel(CancelOrder(order_id=order_id, is_automated=True))
        await barrier(sock)
        events = of_order(sock, order_id)
        assert [e["orderQty"] for t, _, e in events if t == "orderVersion"] == [1, 2]
        assert [e["execType"] for t, _, e in events if t == "executionReport"] == ["New", "Replaced", "Canceled"]
        assert [e["commandType"] for t, k, e in events if t == "command" and k == "Created"] == [
            "New",
            "Modify",
            "Cancel",
            "Cancel",
        ]
        rejected = [e for t, _, e in events if t == "commandReport" and e["commandId"] == late.command_id]
        assert [(e["commandStatus"], e["rejectReason"]) for e in rejected] == [("ExecutionRejected", "TooLate")]

    run(flow)


def test_liquidate_cancels_working_orders_and_flattens() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        await tv.orders.place(market("Buy", 3))
        resting = await tv.orders.place(
            PlaceOrder(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.LIMIT,
                price=b.price(b.bid - 20),
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        contract = sim.store.find("contract", "ESZ6")
        assert contract is not None and isinstance(resting.order_id, int)
        result = await tv.orders.liquidate_position(
            LiquidatePosition(account_id=ACCOUNT, contract_id=contract["id"], admin=False, is_automated=True)
        )
        assert isinstance(result.order_id, int)
        assert status(sim, resting.order_id) == "Canceled"
        assert status(sim, result.order_id) == "Filled"
        await barrier(sock)
        position = [e for t, _, e in sock.props() if t == "position"][-1]
        assert position["netPos"] == 0 and position["bought"] == 3 and position["sold"] == 3
        with pytest.raises(errors.OrderRejected):  # nothing left to liquidate
            await tv.orders.liquidate_position(
                LiquidatePosition(account_id=ACCOUNT, contract_id=contract["id"], admin=False)
            )

    run(flow)


@pytest.mark.parametrize(("qty", "reason"), [(21, "MaxPosLimitReached"), (60, "MaxOrderQtyLimitReached")])
def test_risk_rejection_is_a_risk_rejected_command_report(qty: int, reason: str) -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        result = await tv.orders.place(market("Buy", qty))
        assert isinstance(result.order_id, int)
        assert status(sim, result.order_id) == "Rejected"
        await barrier(sock)
        events = sock.props()
        assert [(t, k) for t, k, _ in events] == [
            ("order", "Created"),
            ("command", "Created"),
            ("orderVersion", "Created"),
            ("commandReport", "Created"),
            ("executionReport", "Created"),
            ("order", "Updated"),
            ("command", "Updated"),
        ]
        report = next(e for t, _, e in events if t == "commandReport")
        assert (report["commandStatus"], report["rejectReason"]) == ("RiskRejected", reason)
        assert not [e for t, _, e in events if t in ("fill", "position")]

    run(flow)


def test_unknown_symbol_and_foreign_account_are_refused_at_once() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        with pytest.raises(errors.OrderRejected) as unknown:
            await tv.orders.place(market("Buy", symbol="XYZZ9"))
        # the real answer for an unknown or inaccessible contract (captured)
        assert (unknown.value.reason, unknown.value.text) == ("UnknownReason", "Access is denied")
        foreign = PlaceOrder(
            action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, account_id=20003
        )
        with pytest.raises(errors.OrderRejected) as denied:
            await tv.orders.place(foreign)
        assert denied.value.reason == "Unauthorized"
        await barrier(sock)
        assert sock.props() == []

    run(flow)


def test_multibracket_strategy_places_target_and_stop_after_entry_and_interrupt_cancels_them() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        params = '{"entryVersion":{"orderQty":1,"orderType":"Market"},"brackets":[{"qty":1,"profitTarget":5,"stopLoss":-5,"trailingStop":false}]}'
        started = await tv.order_strategies.start(
            StartOrderStrategy(
                symbol="ESZ6", order_strategy_type_id=2, action=Action.BUY, account_id=ACCOUNT, params=params
            )
        )
        strategy = started.order_strategy
        assert isinstance(strategy, OrderStrategy)
        sid = strategy.id
        links = sorted(sim.store.where("orderStrategyLink", orderStrategyId=sid), key=lambda e: e["id"])
        assert [link["label"] for link in links] == ["Entry", "Target", "Stop"]
        legs = [link["orderId"] for link in links[1:]]
        assert [status(sim, o) for o in legs] == ["Working", "Working"]
        await tv.order_strategies.interrupt(InterruptOrderStrategy(order_strategy_id=sid))
        assert [status(sim, o) for o in legs] == ["Canceled", "Canceled"]
        await barrier(sock)
        statuses = [e["status"] for t, _, e in sock.props() if t == "orderStrategy"]
        assert statuses == ["ActiveStrategy", "ExecutionInterrupted"]

    run(flow)


def test_orders_over_the_socket_answer_before_their_events() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        body = {
            "accountId": ACCOUNT,
            "action": "Buy",
            "symbol": "ESZ6",
            "orderQty": 1,
            "orderType": "Market",
            "isAutomated": True,
        }
        before = len(sock.messages)
        answer = await sock.request("order/placeorder", body)
        assert answer["s"] == 200 and isinstance(answer["d"]["orderId"], int)
        await barrier(sock)
        after = sock.messages[before:]
        assert after[0] is answer
        assert [m["d"]["entityType"] for m in after[1:] if m.get("e") == "props"][:2] == ["order", "command"]

    run(flow)


def test_queue_fill_model_waits_for_the_size_ahead_and_fills_partially() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        touch = await tv.orders.place(
            PlaceOrder(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=12,
                order_type=OrderType.LIMIT,
                price=b.best_bid,
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        order_id = touch.order_id
        assert isinstance(order_id, int)
        working = sim.engine.working[order_id]
        assert working.queue_ahead == b.bid_sizes[0] > 0
        assert status(sim, order_id) == "Working"
        advance_until(sim, lambda: status(sim, order_id) == "Filled")
        await barrier(sock)
        reports = [e for t, _, e in of_order(sock, order_id) if t == "executionReport" and e["execType"] == "Trade"]
        assert [r["cumQty"] for r in reports] == sorted(r["cumQty"] for r in reports) and reports[-1]["cumQty"] == 12
        assert sum(r["lastQty"] for r in reports) == 12
        assert len(reports) > 1, "expected partial fills"
        assert [r["ordStatus"] for r in reports][-1] == "Filled"

    run(flow, fill_model="queue", scenario={"market": {"volatility": 0.02}})


def test_slippage_option_fills_market_orders_a_tick_worse() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        offer = book(sim).best_offer
        await tv.orders.place(market("Buy"))
        await barrier(sock)
        fill = next(e for t, _, e in sock.props() if t == "fill")
        assert fill["price"] == offer + 0.25

    run(flow, slippage=1.0)


def test_ioc_limit_that_cannot_fill_is_canceled_and_mit_waits_for_its_price() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        ioc = await tv.orders.place(
            PlaceOrder(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.LIMIT,
                price=b.price(b.bid - 4),
                time_in_force=TimeInForce.IOC,
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        assert isinstance(ioc.order_id, int) and status(sim, ioc.order_id) == "Canceled"
        level = b.price(b.bid - 2)
        mit = await tv.orders.place(
            PlaceOrder(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.MIT,
                price=level,
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        assert isinstance(mit.order_id, int) and status(sim, mit.order_id) == "Working"
        advance_until(sim, lambda: b.offer <= b.ticks(level))
        assert status(sim, mit.order_id) == "Filled"

    run(flow)


def test_with_fill_probability_zero_only_trading_through_fills_a_resting_limit() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, sock: UserSocket) -> None:
        b = book(sim)
        level = b.offer + 1
        result = await tv.orders.place(
            PlaceOrder(
                action=Action.SELL,
                symbol="ESZ6",
                order_qty=1,
                order_type=OrderType.LIMIT,
                price=b.price(level),
                account_id=ACCOUNT,
                is_automated=True,
            )
        )
        order_id = result.order_id
        assert isinstance(order_id, int)
        advance_until(sim, lambda: b.bid == level)
        assert status(sim, order_id) == "Working"  # touched, not filled
        advance_until(sim, lambda: b.bid > level or status(sim, order_id) == "Filled")
        assert b.bid > level and status(sim, order_id) == "Filled"

    run(flow, scenario={"engine": {"fill_probability": 0.0}})
