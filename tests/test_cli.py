"""The ``tradovate`` command against a real HTTP server on loopback."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from tradovate.cli import main

from loopback import Loopback, Recorded, Reply

CANARY = "canary-secret-5c1e"
ENV = {
    "TRADOVATE_USERNAME": "demo",
    "TRADOVATE_PASSWORD": CANARY,
    "TRADOVATE_APP_ID": "app",
    "TRADOVATE_APP_VERSION": "1.0",
    "TRADOVATE_CID": "8",
    "TRADOVATE_SEC": CANARY,
}
TOKEN = {"accessToken": CANARY + "-token", "expirationTime": "2030-01-01T00:00:00Z", "userId": 7, "name": "demo"}


def run(server: Loopback, *argv: str, env: dict[str, str] | None = None) -> tuple[int, Any]:
    out = io.StringIO()
    code = main(["--rest-url", server.base_url, *argv], out=out, environ=ENV if env is None else env)
    return code, json.loads(out.getvalue())


def test_call_logs_in_from_the_environment_and_prints_json(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    server.route("GET", "/contract/find", Reply.json({"id": 5, "name": "ESZ6", "contractMaturityId": 9}))
    code, result = run(server, "call", "contracts.find", "name=ESZ6")
    assert code == 0
    assert result == {"id": 5, "name": "ESZ6", "contractMaturityId": 9}
    login, find = server.requests
    assert login.json()["name"] == "demo" and login.json()["cid"] == "8"
    assert find.params == {"name": "ESZ6"}
    assert find.headers["authorization"] == f"Bearer {CANARY}-token"


@pytest.mark.parametrize("name", ["orderItems", "order/items", "orders.items", "ORDER/ITEMS"])
def test_operation_by_id_path_or_method_and_arrays_comma_joined(server: Loopback, name: str) -> None:
    server.route("GET", "/order/items", Reply.json([{"id": 1, "accountId": 2}, {"id": 3, "accountId": 2}]))
    code, result = run(server, "call", name, "ids=1,3", env={"TRADOVATE_TOKEN": "tok"})
    assert code == 0 and [o["id"] for o in result] == [1, 3]
    assert server.last.params == {"ids": "1,3"}
    assert server.last.headers["authorization"] == "Bearer tok"


def test_body_from_pairs_and_json(server: Loopback) -> None:
    server.route("POST", "/order/cancelorder", Reply.json({"commandId": 44}))
    code, result = run(
        server,
        "call",
        "order/cancelorder",
        "orderId=12",
        "--body",
        '{"isAutomated": true}',
        env={"TRADOVATE_TOKEN": "t"},
    )
    assert code == 0 and result == {"commandId": 44}
    assert server.last.json() == {"orderId": 12, "isAutomated": True}


def test_invalid_request_is_refused_before_login(server: Loopback, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(
            server,
            "call",
            "order/placeorder",
            "accountId=1",
            "action=Buy",
            "symbol=ESZ6",
            "orderQty=1",
            "orderType=Limit",
        )
    assert exit_.value.code == 2
    assert "price" in capsys.readouterr().err
    assert server.requests == []


def test_refused_login_exits_4_without_leaking(
    server: Loopback, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": "Incorrect username or password"}))
    with caplog.at_level(logging.DEBUG), pytest.raises(SystemExit) as exit_:
        run(server, "--log-level", "debug", "call", "account/list")
    assert exit_.value.code == 4
    captured = capsys.readouterr()
    assert "Incorrect username" in captured.err
    assert CANARY not in captured.err + captured.out + caplog.text


def test_lost_answer_of_an_order_exits_3(server: Loopback, capsys: pytest.CaptureFixture[str]) -> None:
    def lost(_: Recorded) -> Reply:
        return Reply(action="close")

    server.route("POST", "/order/placeorder", lost)
    with pytest.raises(SystemExit) as exit_:
        run(
            server,
            "call",
            "order/placeorder",
            "accountId=1",
            "action=Buy",
            "symbol=ESZ6",
            "orderQty=1",
            "orderType=Market",
            "isAutomated=true",
            env={"TRADOVATE_TOKEN": "t"},
        )
    assert exit_.value.code == 3
    assert "outcome unknown" in capsys.readouterr().err
    assert len(server.requests) == 1  # never resent


def test_missing_credentials_and_unknown_operation(server: Loopback, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(server, "call", "account/list", env={})
    assert exit_.value.code == 2 and "TRADOVATE_USERNAME" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        run(server, "call", "nosuch/thing", env={})
    assert exit_.value.code == 2
