"""The user socket of the simulator: framing, authorization, heartbeats, syncrequest, props routing."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from simsocket import UserSocket, barrier

from tradovate.realtime.errors import ProtocolViolation
from tradovate.sim import Simulator
from tradovate.sim.framing import parse

Scenario = Callable[[Simulator, str], Awaitable[None]]


def run(body: Scenario, **options: Any) -> None:
    async def main() -> None:
        async with Simulator(seed=2, **options) as sim:
            token = sim.auth._answer(sim.auth._issue(1001, "demo"))["accessToken"]
            await body(sim, token)

    asyncio.run(main())


def test_open_authorize_and_requests() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url)
        early = await sock.request("account/list")
        assert early["s"] == 401
        bad = await sock.request("authorize", raw_body="not-a-token")
        assert bad == {"s": 401, "i": bad["i"], "d": "Invalid access token"}
        ok = await sock.request("authorize", raw_body=json.dumps(token))  # JSON-quoted, as the JS example sends it
        assert ok == {"s": 200, "i": ok["i"]}
        accounts = await sock.request("account/list", raw_body="undefined")
        assert [a["name"] for a in accounts["d"]] == ["DEMO20001", "DEMO20002"]
        found = await sock.request("Contract/Find", query="name=ESZ6")  # endpoints match in any case
        assert found["s"] == 200 and found["d"]["name"] == "ESZ6"
        missing = await sock.request("md/getChart", {"symbol": "ESZ6"})
        # d double-encoded, as a capture of the real socket shows
        assert missing["s"] == 404 and json.loads(missing["d"]) == "Not found: md/getChart"
        broken = await sock.request("order/placeorder", raw_body="{not json")
        assert broken["s"] == 400
        place = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
        for bad, text in (
            ({"action": "Hold"}, "Invalid value for field action"),
            ({"orderQty": "one"}, "Invalid value for field orderQty"),
            ({"symbol": None}, "Missing required field: symbol"),
        ):
            answer = await sock.request("order/placeorder", {**place, **bad})
            assert answer == {"s": 400, "i": answer["i"], "d": text}
        coerced = await sock.request("order/placeorder", {**place, "orderQty": "2", "accountId": "20001"})
        assert coerced["s"] == 200 and isinstance(coerced["d"]["orderId"], int)  # coerced as Jackson does
        login = await sock.request("auth/accesstokenrequest", {"name": "demo", "password": "demo", "cid": 8})
        assert "accessToken" in login["d"]  # cid as a number, as the official examples send it
        await sock.close()
        assert sock.frames[0] == "o"

    run(body)


def test_server_heartbeats_while_idle() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url, token)
        await sock.wait_for(lambda s: s.frames.count("h") >= 2)
        await sock.close()

    run(body, heartbeat_interval=0.05)


@pytest.mark.parametrize("authorize", [True, False])
def test_a_silent_client_is_closed_without_a_close_frame(authorize: bool) -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url, token if authorize else None)
        await asyncio.wait_for(sock.closed.wait(), 5)
        assert sock.close_code == 1006  # abnormal: the TCP connection ended without a close frame
        await sock.close()

    if authorize:
        run(body, client_timeout=0.3)
    else:
        run(body, authorize_timeout=0.3)


def test_client_heartbeats_keep_the_socket_open() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url, token)
        for _ in range(15):  # 15 x 0.1 s of heartbeats: well past the 1 s silence limit
            await sock.send_text("[]")
            await asyncio.sleep(0.1)
        assert not sock.closed.is_set()
        answer = await sock.request("account/list")
        assert answer["s"] == 200
        await sock.close()

    run(body, client_timeout=1.0)


def _types(answer: dict[str, Any]) -> set[str]:
    return {k for k, v in answer["d"].items() if v}


def test_syncrequest_honours_entity_types_and_accounts() -> None:
    async def body(sim: Simulator, token: str) -> None:
        place = {"action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market", "isAutomated": True}
        socks = [await UserSocket.open(sim.ws_url, token) for _ in range(4)]
        only_2 = await socks[0].request("user/syncrequest", {"entityTypes": ["order", "position"], "accounts": [20002]})
        both = await socks[1].request("user/syncrequest", {"entityTypes": ["position"]})
        assert _types(both) == {"users", "contractGroups"}  # flat accounts: no positions yet
        classic = await socks[2].request("user/syncrequest", {"users": [1001]})
        nothing = await socks[3].request("user/syncrequest", {"splitResponses": True})
        assert set(only_2["d"]) >= {"users", "contractGroups"}
        assert "accounts" in _types(classic) and "contracts" in _types(classic)
        assert _types(nothing) == {"users", "contractGroups"}
        again = await socks[3].request("user/syncrequest", {"entityTypes": ["order"]})
        assert again["s"] == 400  # one syncrequest per socket
        order_1 = await socks[0].request("order/placeorder", {**place, "accountId": 20001})
        order_2 = await socks[0].request("order/placeorder", {**place, "accountId": 20002})
        assert order_1["s"] == order_2["s"] == 200
        for sock in socks:
            await barrier(sock)
        seen = [{(t, e.get("accountId", e.get("id"))) for t, _, e in s.props()} for s in socks]
        assert {t for t, _ in seen[0]} == {"order", "position"}
        assert {a for t, a in seen[0] if t == "position"} == {20002}
        assert {t for t, _ in seen[1]} == {"position"} and {a for _, a in seen[1]} == {20001, 20002}
        assert {"order", "fill", "cashBalance", "command"} <= {t for t, _ in seen[2]}
        assert seen[3] == set()
        for sock in socks:
            await sock.close()

    run(body)


def test_sharding_splits_events_by_account() -> None:
    async def body(sim: Simulator, token: str) -> None:
        place = {"action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market", "isAutomated": True}
        shards = []
        for remainder in (0, 1):
            sock = await UserSocket.open(sim.ws_url, token)
            expression = {"expressionType": "modAccountId", "divisor": 2, "remainder": remainder}
            answer = await sock.request(
                "user/syncrequest", {"entityTypes": ["order"], "shardingExpression": expression}
            )
            assert answer["s"] == 200
            shards.append(sock)
        bad = await shards[0].request("user/syncrequest", {"users": [1001], "entityTypes": ["order"]})
        assert bad["s"] == 400
        for account in (20001, 20002):
            assert (await shards[0].request("order/placeorder", {**place, "accountId": account}))["s"] == 200
        for sock in shards:
            await barrier(sock)
        assert {e["accountId"] for _, _, e in shards[0].props()} == {20002}
        assert {e["accountId"] for _, _, e in shards[1].props()} == {20001}
        for sock in shards:
            await sock.close()

    run(body)


def test_invalid_sync_requests_are_refused() -> None:
    async def body(sim: Simulator, token: str) -> None:
        for request in (
            {
                "accounts": [20001],
                "shardingExpression": {"expressionType": "modAccountId", "divisor": 2, "remainder": 0},
            },
            {"shardingExpression": {"expressionType": "modAccountId", "divisor": 2, "remainder": 0}},
            {
                "entityTypes": ["order"],
                "shardingExpression": {"expressionType": "modAccountId", "divisor": 2, "remainder": 2},
            },
            {"entityTypes": "order"},
        ):
            sock = await UserSocket.open(sim.ws_url, token)
            answer = await sock.request("user/syncrequest", request)
            assert answer["s"] == 400, request
            await sock.close()

    run(body)


def test_other_users_events_do_not_leak() -> None:
    async def body(sim: Simulator, token: str) -> None:
        alice = sim.auth._answer(sim.auth._issue(1002, "alice"))["accessToken"]
        watcher = await UserSocket.open(sim.ws_url, token)
        await watcher.request("user/syncrequest", {"users": [1001]})
        trader = await UserSocket.open(sim.ws_url, alice)
        place = {"accountId": 20003, "action": "Sell", "symbol": "CLF7", "orderQty": 1, "orderType": "Market"}
        assert (await trader.request("order/placeorder", place))["s"] == 200
        refused = await trader.request("order/placeorder", {**place, "accountId": 20001})
        assert refused["d"]["failureReason"] == "Unauthorized"
        await barrier(watcher)
        assert watcher.props() == []
        await watcher.close()
        await trader.close()

    run(body)


def test_frame_parsing_is_lenient_like_deployed_clients() -> None:
    assert parse("[]") is None
    request = parse('authorize\n0\n\n"tok"')
    assert request is not None and request.token() == "tok"
    short = parse("account/list\n3")
    assert short is not None and (short.endpoint, short.id, short.query, short.body) == ("account/list", 3, "", "")
    odd = parse("contract/find\n4\nundefined\nundefined")
    assert odd is not None and odd.query == "" and odd.body == "undefined"
    with pytest.raises(ProtocolViolation):
        parse("hello")
    with pytest.raises(ProtocolViolation):
        parse("account/list\nx\n\n")


def test_many_props_share_frames() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url, token)
        await sock.request("user/syncrequest", {"users": [1001]})
        before = len(sock.frames)
        answer = await sock.request(
            "order/placeorder",
            {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"},
        )
        assert answer["s"] == 200
        await barrier(sock)
        props = len(sock.props())
        assert props >= 13
        assert len(sock.frames) - before < props  # batched into fewer a[...] frames than events
        await sock.close()

    run(body)


def test_aiohttp_client_sees_text_frames_only() -> None:
    async def body(sim: Simulator, token: str) -> None:
        async with aiohttp.ClientSession() as session, session.ws_connect(sim.ws_url) as ws:
            first = await ws.receive()
            assert first.type is aiohttp.WSMsgType.TEXT and first.data == "o"

    run(body)


def test_split_snapshot_comes_as_several_answers_with_one_id() -> None:
    async def body(sim: Simulator, token: str) -> None:
        sock = await UserSocket.open(sim.ws_url, token)
        first = await sock.request("user/syncrequest", {"users": [1001], "splitResponses": True})
        await barrier(sock)
        parts = [m for m in sock.messages if m.get("i") == first["i"]]
        assert len(parts) == 3 and parts[0] is first
        whole = {k: v for part in parts for k, v in part["d"].items() if v}
        assert {"users", "contractGroups", "accounts", "contracts", "cashBalances"} <= set(whole)
        assert all({"users", "contractGroups"} <= set(p["d"]) for p in parts)
        await sock.close()

    run(body, scenario={"sockets": {"split_snapshot": 3}})
