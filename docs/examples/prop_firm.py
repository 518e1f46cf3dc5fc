"""A prop-firm evaluation account on a recorded market: its trailing drawdown trips, the
simulator's risk system liquidates the position and locks the account.

``trader`` trades the $50k evaluation account ``EVAL50K20004`` (the ``eval50k`` preset: $2,000
trailing drawdown, real time, stopping at $50,000; $1,000 daily loss limit). The market is a
recording written here: NQ rallies 16 points, then falls 22 from its high.
"""

from __future__ import annotations

import asyncio
import datetime
import tempfile
from pathlib import Path

from tradovate.realtime.account import AccountSession
from tradovate.realtime.changes import Change
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.streams import Stream
from tradovate_api.models import AccountRiskStatus, Action, OrderType, PlaceOrder, UserAccountAutoLiq

# one-minute NQ bars from the simulator's start (2026-11-23 14:00 UTC): up 16 points, then down
CLOSES = [21000, 21004, 21008, 21012, 21016, 21012, 21006, 21000, 20994, 20994]


def recording(folder: Path) -> Path:
    path = folder / "nq.csv"
    rows = ["timestamp,symbol,open,high,low,close,volume"]
    for minute, (open_, close) in enumerate(zip([CLOSES[0], *CLOSES], CLOSES, strict=False)):
        rows.append(f"2026-11-23T14:{minute:02d}:00Z,NQZ6,{open_},{max(open_, close)},{min(open_, close)},{close},400")
    path.write_text("\n".join(rows) + "\n")
    return path


def market(action: Action, qty: int, account_id: int) -> PlaceOrder:
    return PlaceOrder(
        account_id=account_id,
        action=action,
        symbol="NQZ6",
        order_qty=qty,
        order_type=OrderType.MARKET,
        is_automated=True,
    )


async def locked(account: AccountSession, account_id: int, changes: Stream[Change]) -> AccountRiskStatus:
    """The account's risk status once the risk system has put it in liquidate-only mode."""
    async with asyncio.timeout(10):
        async for _ in changes:  # after each change (or gap), the mirror holds the server's state
            status = account.mirror.get("accountRiskStatus", account_id)
            if isinstance(status, AccountRiskStatus) and isinstance(status.liquidate_only, datetime.datetime):
                return status
    raise RuntimeError("the changes ended")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with Simulator(seed=5, feed={"path": str(recording(Path(folder))), "symbol": "NQZ6"}) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with (
                Session(Credentials(name="trader", password="trader-pass"), environment) as session,
                AccountSession(session) as account,
            ):
                mirror = account.mirror
                evaluation = mirror.all("account")[0]
                rules = mirror.get("userAccountAutoLiq", evaluation.id)
                assert isinstance(rules, UserAccountAutoLiq)
                print(
                    evaluation.name,
                    "trailing drawdown",
                    rules.trailing_max_drawdown,
                    "daily loss",
                    rules.daily_loss_auto_liq,
                )

                changes = mirror.changes()  # subscribed before the market moves
                entry = await account.place_order(market(Action.BUY, 5, evaluation.id))  # $100 a point
                await entry.wait_done()
                sim.market.advance(40, seconds=15)  # ten minutes of the recording on the virtual clock
                status = await locked(account, evaluation.id, changes)
                print("net liq high", status.max_net_liq, "auto-liquidations", status.auto_liq_counter)
                print("positions", [p.net_pos for p in mirror.positions(evaluation.id)])
                handle = await account.place_order(market(Action.BUY, 1, evaluation.id))
                await handle.wait_done()
                reports = [r for r in mirror.all("commandReport") if r.command_id == handle.value.id]
                print("a new order:", handle.status, *(f"{r.command_status} {r.reject_reason}" for r in reports))
                changes.close()


if __name__ == "__main__":
    asyncio.run(main())
