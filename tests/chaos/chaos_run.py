"""A seeded chaos session: a trader against the simulator while the simulator misbehaves.

The trader (one :class:`~tradovate.session.Session`, one live
:class:`~tradovate.realtime.account.AccountSession`) places, modifies and cancels orders and
brackets over the socket and over REST, liquidates positions, and moves the market so that
orders fill and positions and cash balances change. Between its steps the simulator injects
faults of every kind (:data:`FAULT_KINDS`), in a seeded order that uses each kind in turn.

At the end the faults stop, every ambiguous order (a placement whose answer was lost) is resolved
with :meth:`AccountSession.resolve`, and the run checks that

- the client's mirror equals the simulator's own state for the synced entity types (nothing
  lost, nothing extra, nothing different);
- no order was placed twice (placements counted in the simulator per ``clOrdId``) and every
  ``clOrdId`` the simulator holds was sent by the trader;
- every ambiguous order was resolved, and the answer agrees with the simulator;
- each connection made exactly one ``user/syncrequest``.

:func:`run` returns the figures (events, faults by kind, reconnects, times to recover, orders
ambiguous / resolved, lost, duplicated). Timings are reported, never asserted.
"""

from __future__ import annotations

import asyncio
import collections
import json
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from tradovate.realtime.account import (
    AccountEvent,
    AccountSession,
    OrderNotMirrored,
    OrderOutcomeUnknown,
    Resynced,
    new_cl_ord_id,
)
from tradovate.realtime.connection import Backoff, Disconnected
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim.api import sync_filter
from tradovate_api import errors
from tradovate_api._guards import GuardSettings
from tradovate_api.models import Action, OrderType, PlaceOrder

#: Socket faults (act on the open user socket at once) and request faults (the next matching
#: request is answered wrongly).
FAULT_KINDS: Final = (
    "drop_connection",  # TCP reset
    "close_frame",  # c[3000,"Go away!"], then close
    "close_silently",  # TCP close without a WebSocket close frame
    "shutdown",  # shutdown event (Maintenance), then close
    "bye",  # WebSocket close 1000 "Bye" (what Tradovate sends on a protocol violation)
    "stop_heartbeats",  # the server falls silent: the client must notice and reconnect
    "split_snapshot",  # from now on snapshots come in 2-5 parts (each collection spread over them); the socket is cut
    "malformed_frame",  # a frame no client can parse
    "malformed_answer",  # a placement answered with broken JSON (not executed)
    "delay",  # a placement answered late (maybe after the client's timeout)
    "withhold",  # a placement executed, never answered, the socket stays up
    "lose_answer_ws",  # a placement executed, then the socket is cut
    "lose_answer_rest",  # the same over REST
    "drop_request",  # the socket is cut before the placement executes
    "late_execution",  # the socket is cut; the placement executes after the next snapshot was sent
    "rest_429",  # HTTP 429 to a REST placement (not executed; the breaker opens)
    "rest_penalty",  # a penalty ticket to a REST placement (waited, sent once more with it)
)
DROPS: Final = frozenset(
    {"drop_connection", "close_frame", "close_silently", "shutdown", "bye", "stop_heartbeats", "split_snapshot"}
)
SYMBOLS: Final = ("ESZ6", "NQZ6", "MESZ6", "CLF7")
ACCOUNTS: Final = (20001, 20002)


@dataclass
class Scale:
    events: int  # props events the simulator must have written
    faults: int  # faults injected (at least)
    penalty_seconds: float  # p-time of the REST penalty (0: the ticket is ready at once)
    request_timeout: float  # the client's: a withheld or late answer costs this long


SHORT: Final = Scale(events=400, faults=28, penalty_seconds=0, request_timeout=0.25)
FULL: Final = Scale(events=10_000, faults=140, penalty_seconds=1, request_timeout=0.5)


