"""A large organisation for the simulator, and a traffic generator trading across it.

    sim = org_simulator(accounts=10_000, users=2_000)    # a Simulator (not started)
    async with sim:
        traffic = Traffic(sim)
        await traffic.run(rate=5_000, seconds=60)         # props events per second

* :func:`organization`: ``users`` users (``user-N`` / ``pass-N``) owning ``accounts`` accounts in
  turn, plus the administrator :data:`ADMIN_NAME` / :data:`ADMIN_PASSWORD`, who owns none but may
  sync the whole organisation (``fullOrgSnapshot: true``; with ``shardingExpression`` the
  simulator keeps the shard's accounts only). :func:`install` also permissions every
  ``permission_every``-th account to the next user (a ``tradingPermission``, ``Approved``).
* Seeding is the simulator's own (:func:`tradovate.sim.seed.seed`): 10,000 accounts take about a
  second.
* :class:`Traffic` writes trades straight into the store — an order, its version, a fill, the
  order filled, the position, the cash balance: six ``props`` events per trade, the entities
  shaped as the engine writes them — at a steady rate, without the matching engine (whose
  queries scan every account). ``sent_at`` records when each order was created (wall clock),
  for end-to-end lag figures.
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .server import Simulator

__all__ = ["ADMIN_ID", "ADMIN_NAME", "ADMIN_PASSWORD", "Traffic", "install", "org_simulator", "organization"]

ADMIN_NAME: Final = "org-admin"
ADMIN_PASSWORD: Final = "org-admin-pass"
ADMIN_ID: Final = 900_001
FIRST_USER: Final = 500_001
FIRST_ACCOUNT: Final = 1_000_001


def organization(accounts: int = 10_000, users: int = 2_000) -> dict[str, Any]:
    """The scenario's ``"organization"`` object (see the module doc)."""
    if users < 1 or accounts < 1:
        raise ValueError("accounts and users must be positive")
    owned: list[list[dict[str, Any]]] = [[] for _ in range(users)]
    for n in range(accounts):
        account_id = FIRST_ACCOUNT + n
        owned[n % users].append({"id": account_id, "name": f"ORG{account_id}", "balance": 50_000 + (n % 7) * 5_000})
    people = [
        {
            "id": FIRST_USER + u,
            "name": f"user-{u}",
            "password": f"pass-{u}",
            "fullName": f"User {u}",
            "accounts": owned[u],
        }
        for u in range(users)
    ]
    admin = {"id": ADMIN_ID, "name": ADMIN_NAME, "password": ADMIN_PASSWORD, "fullName": "Org Admin", "accounts": []}
    return {"users": [admin, *people]}


def install(sim: Simulator, permission_every: int = 10) -> None:
    """Make :data:`ADMIN_ID` the organisation's administrator and add the permissioned accounts."""
    sim.api.org_admins.add(ADMIN_ID)
    store = sim.store
    accounts = sorted(store.tables.get("account", {}))
    users = sorted(u for u in store.tables.get("user", {}) if u != ADMIN_ID)
    if not users or permission_every <= 0:
        return
    index = {u: n for n, u in enumerate(users)}
    for account_id in accounts[::permission_every]:
        account = store.tables["account"][account_id]
        owner = account.get("userId")
        if owner not in index:
            continue
        grantee = users[(index[owner] + 1) % len(users)]
        store.insert(
            "tradingPermission",
            {
                "userId": grantee,
                "accountId": account_id,
                "accountHolderContact": f"User {owner}",
                "accountHolderEmail": f"user-{owner}@example.com",
                "ctaContact": "",
                "ctaEmail": "",
                "status": "Approved",
            },
            quiet=True,
        )


def org_simulator(
    accounts: int = 10_000, users: int = 2_000, *, permission_every: int = 10, **options: Any
) -> Simulator:
    """A :class:`~tradovate.sim.server.Simulator` seeded with :func:`organization` (not started)."""
    from .server import Simulator  # noqa: PLC0415 - aiohttp is an optional extra

    scenario = {"organization": organization(accounts, users)}
    sim = Simulator(scenario=scenario, **options)
    sim.store.record_events = False  # a busy organisation's event log would only grow
    install(sim, permission_every)
    return sim


