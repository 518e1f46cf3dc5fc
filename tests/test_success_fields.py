"""Fields only a success carries are required, and a refusal without them is no drift.

``PlaceOrderResult.orderId`` and ``AccessTokenResponse.accessToken``/``userId`` are required in
the spec: a refusal (the schema's ``x-failure``) is raised before the answer is decoded, so a
decoded answer always has them. The refusal itself is still decoded for the error, without
reporting its missing success fields as drift. Against a real loopback server.
"""

from __future__ import annotations

import pytest

from tradovate_api import Tradovate, drift, errors
from tradovate_api._codec import spec_of
from tradovate_api.models import (
    AccessTokenRequest,
    AccessTokenResponse,
    Action,
    OrderType,
    PlaceOrder,
    PlaceOrderResult,
    RejectReason,
)

from loopback import Loopback, Reply

PLACE = PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, is_automated=True)
LOGIN = AccessTokenRequest(name="n", password="p")


def test_the_success_fields_are_required_in_the_models() -> None:
    required = {m: [f.key for f in spec_of(m).fields if f.required] for m in (PlaceOrderResult, AccessTokenResponse)}
    assert required == {PlaceOrderResult: ["orderId"], AccessTokenResponse: ["accessToken", "userId"]}


def test_an_accepted_order_has_its_id(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"failureReason": "Success", "orderId": 42}))
    with Tradovate(server.base_url, token="tok") as tv:
        result = tv.orders.place(PLACE)
    assert result.order_id == 42
    assert drift.counts() == {}


@pytest.mark.parametrize("strict", [False, True])
def test_a_refused_order_is_raised_and_not_drift(server: Loopback, strict: bool) -> None:
    refusal = {"failureReason": "SessionClosed", "failureText": "Session is closed"}
    server.route("POST", "/order/placeorder", Reply.json(refusal))
    with (
        drift.strict(strict),
        Tradovate(server.base_url, token="tok") as tv,
        pytest.raises(errors.OrderRejected) as caught,
    ):
        tv.orders.place(PLACE)
    assert (caught.value.reason, caught.value.text) == ("SessionClosed", "Session is closed")
    assert isinstance(caught.value.result, PlaceOrderResult)  # decoded although orderId is missing
    assert caught.value.result.failure_reason == RejectReason("SessionClosed")
    assert drift.counts() == {}


def test_a_refusal_still_reports_other_drift(server: Loopback) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"failureReason": "BrandNewReason"}))
    with Tradovate(server.base_url, token="tok") as tv, pytest.raises(errors.OrderRejected):
        tv.orders.place(PLACE)
    assert drift.counts() == {("PlaceOrderResult", "failureReason", "unknown_enum_value"): 1}


def test_a_refused_login_is_raised_and_not_drift(server: Loopback) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": "Incorrect username or password."}))
    with Tradovate(server.base_url) as tv, pytest.raises(errors.AuthenticationFailed) as caught:
        tv.auth.access_token_request(LOGIN)
    assert caught.value.text == "Incorrect username or password."
    assert drift.counts() == {}


def test_an_accepted_login_without_user_id_is_drift(server: Loopback) -> None:
    answer = {"accessToken": "t0k3n", "expirationTime": "2026-11-26T15:40:30.056Z"}
    server.route("POST", "/auth/accesstokenrequest", Reply.json(answer))
    with Tradovate(server.base_url) as tv:
        result = tv.auth.access_token_request(LOGIN)
    assert result.access_token == "t0k3n"
    assert drift.counts() == {("AccessTokenResponse", "userId", "missing_required"): 1}