@dataclass
class Figures:
    seed: int
    events: int = 0
    steps: int = 0
    faults: dict[str, int] = field(default_factory=collections.Counter)
    faults_applied_by_simulator: dict[str, int] = field(default_factory=dict)
    reconnects: int = 0
    recover_seconds: list[float] = field(default_factory=list)
    orders_sent: int = 0
    orders_ambiguous: int = 0
    orders_resolved: int = 0
    ambiguous_found: int = 0  # resolved to an existing order
    ambiguous_absent: int = 0  # resolved to "no such order"
    other_ambiguous: int = 0  # modify/cancel/liquidate answers lost (not orders)
    refusals: dict[str, int] = field(default_factory=collections.Counter)
    lost: int = 0
    extra: int = 0
    different: int = 0
    duplicated: int = 0
    mirror_duplicates: int = 0  # an id twice in one collection of the mirror's dump
    foreign: int = 0  # clOrdIds the simulator holds that the trader never sent
    sync_requests_per_connection: list[int] = field(default_factory=list)
    split_parts: list[int] = field(default_factory=list)  # parts per snapshot, per split_snapshot fault
    late_parts: int = 0  # split parts that came after their snapshot was complete (settle too short)
    entities: int = 0
    seconds: float = 0.0
    converge_seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        recover = sorted(self.recover_seconds)
        return {
            "seed": self.seed,
            "events": self.events,
            "steps": self.steps,
            "faults": sum(self.faults.values()),
            "faults_by_kind": dict(sorted(self.faults.items())),
            "faults_applied_by_simulator": dict(sorted(self.faults_applied_by_simulator.items())),
            "reconnects": self.reconnects,
            "recover_seconds_max": round(recover[-1], 4) if recover else None,
            "recover_seconds_median": round(statistics.median(recover), 4) if recover else None,
            "orders_sent": self.orders_sent,
            "orders_ambiguous": self.orders_ambiguous,
            "orders_resolved": self.orders_resolved,
            "ambiguous_found": self.ambiguous_found,
            "ambiguous_absent": self.ambiguous_absent,
            "other_ambiguous": self.other_ambiguous,
            "refusals": dict(sorted(self.refusals.items())),
            "lost": self.lost,
            "extra": self.extra,
            "different": self.different,
            "duplicated": self.duplicated,
            "mirror_duplicates": self.mirror_duplicates,
            "foreign": self.foreign,
            "sync_requests_per_connection": sorted(set(self.sync_requests_per_connection)),
            "split_parts": self.split_parts,
            "late_parts": self.late_parts,
            "entities": self.entities,
            "seconds": round(self.seconds, 2),
            "converge_seconds": round(self.converge_seconds, 4),
        }


def _state(snapshot: dict[str, Any]) -> dict[tuple[str, int], str]:
    out: dict[tuple[str, int], str] = {}
    for key, items in snapshot.items():
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict) and isinstance(item.get("id"), int):
                    out[(key, item["id"])] = json.dumps(item, sort_keys=True)
    return out