class Traffic:
    """Trades across the organisation's accounts at a steady rate (see the module doc).

    Args:
        sim: the simulator (its store and clock).
        seed: the random choices (accounts, sides, prices).
        accounts: trade on these only (default every account).
        track: record ``sent_at[order_id]`` (wall time of each order's creation).
    """

    EVENTS_PER_TRADE: Final = 6

    def __init__(
        self, sim: Simulator, *, seed: int = 0, accounts: list[int] | None = None, track: bool = False
    ) -> None:
        self.store = sim.store
        self.clock = sim.clock
        self.rng = random.Random(seed)
        self.accounts = sorted(self.store.tables.get("account", {})) if accounts is None else list(accounts)
        if not self.accounts:
            raise ValueError("no accounts to trade")
        front = [c for c in self.store.all("contract") if self._front(c)]
        self.contracts = [(c["id"], float(c.get("providerTickSize") or 0.25)) for c in front] or [(1, 0.25)]
        self.prices = {cid: 100.0 + 50 * n for n, (cid, _) in enumerate(self.contracts)}
        self._positions: dict[tuple[int, int], int] = {}
        self.track = track
        self.sent_at: dict[int, float] = {}
        self.trades = 0
        self.events = 0
        self._date: tuple[int, dict[str, int]] | None = None

    def _trade_date(self) -> dict[str, int]:
        """The clock's trade date, worked out once per minute of the clock (it rolls at 17:00)."""
        minute = int(self.clock.now().timestamp() // 60)
        if self._date is None or self._date[0] != minute:
            self._date = (minute, self.clock.trade_date())
        return dict(self._date[1])

    def _front(self, contract: dict[str, Any]) -> bool:
        maturity = self.store.get("contractMaturity", contract.get("contractMaturityId", -1)) or {}
        return bool(maturity.get("isFront"))

    def trade(self, account_id: int | None = None) -> None:
        """One market order on one account, filled at once: six events."""
        store, clock, rng = self.store, self.clock, self.rng
        account_id = rng.choice(self.accounts) if account_id is None else account_id
        contract_id, tick = rng.choice(self.contracts)
        action = "Buy" if rng.random() < 0.5 else "Sell"
        qty = rng.randint(1, 3)
        price = self.prices[contract_id] = round(self.prices[contract_id] + tick * rng.randint(-2, 2), 6)
        # One time for the whole trade (written at once): the clock's text costs more than the rest.
        stamp = clock.stamp()
        order = store.insert(
            "order",
            {
                "accountId": account_id,
                "contractId": contract_id,
                "timestamp": stamp,
                "action": action,
                "ordStatus": "Working",
                "admin": False,
                "archived": False,
                "external": False,
            },
        )
        order_id = order["id"]
        if self.track:
            self.sent_at[order_id] = time.time()
        store.insert(
            "orderVersion", {"orderId": order_id, "orderQty": qty, "orderType": "Market", "timeInForce": "Day"}
        )
        trade_date = self._trade_date()
        store.insert(
            "fill",
            {
                "orderId": order_id,
                "contractId": contract_id,
                "timestamp": stamp,
                "tradeDate": trade_date,
                "action": action,
                "qty": qty,
                "price": price,
                "active": True,
                "finallyPaired": 0,
                "external": False,
                "archived": False,
            },
        )
        store.update("order", order_id, ordStatus="Filled")
        signed = qty if action == "Buy" else -qty
        key = (account_id, contract_id)
        position_id = self._positions.get(key)
        if position_id is None:
            position = store.insert(
                "position",
                {
                    "accountId": account_id,
                    "contractId": contract_id,
                    "timestamp": stamp,
                    "tradeDate": trade_date,
                    "netPos": signed,
                    "netPrice": price,
                    "bought": max(signed, 0),
                    "boughtValue": price * max(signed, 0),
                    "sold": max(-signed, 0),
                    "soldValue": price * max(-signed, 0),
                    "prevPos": 0,
                },
            )
            self._positions[key] = position["id"]
        else:
            held = store.tables["position"][position_id]
            store.update(
                "position",
                position_id,
                timestamp=stamp,
                netPos=held["netPos"] + signed,
                netPrice=price,
                bought=held["bought"] + max(signed, 0),
                boughtValue=round(held["boughtValue"] + price * max(signed, 0), 6),
                sold=held["sold"] + max(-signed, 0),
                soldValue=round(held["soldValue"] + price * max(-signed, 0), 6),
            )
        balance = store.get("cashBalance", account_id)
        if balance is not None:
            fee = round(1.25 * qty, 2)
            store.update("cashBalance", account_id, timestamp=stamp, amount=round(balance["amount"] - fee, 2))
        self.trades += 1
        self.events += self.EVENTS_PER_TRADE if balance is not None else self.EVENTS_PER_TRADE - 1

    def burst(self, events: int) -> None:
        """Trades until at least ``events`` events were written."""
        target = self.events + events
        while self.events < target:
            self.trade()

    async def run(self, rate: float, seconds: float | None = None, stop: asyncio.Event | None = None) -> None:
        """Trade at ``rate`` events per second (wall clock) for ``seconds`` or until ``stop``."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        done = 0
        step = 0.01
        while (seconds is None or loop.time() - start < seconds) and not (stop is not None and stop.is_set()):
            due = int((loop.time() - start) * rate)
            if due > done:
                before = self.events
                self.burst(due - done)
                done += self.events - before
            await asyncio.sleep(step)
