"""Typed errors for every way an exchange can end, against a real loopback server."""

from __future__ import annotations

import asyncio
import socket
import time

import attrs
import pytest

from tradovate_api import AsyncTradovate, Tradovate, errors
from tradovate_api._guards import GuardSettings
from tradovate_api._operations import OPERATIONS
from tradovate_api.models import AccessTokenRequest, Action, OrderType, PlaceOrder, SyncRequest

from loopback import Loopback, Recorded, Reply

ORDER = {
    "id": 7,
    "accountId": 1,
    "timestamp": "2026-11-20T14:30:58.485Z",
    "action": "Buy",
    "ordStatus": "Working",
    "admin": False,
}
PLACE = PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, is_automated=True)
DEEP = b"[" * 1000 + b"]" * 1000
DEEP_OBJECT = b'{"a":' * 1000 + b"1" + b"}" * 1000


def client(server: Loopback, token: str | None = "tok", **kwargs: float) -> Tradovate:
    return Tradovate(server.base_url, token=token, timeout=2.0, **kwargs)


def test_operations_table_names_the_methods_used_here() -> None:
    assert (OPERATIONS["placeOrder"].namespace, OPERATIONS["placeOrder"].name) == ("orders", "place")
    assert OPERATIONS["placeOrder"].idempotent is False
    assert (OPERATIONS["syncRequest"].namespace, OPERATIONS["syncRequest"].name) == ("users", "sync_request")
    assert OPERATIONS["syncRequest"].idempotent is True
    assert (OPERATIONS["orderItem"].namespace, OPERATIONS["orderItem"].name) == ("orders", "item")
    assert OPERATIONS["accessTokenRequest"].auth is False


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, errors.BadRequest),
        (401, errors.Unauthorized),
        (403, errors.Forbidden),
        (404, errors.NotFound),
        (423, errors.LockoutWarning),
        (429, errors.RateLimited),
        (500, errors.ServerError),
        (503, errors.ServerError),
        (418, errors.UnexpectedStatus),
    ],
)
def test_status_codes_on_reads(server: Loopback, status: int, error: type[errors.ApiError]) -> None:
    server.route("GET", "/order/item", Reply(status, b"Access is denied", "text/plain"))
    with client(server) as tv, pytest.raises(error) as caught:
        tv.orders.item(7)
    assert caught.value.status_code == status
    assert caught.value.operation == "orderItem"
    assert caught.value.content == b"Access is denied"
    # the server's words are kept (issue 14): in the message and as an attribute
    assert str(caught.value) == f"orderItem: HTTP {status}: Access is denied"
    assert caught.value.text == "Access is denied"
    with client(server) as tv:
        detailed = tv.raw(tv.orders.item, 7)
    assert detailed.status_code == status and detailed.parsed is None and isinstance(detailed.error, error)
    assert detailed.content == b"Access is denied"


def test_raw_gives_the_response_with_its_error_for_a_401(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(401, b"Expired Access Token", "text/plain"))
    with client(server) as tv:
        response = tv.raw(tv.orders.place, PLACE)
    assert response.status_code == 401
    assert isinstance(response.error, errors.Unauthorized)
    assert response.parsed is None
    assert response.content == b"Expired Access Token"
    assert response.headers["content-type"] == "text/plain"
    assert response.error.text == "Expired Access Token"
    assert len(server.requests) == 1


def test_raw_gives_the_parsed_result_on_success(server: Loopback) -> None:
    server.route("GET", "/order/item", Reply.json(ORDER))
    with client(server) as tv:
        response = tv.raw(tv.orders.item, 7)
    assert response.status_code == 200 and response.error is None
    assert response.parsed is not None and response.parsed.id == 7
    assert server.last.params == {"id": "7"}


def test_server_error_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(500, b"Internal timeout", "text/plain"))
    with client(server) as tv, pytest.raises(errors.OutcomeUnknown) as caught:
        tv.orders.place(PLACE)
    assert caught.value.operation == "placeOrder"
    assert str(caught.value) == "placeOrder: outcome unknown: HTTP 500 from the server: Internal timeout"
    assert (caught.value.status_code, caught.value.text) == (500, "Internal timeout")
    assert len(server.requests) == 1  # never retried


def test_client_error_on_an_order_is_a_rejection(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(400, b"bad", "text/plain"))
    with client(server) as tv, pytest.raises(errors.BadRequest):
        tv.orders.place(PLACE)
    assert len(server.requests) == 1


