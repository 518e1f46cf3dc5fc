"""The live account session against a real loopback WebSocket server (wsserver + acct_server)."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from acct_server import ACCOUNT, CONTRACT, AccountServer
from wsserver import ServerConn, WsServer

from tradovate.realtime import protocol as p
from tradovate.realtime.account import (
    DEFAULT_ENTITY_TYPES,
    AccountEvent,
    AccountSession,
    EntityTypesMissing,
    OrderNotMirrored,
    OrderOutcomeUnknown,
    Resynced,
    Synced,
    new_cl_ord_id,
)
from tradovate.realtime.connection import Backoff, Disconnected
from tradovate.realtime.errors import ConnectionClosed
from tradovate.realtime.mirror import ENTITY_TYPES, Mirror, NotSynced, OrderHandle
from tradovate.session import Credentials, Environment, Session
from tradovate.streams import Gap
from tradovate_api import errors
from tradovate_api.models import Action, OrderType, OrdStatus, PlaceOrder, PlaceOrderResult

from loopback import Loopback, Reply

FAST = {"backoff": Backoff(initial=0.01, cap=0.05), "seed": 7}


async def good_token() -> str:
    return "good-token"


def order(ident: int, status: str = "Working") -> dict[str, Any]:
    return {
        "id": ident,
        "accountId": ACCOUNT,
        "contractId": CONTRACT,
        "timestamp": "2026-11-20T14:00:00.000Z",
        "action": "Buy",
        "ordStatus": status,
        "admin": False,
    }


def position(ident: int, stamp: str, net: int) -> dict[str, Any]:
    return {
        "id": ident,
        "accountId": ACCOUNT,
        "contractId": CONTRACT,
        "timestamp": stamp,
        "tradeDate": {"year": 2026, "month": 11, "day": 20},
        "netPos": net,
        "bought": max(net, 0),
        "boughtValue": 0,
        "sold": 0,
        "soldValue": 0,
        "prevPos": 0,
    }


def seed(server: AccountServer) -> None:
    server.put("order", order(11))
    server.put("order", order(12, "Filled"))
    server.put("position", position(21, "2026-11-20T14:00:00.000Z", 1))
    server.put(
        "cashBalance",
        {
            "id": 31,
            "accountId": ACCOUNT,
            "timestamp": "2026-11-20T14:00:00Z",
            "tradeDate": {"year": 2026, "month": 11, "day": 20},
            "currencyId": 1,
            "amount": 50000,
        },
    )
    server.put("command", {"id": 41, "orderId": 11, "clOrdId": "old-1", "commandType": "New"})


def mirror_state(mirror: Mirror) -> dict[str, list[dict[str, Any]]]:
    return {k: sorted(v, key=lambda e: e["id"]) for k, v in mirror.to_json().items() if v and k in PLURALS}


PLURALS = {t.plural for t in ENTITY_TYPES.values()} - {"users", "contractGroups"}


async def until(account: AccountSession, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait for ``predicate`` over the mirror's changes and the session's events (no sleeps)."""
    changes = account.mirror.changes()
    events = account.events()
    waits: list[asyncio.Future[Any]] = []
    try:
        async with asyncio.timeout(timeout):
            while not predicate():
                waits = [asyncio.ensure_future(changes.__anext__()), asyncio.ensure_future(events.__anext__())]
                await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
                for task in waits:
                    task.cancel()
                await asyncio.gather(*waits, return_exceptions=True)
                waits = []
    except TimeoutError:
        raise AssertionError(f"condition not met within {timeout}s") from None
    finally:
        for task in waits:
            task.cancel()
        await asyncio.gather(*waits, return_exceptions=True)
        changes.close()
        events.close()


def run(test: Callable[[WsServer, AccountServer], Awaitable[None]]) -> None:
    async def main() -> None:
        async with WsServer() as ws:
            server = AccountServer(ws)
            seed(server)
            await test(ws, server)

    asyncio.run(main())


# ---------------------------------------------------------------------------------------------
# The sync request