class Trader:
    """One chaos run (see the module doc)."""

    def __init__(self, sim: Simulator, session: Session, account: AccountSession, scale: Scale, seed: int) -> None:
        self.sim = sim
        self.session = session
        self.account = account
        self.scale = scale
        self.rng = random.Random(seed)
        self.figures = Figures(seed)
        self.sent: set[str] = set()  # every clOrdId the trader sent (or may have sent)
        self.ambiguous: list[str] = []
        self.loop = asyncio.get_running_loop()
        self._fault_at: float | None = None
        self._changed = asyncio.Event()
        self._told: list[AccountEvent] = []
        account.on_event(self._on_event)
        user = next(u for u in sim.auth.users if u.name == "demo")
        flt = sync_filter(user.id, account.sync_request)
        assert not isinstance(flt, str)
        self._filter = flt

    # -- what the account tells ---------------------------------------------------------------
    def _on_event(self, event: AccountEvent) -> None:
        self._told.append(event)
        if isinstance(event, Resynced):
            self.figures.reconnects += 1
            if self._fault_at is not None:
                self.figures.recover_seconds.append(self.loop.time() - self._fault_at)
                self._fault_at = None
        self._changed.set()

    async def _until(self, predicate: Any, timeout: float) -> bool:
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            return False
        return True

    # -- the run --------------------------------------------------------------------------------
    async def run(self) -> Figures:
        start = time.perf_counter()
        first_event = len(self.sim.store.events)
        kinds: list[str] = []
        every = max(1, self.scale.events // self.scale.faults)
        next_fault = every
        while len(self.sim.store.events) - first_event < self.scale.events or sum(self.figures.faults.values()) < (
            self.scale.faults
        ):
            written = len(self.sim.store.events) - first_event
            if written >= next_fault or written >= self.scale.events:
                if not kinds:
                    kinds = list(FAULT_KINDS)
                    self.rng.shuffle(kinds)
                await self.fault(kinds.pop())
                next_fault = written + every
            else:
                await self.step()
        await self.finish()
        self.figures.events = len(self.sim.store.events) - first_event
        self.figures.seconds = time.perf_counter() - start
        return self.figures

    async def ready(self) -> None:
        await self.account.wait_ready(60)

    # -- trading --------------------------------------------------------------------------------
    def _price(self, symbol: str, offset_ticks: int) -> float:
        contract = self.sim.store.find("contract", symbol)
        assert contract is not None
        book = self.sim.market.book(contract["id"])
        assert book is not None
        tick = book.tick_size
        return round(book.best_bid + offset_ticks * tick, 6)

    def _order(self, via_limit: bool | None = None) -> PlaceOrder:
        rng = self.rng
        symbol = rng.choice(SYMBOLS)
        action = rng.choice((Action.BUY, Action.SELL))
        limit = rng.random() < 0.6 if via_limit is None else via_limit
        body: dict[str, Any] = {
            "accountId": rng.choice(ACCOUNTS),
            "action": action,
            "symbol": symbol,
            "orderQty": rng.randint(1, 3),
            "orderType": OrderType.LIMIT if limit else OrderType.MARKET,
            "clOrdId": new_cl_ord_id("chaos"),
            "isAutomated": True,
        }
        if limit:
            side = -1 if action == Action.BUY else 1
            body["price"] = self._price(symbol, side * rng.randint(0, 3))
        return PlaceOrder.from_dict({k: (v.value if hasattr(v, "value") else v) for k, v in body.items()})

    async def place(self, order: PlaceOrder, via: str) -> None:
        cl = str(order.cl_ord_id)
        self.sent.add(cl)
        self.figures.orders_sent += 1
        try:
            await self.account.place_order(order, wait=False, via=via)
        except OrderOutcomeUnknown as exc:
            self.ambiguous.append(exc.cl_ord_id)
        except errors.OutcomeUnknown:  # not expected from place_order, counted if it happens
            self.ambiguous.append(cl)
        except errors.TradovateError as exc:
            self.figures.refusals[type(exc).__name__] += 1

    async def command(self, endpoint: str, body: dict[str, Any]) -> None:
        try:
            await self.account.connection.request(endpoint, body, idempotent=False)
        except errors.OutcomeUnknown:
            self.figures.other_ambiguous += 1
        except errors.TradovateError as exc:
            self.figures.refusals[type(exc).__name__] += 1

    async def step(self) -> None:
        self.figures.steps += 1
        if not self.account.ready:
            await self.ready()
        rng = self.rng
        roll = rng.random()
        working = [
            o
            for o in self.account.mirror.working_orders()
            if o.account_id in ACCOUNTS and isinstance(o.contract_id, int)
        ]
        if roll < 0.30:
            await self.place(self._order(), "socket")
        elif roll < 0.38:
            await self.place(self._order(), "rest")
        elif roll < 0.48:
            await self.bracket()
        elif roll < 0.60 and working:
            target = rng.choice(working)
            assert isinstance(target.contract_id, int)
            symbol = self._symbol_of(target.contract_id)
            body: dict[str, Any] = {"orderId": target.id, "orderQty": rng.randint(3, 5), "orderType": "Limit"}
            body["price"] = self._price(symbol, rng.randint(-3, 3))
            await self.command("order/modifyorder", body)
        elif roll < 0.72 and working:
            await self.command("order/cancelorder", {"orderId": rng.choice(working).id})
        elif roll < 0.76:
            positions = [p for p in self.account.mirror.positions() if p.net_pos]
            if positions:
                position = rng.choice(positions)
                await self.command(
                    "order/liquidateposition",
                    {"accountId": position.account_id, "contractId": position.contract_id, "admin": False},
                )
        self.sim.advance(rng.randint(0, 2))
        await asyncio.sleep(0)

    async def bracket(self) -> None:
        rng = self.rng
        symbol = rng.choice(SYMBOLS)
        buy = rng.random() < 0.5
        action, other = ("Buy", "Sell") if buy else ("Sell", "Buy")
        sign = 1 if buy else -1
        cl = new_cl_ord_id("chaos")
        body = {
            "accountId": rng.choice(ACCOUNTS),
            "action": action,
            "symbol": symbol,
            "orderQty": rng.randint(1, 2),
            "orderType": "Limit",
            "price": self._price(symbol, -sign * rng.randint(0, 2)),
            "clOrdId": cl,
            "isAutomated": True,
            "bracket1": {"action": other, "orderType": "Limit", "price": self._price(symbol, sign * 8)},
            "bracket2": {"action": other, "orderType": "Stop", "stopPrice": self._price(symbol, -sign * 8)},
        }
        self.sent.add(cl)
        self.figures.orders_sent += 1
        try:
            await self.account.connection.request("order/placeoso", body, idempotent=False)
        except errors.OutcomeUnknown:
            self.ambiguous.append(cl)
        except errors.TradovateError as exc:
            self.figures.refusals[type(exc).__name__] += 1

    def _symbol_of(self, contract_id: int) -> str:
        contract = self.sim.store.get("contract", contract_id)
        assert contract is not None
        return str(contract["name"])

    # -- faults ---------------------------------------------------------------------------------
    async def fault(self, kind: str) -> None:
        self.figures.faults[kind] += 1
        faults = self.sim.faults
        await self.ready()
        if kind in DROPS:
            reconnects = self.figures.reconnects
            actions: dict[str, Callable[[], int]] = {
                "drop_connection": lambda: faults.drop_connections("user"),
                "close_frame": lambda: faults.send_close_frame(kind="user"),
                "close_silently": lambda: faults.close_silently("user"),
                "shutdown": lambda: faults.send_shutdown("Maintenance", kind="user"),
                "bye": lambda: faults.bye("user"),
                "stop_heartbeats": lambda: sum(1 for c in faults.connections if c.sync is not None),
                "split_snapshot": lambda: self._split(faults),
            }
            await self._hit(actions[kind])
            self._fault_at = self.loop.time()
            if kind == "stop_heartbeats":
                faults.stop_heartbeats()
                disconnected = len(self._told)
                await self._until(
                    lambda: any(isinstance(e, Disconnected) for e in self._told[disconnected:]), timeout=5.0
                )
                faults.stop_heartbeats(False)
            # trade on while the connection comes back: requests meanwhile are refused, typed
            for _ in range(self.rng.randint(0, 3)):
                await self.step()
            if not await self._until(lambda: self.figures.reconnects > reconnects, timeout=30.0):
                raise AssertionError(f"no resync after {kind}")
            return
        if kind == "malformed_frame":
            await self._hit(lambda: faults.send_malformed(kind="user"))
            await self.step()
            return
        order = self._order()
        if kind == "malformed_answer":
            faults.malformed_answer("order/placeorder", transport="ws")
        elif kind == "delay":
            late = self.rng.choice((0.1, 2.0)) * self.scale.request_timeout  # in time, or too late
            faults.delay("order/placeorder", seconds=late, transport="ws")
        elif kind == "withhold":
            faults.withhold("order/placeorder", transport="ws")
        elif kind == "lose_answer_ws":
            faults.lose_answer("order/placeorder", transport="ws")
        elif kind == "drop_request":
            faults.drop_request("order/placeorder", transport="ws")
        elif kind == "late_execution":
            faults.late_execution("order/placeorder")
        elif kind == "lose_answer_rest":
            faults.lose_answer("order/placeorder", transport="rest")
        elif kind == "rest_429":
            faults.status(429, "order/placeorder", transport="rest")
        elif kind == "rest_penalty":
            faults.penalty("order/placeorder", seconds=self.scale.penalty_seconds, transport="rest")
        else:
            raise AssertionError(kind)
        via = "rest" if kind.startswith("rest") or kind.endswith("rest") else "socket"
        if kind in ("lose_answer_ws", "drop_request", "late_execution"):
            self._fault_at = self.loop.time()
        await self.place(order, via)

    def _split(self, faults: Any) -> int:
        self.figures.split_parts.append(parts := self.rng.randint(2, 5))
        self.sim.socket_options.split_snapshot = parts
        return int(faults.drop_connections("user"))

    async def _hit(self, action: Callable[[], int]) -> None:
        """Run a socket action once it reaches a synced socket (the account may still think
        itself ready for a moment after its socket was cut)."""
        async with asyncio.timeout(30):
            while action() == 0:
                await self.ready()
                await asyncio.sleep(0.005)

    # -- the end --------------------------------------------------------------------------------
    async def finish(self) -> None:
        sim, account, figures = self.sim, self.account, self.figures
        sim.faults.clear()  # no more faults; heartbeats resume
        figures.faults_applied_by_simulator = dict(sim.faults.applied)
        await self.ready()
        figures.orders_ambiguous = len(self.ambiguous)
        placed = self.placements()
        for cl in self.ambiguous:
            try:
                handle = await account.resolve(cl, timeout=60)
                found = None if handle is None else handle.id
            except OrderNotMirrored as gone:  # it exists (or existed), the mirror does not hold it
                found = gone.order_id
            expected = placed.get(cl, [])
            if (found is None and not expected) or (found is not None and found in expected):
                figures.orders_resolved += 1
            if found is None:
                figures.ambiguous_absent += 1
            else:
                figures.ambiguous_found += 1
        await self.ready()
        started = self.loop.time()
        deadline = started + 30.0
        while True:
            await account.connection.request("account/list", timeout=10)  # the socket delivers in order
            for _ in range(3):
                await asyncio.sleep(0)
            if self.compare(final=False) or self.loop.time() > deadline:
                break
        figures.converge_seconds = self.loop.time() - started
        self.compare(final=True)
        counts = collections.Counter({cl: len(ids) for cl, ids in placed.items()})
        figures.duplicated = sum(n - 1 for n in counts.values() if n > 1)
        figures.foreign = len(set(placed) - self.sent)
        figures.sync_requests_per_connection = list(account.sync_requests.values())
        figures.late_parts = account.late_parts

    def placements(self) -> dict[str, list[int]]:
        """clOrdId -> the orders the simulator placed with it (``New`` commands)."""
        out: dict[str, list[int]] = collections.defaultdict(list)
        for command in self.sim.store.all("command"):
            cl = command.get("clOrdId")
            if command.get("commandType") == "New" and isinstance(cl, str):
                out[cl].append(command["orderId"])
        return dict(out)

    def compare(self, final: bool) -> bool:
        server = _state(self.sim.api.snapshot(self._filter))
        mirror = _state(self.account.mirror.to_json())
        lost = server.keys() - mirror.keys()
        extra = mirror.keys() - server.keys()
        different = [k for k in server.keys() & mirror.keys() if server[k] != mirror[k]]
        if final:
            self.figures.lost, self.figures.extra, self.figures.different = len(lost), len(extra), len(different)
            self.figures.entities = len(server)
            for items in self.account.mirror.to_json().values():
                ids = [e.get("id") for e in items if isinstance(e, dict)] if isinstance(items, list) else []
                self.figures.mirror_duplicates += len(ids) - len(set(ids))
        return not (lost or extra or different)


async def run(scale: Scale, seed: int) -> Figures:
    """One chaos session (see the module doc)."""
    async with Simulator(seed=seed, md_port=None, heartbeat_interval=0.1) as sim:
        environment = Environment.simulator(sim.rest_url)
        guards = GuardSettings(read_retries=2, breaker_seconds=0.2)
        async with Session(
            Credentials(name="demo", password="demo"), environment, guards=guards, auto_renew=False
        ) as s:
            account = AccountSession(
                s,
                split_responses=True,
                split_settle=0.05,
                resolve_settle=0.3,
                sync_timeout=30.0,
                connection_options={
                    "backoff": Backoff(initial=0.01, cap=0.05),
                    "heartbeat_interval": 0.1,
                    "dead_after": 0.6,
                    "request_timeout": scale.request_timeout,
                    "maintenance_delay": 0.02,
                    "quota_delay": 0.02,
                    "seed": seed,
                },
            )
            async with account:
                await account.wait_ready(30)
                return await Trader(sim, s, account, scale, seed).run()