def test_order_refused_in_a_200_is_order_rejected(server: Loopback) -> None:
    server.route(
        "POST",
        "/order/placeorder",
        Reply.json({"failureReason": "UnknownReason", "failureText": "Access is denied"}),
    )
    with client(server) as tv, pytest.raises(errors.OrderRejected) as caught:
        tv.orders.place(PLACE)
    rejected = caught.value
    assert isinstance(rejected, errors.OperationFailed)
    assert rejected.operation == "placeOrder"
    assert (rejected.reason, rejected.text) == ("UnknownReason", "Access is denied")
    assert len(server.requests) == 1


def test_order_accepted_with_success_reason_is_a_result(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"failureReason": "Success", "orderId": 42}))
    with client(server) as tv:
        result = tv.orders.place(PLACE)
    assert result.order_id == 42


def test_dropped_connection_on_an_order_is_ambiguous_and_not_retried(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(action="close"))
    with client(server) as tv, pytest.raises(errors.OutcomeUnknown) as caught:
        tv.orders.place(PLACE)
    assert caught.value.operation == "placeOrder"
    assert [r.path for r in server.requests] == ["/order/placeorder"]


def test_dropped_connection_on_a_read_is_a_transport_error(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply(action="close"))
    with client(server) as tv, pytest.raises(errors.TransportError) as caught:
        tv.orders.list()
    assert not isinstance(caught.value, errors.DeadlineExceeded)
    assert len(server.requests) == 1


def test_dropped_connection_on_a_lookup_post_is_a_transport_error(server: Loopback) -> None:
    server.route("POST", "/user/syncrequest", Reply(action="close"))
    with client(server) as tv, pytest.raises(errors.TransportError):
        tv.users.sync_request(SyncRequest(users=[1]))
    assert len(server.requests) == 1


def _slow(_: Recorded) -> Reply:
    time.sleep(0.5)
    return Reply.json({"orderId": 1})


def test_timeout_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", _slow)
    with Tradovate(server.base_url, token="tok", timeout=0.1) as tv, pytest.raises(errors.OutcomeUnknown) as caught:
        tv.orders.place(PLACE)
    assert "ReadTimeout" in caught.value.reason
    for _ in range(200):  # a busy machine may run the server's thread after the client gave up
        if server.requests:
            break
        time.sleep(0.01)
    assert len(server.requests) == 1


def test_deadline_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", _slow)
    with client(server, deadline=0.1) as tv, pytest.raises(errors.OutcomeUnknown) as caught:
        tv.orders.place(PLACE)
    assert "deadline" in caught.value.reason
    for _ in range(200):  # a busy machine may run the server's thread after the client gave up
        if server.requests:
            break
        time.sleep(0.01)
    assert len(server.requests) == 1


def test_deadline_on_a_read_is_deadline_exceeded(server: Loopback) -> None:
    server.route("GET", "/order/list", _slow)
    with client(server, deadline=0.1) as tv, pytest.raises(errors.DeadlineExceeded) as caught:
        tv.orders.list()
    assert isinstance(caught.value, errors.TransportError)
    assert caught.value.operation == "orderList"


def test_connection_refused_is_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Tradovate(f"http://127.0.0.1:{port}/v1", token="tok") as tv, pytest.raises(errors.RequestNotSent):
        tv.orders.place(PLACE)


def test_unreadable_200_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(200, b"<html>proxy</html>", "text/html"))
    with client(server) as tv, pytest.raises(errors.OutcomeUnknown):
        tv.orders.place(PLACE)
    assert len(server.requests) == 1


def test_unreadable_200_on_a_read_is_a_decode_error(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply(200, b"not json", "text/plain"))
    with client(server) as tv, pytest.raises(errors.DecodeError):
        tv.orders.list()
    server.route("GET", "/order/list", Reply.json({"id": 1}))
    with client(server) as tv, pytest.raises(errors.DecodeError):
        tv.orders.list()


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
def test_deeply_nested_200_on_an_order_is_ambiguous(server: Loopback, body: bytes) -> None:
    server.route("POST", "/order/placeorder", Reply(200, body))
    with client(server) as tv, pytest.raises(errors.OutcomeUnknown) as caught:
        tv.orders.place(PLACE)
    assert not isinstance(caught.value.__cause__, RecursionError)
    assert len(server.requests) == 1


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
def test_deeply_nested_200_on_a_read_is_a_decode_error(server: Loopback, body: bytes) -> None:
    server.route("GET", "/order/item", Reply(200, body))
    server.route("GET", "/order/list", Reply(200, body))
    server.route("POST", "/user/syncrequest", Reply(200, body))
    with client(server) as tv:
        with pytest.raises(errors.DecodeError):
            tv.orders.item(7)
        with pytest.raises(errors.DecodeError):
            tv.orders.list()
        with pytest.raises(errors.DecodeError):
            tv.users.sync_request(SyncRequest(users=[1]))


