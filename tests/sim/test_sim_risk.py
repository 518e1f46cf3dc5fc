"""Tradovate's risk engine in the simulator (issue 15 item 4): margin, liquidate-only mode and
auto-liquidation in real time, prop-firm evaluation presets, accounts traded under a
tradingPermission synced like owned ones."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from simsocket import UserSocket

from tradovate.realtime.account import AccountSession
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate
from tradovate_api.models import (
    AccountRiskStatus,
    Action,
    ChangeDemoBalance,
    GetCashBalanceSnapshot,
    MarginSnapshot,
    OrderType,
    PlaceOrder,
)

EVAL = 20004  # seeded: owned by the firm (1003), traded by "trader" (1004) under a tradingPermission


def market(action: str, qty: int, account: int, symbol: str = "NQZ6") -> PlaceOrder:
    return PlaceOrder(
        action=Action(action), symbol=symbol, order_qty=qty, order_type=OrderType.MARKET, account_id=account
    )


def move(sim: Simulator, symbol: str, ticks: int) -> None:
    """Shift the market by ``ticks`` and let one step happen (the risk engine looks after each step)."""
    contract = sim.store.find("contract", symbol)
    assert contract is not None
    book = sim.market.book(contract["id"])
    assert book is not None
    book.bid += ticks
    sim.advance(1)


def report_of(sim: Simulator, order_id: int) -> dict[str, Any]:
    report = sim.store.get("commandReport", order_id + 1)  # commandReport.id == commandId + 1 == orderId + 1
    assert report is not None
    return report


def test_prop_firm_evaluation_is_liquidated_and_locked_when_the_trailing_drawdown_trips() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            credentials = Credentials(name="trader", password="trader-pass")
            async with Session(credentials, environment, auto_renew=False) as session, AccountSession(session) as acct:
                await acct.wait_ready(10)
                # the evaluation account is not the trader's own, yet it is synced like one
                assert [a.id for a in acct.mirror.all("account")] == [EVAL]
                rules = sim.store.get("userAccountAutoLiq", EVAL)
                assert rules is not None and (rules["trailingMaxDrawdown"], rules["dailyLossAutoLiq"]) == (2000, 1000)
                rest = session.rest
                entry = await rest.orders.place(market("Buy", 5, EVAL))  # 5 NQ: $25 a tick
                move(sim, "NQZ6", 60)  # +15 points: about +$1,500, a new high of net liq
                status = sim.store.get("accountRiskStatus", EVAL)
                assert status is not None and status["maxNetLiq"] > 51_400 and "liquidateOnly" not in status
                move(sim, "NQZ6", -96)  # -24 points from the high: $2,400 off the peak, only ~$900 down on the day
                status = sim.store.get("accountRiskStatus", EVAL)
                assert status is not None
                assert status["autoLiqCounter"] == 1 and "liquidateOnly" in status
                assert status["autoLiqStarted"] <= status["autoLiqStopped"]
                position = sim.store.first("position", accountId=EVAL)
                assert position is not None and position["netPos"] == 0  # flattened
                liquidation = [c for c in sim.store.all("command") if c["senderId"] == -1]
                assert len(liquidation) == 1 and liquidation[0]["autoLiqTransactionId"] == 1
                version = sim.store.get("orderVersion", liquidation[0]["orderId"])
                assert version is not None and version["text"] == "AutoLiq"
                # locked: an order that opens a position is RiskRejected LiquidationOnly
                refused = await rest.orders.place(market("Buy", 1, EVAL))
                report = report_of(sim, refused.order_id)
                assert (report["commandStatus"], report["rejectReason"]) == ("RiskRejected", "LiquidationOnly")
                # doNotUnlock: a new trade date does not lift it
                sim.clock.advance(86_400)
                again = await rest.orders.place(market("Buy", 1, EVAL))
                assert report_of(sim, again.order_id)["rejectReason"] == "LiquidationOnly"
                # the mirror shows what the simulator holds
                await acct.connection.request("account/list", None)
                mirrored = acct.mirror.get("accountRiskStatus", EVAL)
                held = sim.store.get("accountRiskStatus", EVAL)
                assert isinstance(mirrored, AccountRiskStatus) and held is not None
                assert mirrored.auto_liq_counter == held["autoLiqCounter"] == 1
                assert mirrored.max_net_liq == held["maxNetLiq"]
                assert mirrored.liquidate_only is not None and mirrored.auto_liq_started is not None
                snapshot = acct.mirror.get("marginSnapshot", EVAL)
                held_margins = sim.store.get("marginSnapshot", EVAL)
                assert isinstance(snapshot, MarginSnapshot) and held_margins is not None
                assert snapshot.auto_liq_level == held_margins["autoLiqLevel"]
                assert entry.order_id < refused.order_id

    asyncio.run(main())


def test_daily_loss_liquidates_and_a_new_trade_date_unlocks_without_do_not_unlock() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            await tv.orders.place(market("Buy", 20, 20001, "ESZ6"))  # $1,000 a point; daily loss auto-liq $5,000
            move(sim, "ESZ6", -16)  # -4 points: -$4,000 and fees
            status = sim.store.get("accountRiskStatus", 20001)
            assert status is not None and "liquidateOnly" not in status
            move(sim, "ESZ6", -8)  # -6 points
            status = sim.store.get("accountRiskStatus", 20001)
            assert status is not None and status["autoLiqCounter"] == 1 and "liquidateOnly" in status
            # a closing order would pass; an opening one is refused
            refused = await tv.orders.place(market("Sell", 1, 20001, "ESZ6"))
            assert report_of(sim, refused.order_id)["rejectReason"] == "LiquidationOnly"
            sim.clock.advance(86_400)  # the next trade date lifts liquidate-only mode
            allowed = await tv.orders.place(market("Buy", 1, 20001, "ESZ6"))
            assert report_of(sim, allowed.order_id)["commandStatus"] == "RiskPassed"
            assert "liquidateOnly" not in (sim.store.get("accountRiskStatus", 20001) or {})

    asyncio.run(main())


def test_margin_is_checked_before_an_order_and_the_margin_snapshot_follows_positions() -> None:
    scenario = {
        "organization": {
            "users": [
                {
                    "id": 1001,
                    "name": "demo",
                    "password": "demo",
                    "accounts": [{"id": 20001, "name": "SMALL", "balance": 100}],
                }
            ]
        }
    }

    async def main() -> None:
        async with Simulator(seed=5, scenario=scenario) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            refused = await tv.orders.place(market("Buy", 20, 20001, "ESZ6"))
            report = report_of(sim, refused.order_id)
            assert report["commandStatus"] == "RiskRejected" and report["text"].startswith("Insufficient margin")
            assert sim.store.first("position", accountId=20001) is None
            await tv.cash_balances.change_demo_balance(ChangeDemoBalance(account_id=20001, cash_change=49_900.0))
            await tv.orders.place(market("Buy", 2, 20001, "ESZ6"))
            margins = sim.store.get("marginSnapshot", 20001)
            assert margins is not None and margins["initialMargin"] == 1_000.0  # 2 ES at the $500 day rate
            assert margins["fullInitialMargin"] == 2 * 24_200.0
            snapshot = await tv.cash_balances.get_cash_balance_snapshot(GetCashBalanceSnapshot(account_id=20001))
            assert snapshot.initial_margin == 1_000.0

    asyncio.run(main())


def test_the_traded_account_is_synced_over_a_raw_socket_and_served_by_rest() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="trader", password="trader-pass")
            assert [a.id for a in await tv.accounts.list()] == [EVAL]
            assert isinstance(tv.token, str)
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                types = ["account", "cashBalance", "accountRiskStatus", "position"]
                answer = await sock.request("user/syncrequest", {"accounts": [EVAL], "entityTypes": types})
                assert answer["s"] == 200
                snapshot = answer["d"]
                assert [a["id"] for a in snapshot.get("accounts", [])] == [EVAL]
                assert snapshot["accounts"][0]["userId"] == 1003  # owned by the firm, not the trader
                assert [c["accountId"] for c in snapshot["cashBalances"]] == [EVAL]
                assert [s["id"] for s in snapshot["accountRiskStatuses"]] == [EVAL]
                await tv.orders.place(market("Buy", 1, EVAL))
                await sock.wait_for(lambda s: any(t == "position" for t, _, _ in s.props()))
            finally:
                await sock.close()

    asyncio.run(main())


def test_an_end_of_day_trailing_drawdown_moves_only_when_a_trade_date_closes() -> None:
    scenario = {
        "organization": {
            "users": [
                {
                    "id": 1001,
                    "name": "demo",
                    "password": "demo",
                    "accounts": [{"id": 20009, "name": "EOD", "balance": 50_000, "preset": "eval50k-eod"}],
                }
            ]
        }
    }

    async def main() -> None:
        async with Simulator(seed=5, scenario=scenario) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            await tv.orders.place(market("Buy", 5, 20009))
            move(sim, "NQZ6", 60)  # +15 points on 5 NQ: about +$1,500 open
            await tv.orders.place(market("Sell", 5, 20009))  # realized
            status = sim.store.get("accountRiskStatus", 20009)
            assert status is not None and status["maxNetLiq"] == 50_000  # EOD: no intraday high
            sim.clock.advance(86_400)
            await tv.orders.place(market("Buy", 1, 20009))  # the first look at the new trade date
            status = sim.store.get("accountRiskStatus", 20009)
            assert status is not None and 51_000 < status["maxNetLiq"] < 51_600
            rules = sim.store.get("userAccountAutoLiq", 20009)
            assert rules is not None  # the floor followed the close: $2,000 under it
            assert sim.engine.risk.drawdown_floor(rules, status) == round(status["maxNetLiq"] - 2_000, 2)
            margins = sim.store.get("marginSnapshot", 20009)
            # the level that liquidates is the higher of the drawdown floor and today's loss limit
            assert margins is not None and margins["autoLiqLevel"] == round(status["maxNetLiq"] - 1_000, 2)
            assert "liquidateOnly" not in status

    asyncio.run(main())


def test_liquidate_only_mode_keeps_the_position_and_lets_only_closing_orders_through() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            assert isinstance(tv.token, str)
            rules = {"id": 20001, "dailyLossLiqOnly": 500.0, "dailyLossAutoLiq": 5_000.0, "doNotUnlock": False}
            async with httpx.AsyncClient() as http:  # the rules as a risk desk would set them
                changed = await http.post(
                    f"{sim.rest_url}/userAccountAutoLiq/update",
                    json=rules,
                    headers={"Authorization": f"Bearer {tv.token}"},
                )
            assert changed.status_code == 200, changed.text
            await tv.orders.place(market("Buy", 2, 20001, "ESZ6"))  # $100 a point
            move(sim, "ESZ6", -28)  # -7 points: -$700, past the $500 liquidate-only line, far from auto-liq
            status = sim.store.get("accountRiskStatus", 20001)
            assert status is not None and "liquidateOnly" in status and status["autoLiqCounter"] == 0
            position = sim.store.first("position", accountId=20001)
            assert position is not None and position["netPos"] == 2  # not liquidated
            more = await tv.orders.place(market("Buy", 1, 20001, "ESZ6"))
            assert report_of(sim, more.order_id)["rejectReason"] == "LiquidationOnly"
            closing = await tv.orders.place(market("Sell", 1, 20001, "ESZ6"))
            assert report_of(sim, closing.order_id)["commandStatus"] == "RiskPassed"
            position = sim.store.first("position", accountId=20001)
            assert position is not None and position["netPos"] == 1
            margins = sim.store.get("marginSnapshot", 20001)
            assert margins is not None and margins["liqOnlyLevel"] == 49_500.0

    asyncio.run(main())
