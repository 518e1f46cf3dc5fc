"""The ten everyday tasks (tests/examples/ten_tasks.py) run against the loopback server and
type-check under ``mypy --strict``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from examples import ten_tasks

from loopback import Loopback, Recorded, Reply
from samples import Samples

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path(__file__).resolve().parent / "examples" / "ten_tasks.py"

USER_ID = 77
ACCOUNT_ID = 501
CONTRACT_ID = 9001
ORDER_ID = 123456
SESSION_ID = 1


def _token(samples: Samples, token: str) -> dict[str, Any]:
    body: dict[str, Any] = samples.success("AccessTokenResponse")
    for key in ("p-ticket", "p-time", "p-captcha", "errorText"):
        body.pop(key, None)
    body.update(accessToken=token, userId=USER_ID, name=ten_tasks.NAME)
    return body


def _routes(server: Loopback, samples: Samples) -> None:
    account = samples.of("Account") | {"id": ACCOUNT_ID, "name": "DEMO501", "userId": USER_ID}
    contract = samples.of("Contract") | {"id": CONTRACT_ID, "name": ten_tasks.SYMBOL}
    placed = samples.success("PlaceOrderResult") | {"orderId": ORDER_ID}
    cancelled = samples.success("CommandResult") | {"commandId": 42}
    position = samples.of("Position") | {"accountId": ACCOUNT_ID, "contractId": CONTRACT_ID, "netPos": 0}
    fill = samples.of("Fill") | {"orderId": ORDER_ID, "contractId": CONTRACT_ID}
    sync = samples.of("SyncMessage")
    session = samples.of("UserSession") | {"id": SESSION_ID, "userId": USER_ID}

    server.route("POST", "/auth/accesstokenrequest", Reply.json(_token(samples, "first-token")))
    server.route("GET", "/account/list", Reply.json([account]))
    server.route("GET", "/contract/find", Reply.json(contract))
    server.route("POST", "/order/placeorder", Reply.json(placed))
    server.route("POST", "/order/cancelorder", Reply.json(cancelled))
    server.route("GET", "/position/deps", Reply.json([position]))
    server.route("GET", "/fill/deps", Reply.json([fill]))
    server.route("GET", "/auth/renewaccesstoken", Reply.json(_token(samples, "second-token")))
    server.route("POST", "/user/syncrequest", Reply.json(sync))
    server.route("GET", "/userSession/items", Reply.json([session]))


def test_ten_tasks_send_the_expected_requests(server: Loopback, samples: Samples) -> None:
    _routes(server, samples)

    log = ten_tasks.run(server.base_url)

    assert len(log) == 10, log
    assert [line.split(":")[0] for line in log] == [
        "login",
        "accounts",
        "contract",
        "place",
        "cancel",
        "positions",
        "fills",
        "renew",
        "sync",
        "sessions",
    ]
    assert log[3] == f"place: order {ORDER_ID}"

    sent = [(r.method, r.path) for r in server.requests]
    assert sent == [
        ("POST", "/auth/accesstokenrequest"),
        ("GET", "/account/list"),
        ("GET", "/contract/find"),
        ("POST", "/order/placeorder"),
        ("POST", "/order/cancelorder"),
        ("GET", "/position/deps"),
        ("GET", "/fill/deps"),
        ("GET", "/auth/renewaccesstoken"),
        ("POST", "/user/syncrequest"),
        ("GET", "/userSession/items"),
    ]
    by_path: dict[str, Recorded] = {r.path: r for r in server.requests}

    login = by_path["/auth/accesstokenrequest"]
    assert "authorization" not in login.headers
    assert login.json()["name"] == ten_tasks.NAME
    assert login.json()["password"] == ten_tasks.PASSWORD
    assert str(login.json()["cid"]) == str(ten_tasks.CID)

    # The login's token is used until renewal, the renewed one afterwards.
    for path in ("/account/list", "/order/placeorder", "/auth/renewaccesstoken"):
        assert by_path[path].headers["authorization"] == "Bearer first-token"
    for path in ("/user/syncrequest", "/userSession/items"):
        assert by_path[path].headers["authorization"] == "Bearer second-token"

    assert by_path["/contract/find"].params == {"name": ten_tasks.SYMBOL}
    order = by_path["/order/placeorder"].json()
    assert order["orderType"] == "Limit"
    assert order["price"] == 4500.25
    assert order["action"] == "Buy"
    assert order["symbol"] == ten_tasks.SYMBOL
    assert order["accountId"] == ACCOUNT_ID
    assert order["orderQty"] == 1
    assert order["isAutomated"] is True
    assert by_path["/order/cancelorder"].json()["orderId"] == ORDER_ID
    assert by_path["/position/deps"].params == {"masterid": str(ACCOUNT_ID)}
    assert by_path["/fill/deps"].params == {"masterid": str(ORDER_ID)}
    assert by_path["/user/syncrequest"].json()["users"] == [USER_ID]
    assert by_path["/userSession/items"].params == {"ids": str(SESSION_ID)}


def test_rejected_order_is_reported_and_not_cancelled(server: Loopback, samples: Samples) -> None:
    _routes(server, samples)
    rejected = samples.of("PlaceOrderResult")
    rejected.pop("orderId", None)
    rejected |= {"failureReason": "RiskCheck", "failureText": "Not enough margin"}
    server.route("POST", "/order/placeorder", Reply.json(rejected))
    server.route("GET", "/fill/list", Reply.json([samples.of("Fill")]))

    log = ten_tasks.run(server.base_url)

    assert log[3].startswith("place: rejected RiskCheck"), log
    paths = [r.path for r in server.requests]
    assert "/order/cancelorder" not in paths
    assert "/fill/list" in paths


def test_outcome_unknown_looks_the_orders_up(server: Loopback, samples: Samples) -> None:
    _routes(server, samples)
    server.route("POST", "/order/placeorder", Reply(status=503, body=b'"busy"'))
    server.route("GET", "/order/list", Reply.json([samples.of("Order") | {"accountId": ACCOUNT_ID}]))
    server.route("GET", "/fill/list", Reply.json([]))

    log = ten_tasks.run(server.base_url)

    assert log[3] == "place: outcome unknown, 1 orders on the account", log
    paths = [r.path for r in server.requests]
    assert paths.count("/order/placeorder") == 1  # never sent twice
    assert "/order/list" in paths
    assert "/order/cancelorder" not in paths


def test_penalty_ticket_on_login_is_waited_out_and_sent_back(
    server: Loopback, samples: Samples, monkeypatch: pytest.MonkeyPatch
) -> None:
    _routes(server, samples)
    waits: list[float] = []
    monkeypatch.setattr("examples.ten_tasks.time.sleep", waits.append)
    answers = iter(
        [
            Reply.json({"p-ticket": "the-ticket", "p-time": 3, "p-captcha": False}),
            Reply.json(_token(samples, "first-token")),
        ]
    )
    server.route("POST", "/auth/accesstokenrequest", lambda _: next(answers))

    log = ten_tasks.run(server.base_url)

    assert waits == [3.0]
    logins = [r for r in server.requests if r.path == "/auth/accesstokenrequest"]
    assert len(logins) == 2
    assert "p-ticket" not in logins[0].json()
    assert logins[1].json()["p-ticket"] == "the-ticket"
    assert next(r for r in server.requests if r.path == "/account/list").headers["authorization"] == (
        "Bearer first-token"
    )
    assert len(log) == 10


def test_ten_tasks_pass_mypy_strict() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(EXAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