def test_penalty_ticket_in_a_200(server: Loopback) -> None:
    body = {"p-ticket": "secret-ticket-value", "p-time": 15, "p-captcha": False}
    server.route("POST", "/auth/accesstokenrequest", Reply.json(body))
    request = AccessTokenRequest(name="jdoe", password="hunter2-secret")
    no_retry = GuardSettings(penalty_retry=False)  # the guards' own wait-and-retry: tests/test_guards.py
    with Tradovate(server.base_url, guards=no_retry) as tv, pytest.raises(errors.PenaltyTicket) as caught:
        tv.auth.access_token_request(request)
    ticket = caught.value
    assert (ticket.ticket, ticket.time, ticket.captcha) == ("secret-ticket-value", 15.0, False)
    assert "secret-ticket-value" not in str(ticket) and "secret-ticket-value" not in repr(ticket)
    assert "authorization" not in server.last.headers  # the token request needs no token
    # The retry carries the ticket in the body.
    retry = attrs.evolve(request, p_ticket=ticket.ticket)
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"accessToken": "t", "userId": 1}))
    with client(server, token=None) as tv:
        token = tv.auth.access_token_request(retry)
    assert server.last.json()["p-ticket"] == "secret-ticket-value"
    assert token.access_token == "t"


def test_penalty_ticket_on_login_leaves_no_token(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"p-ticket": "t1", "p-time": 5, "p-captcha": True}))
    with client(server, token=None) as tv:
        with pytest.raises(errors.PenaltyTicket) as caught:
            tv.login(name="jdoe", password="hunter2-secret")
        assert caught.value.captcha is True
        assert tv.token is None


def test_penalty_ticket_on_a_list_endpoint(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply.json({"p-ticket": "x", "p-time": 3, "p-captcha": True}))
    with client(server) as tv, pytest.raises(errors.PenaltyTicket) as caught:
        tv.orders.list()
    assert caught.value.captcha is True
    assert caught.value.operation == "orderList"


def test_login_refused_in_a_200_is_authentication_failed(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": "Incorrect username or password"}))
    with client(server, token=None) as tv:
        with pytest.raises(errors.AuthenticationFailed) as caught:
            tv.login(name="jdoe", password="hunter2-secret")
        assert tv.token is None
    failed = caught.value
    assert isinstance(failed, errors.OperationFailed)
    assert failed.operation == "accessTokenRequest"
    assert failed.text == "Incorrect username or password"
    assert "hunter2-secret" not in str(failed) and "hunter2-secret" not in repr(failed)
    assert server.last.json() == {"name": "jdoe", "password": "hunter2-secret"}
    assert "authorization" not in server.last.headers


def test_login_sets_the_token_used_next(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"accessToken": "fresh", "userId": 1}))
    server.route("GET", "/order/item", Reply.json(ORDER))
    with client(server, token=None) as tv:
        tv.login(name="jdoe", password="pw", app_id="app", app_version="1.0", sec="s")
        assert tv.token == "fresh"
        tv.orders.item(7)
    assert server.last.headers["authorization"] == "Bearer fresh"


def test_authenticated_call_without_a_token_is_not_sent(server: Loopback) -> None:
    with client(server, token=None) as tv:
        with pytest.raises(errors.NotAuthenticated):
            tv.orders.place(PLACE)
        with pytest.raises(errors.NotAuthenticated):
            tv.orders.list()
    assert server.requests == []


def test_async_errors(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(502, b"", "text/plain"))
    server.route("GET", "/order/item", Reply(403, b"", "text/plain"))

    async def place() -> None:
        async with AsyncTradovate(server.base_url, token="tok") as tv:
            await tv.orders.place(PLACE)

    async def read() -> None:
        async with AsyncTradovate(server.base_url, token="tok") as tv:
            await tv.orders.item(7)

    with pytest.raises(errors.OutcomeUnknown):
        asyncio.run(place())
    with pytest.raises(errors.Forbidden):
        asyncio.run(read())
    assert len(server.requests) == 2


