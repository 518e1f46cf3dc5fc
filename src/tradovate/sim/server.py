"""The simulator as a running service: :class:`Simulator` (asyncio; :class:`~.thread.SimulatorThread`
runs one on its own thread). Its HTTP side (routes, REST answers, handshake refusals) is
:mod:`.rest`; the sockets are :mod:`.ws` and :mod:`.md_socket`.

::

    async with Simulator(seed=7) as sim:            # REST + user socket on one port, md on another
        tv = AsyncTradovate(sim.rest_url)           # http://127.0.0.1:PORT/v1
        await tv.login(name="demo", password="demo")
        ...                                         # sim.ws_url, sim.md_url, sim.replay_url
        sim.advance(10)                             # move the market 10 steps (fills follow)
        sim.faults.drop_connections()               # see faults.py
        sim.event_log()                             # every props event so far, as bytes

    with SimulatorThread(seed=7) as sim:            # the same, on a thread, for blocking tests
        with Tradovate(sim.rest_url) as tv: ...

Layout (as Tradovate's): REST under ``/v1``, the user socket at ``/v1/websocket`` on the same
port; the market-data socket at ``/v1/websocket`` on ``md_port`` and the replay socket at
``/replay/v1/websocket`` there (:mod:`.md_socket`, when present). ``/oauth`` on the REST port
stands in for the OAuth authorize page: it redirects to ``redirect_uri?code=...`` at once.

Time and determinism: with ``tick_interval=None`` (the default here) the market moves only on
:meth:`Simulator.advance`, and the clock is virtual (``clock_start``, 2026-11-23T14:00:00Z by
default): the same seed, scenario and sequence of calls give a byte-identical event log. With
``tick_interval=0.25`` (the command line's default) a background task steps the market on its
own; the price path is the same, but how it interleaves with orders depends on timing.

Realism of the trail (``realistic``, the scenario's ``"realistic"``): off by default here (the
embedded simulator of the test suite and ``make demo``: the trail in batched frames, at once), on
in ``tradovate sim`` — :data:`.pacing.REALISTIC`: each event in its own frame, seeded gaps between
its phases, the engine's insert/modify/cancel latency. Explicit ``sockets``/``engine`` settings of
the scenario win over the preset.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import importlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from aiohttp import web

from . import seed as seeding
from .api import Api
from .auth import Auth, AuthOptions
from .checks import Limits
from .clock import Clock, parse_clock
from .engine import Engine, EngineOptions, Latency
from .faults import Faults
from .limits import LimitOptions, RateLimits
from .market import Market
from .pacing import FAST, REALISTIC
from .rest import RestFront
from .store import Store
from .ws import SocketOptions

__all__ = ["DEFAULT_START", "Simulator"]

_log = logging.getLogger(__name__)

DEFAULT_START: Final = datetime.datetime(2026, 11, 23, 14, 0, tzinfo=datetime.UTC)


class Simulator:
    """A local Tradovate: see the module doc. Use as ``async with``."""

    def __init__(
        self,
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        md_port: int | None = 0,
        scenario: str | Path | Mapping[str, Any] | None = None,
        clock_start: datetime.datetime | None = DEFAULT_START,
        clock: Clock | datetime.datetime | str | None = None,
        calendar: Any = None,
        feed: Any = None,
        tick_interval: float | None = None,
        token_lifetime: float | None = None,
        invalid_login: str | None = None,
        fill_model: str | None = None,
        slippage: float | None = None,
        heartbeat_interval: float | None = None,
        client_timeout: float | None = None,
        authorize_timeout: float | None = None,
        latency: Mapping[str, float] | None = None,
        realistic: bool | None = None,
    ) -> None:
        config = _scenario(scenario)
        self.realistic = bool(config.get("realistic", False) if realistic is None else realistic)
        config = _with_timing(config, REALISTIC if self.realistic else FAST)
        self.seed = int(config.get("seed", seed))
        self.sockets_opened = 0  # user sockets so far (each paces with its own seeded generator)
        self.host = host
        self.port = port
        self.md_port = md_port
        start = config.get("clock", {}).get("start") if isinstance(config.get("clock"), dict) else None
        if isinstance(start, str):
            clock_start = parse_clock(start)
        if isinstance(clock, str):  # "wall" or an ISO start (as --clock takes it)
            clock = Clock(parse_clock(clock))
        elif isinstance(clock, datetime.datetime):
            clock = Clock(clock)
        self.clock = clock if clock is not None else Clock(clock_start)
        self.store = Store(self.clock)
        users, products = seeding.organization(config.get("organization", {}))
        self.products = products
        self._market_data = {u.id: frozenset(u.market_data) for u in users}
        seeding.seed(self.store, self.clock, users, products)
        market_cfg = dict(config.get("market", {}))
        for key, value in (("calendar", calendar), ("feed", feed)):
            if value is not None:
                market_cfg[key] = value
            elif key in config:
                market_cfg.setdefault(key, config[key])
        self.market = Market(self.seed, self.clock, **market_cfg)
        for contract in self.store.all("contract"):
            maturity = self.store.get("contractMaturity", contract["contractMaturityId"]) or {}
            product = next((p for p in products if p.id == maturity.get("productId")), None)
            if product is not None:
                offset = (maturity.get("seqNo", 1) - 1) * 4 * product.tick_size
                self.market.add(
                    contract["id"],
                    product.tick_size,
                    product.price + offset,
                    symbol=contract["name"],
                    product=product.name,
                )
        self.market.start()
        engine_cfg = config.get("engine", {})
        self.engine = Engine(
            self.store,
            self.market,
            EngineOptions(
                fill_model=fill_model or engine_cfg.get("fill_model", "touch"),
                slippage=slippage if slippage is not None else float(engine_cfg.get("slippage", 0.0)),
                fill_probability=float(engine_cfg.get("fill_probability", 1.0)),
                seed=self.seed,
                latency=Latency(**engine_cfg.get("latency", {})),
                limits=Limits(off_tick=engine_cfg.get("off_tick", "price9")),
            ),
        )
        auth_cfg = dict(config.get("auth", {}))
        if token_lifetime is not None:
            auth_cfg["token_lifetime"] = token_lifetime
        if invalid_login is not None:
            auth_cfg["invalid_login"] = invalid_login
        self.auth = Auth(self.store, AuthOptions(**auth_cfg), users)
        self.limits = RateLimits(self.auth, LimitOptions(**config.get("limits", {})))
        self.api = Api(self.store, self.auth, self.engine, self.limits)
        sock_cfg = dict(config.get("sockets", {}))
        for key, value in (
            ("heartbeat_interval", heartbeat_interval),
            ("client_timeout", client_timeout),
            ("authorize_timeout", authorize_timeout),
            ("latency", dict(latency) if latency is not None else None),
        ):
            if value is not None:
                sock_cfg[key] = value
        self.socket_options = SocketOptions(**sock_cfg)
        self.faults = Faults()
        self._timed_faults = self.faults.load(config.get("faults", []))
        self.tick_interval = config.get("tick_interval", tick_interval)
        self.app = web.Application(client_max_size=16 * 1024 * 1024)
        self.md_app = web.Application()
        self.md_socket: Any = None
        self.replay_socket: Any = None
        self._runners: list[web.AppRunner] = []
        self._tasks: list[asyncio.Task[Any]] = []
        self._stopping: asyncio.Event | None = None
        self.front = RestFront(self)
        self.front.routes()

    # ---------------------------------------------------------------------------------------
    # URLs

    @property
    def rest_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}/v1/websocket"

    @property
    def md_url(self) -> str:
        return f"ws://{self.host}:{self.md_port}/v1/websocket"

    @property
    def replay_url(self) -> str:
        return f"ws://{self.host}:{self.md_port}/replay/v1/websocket"

    def urls(self) -> dict[str, Any]:
        out: dict[str, Any] = {"rest": self.rest_url, "ws": self.ws_url}
        if self.md_port is not None:
            out.update(md=self.md_url, replay=self.replay_url)
        out.update(login={"name": "demo", "password": "demo"}, seed=self.seed)
        return out

    # ---------------------------------------------------------------------------------------
    # control

    def advance(self, steps: int = 1) -> None:
        """Move the market ``steps`` steps; resting orders fill as prices reach them."""
        self.market.advance(steps)

    def event_log(self) -> list[bytes]:
        """Every ``props`` event written since start, as the sockets send them (JSON bytes)."""
        return list(self.store.events)

    # ---------------------------------------------------------------------------------------
    # lifecycle

    async def __aenter__(self) -> Simulator:
        loop = asyncio.get_running_loop()
        self.faults.loop = loop
        self._stopping = asyncio.Event()
        try:
            self.port = await self._serve(self.app, self.port)
            if self.md_port is not None:
                self._mount_md()
                self.md_port = await self._serve(self.md_app, self.md_port)
        except BaseException:
            await self.close()
            raise
        if self.tick_interval:
            self._tasks.append(asyncio.create_task(self._ticker(float(self.tick_interval))))
        for after, kind, params in self._timed_faults:
            loop.call_later(after, self.faults.socket_action, kind, params)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._stopping is not None:
            self._stopping.set()
        for task in self._tasks:
            task.cancel()
        for conn in list(self.faults.connections):
            conn.abort()
        for sock in (self.md_socket, self.replay_socket):
            if sock is not None:
                with contextlib.suppress(Exception):
                    await sock.drop()
        for runner in reversed(self._runners):
            await runner.cleanup()
        self._runners.clear()

    async def _serve(self, app: web.Application, port: int) -> int:
        runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, port)
        await site.start()
        self._runners.append(runner)
        server: Any = site._server
        return int(server.sockets[0].getsockname()[1])

    async def _ticker(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            self.market.advance(1)

    def _mount_md(self) -> None:
        """The md and replay sockets (helper module :mod:`.md_socket`), if it is there."""
        try:
            md_socket = importlib.import_module(f"{__package__}.md_socket")
            md = importlib.import_module(f"{__package__}.md")
        except ImportError:  # pragma: no cover - the md modules ship with the package
            return
        service = md.MdService(self.market, self._resolve_contract, entitled=self._entitled)
        check = self._md_token_ok
        options = self.socket_options
        common: dict[str, Any] = {
            "heartbeat": options.heartbeat_interval,
            "client_timeout": options.client_timeout,
            "authorize_timeout": options.authorize_timeout,
            "double_encode_404": options.double_encode_404,
            "on_violation": options.on_violation,
        }
        self.md_socket = md_socket.MdSocket(service, check, **common)
        self.replay_socket = md_socket.MdSocket(service, check, replay=True, **common)
        self.faults.md_sockets[:] = [self.md_socket, self.replay_socket]
        md_handle = getattr(self.md_socket, "handle", self.md_socket)
        replay_handle = getattr(self.replay_socket, "handle", self.replay_socket)
        self.md_app.router.add_get("/v1/websocket", self.front.upgrade("md", md_handle))
        self.md_app.router.add_get("/replay/v1/websocket", self.front.upgrade("replay", replay_handle))

    def _md_token_ok(self, token: str) -> int | None:
        """The user id a token authorizes on the md/replay sockets (None: refused)."""
        session = self.auth.session(token)
        return session.user_id if session is not None else None

    def _entitled(self, user_id: int | None, entitlement: str) -> bool:
        held = self._market_data.get(user_id) if user_id is not None else None
        return held is None or entitlement in held

    def _resolve_contract(self, symbol: Any) -> int | None:
        if isinstance(symbol, int) and not isinstance(symbol, bool):
            return symbol if self.market.book(symbol) is not None else None
        if isinstance(symbol, str):
            if symbol.isdigit():
                return self._resolve_contract(int(symbol))
            found = self.store.find("contract", symbol)
            if found is None and symbol.startswith("@"):
                found = self._front(symbol[1:])
            return found["id"] if found is not None else None
        return None

    def _front(self, product_name: str) -> dict[str, Any] | None:
        product = self.store.find("product", product_name)
        if product is None:
            return None
        maturity = self.store.first("contractMaturity", productId=product["id"], isFront=True)
        return self.store.first("contract", contractMaturityId=maturity["id"]) if maturity else None


def _with_timing(config: dict[str, Any], preset: Mapping[str, Any]) -> dict[str, Any]:
    """The scenario with the timing preset's ``sockets``/``engine`` settings under its own."""
    out = dict(config)
    for key in ("sockets", "engine"):
        merged = {**preset.get(key, {}), **config.get(key, {})}
        if merged:
            out[key] = merged
    return out


def _scenario(source: str | Path | Mapping[str, Any] | None) -> dict[str, Any]:
    """A scenario as a dict: a JSON file's content, or the mapping itself."""
    if source is None:
        return {}
    if isinstance(source, Mapping):
        return dict(source)
    data = json.loads(Path(source).read_text())
    if not isinstance(data, dict):
        raise ValueError("a scenario file holds one JSON object")
    return data


def __getattr__(name: str) -> Any:
    """``SimulatorThread``, at its old import path (it lives in :mod:`.thread`, which imports this
    module: imported on first use)."""
    if name == "SimulatorThread":
        return importlib.import_module(".thread", __package__).SimulatorThread
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