def test_sync_request_lists_every_entity_type_and_the_options() -> None:
    account = AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket")
    assert account.sync_request == {"splitResponses": False, "entityTypes": list(DEFAULT_ENTITY_TYPES)}
    assert set(DEFAULT_ENTITY_TYPES) == set(ENTITY_TYPES)
    sharded = AccountSession(
        good_token,
        "ws://127.0.0.1:1/v1/websocket",
        entity_types=["order", "fill", "command"],
        split_responses=True,
        sharding={"expressionType": "modAccountId", "divisor": 3, "remainder": 1},
        full_org_snapshot=True,
    )
    assert sharded.sync_request == {
        "splitResponses": True,
        "entityTypes": ["order", "fill", "command"],
        "shardingExpression": {"expressionType": "modAccountId", "divisor": 3, "remainder": 1},
        "fullOrgSnapshot": True,
    }
    few = AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket", entity_types=["command", "order"], accounts=[5])
    assert few.sync_request == {"splitResponses": False, "entityTypes": ["command", "order"], "accounts": [5]}
    classic = AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket", users=[7])
    assert classic.sync_request == {"splitResponses": False, "users": [7]}


@pytest.mark.parametrize(
    ("entity_types", "missing"),
    [([], ("order", "command")), (["order", "fill"], ("command",)), (["command"], ("order",))],
)
def test_a_session_that_could_not_resolve_refuses_at_construction(
    entity_types: list[str], missing: tuple[str, ...]
) -> None:
    with pytest.raises(EntityTypesMissing) as refused:
        AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket", entity_types=entity_types)
    assert refused.value.missing == missing and refused.value.field == "entity_types"
    assert all(repr(name) in str(refused.value) for name in missing)
    assert isinstance(refused.value, errors.InvalidRequest)


@pytest.mark.parametrize(
    "options",
    [
        {"users": [7], "entity_types": ["order"]},
        {"users": [7], "sharding": {"expressionType": "modUserId", "divisor": 2, "remainder": 0}},
        {"accounts": [1], "sharding": {"expressionType": "modAccountId", "divisor": 2, "remainder": 0}},
        {"sharding": {"expressionType": "modAccountId", "divisor": 0, "remainder": 0}},
        {"sharding": {"expressionType": "modAccountId", "divisor": 2, "remainder": 2}},
        {"sharding": {"expressionType": "byName", "divisor": 2, "remainder": 0}},
        {"entity_types": "order"},
        {"entity_types": ["order", ""]},
    ],
)
def test_sync_options_the_server_refuses_are_refused_here(options: dict[str, Any]) -> None:
    with pytest.raises(errors.InvalidRequest):
        AccountSession(good_token, "ws://127.0.0.1:1/v1/websocket", **options)


def test_source_must_be_a_session_or_a_token_function() -> None:
    with pytest.raises(errors.InvalidRequest):
        AccountSession(42, "ws://127.0.0.1:1/v1/websocket")
    with pytest.raises(errors.InvalidRequest):
        AccountSession(good_token)
    with pytest.raises(errors.InsecureConfiguration):
        AccountSession(good_token, "ws://example.com/v1/websocket")


# ---------------------------------------------------------------------------------------------
# Sync, events, reconnects


def test_first_sync_then_live_events() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        account = AccountSession(good_token, ws.url, connection_options=FAST)
        events = account.events()
        assert repr(account).startswith("<AccountSession not ready")
        with pytest.raises(NotSynced):
            account.mirror.orders()
        async with account:
            assert account.ready and repr(account).startswith("<AccountSession ready")
            assert isinstance(await events.__anext__(), Synced)
            assert server.sync_bodies == [(1, account.sync_request)]
            assert mirror_state(account.mirror) == server.as_sync()
            assert [o.id for o in account.mirror.working_orders(ACCOUNT)] == [11]
            await server.upsert("position", position(21, "2026-11-20T14:05:00.000Z", 3))
            await server.delete("order", 12)
            await until(account, lambda: account.mirror.get("order", 12) is None)
            assert account.mirror.positions(ACCOUNT)[0].net_pos == 3
            assert mirror_state(account.mirror) == server.as_sync()
        assert "not ready" in repr(account)
        with pytest.raises(NotSynced):
            account.mirror.orders()
        with pytest.raises(ConnectionClosed):
            await account.wait_ready()

    run(test)


