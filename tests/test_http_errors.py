"""Typed errors for every way an exchange can end, against a real loopback server."""

from __future__ import annotations

import asyncio
import socket

import pytest

from tradovate_api import AuthenticatedClient, Client, errors
from tradovate_api.api.authentication import access_token_request, renew_access_token
from tradovate_api.api.orders import order_item, order_list, place_order
from tradovate_api.api.users import sync_request
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


def client(server: Loopback, token: str = "tok") -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.base_url, token=token, timeout=2.0)


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
    with client(server) as c, pytest.raises(error) as caught:
        order_item.sync(client=c, id=7)
    assert caught.value.status_code == status
    assert caught.value.content == b"Access is denied"
    assert "Access is denied" not in str(caught.value)
    with client(server) as c:
        detailed = order_item.sync_detailed(client=c, id=7)
    assert detailed.status_code == status and detailed.parsed is None and isinstance(detailed.error, error)


def test_server_error_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(500, b"Internal timeout", "text/plain"))
    with client(server) as c, pytest.raises(errors.OutcomeUnknown) as caught:
        place_order.sync(client=c, body=PLACE)
    assert caught.value.operation == "placeOrder"
    assert len(server.requests) == 1  # never retried


def test_client_error_on_an_order_is_a_rejection(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(400, b"bad", "text/plain"))
    with client(server) as c, pytest.raises(errors.BadRequest):
        place_order.sync(client=c, body=PLACE)


def test_dropped_connection_on_an_order_is_ambiguous_and_not_retried(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(action="close"))
    with client(server) as c, pytest.raises(errors.OutcomeUnknown):
        place_order.sync(client=c, body=PLACE)
    assert [r.path for r in server.requests] == ["/order/placeorder"]


def test_dropped_connection_on_a_read_is_a_transport_error(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply(action="close"))
    with client(server) as c, pytest.raises(errors.TransportError):
        order_list.sync(client=c)


def test_dropped_connection_on_a_lookup_post_is_a_transport_error(server: Loopback) -> None:
    server.route("POST", "/user/syncrequest", Reply(action="close"))
    with client(server) as c, pytest.raises(errors.TransportError):
        sync_request.sync(client=c, body=SyncRequest(users=[1]))


def test_timeout_on_an_order_is_ambiguous(server: Loopback) -> None:
    import time

    def slow(_: Recorded) -> Reply:
        time.sleep(0.5)
        return Reply.json({"orderId": 1})

    server.route("POST", "/order/placeorder", slow)
    c = AuthenticatedClient(base_url=server.base_url, token="tok", timeout=0.1)
    with c, pytest.raises(errors.OutcomeUnknown) as caught:
        place_order.sync(client=c, body=PLACE)
    assert "ReadTimeout" in caught.value.reason


def test_connection_refused_is_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = AuthenticatedClient(base_url=f"http://127.0.0.1:{port}/v1", token="tok")
    with c, pytest.raises(errors.RequestNotSent):
        place_order.sync(client=c, body=PLACE)


def test_unreadable_200_on_an_order_is_ambiguous(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(200, b"<html>proxy</html>", "text/html"))
    with client(server) as c, pytest.raises(errors.OutcomeUnknown):
        place_order.sync(client=c, body=PLACE)


def test_unreadable_200_on_a_read_is_a_decode_error(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply(200, b"not json", "text/plain"))
    with client(server) as c, pytest.raises(errors.DecodeError):
        order_list.sync(client=c)
    server.route("GET", "/order/list", Reply.json({"id": 1}))
    with client(server) as c, pytest.raises(errors.DecodeError):
        order_list.sync(client=c)


def test_penalty_ticket_in_a_200(server: Loopback) -> None:
    body = {"p-ticket": "secret-ticket-value", "p-time": 15, "p-captcha": False}
    server.route("POST", "/auth/accesstokenrequest", Reply.json(body))
    request = AccessTokenRequest(name="jdoe", password="hunter2-secret")
    with Client(base_url=server.base_url) as c, pytest.raises(errors.PenaltyTicket) as caught:
        access_token_request.sync(client=c, body=request)
    ticket = caught.value
    assert (ticket.ticket, ticket.time, ticket.captcha) == ("secret-ticket-value", 15.0, False)
    assert "secret-ticket-value" not in str(ticket) and "secret-ticket-value" not in repr(ticket)
    assert "authorization" not in server.last.headers  # the token request needs no token
    # The retry carries the ticket in the body.
    request.p_ticket = ticket.ticket
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"accessToken": "t", "userId": 1}))
    with Client(base_url=server.base_url) as c:
        token = access_token_request.sync(client=c, body=request)
    assert server.last.json()["p-ticket"] == "secret-ticket-value"
    assert token.access_token == "t"


def test_penalty_ticket_on_a_list_endpoint(server: Loopback) -> None:
    server.route("GET", "/order/list", Reply.json({"p-ticket": "x", "p-time": 3, "p-captcha": True}))
    with client(server) as c, pytest.raises(errors.PenaltyTicket) as caught:
        order_list.sync(client=c)
    assert caught.value.captcha is True


def test_async_errors(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply(502, b"", "text/plain"))

    async def run() -> None:
        async with client(server) as c:
            await place_order.asyncio(client=c, body=PLACE)

    with pytest.raises(errors.OutcomeUnknown):
        asyncio.run(run())


def test_renewed_token_is_used_by_the_next_request(server: Loopback) -> None:
    server.route(
        "GET",
        "/auth/renewaccesstoken",
        Reply.json({"accessToken": "new-token", "expirationTime": "2026-11-20T16:00:00.000Z"}),
    )
    server.route("GET", "/order/item", Reply.json(ORDER))
    with client(server, token="old-token") as c:
        renewed = renew_access_token.sync(client=c)
        assert server.last.headers["authorization"] == "Bearer old-token"
        assert isinstance(renewed.access_token, str)
        c.token = renewed.access_token
        order_item.sync(client=c, id=7)
    assert server.last.headers["authorization"] == "Bearer new-token"


def test_secrets_are_not_in_reprs(server: Loopback) -> None:
    c = AuthenticatedClient(base_url=server.base_url, token="super-secret-token")
    assert "super-secret-token" not in repr(c)
    request = AccessTokenRequest(name="jdoe", password="hunter2-secret", sec="api-secret")
    assert "hunter2-secret" not in repr(request) and "api-secret" not in repr(request)
    server.route(
        "POST",
        "/auth/accesstokenrequest",
        Reply.json({"accessToken": "tok-abc", "mdAccessToken": "md-abc", "userId": 1, "extraToken": "xyz"}),
    )
    with Client(base_url=server.base_url) as anon:
        detailed = access_token_request.sync_detailed(client=anon, body=request)
    text = repr(detailed)
    assert "tok-abc" not in text and "md-abc" not in text and "xyz" not in text
    assert detailed.parsed is not None and detailed.parsed.md_access_token == "md-abc"


def test_tls_verification_cannot_be_disabled() -> None:
    with pytest.raises(ValueError, match="verify"):
        Client(httpx_args={"verify": False})
    c = Client()
    assert c._args()["verify"] is True


def test_invalid_arguments_fail_before_sending(server: Loopback) -> None:
    from tradovate_api.api.orders import order_items

    with client(server) as c, pytest.raises(errors.InvalidRequest):
        order_items.sync(client=c, ids=[])
    with client(server) as c, pytest.raises(errors.InvalidRequest):
        order_items.sync(client=c, ids="1,2")  # type: ignore[arg-type]
    assert server.requests == []
