"""The asyncio connection against a real WebSocket server on loopback (``wsserver``).

Intervals are short (tens of milliseconds) so the file runs in a few seconds; every wait is on
an event or a condition of the server, bounded by a timeout that only fails a broken client.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve
from wsserver import ServerConn, WsServer

from tradovate.realtime import protocol as p
from tradovate.realtime.connection import (
    Backoff,
    Connected,
    Connection,
    Disconnected,
    Gap,
    Reconnected,
)
from tradovate.realtime.errors import ConnectionClosed, ConnectionLost, ServerShutdown
from tradovate.realtime.events import StreamEvent
from tradovate.streams import Stream
from tradovate_api import errors, models

TOKEN = "good-token"
FAST = Backoff(initial=0.02, factor=2.0, cap=0.1, jitter=0.5)


def tokens(*values: str) -> Callable[[], Awaitable[str]]:
    """A token source that returns the given tokens in turn (the last one for ever)."""
    queue = list(values)

    async def token() -> str:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return token


def make(server: WsServer, **kw: Any) -> Connection:
    options: dict[str, Any] = {
        "heartbeat_interval": 0.05,
        "dead_after": 1.0,
        "request_timeout": 2.0,
        "connect_timeout": 2.0,
        "backoff": FAST,
        "quota_delay": 0.2,
        "maintenance_delay": 0.1,
        "seed": 1,
    }
    options.update(kw)
    token = options.pop("token", tokens(TOKEN))
    return Connection(server.url, token, **options)


async def next_of(stream: Stream[StreamEvent], *kinds: type, timeout: float = 5.0) -> Any:
    """The next event of one of ``kinds`` (others are skipped)."""
    async with asyncio.timeout(timeout):
        while True:
            event = await stream.get()
            if isinstance(event, kinds):
                return event


def run(main: Callable[[], Awaitable[None]]) -> None:
    async def checked() -> None:
        await main()
        leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        assert leftover == [], leftover  # nothing keeps running after close()

    asyncio.run(checked())


# -- authorize ---------------------------------------------------------------------------------


def test_authorizes_and_answers_requests_with_models() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events()
            accounts = await conn.request("account/list")
            assert [type(a) for a in accounts] == [models.Account] and accounts[0].name == "DEMO1"
            assert await conn.request("echo", {"x": [1, 2]}, idempotent=True) == {"x": [1, 2]}
            with pytest.raises(errors.NotFound):
                await conn.request("nothing/here", idempotent=True)
            assert server.tokens_seen == [TOKEN]
            assert server.current.requests[0] == ("authorize", 0, "", TOKEN)
            assert conn.ready and conn.generation == 1
            stream.close()

    run(main)


def test_connected_is_delivered_to_streams_opened_before_connect() -> None:
    async def main() -> None:
        async with WsServer() as server:
            conn = make(server)
            stream = conn.events()
            await conn.connect()
            assert await next_of(stream, Connected) == Connected(1)
            await conn.close()
            assert [e async for e in stream] == []  # the stream ends with the connection

    run(main)


def test_a_refused_token_fails_connect_with_a_typed_error_and_no_secret() -> None:
    async def main() -> None:
        async with WsServer(tokens={"other"}) as server:
            conn = make(server, token=tokens("canary-SECRET-1"))
            with pytest.raises(errors.AuthenticationFailed) as info:
                await conn.connect()
            assert "canary-SECRET-1" not in str(info.value) + repr(info.value) + repr(conn)
            assert conn.closed and len(server.conns) == 1
            with pytest.raises(ConnectionClosed):
                await conn.request("account/list")

    run(main)


def test_the_token_is_read_again_at_every_reconnect() -> None:
    async def main() -> None:
        async with WsServer(tokens={"first", "renewed"}) as server:
            async with make(server, token=tokens("first", "renewed")) as conn:
                stream = conn.events()
                server.current.abort()
                await next_of(stream, Reconnected)
            assert server.tokens_seen == ["first", "renewed"]

    run(main)


def test_plain_ws_is_only_for_loopback_hosts() -> None:
    with pytest.raises(errors.InsecureConfiguration):
        Connection("ws://example.com/v1/websocket", tokens(TOKEN))
    with pytest.raises(errors.InsecureConfiguration):
        Connection("https://demo.tradovateapi.com/v1/websocket", tokens(TOKEN))
    Connection("wss://demo.tradovateapi.com/v1/websocket", tokens(TOKEN))


def test_the_frame_log_at_debug_never_shows_the_token(caplog: pytest.LogCaptureFixture) -> None:
    secret = "canary-SECRET-2"

    async def main() -> None:
        async with WsServer(tokens={secret}) as server:
            server.handlers["auth/renewaccesstoken"] = lambda c, rid, q, b: {
                "s": 200,
                "i": rid,
                "d": {"accessToken": secret, "expirationTime": "2026-01-01T00:00:00Z"},
            }
            async with make(server, token=tokens(secret)) as conn:
                renewed = await conn.request("auth/renewaccesstoken")
                assert renewed.access_token == secret
                assert secret not in repr(renewed) + repr(conn)

    with caplog.at_level(logging.DEBUG):  # every logger, websockets' own included
        run(main)
    assert any("authorize" in r.getMessage() for r in caplog.records)
    assert all(secret not in r.getMessage() for r in caplog.records)


# -- heartbeats and liveness -------------------------------------------------------------------


def test_heartbeats_keep_flowing_during_a_flood_and_stop_after_close() -> None:
    async def main() -> None:
        async with WsServer(heartbeat_interval=None) as server:
            conn = make(server, heartbeat_interval=0.02, dead_after=None)
            await conn.connect()
            stream = conn.events(maxsize=1_000_000)
            side = server.current
            before = len(side.heartbeats)

            async def flood() -> None:  # until the client's heartbeats have come through it
                while len(side.heartbeats) < before + 5:
                    await side.flood(200, batch=20)

            await asyncio.wait_for(flood(), 10.0)
            assert len(stream) > 0  # events really were flowing meanwhile
            await conn.close()
            await server.wait_for(lambda: side.closed)
            assert not conn.ready

    run(main)


def test_a_silent_server_is_detected_and_the_connection_made_again() -> None:
    async def main() -> None:
        async with WsServer(heartbeat_interval=0.02) as server, make(server, dead_after=0.3) as conn:
            stream = conn.events()
            server.current.silent = True
            dropped = await next_of(stream, Disconnected)
            assert dropped.reason.startswith("silent") and dropped.generation == 1
            back = await next_of(stream, Reconnected)
            assert back.generation == 2 and back.gap > 0
            assert server.conns[1].others_open == 0

    run(main)


def test_staleness_is_reported_without_dropping_the_connection() -> None:
    async def main() -> None:
        async with WsServer(heartbeat_interval=0.02) as server, make(server, stale_after=0.2) as conn:
            stream = conn.events()
            stale = await next_of(stream, p.Stale)
            assert stale.quiet_for >= 0.2 and conn.generation == 1 and len(server.conns) == 1

    run(main)


# -- drops -------------------------------------------------------------------------------------


async def _abort(c: ServerConn) -> None:
    c.abort()


async def _close_frame(c: ServerConn) -> None:
    await c.close_frame(3000, "Go away!")


async def _bye(c: ServerConn) -> None:
    await c.close(1000, "Bye")


async def _going_away(c: ServerConn) -> None:
    await c.close(1001, "")


async def _maintenance(c: ServerConn) -> None:
    await c.shutdown("Maintenance", "window")


@pytest.mark.parametrize(
    ("drop", "reason"),
    [
        (_abort, "aborted"),
        (_close_frame, "close frame c[3000, 'Go away!']"),
        (_bye, "closed by the server (1000 Bye)"),
        (_going_away, "closed by the server (1001)"),
        (_maintenance, "shutdown Maintenance"),
    ],
)
def test_every_kind_of_drop_is_recovered(drop: Callable[[ServerConn], Awaitable[None]], reason: str) -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events()
            await drop(server.current)
            lost = await next_of(stream, Disconnected)
            assert lost.reason.startswith(reason), lost.reason
            back = await next_of(stream, Reconnected)
            assert back.generation == 2
            assert server.conns[1].others_open == 0  # the old socket was closed before the new one opened
            assert (await conn.request("account/list"))[0].id == 1
            await server.current.props("order", "Created", {"id": 5})
            assert (await next_of(stream, p.Props)).entity == {"id": 5}

    run(main)


def test_a_quota_shutdown_is_typed_and_waits_longer() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events()
            await server.current.shutdown("ConnectionQuotaReached")
            notice = await next_of(stream, p.Shutdown)
            assert notice.quota
            lost = await next_of(stream, Disconnected)
            assert isinstance(lost.error, ServerShutdown) and lost.error.quota
            assert lost.retry_in is not None and lost.retry_in >= 0.2
            await next_of(stream, Reconnected)

    run(main)


def test_reconnecting_never_gives_up_by_default_while_the_token_is_refused() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events()
            server.tokens.clear()  # refused for a while: attempts keep coming
            server.current.abort()
            await server.wait_for(lambda: len(server.conns) >= 5)
            assert not conn.closed and conn.generation >= 1
            server.tokens.add(TOKEN)
            await next_of(stream, Reconnected)

    run(main)


def test_a_token_refused_on_a_reconnect_is_reported_before_the_next_attempt() -> None:
    async def main() -> None:
        async with WsServer(tokens={"first"}) as server:
            issued = ["first"]
            refused: list[str] = []

            async def token() -> str:
                return issued[-1]

            def on_refused(value: str) -> None:
                refused.append(value)
                issued.append(f"fresh-{len(issued)}")  # what Session.invalidate leads to
                server.tokens.add(issued[-1])

            async with make(server, token=token, on_auth_refused=on_refused) as conn:
                stream = conn.events()
                server.tokens.clear()  # revoked server-side
                server.current.abort()
                await next_of(stream, Reconnected)
            assert refused == ["first"]
            assert server.tokens_seen == ["first", "first", "fresh-1"]

    run(main)


def test_a_refusal_followed_at_once_by_a_close_is_still_a_refusal() -> None:
    async def refuse_and_close(ws: ServerConnection) -> None:
        await ws.send("o")
        await ws.recv()  # authorize
        await ws.send('a[{"s":401,"i":0,"d":"Access is denied"}]')
        await ws.send('c[3000,"Go away!"]')  # read with the answer: the link ends as it is refused
        await ws.close(1000, "Bye")

    async def main() -> None:
        refused: list[str] = []
        async with serve(refuse_and_close, "127.0.0.1", 0) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            url = f"ws://127.0.0.1:{port}/v1/websocket"
            conn = Connection(url, tokens("revoked"), on_auth_refused=refused.append, backoff=FAST, max_attempts=2)
            with pytest.raises(errors.AuthenticationFailed):  # not a drop, retried (RequestNotSent)
                await conn.connect()
        assert refused == ["revoked", "revoked"] and conn.closed  # a first refusal is tried once more

    run(main)


def test_a_failing_auth_refused_hook_is_logged_and_reconnects_go_on(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        async with WsServer() as server:
            calls: list[str] = []

            def broken(value: str) -> None:
                calls.append(value)
                raise RuntimeError(value)  # the message holds the token: it must not be logged

            async with make(server, on_auth_refused=broken) as conn:
                stream = conn.events()
                server.tokens.clear()
                server.current.abort()
                await server.wait_for(lambda: len(server.tokens_seen) >= 3)  # refused twice
                server.tokens.add(TOKEN)
                await next_of(stream, Reconnected)
            assert len(calls) == len(server.tokens_seen) - 2 >= 2 and set(calls) == {TOKEN}

    with caplog.at_level(logging.DEBUG):
        run(main)
    assert "on_auth_refused failed: RuntimeError" in caplog.text and TOKEN not in caplog.text


# -- requests in flight ------------------------------------------------------------------------


def test_an_order_whose_connection_drops_is_outcome_unknown_and_never_resent() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events()
            server.drop_on.add("order/placeorder")
            order = {"accountId": 1, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
            with pytest.raises(errors.OutcomeUnknown):
                await conn.request("order/placeorder", order)
            await next_of(stream, Reconnected)
            server.drop_on.clear()
            assert (await conn.request("account/list"))[0].id == 1
            assert len(server.received("order/placeorder")) == 1  # sent once, never again

    run(main)


def test_a_read_whose_connection_drops_is_a_typed_connection_error() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.drop_on.add("account/list")
            with pytest.raises(ConnectionLost):
                await conn.request("account/list")

    run(main)


def test_a_request_runs_the_call_policy_without_a_generator_or_an_exchange_per_answer() -> None:
    """The socket's hot path: the shared policy's steps (``CallState``) are driven directly; no
    policy generator is resumed and no ``tradovate_api.Response`` is made for an answer."""

    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            await conn.request("echo", {"x": 1}, idempotent=True)  # warm caches
            called: list[str] = []

            def profile(frame: Any, event: str, _: object) -> None:
                if event == "call":
                    called.append(f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_code.co_qualname}")

            sys.setprofile(profile)
            try:
                assert await conn.request("echo", {"x": 2}, idempotent=True) == {"x": 2}
            finally:
                sys.setprofile(None)
            assert "_guards.py:CallState.answered" in called  # the policy saw the answer
            assert not [name for name in called if name.startswith("_guards.py:Guards.")], called
            assert "types.py:Response.__init__" not in called

    run(main)


def test_unanswered_requests_time_out_by_kind() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.handlers["account/list"] = lambda c, rid, q, b: None
            server.handlers["order/cancelorder"] = lambda c, rid, q, b: None
            with pytest.raises(errors.DeadlineExceeded):
                await conn.request("account/list", timeout=0.1)
            with pytest.raises(errors.OutcomeUnknown):
                await conn.request("order/cancelorder", {"orderId": 1}, timeout=0.1)
            assert conn.generation == 1  # a timeout is not a drop

    run(main)


def test_close_fails_a_pending_order_as_outcome_unknown() -> None:
    async def main() -> None:
        async with WsServer() as server:
            conn = make(server)
            await conn.connect()
            server.handlers["order/cancelorder"] = lambda c, rid, q, b: None
            pending = asyncio.create_task(conn.request("order/cancelorder", {"orderId": 1}))
            await server.wait_for(lambda: bool(server.received("order/cancelorder")))
            await conn.close()
            with pytest.raises(errors.OutcomeUnknown):
                await pending
            with pytest.raises(ConnectionClosed):
                await conn.request("account/list")

    run(main)


def test_invalid_requests_are_refused_before_sending() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            with pytest.raises(errors.InvalidRequest):
                await conn.request("order/placeorder", {"accountId": 1, "orderType": "Limit"})
            assert server.received("order/placeorder") == []

    run(main)


# -- on_connected and event delivery -----------------------------------------------------------


def test_on_connected_runs_after_each_authorize_and_before_events_are_delivered() -> None:
    async def main() -> None:
        async with WsServer() as server:
            snapshots: list[Any] = []

            async def sync(c: ServerConn, rid: int, q: str, b: str) -> dict[str, Any]:
                await c.props("order", "Updated", {"id": 1, "n": len(snapshots)})  # before the answer
                return {"s": 200, "i": rid, "d": {"users": [], "orders": [{"id": 1}]}}

            server.handlers["user/syncrequest"] = sync

            async def on_connected(conn: Connection) -> None:
                snapshots.append(await conn.request("user/syncrequest", {"users": [1]}))

            conn = make(server, on_connected=on_connected)
            stream = conn.events()
            await conn.connect()
            assert len(snapshots) == 1
            assert await stream.get() == Connected(1)
            assert (await next_of(stream, p.Props, Gap)).entity == {"id": 1, "n": 0}  # held until the hook finished
            server.current.abort()
            await next_of(stream, Disconnected)
            assert isinstance(await stream.get(), Reconnected)
            assert (await next_of(stream, p.Props, Gap)).entity == {"id": 1, "n": 1}
            assert len(snapshots) == 2
            await conn.close()

    run(main)


def test_a_paused_consumer_gets_a_gap_marker_never_a_silent_loss() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events(maxsize=100)
            await server.current.flood(1000, batch=50)
            await conn.request("echo", idempotent=True)  # answered after every flood frame was handled
            await server.current.props("order", "Created", {"id": 9})
            await conn.request("echo", idempotent=True)
            seen: list[Any] = []
            while len(stream):
                event = stream.get_nowait()
                seen.append(event)
            quotes = [e for e in seen if isinstance(e, p.MarketData)]
            gaps = [e for e in seen if isinstance(e, Gap)]
            assert len(gaps) == 1 and stream.overflowed > 0
            assert len(quotes) + (gaps[0].lost or 0) == 1001  # the flood and the props: each delivered or counted
            assert isinstance(seen[-1], Gap)  # lost at the end: the marker comes last
            assert len(quotes) == 100

    run(main)


def test_events_after_a_gap_follow_the_marker() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            stream = conn.events(maxsize=10)
            await server.current.flood(30)
            await conn.request("echo", idempotent=True)
            for _ in range(5):
                stream.get_nowait()
            await server.current.props("order", "Created", {"id": 9})
            await conn.request("echo", idempotent=True)
            rest = []
            while len(stream):
                rest.append(stream.get_nowait())
            assert isinstance(rest[-2], Gap) and rest[-2].lost == 20
            assert isinstance(rest[-1], p.Props)
            await conn.reconnect("resync after a gap")
            await next_of(stream, Reconnected)

    run(main)


def test_a_failing_token_source_fails_the_first_connect() -> None:
    async def main() -> None:
        async with WsServer() as server:

            async def broken() -> str:
                raise RuntimeError("vault unreachable")

            conn = make(server, token=broken)
            with pytest.raises(RuntimeError):
                await conn.connect()
            assert conn.closed

    run(main)


def test_connect_gives_up_after_max_attempts_when_asked_to() -> None:
    async def main() -> None:
        async with WsServer(send_open=False) as server:
            conn = make(server, max_attempts=2, connect_timeout=0.1)
            with pytest.raises(errors.RequestNotSent):
                await conn.connect()
            assert len(server.conns) == 2 and conn.closed

    run(main)


def test_refusals_over_the_socket_are_the_rest_errors() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.handlers["md/subscribequote"] = lambda c, rid, q, b: {
                "s": 200,
                "i": rid,
                "d": {"p-ticket": "TICKET-SECRET", "p-time": 3, "p-captcha": False},
            }
            server.handlers["account/list"] = lambda c, rid, q, b: {"s": 429, "i": rid}
            with pytest.raises(errors.PenaltyTicket) as penalty:  # 3 s does not fit in the 2 s timeout
                await conn.request("md/subscribeQuote", {"symbol": "ESZ6"})
            assert penalty.value.time == 3 and "TICKET-SECRET" not in str(penalty.value)
            with pytest.raises(errors.RateLimited):
                await conn.request("account/list")
            assert len(server.received("md/subscribeQuote")) == 1  # nothing is retried here

    run(main)


def penalising(times: int, answer: Any, seconds: float = 0.01, captcha: bool = False) -> Any:
    """A handler that answers the first ``times`` requests with a penalty ticket, then ``answer``."""
    count = 0

    def handle(c: ServerConn, rid: int, q: str, b: str) -> dict[str, Any]:
        nonlocal count
        count += 1
        if count <= times:
            d: dict[str, Any] = {"p-ticket": f"TICKET-{count}", "p-time": seconds}
            if captcha:
                d["p-captcha"] = True
            return {"s": 200, "i": rid, "d": d}
        return {"s": 200, "i": rid, "d": answer}

    return handle


def bodies(server: WsServer, endpoint: str) -> list[tuple[str, str]]:
    return [(r[2], r[3]) for c in server.conns for r in c.requests if r[0] == endpoint]


PLACE = models.PlaceOrder(
    action=models.Action.BUY,
    symbol="ESZ6",
    order_qty=1,
    order_type=models.OrderType.MARKET,
    account_id=1,
)


def test_a_penalty_ticket_is_waited_out_and_the_request_sent_once_more_with_it() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.handlers["order/placeorder"] = penalising(1, {"orderId": 7})
            server.handlers["account/list"] = penalising(1, [{"id": 1, "name": "DEMO1"}])
            placed = await conn.request("order/placeorder", PLACE)
            assert placed.order_id == 7
            first, second = bodies(server, "order/placeorder")
            assert "p-ticket" not in json.loads(first[1])
            assert json.loads(second[1]) == {**json.loads(first[1]), "p-ticket": "TICKET-1"}
            [account] = await conn.request("account/list")  # no body: the ticket becomes the body
            assert account.name == "DEMO1"
            assert bodies(server, "account/list") == [("", ""), ("", '{"p-ticket":"TICKET-1"}')]

    run(main)


def test_a_request_penalised_again_raises_the_penalty_ticket() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.handlers["order/placeorder"] = penalising(2, {"orderId": 7})
            with pytest.raises(errors.PenaltyTicket) as penalty:
                await conn.request("order/placeorder", PLACE)
            assert penalty.value.ticket == "TICKET-2" and not penalty.value.captcha
            assert len(bodies(server, "order/placeorder")) == 2  # sent once more, not twice

    run(main)


def test_a_captcha_penalty_is_raised_at_once() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:
            server.handlers["order/placeorder"] = penalising(1, {"orderId": 7}, captcha=True)
            with pytest.raises(errors.CaptchaRequired):
                await conn.request("order/placeorder", PLACE)
            assert len(bodies(server, "order/placeorder")) == 1

    run(main)


def test_a_penalty_longer_than_the_timeout_or_with_retries_off_is_raised_at_once() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn, make(server, penalty_retry=False) as plain:
            server.handlers["order/placeorder"] = penalising(2, {"orderId": 7}, seconds=1)
            with pytest.raises(errors.PenaltyTicket) as penalty:
                await conn.request("order/placeorder", PLACE, timeout=0.5)
            assert penalty.value.time == 1
            server.handlers["account/list"] = penalising(1, [], seconds=0)
            with pytest.raises(errors.PenaltyTicket):
                await plain.request("account/list")
            assert len(bodies(server, "order/placeorder")) == 1 and len(bodies(server, "account/list")) == 1

    run(main)


def test_later_parts_of_a_split_answer_reach_the_event_streams() -> None:
    async def main() -> None:
        async with WsServer() as server, make(server) as conn:

            async def split(c: ServerConn, rid: int, q: str, b: str) -> None:
                await c.send_items({"s": 200, "i": rid, "d": {"users": [{"id": 1}]}})
                await c.send_items({"s": 200, "i": rid, "d": {"orders": [{"id": 2}]}})

            server.handlers["user/syncrequest"] = split
            stream = conn.events()
            first = await conn.request("user/syncrequest", {"users": [1]})
            assert first.users[0].id == 1
            later = await next_of(stream, p.Response)
            assert later.late and later.endpoint == "user/syncrequest" and later.data == {"orders": [{"id": 2}]}

    run(main)