@pytest.mark.parametrize("drop", ["abort", "close 1000", "c frame", "shutdown"])
def test_a_drop_is_followed_by_one_fresh_sync_that_reconciles(drop: str) -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        opts = dict(FAST, maintenance_delay=0.0)
        async with AccountSession(good_token, ws.url, connection_options=opts) as account:
            told: list[AccountEvent] = []
            account.on_event(told.append)
            handle = account.mirror.order(11)
            assert handle is not None
            # what happens while the client is away: the order fills, one is deleted, a fill appears
            server.put("order", order(11, "Filled"))
            server.remove("order", 12)
            server.put("fill", {"id": 51, "orderId": 11, "qty": 1, "price": 1.0})
            server.put("position", position(21, "2026-11-20T14:10:00.000Z", 2))
            conn = ws.current
            if drop == "abort":
                conn.abort()
            elif drop == "close 1000":
                await conn.close(1000, "Bye")
            elif drop == "c frame":
                await conn.close_frame()
            else:
                await conn.shutdown("Maintenance")
            await until(account, lambda: any(isinstance(e, Resynced) for e in told))
            resynced = [e for e in told if isinstance(e, Resynced)]
            assert len(resynced) == 1 and resynced[0].gap >= 0
            report = resynced[0].report
            assert (report.created, report.updated, report.deleted) == (1, 2, 1)
            assert any(isinstance(e, Disconnected) for e in told)
            assert mirror_state(account.mirror) == server.as_sync()
            assert account.mirror.order(11) is handle and handle.done and handle.status == OrdStatus.FILLED
            assert [n for n, _ in server.sync_bodies] == [1, 2] and account.resyncs == 1
            assert account.sync_requests == {1: 1, 2: 1}
            await server.upsert("order", order(13), "Created")
            await until(account, lambda: account.mirror.get("order", 13) is not None)

    run(test)


def test_reads_refuse_while_disconnected() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        opts = {"backoff": Backoff(initial=5.0, cap=5.0), "seed": 1}
        async with AccountSession(good_token, ws.url, connection_options=opts) as account:
            events = account.events()
            ws.current.abort()
            while not isinstance(await events.__anext__(), Disconnected):
                pass
            assert not account.ready
            with pytest.raises(NotSynced):
                account.mirror.orders()
            with pytest.raises(errors.DeadlineExceeded):
                await account.wait_ready(timeout=0.01)

    run(test)


def test_an_overflowing_event_queue_resyncs_and_loses_nothing() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, queue_size=5, connection_options=FAST) as account:
            told: list[AccountEvent] = []
            account.on_event(told.append)
            flood = [("order", "Created", order(1000 + i)) for i in range(40)]
            flood.append(("order", "Deleted", order(11)))
            await server.tell_many(flood)
            await until(account, lambda: any(isinstance(e, Resynced) for e in told))
            assert any(isinstance(e, Gap) and e.reason == "resync" and (e.lost or 0) > 0 for e in told)
            await until(account, lambda: mirror_state(account.mirror) == server.as_sync())
            assert len(account.mirror.orders()) == 41

    run(test)


def test_a_refused_token_or_sync_fails_the_start() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async def bad() -> str:
            return "bad-token"

        with pytest.raises(errors.AuthenticationFailed):
            await AccountSession(bad, ws.url, connection_options=FAST).start()
        server.sync_status = 403
        with pytest.raises(errors.ApiError):
            await AccountSession(good_token, ws.url, connection_options=FAST).start()

    run(test)


def test_split_snapshot_parts_are_merged() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, split_responses=True, connection_options=FAST) as account:
            rid = ws.received("user/syncrequest")[-1][1]
            await ws.current.send_items({"s": 200, "i": rid, "d": {"orders": [order(77)]}})
            await until(account, lambda: account.mirror.get("order", 77) is not None)
            assert account.mirror.get("order", 11) is not None  # a later part deletes nothing
            assert account.sync_request["splitResponses"] is True

    run(test)


# ---------------------------------------------------------------------------------------------
# Orders


def buy(**extra: Any) -> PlaceOrder:
    fields: dict[str, Any] = {"order_qty": 1, "account_id": ACCOUNT} | extra
    return PlaceOrder(action=Action.BUY, symbol="ESZ6", order_type=OrderType.MARKET, **fields)


