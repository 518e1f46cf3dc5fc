"""A seeded market behind the simulator's md socket, and a client on it (test helper)."""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import AsyncIterator
from typing import Any

from tradovate.marketdata import MarketDataClient, ReplayClient
from tradovate.realtime.connection import Backoff
from tradovate.sim.clock import Clock
from tradovate.sim.market import Market
from tradovate.sim.md_socket import MdServer

START = datetime.datetime(2026, 11, 23, 14, 0, 0, tzinfo=datetime.UTC)
CONTRACTS = {"ESZ6": 1001, "NQZ6": 1002, "CLF7": 1003}
TOKEN = "md-token"
FAST = Backoff(initial=0.01, cap=0.1)  # reconnect at once in tests


def market(extra: int = 0) -> Market:
    m = Market(7, Clock(START))
    m.add(1001, 0.25, 6850.0)
    m.add(1002, 0.25, 21000.0)
    m.add(1003, 0.01, 61.5)
    for i in range(extra):
        m.add(5000 + i, 0.25, 100.0 + i)
    return m


def resolver(m: Market) -> Any:
    def resolve(symbol: Any) -> int | None:
        if isinstance(symbol, str):
            return CONTRACTS.get(symbol)
        if isinstance(symbol, int) and symbol in m.books:
            return symbol
        return None

    return resolve


@contextlib.asynccontextmanager
async def running(extra: int = 0, **server_options: Any) -> AsyncIterator[MdServer]:
    m = market(extra)
    async with MdServer(m, resolver(m), token=TOKEN, **server_options) as server:
        yield server


@contextlib.asynccontextmanager
async def client(server: MdServer, **options: Any) -> AsyncIterator[MarketDataClient]:
    contracts = dict(CONTRACTS, XXX=999)
    options.setdefault("dead_after", None)
    options.setdefault("backoff", FAST)
    options.setdefault("retry_backoff", FAST)
    async with MarketDataClient(server.url, TOKEN, contracts=contracts, **options) as md:
        yield md


@contextlib.asynccontextmanager
async def replay_client(server: MdServer, **options: Any) -> AsyncIterator[ReplayClient]:
    options.setdefault("dead_after", None)
    options.setdefault("backoff", FAST)
    async with ReplayClient(server.replay_url, TOKEN, contracts=CONTRACTS, **options) as rc:
        yield rc


def requests_to(server: MdServer, endpoint: str) -> list[Any]:
    return [body for name, body in server.md.requests if name.lower() == endpoint.lower()]
