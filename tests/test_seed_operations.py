"""The two seed operations end to end: user/syncrequest and userSession/items."""

from __future__ import annotations

import asyncio
import datetime
import json
from pathlib import Path

from tradovate_api import UNSET, AsyncTradovate, Tradovate, drift
from tradovate_api._operations import OPERATIONS
from tradovate_api.models import (
    Account,
    Action,
    ExecType,
    ExecutionReport,
    Fill,
    Order,
    OrdStatus,
    Position,
    SyncMessage,
    SyncRequest,
    TradeDate,
    UserSession,
)

from loopback import Loopback, Reply

CORPUS = Path(__file__).parent / "corpus"
SNAPSHOT = json.loads((CORPUS / "sync_snapshot.json").read_text())
SESSIONS = json.loads((CORPUS / "user_sessions.json").read_text())


def test_seed_operations_are_in_the_table() -> None:
    sync = OPERATIONS["syncRequest"]
    assert (sync.namespace, sync.name, sync.method, sync.path) == ("users", "sync_request", "POST", "/user/syncrequest")
    sessions = OPERATIONS["userSessionItems"]
    assert (sessions.namespace, sessions.name, sessions.method) == ("user_sessions", "items", "GET")
    assert sessions.path == "/userSession/items" and sessions.many is True


def test_sync_request_returns_a_typed_snapshot(server: Loopback) -> None:
    server.route("POST", "/user/syncrequest", Reply.json(SNAPSHOT))
    body = SyncRequest(split_responses=True, entity_types=["order", "fill", "position", "account"], accounts=[60039759])
    with drift.strict(), Tradovate(server.base_url, token="tok") as tv:
        sync = tv.users.sync_request(body)

    assert server.last.path == "/user/syncrequest"
    assert server.last.headers["authorization"] == "Bearer tok"
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json() == {
        "splitResponses": True,
        "entityTypes": ["order", "fill", "position", "account"],
        "accounts": [60039759],
    }
    assert isinstance(sync, SyncMessage)
    # Every collection of the snapshot is there, typed.
    for key, items in SNAPSHOT.items():
        attr = "".join("_" + c.lower() if c.isupper() else c for c in key)
        value = getattr(sync, attr)
        assert isinstance(value, list) and len(value) == len(items), key
    assert isinstance(sync.orders, list) and isinstance(sync.fills, list) and isinstance(sync.positions, list)
    assert isinstance(sync.execution_reports, list) and isinstance(sync.accounts, list)
    assert isinstance(sync.contracts, list) and isinstance(sync.commands, list)
    assert all(isinstance(o, Order) for o in sync.orders)
    order = sync.orders[1]
    assert order.action is Action.SELL and order.ord_status is OrdStatus.WORKING
    assert order.oco_id == 601683390115 and order.parent_id == 601683390113
    assert order.archived is False and order.external is False
    assert order.timestamp == datetime.datetime(2026, 11, 20, 14, 30, 58, 491000, tzinfo=datetime.UTC)
    fill = sync.fills[0]
    assert isinstance(fill, Fill) and fill.trade_date == TradeDate(year=2026, month=11, day=20)
    flat = sync.positions[1]
    assert isinstance(flat, Position) and flat.net_pos == 0 and flat.net_price is UNSET
    canceled = sync.execution_reports[1]
    assert isinstance(canceled, ExecutionReport) and canceled.exec_type is ExecType.CANCELED
    assert canceled.cum_qty is UNSET and canceled.external_cl_ord_id == "0.4710442344600391"
    assert isinstance(sync.accounts[0], Account) and sync.accounts[0].active is True
    assert sync.contracts[0].timestamp is UNSET
    assert sync.commands[1].sender_id == -1
    # Nothing lost: the snapshot comes back exactly as sent (the corpus has a date-time without
    # seconds, "2026-12-18T14:29Z": decoded and unchanged, it is written back as the server spelt it).
    assert sync.to_dict() == SNAPSHOT
    assert SyncMessage.from_dict(sync.to_dict()) == sync
    assert SyncMessage.from_dict(SNAPSHOT) == sync


def test_sync_request_raw(server: Loopback) -> None:
    server.route("POST", "/user/syncrequest", Reply.json(SNAPSHOT))
    with Tradovate(server.base_url, token="tok") as tv:
        response = tv.raw(tv.users.sync_request, SyncRequest(users=[8575111]))
    assert response.status_code == 200 and response.error is None
    assert isinstance(response.parsed, SyncMessage)
    assert json.loads(response.content) == SNAPSHOT


def test_sync_request_async(server: Loopback) -> None:
    server.route("POST", "/user/syncrequest", Reply.json(SNAPSHOT))

    async def run() -> SyncMessage:
        async with AsyncTradovate(server.base_url, token="tok") as tv:
            return await tv.users.sync_request(SyncRequest(users=[8575111]))

    sync = asyncio.run(run())
    assert server.last.json() == {"users": [8575111]}
    assert sync == SyncMessage.from_dict(SNAPSHOT)


def test_user_session_items(server: Loopback) -> None:
    server.route("GET", "/userSession/items", Reply.json(SESSIONS))
    with drift.strict(), Tradovate(server.base_url, token="tok") as tv:
        sessions = tv.user_sessions.items([3051973041, 3051973002])
    assert server.last.method == "GET"
    assert server.last.query == "ids=3051973041%2C3051973002"
    assert server.last.params == {"ids": "3051973041,3051973002"}
    assert server.last.headers["authorization"] == "Bearer tok"
    assert [type(s) for s in sessions] == [UserSession, UserSession]
    live, ended = sessions
    assert live.end_time is UNSET and live.client_app_id == 3
    assert ended.end_time == datetime.datetime(2026, 11, 19, 17, 40, 12, 900000, tzinfo=datetime.UTC)
    assert [s.to_dict() for s in sessions] == SESSIONS


def test_user_session_items_async(server: Loopback) -> None:
    server.route("GET", "/userSession/items", Reply.json(SESSIONS[:1]))

    async def run() -> list[UserSession]:
        async with AsyncTradovate(server.base_url, token="tok") as tv:
            return await tv.user_sessions.items([3051973041])

    sessions = asyncio.run(run())
    assert server.last.params == {"ids": "3051973041"}
    assert sessions[0].ip_address == "203.0.113.17"