def test_place_order_attaches_a_cl_ord_id_and_returns_a_live_handle() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            handle = await account.place_order(buy(), timeout=5)
            assert isinstance(handle, OrderHandle)
            sent = server.placed[0][1]
            assert sent["clOrdId"].startswith("tv-") and len(sent["clOrdId"]) <= 64
            assert handle.cl_ord_id == sent["clOrdId"] and handle.status == OrdStatus.WORKING
            waiter = asyncio.ensure_future(handle.wait_done())
            await server.fill(handle.id)
            done = await asyncio.wait_for(waiter, 5)
            assert done.ord_status == OrdStatus.FILLED and [f.qty for f in handle.fills] == [1]
            assert account.mirror.order(handle.id) is handle
            mine = await account.place_order({**buy().to_dict(), "clOrdId": "mine-1"}, wait=False)
            assert isinstance(mine, PlaceOrderResult) and server.placed[1][1]["clOrdId"] == "mine-1"
            with pytest.raises(errors.InvalidRequest):
                await account.place_order("buy")  # type: ignore[call-overload]
            with pytest.raises(errors.InvalidRequest):
                await account.place_order(buy(order_qty=0))
            assert len(server.placed) == 2

    run(test)


@pytest.mark.parametrize(("mode", "exists"), [("drop-after", True), ("drop-before", False)])
def test_a_lost_answer_is_outcome_unknown_never_resent_and_resolved_from_the_mirror(mode: str, exists: bool) -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            server.place_mode = mode
            with pytest.raises(OrderOutcomeUnknown) as caught:
                await account.place_order(buy(cl_ord_id="amb-1"), timeout=5)
            assert isinstance(caught.value, errors.OutcomeUnknown) and caught.value.cl_ord_id == "amb-1"
            assert "amb-1" in str(caught.value)
            server.place_mode = "answer"
            found = await account.resolve("amb-1", timeout=5)
            assert account.ready and len(server.sync_bodies) == 2
            if exists:
                assert isinstance(found, OrderHandle) and found.cl_ord_id == "amb-1"
                assert found is account.mirror.order(found.id)
            else:
                assert found is None
            assert [n for n, body in server.placed if body.get("clOrdId") == "amb-1"] == [1]  # never resent
            assert await account.resolve("old-1", timeout=5) is account.mirror.order(11)
            assert await account.resolve("never", timeout=5) is None

    run(test)


def test_an_accepted_placement_without_an_order_id_is_ambiguous_and_resolved() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:

            async def no_id(conn: Any, rid: int, query: str, body: str) -> None:
                data = json.loads(body)
                server.placed.append((conn.number, data))
                order, command = server._create(data)
                await conn.send_items({"s": 200, "i": rid, "d": {"orderId": None}})  # executed, no id said
                await server.tell("order", "Created", order)
                await server.tell("command", "Created", command)

            ws.handlers["order/placeorder"] = no_id
            with pytest.raises(OrderOutcomeUnknown) as caught:
                await account.place_order(buy(cl_ord_id="noid-1"), timeout=5)
            assert caught.value.cl_ord_id == "noid-1" and "no orderId" in str(caught.value)
            found = await account.resolve("noid-1", timeout=5)
            assert isinstance(found, OrderHandle) and found.cl_ord_id == "noid-1"
            assert len(server.placed) == 1  # never resent

    run(test)


def test_a_timed_out_placement_is_resolved_after_a_fresh_snapshot() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            ws.handlers["order/placeorder"] = lambda c, rid, q, b: None  # never answered
            with pytest.raises(OrderOutcomeUnknown) as caught:
                await account.place_order(buy(), timeout=0.05)
            assert await account.resolve(caught.value.cl_ord_id, timeout=5) is None
            assert [n for n, _ in server.sync_bodies] == [1, 2]  # the resolution took a new snapshot

    run(test)


def test_new_cl_ord_ids_are_unique() -> None:
    ids = {new_cl_ord_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) <= 64 for i in ids)
    assert new_cl_ord_id("bot").startswith("bot-")