def test_async_raw_and_login_refusal(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(401, b"", "text/plain"))
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": "Incorrect username or password"}))

    async def run() -> None:
        async with AsyncTradovate(server.base_url, token="tok") as tv:
            response = await tv.raw(tv.orders.place, PLACE)
            assert response.status_code == 401 and isinstance(response.error, errors.Unauthorized)
            tv.token = None
            with pytest.raises(errors.AuthenticationFailed):
                await tv.login(name="jdoe", password="pw")
            assert tv.token is None

    asyncio.run(run())


def test_renewed_token_is_used_by_the_next_request(server: Loopback) -> None:
    server.route(
        "GET",
        "/auth/renewaccesstoken",
        Reply.json({"accessToken": "new-token", "expirationTime": "2026-11-20T16:00:00.000Z"}),
    )
    server.route("GET", "/order/item", Reply.json(ORDER))
    with client(server, token="old-token") as tv:
        renewed = tv.renew()
        assert server.last.headers["authorization"] == "Bearer old-token"
        assert renewed.access_token == "new-token"
        assert tv.token == "new-token"
        tv.orders.item(7)
    assert server.last.headers["authorization"] == "Bearer new-token"


def test_secrets_are_not_in_reprs(server: Loopback) -> None:
    tv = Tradovate(server.base_url, token="super-secret-token", headers={"X-Key": "header-secret"})
    assert "super-secret-token" not in repr(tv) and "header-secret" not in repr(tv)
    tv.close()
    request = AccessTokenRequest(name="jdoe", password="hunter2-secret", sec="api-secret")
    assert "hunter2-secret" not in repr(request) and "api-secret" not in repr(request)
    server.route(
        "POST",
        "/auth/accesstokenrequest",
        Reply.json({"accessToken": "tok-abc", "mdAccessToken": "md-abc", "userId": 1, "extraToken": "xyz"}),
    )
    with client(server, token=None) as anon:
        detailed = anon.raw(anon.auth.access_token_request, request)
    text = repr(detailed)
    assert "tok-abc" not in text and "md-abc" not in text and "xyz" not in text
    assert detailed.parsed is not None and detailed.parsed.md_access_token == "md-abc"


def test_insecure_configuration_is_refused() -> None:
    with pytest.raises(errors.InsecureConfiguration):
        Tradovate("http://example.com/v1", token="tok")
    with pytest.raises(errors.InsecureConfiguration):
        Tradovate("https://user:pw@example.com/v1")
    import ssl

    weak = ssl.create_default_context()
    weak.check_hostname = False
    weak.verify_mode = ssl.CERT_NONE
    with pytest.raises(errors.InsecureConfiguration):
        Tradovate("https://example.com/v1", ssl_context=weak)
    Tradovate("http://localhost:8080/v1").close()  # loopback simulators are fine


def test_invalid_arguments_fail_before_sending(server: Loopback) -> None:
    with client(server) as tv:
        with pytest.raises(errors.InvalidRequest) as caught:
            tv.orders.items([])
        assert caught.value.field == "ids"
        limit_without_price = attrs.evolve(PLACE, order_type=OrderType.LIMIT)
        with pytest.raises(errors.InvalidRequest) as caught:
            tv.orders.place(limit_without_price)
        assert caught.value.field == "price"
    assert server.requests == []


def test_ids_as_a_string_fail_before_sending(server: Loopback) -> None:
    with client(server) as tv, pytest.raises(errors.InvalidRequest):
        tv.orders.items("1,2")  # type: ignore[arg-type]
    assert server.requests == []


def test_login_with_the_documented_int_cid(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"accessToken": "a", "userId": 1}))
    with client(server, token=None) as tv:
        tv.login(name="jdoe", password="pw", cid=8, sec="s")
    assert server.last.json()["cid"] == "8"
    assert tv.token == "a"


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "502 Bad Gateway"),
        (
            b"<!DOCTYPE html>\n<HTML><BODY><H1>Service &amp; Gateway\n Unavailable</H1></BODY></HTML>",
            "Service & Gateway Unavailable",
        ),
        (b"<html><body><p>no heading</p></body></html>", None),
    ],
)
def test_a_gateway_error_page_keeps_its_title(server: Loopback, page: bytes, words: str | None) -> None:
    server.route("GET", "/order/item", Reply(502, page, "text/html"))
    with client(server) as tv, pytest.raises(errors.ServerError) as caught:
        tv.orders.item(7)
    assert caught.value.text == words and caught.value.content == page
    assert str(caught.value).endswith(words or "HTTP 502")