def test_an_accepted_order_missing_from_the_mirror_is_typed() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            ws.handlers["order/placeorder"] = lambda c, rid, q, b: {"s": 200, "i": rid, "d": {"orderId": 999}}
            with pytest.raises(OrderNotMirrored) as caught:
                await account.place_order(buy(cl_ord_id="quiet-1"), timeout=0.05)
            assert (caught.value.order_id, caught.value.cl_ord_id) == (999, "quiet-1")

    run(test)


def test_events_sent_before_the_snapshot_are_applied_after_it_by_version() -> None:
    async def test(ws: WsServer, server: AccountServer) -> None:
        sync = ws.handlers["user/syncrequest"]

        async def early_events(conn: ServerConn, rid: int, query: str, body: str) -> Any:
            # older than the snapshot: must not undo it; a new order: must survive it
            await conn.props("position", "Updated", position(21, "2026-11-20T13:00:00.000Z", -5))
            await conn.props("order", "Updated", order(11, "PendingNew"))
            await conn.props("order", "Created", order(14))
            server.put("order", order(11, "Filled"))
            return sync(conn, rid, query, body)

        ws.handlers["user/syncrequest"] = early_events
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            await until(account, lambda: account.mirror.get("order", 14) is not None)
            assert account.mirror.positions()[0].net_pos == 1
            assert account.mirror.order(11).status == OrdStatus.FILLED  # type: ignore[union-attr]

    run(test)


def test_with_a_session_the_socket_authorizes_with_its_token(server: Loopback) -> None:
    server.route(
        "POST",
        "/auth/accesstokenrequest",
        Reply.json({"accessToken": "tok-A", "expirationTime": "2099-01-01T00:00:00Z", "userId": 7, "name": "jdoe"}),
    )
    creds = Credentials(name="jdoe", password="pw-canary", app_id="bot", app_version="1", cid=8, sec="sec-canary")

    async def main() -> None:
        async with WsServer(tokens={"tok-A"}) as ws:
            accounts = AccountServer(ws)
            seed(accounts)
            env = Environment(rest_url=server.base_url, ws_url=ws.url, md_url=ws.url, replay_url=ws.url)
            async with (
                Session(creds, env, auto_renew=False) as session,
                AccountSession(session, connection_options=FAST) as account,
            ):
                assert ws.tokens_seen == ["tok-A"] and account.ready
                assert mirror_state(account.mirror) == accounts.as_sync()

    asyncio.run(main())


def test_a_token_revoked_mid_session_leads_to_one_new_login_and_a_resync(server: Loopback) -> None:
    issued = iter(["tok-A", "tok-B", "tok-C"])

    def login(_: Any) -> Reply:
        token = next(issued)
        return Reply.json({"accessToken": token, "expirationTime": "2099-01-01T00:00:00Z", "userId": 7, "name": "j"})

    server.route("POST", "/auth/accesstokenrequest", login)
    creds = Credentials(name="jdoe", password="pw-canary", app_id="bot", app_version="1", cid=8, sec="sec-canary")

    async def main() -> None:
        async with WsServer(tokens={"tok-A"}) as ws:
            accounts = AccountServer(ws)
            seed(accounts)
            env = Environment(rest_url=server.base_url, ws_url=ws.url, md_url=ws.url, replay_url=ws.url)
            async with (
                Session(creds, env, auto_renew=False) as session,
                AccountSession(session, connection_options=FAST) as account,
            ):
                told: list[AccountEvent] = []
                account.on_event(told.append)
                ws.tokens = {"tok-B"}  # tok-A revoked server-side: the socket is dropped
                accounts.put("order", order(71))  # happened while the client was away
                ws.current.abort()
                await until(account, lambda: any(isinstance(e, Resynced) for e in told))
                assert ws.tokens_seen == ["tok-A", "tok-A", "tok-B"]
                assert session.token is not None and session.token.access_token == "tok-B"
                assert mirror_state(account.mirror) == accounts.as_sync()
            logins = [r for r in server.requests if r.path == "/auth/accesstokenrequest"]
            assert len(logins) == 2  # one at start, one after the refusal: never one per attempt

    asyncio.run(main())


def test_a_rest_placement_whose_answer_is_lost_is_resolved_from_the_socket(server: Loopback) -> None:
    server.route(
        "POST",
        "/auth/accesstokenrequest",
        Reply.json({"accessToken": "tok-A", "expirationTime": "2099-01-01T00:00:00Z", "userId": 7, "name": "jdoe"}),
    )
    server.route("POST", "/order/placeorder", Reply(action="close"))
    creds = Credentials(name="jdoe", password="pw-canary", app_id="bot", app_version="1", cid=8, sec="sec-canary")

    async def main() -> None:
        async with WsServer(tokens={"tok-A"}) as ws:
            accounts = AccountServer(ws)
            seed(accounts)
            env = Environment(rest_url=server.base_url, ws_url=ws.url, md_url=ws.url, replay_url=ws.url)
            async with (
                Session(creds, env, auto_renew=False) as session,
                AccountSession(session, connection_options=FAST) as account,
            ):
                with pytest.raises(OrderOutcomeUnknown) as caught:
                    await account.place_order(buy(), via="rest")
                cl_ord_id = caught.value.cl_ord_id
                sent = [r.json() for r in server.requests if r.path == "/order/placeorder"]
                assert [body["clOrdId"] for body in sent] == [cl_ord_id]  # sent once, never again
                # the server did execute it; nothing told the client
                accounts.put("order", order(61))
                accounts.put("command", {"id": 62, "orderId": 61, "clOrdId": cl_ord_id, "commandType": "New"})
                found = await account.resolve(cl_ord_id, timeout=5)
                assert found is not None and found.id == 61
                with pytest.raises(errors.InvalidRequest):
                    await account.place_order(buy(), via="fax")
        with pytest.raises(errors.InvalidRequest):
            await AccountSession(good_token, ws.url).place_order(buy(), via="rest")

    asyncio.run(main())


def test_the_token_never_appears_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    canary = "canary-token-3f9d1c"

    async def token() -> str:
        return canary

    async def main() -> None:
        async with WsServer(tokens={canary}) as ws:
            server = AccountServer(ws)
            seed(server)
            texts: list[str] = []
            async with AccountSession(token, ws.url, connection_options=FAST) as account:
                told: list[AccountEvent] = []
                account.on_event(told.append)
                handle = await account.place_order(buy(), timeout=5)
                server.place_mode = "drop-after"
                with pytest.raises(OrderOutcomeUnknown) as caught:
                    await account.place_order(buy(), timeout=5)
                texts += [str(caught.value), repr(caught.value)]
                await account.resolve(caught.value.cl_ord_id, timeout=5)
                texts += [repr(account), repr(account.connection), repr(account.mirror), repr(handle)]
                texts += [repr(e) for e in told]
            assert len(ws.conns) == 2 and ws.tokens_seen == [canary, canary]
            assert all(canary not in text for text in texts)

    with caplog.at_level(logging.DEBUG):
        asyncio.run(main())
    assert caplog.records and canary not in caplog.text
    assert all(canary not in str(r.args) for r in caplog.records)


def test_a_connection_stream_consumer_changing_its_props_events_changes_nothing_in_the_mirror() -> None:
    """The session's mirror keeps the entities its stream parsed uncopied: another consumer of the
    connection's events (told it may keep ``Props.entity``) gets its own, never the mirror's."""

    async def test(ws: WsServer, server: AccountServer) -> None:
        async with AccountSession(good_token, ws.url, connection_options=FAST) as account:
            mine = account.connection.events()
            other = account.connection.events()
            await server.upsert("order", order(11, "Filled"))
            await until(account, lambda: (account.mirror.raw("order", 11) or {}).get("ordStatus") == "Filled")
            expected = mirror_state(account.mirror)
            seen = [e for stream in (mine, other) for e in stream.drain() if isinstance(e, p.Props)]
            assert len(seen) == 2
            for event in seen:
                event.entity["ordStatus"] = "Working"
                event.entity["accountId"] = -1
            assert mirror_state(account.mirror) == expected
            assert [o.id for o in account.mirror.working_orders()] == []
            assert (account.mirror.raw("order", 11) or {}).get("ordStatus") == "Filled"
            assert seen[0].entity is not seen[1].entity

    run(test)
