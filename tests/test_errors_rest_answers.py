"""A 200 that is neither a result nor a declared refusal, escaped refusal keys, absurd penalty
times, header values with outer whitespace and a short token echoed by the server: on the
blocking client and both backends of the async one, against a real loopback server."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest

from tradovate_api import AsyncTradovate, Tradovate, errors
from tradovate_api.models import Action, OrderType, PlaceOrder

from loopback import Loopback, Reply

CLIENTS = ("sync", "httpx", "aiohttp")
PLACE = PlaceOrder(
    account_id=1, action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, is_automated=True
)
TOKEN = "t" * 40


def run(kind: str, server: Loopback, call: Callable[[Any], Any], token: str | None = TOKEN, **kw: Any) -> Any:
    """``call(client)`` on a fresh client of ``kind``; its result, or its error raised."""
    if kind == "sync":
        with Tradovate(server.base_url, token=token, timeout=5.0, **kw) as tv:
            return call(tv)

    async def main() -> Any:
        async with AsyncTradovate(server.base_url, backend=kind, token=token, timeout=5.0, **kw) as tv:
            result = call(tv)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


# -- 1. a 200 that is neither a success nor a declared failure -------------------------------


@pytest.mark.parametrize("kind", CLIENTS)
def test_order_answered_with_error_text_is_rejected_with_the_words(server: Loopback, kind: str) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"errorText": "Access is denied"}))
    with pytest.raises(errors.OrderRejected) as caught:
        run(kind, server, lambda tv: tv.orders.place(PLACE))
    assert caught.value.text == "Access is denied"
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    "body",
    [
        b"{}",
        b'{"orderId":null}',
        b'{"failureReason":"Success"}',
        b'{"orderId":"9"}',
        b'{"orderId":0}',
    ],
)
def test_order_accepted_without_an_order_id_is_outcome_unknown(server: Loopback, kind: str, body: bytes) -> None:
    server.route("POST", "/order/placeorder", Reply(body=body))
    with pytest.raises(errors.OutcomeUnknown, match="order id"):  # the order may exist
        run(kind, server, lambda tv: tv.orders.place(PLACE))
    assert len(server.requests) == 1  # never resent


@pytest.mark.parametrize("kind", CLIENTS)
def test_order_accepted_with_an_order_id_is_a_result(server: Loopback, kind: str) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"orderId": 9}))
    assert run(kind, server, lambda tv: tv.orders.place(PLACE)).order_id == 9


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("path", "call"),
    [
        ("/account/item", lambda tv: tv.accounts.item(1)),
        ("/account/find", lambda tv: tv.accounts.find("x")),
        ("/account/list", lambda tv: tv.accounts.list()),
        ("/position/deps", lambda tv: tv.positions.deps(1)),
    ],
)
def test_reads_answered_with_error_text_raise_operation_failed(
    server: Loopback, kind: str, path: str, call: Callable[[Any], Any]
) -> None:
    server.route("GET", path, Reply.json({"errorText": "Access is denied"}))
    with pytest.raises(errors.OperationFailed) as caught:
        run(kind, server, call)
    assert caught.value.text == "Access is denied"


@pytest.mark.parametrize("kind", CLIENTS)
def test_list_answered_with_a_failure_keeps_the_words(server: Loopback, kind: str) -> None:
    server.route("GET", "/account/list", Reply.json({"failureReason": "UnknownReason", "failureText": "Nope"}))
    with pytest.raises(errors.OperationFailed) as caught:
        run(kind, server, lambda tv: tv.accounts.list())
    assert (caught.value.reason, caught.value.text) == ("UnknownReason", "Nope")


# -- 2. a refusal whose key is written with a \u escape ------------------------------------------


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    "body",
    [
        b'{"failure\\u0052eason":"RiskRejected","failureText":"Insufficient margin"}',
        b'{"\\u0066ailureReason":"RiskRejected","failureText":"Insufficient margin"}',
        b'{"orderId":9,"failureReason":"RiskRejected","failure\\u0054ext":"Insufficient margin"}',
    ],
)
def test_escaped_refusal_key_is_still_a_refusal(server: Loopback, kind: str, body: bytes) -> None:
    server.route("POST", "/order/placeorder", Reply(body=body))
    with pytest.raises(errors.OrderRejected) as caught:
        run(kind, server, lambda tv: tv.orders.place(PLACE))
    assert (caught.value.reason, caught.value.text) == ("RiskRejected", "Insufficient margin")


@pytest.mark.parametrize("kind", CLIENTS)
def test_escaped_penalty_ticket_key_is_still_a_penalty(server: Loopback, kind: str) -> None:
    server.route("GET", "/account/list", Reply(body=b'{"p-t\\u0069cket":"PT","p-time":5}'))
    from tradovate_api._guards import GuardSettings

    with pytest.raises(errors.PenaltyTicket):
        run(kind, server, lambda tv: tv.accounts.list(), guards=GuardSettings(penalty_retry=False))


# -- 3. absurd penalty times ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    "p_time", [b"1e10", b"1e308", b"99999999999999999999999", b"-1", b'"3"', b"null", b"3601", b"true"]
)
def test_absurd_penalty_time_is_never_resent(server: Loopback, kind: str, p_time: bytes) -> None:
    server.route("GET", "/account/list", Reply(body=b'{"p-ticket":"PT6-abcdef","p-time":' + p_time + b"}"))
    with pytest.raises(errors.PenaltyTicket) as caught:
        run(kind, server, lambda tv: tv.accounts.list())
    assert len(server.requests) == 1
    ticket = caught.value
    assert not ticket.resendable and ticket.stated is not None
    assert ticket.time == errors.MAX_PENALTY_SECONDS
    assert "PT6-abcdef" not in str(ticket) and "PT6-abcdef" not in repr(ticket)
    assert "not a usable number of seconds" in str(ticket)


@pytest.mark.parametrize("p_time", [float("nan"), float("inf"), -0.5, 10**400, None, "3", [3]])
def test_penalty_time_that_is_no_number_of_seconds_is_not_resendable(p_time: Any) -> None:
    ticket = errors.PenaltyTicket.from_body("op", {"p-ticket": "x", "p-time": p_time})
    assert not ticket.resendable and ticket.time == errors.MAX_PENALTY_SECONDS and len(str(ticket)) < 300


@pytest.mark.parametrize("p_time", [0, 0.0, 2.5, 3600])
def test_sane_penalty_time_is_taken_as_said(p_time: float) -> None:
    ticket = errors.PenaltyTicket.from_body("op", {"p-ticket": "x", "p-time": p_time})
    assert ticket.resendable and ticket.time == p_time


def test_penalty_time_zero_is_resent_once(server: Loopback) -> None:
    answers = iter([{"p-ticket": "PT", "p-time": 0}, []])
    server.route("GET", "/account/list", lambda _: Reply.json(next(answers)))
    assert run("sync", server, lambda tv: tv.accounts.list()) == []
    assert len(server.requests) == 2


# -- 4. header values with outer whitespace ------------------------------------------------------


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("token", [" lead", "trail ", "\ttab", "tab\t", "in side"])
def test_token_with_outer_whitespace_is_refused_before_sending(server: Loopback, kind: str, token: str) -> None:
    server.route("GET", "/account/list", Reply.json([]))
    if token == "in side":  # inner whitespace is a valid header value: sent as it is
        run(kind, server, lambda tv: tv.accounts.list(), token=token)
        assert server.last.headers["authorization"] == "Bearer in side"
        return
    with pytest.raises(errors.InvalidRequest):
        run(kind, server, lambda tv: tv.accounts.list(), token=token)
    assert server.requests == []


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("value", [" v", "v ", "v\t"])
def test_header_with_outer_whitespace_is_refused(server: Loopback, kind: str, value: str) -> None:
    with pytest.raises(errors.InvalidRequest):
        run(kind, server, lambda tv: tv.accounts.list(), headers={"X-App": value})
    assert server.requests == []


# -- 5. the client's own token echoed back -------------------------------------------------------

SHORT = "abc123"  # too short for the pattern-based redaction: removed because it is the token


@pytest.mark.parametrize("kind", CLIENTS)
def test_short_token_echoed_in_an_error_status_is_redacted(server: Loopback, kind: str) -> None:
    body = json.dumps({"errorText": f"token {SHORT} is not valid here"}).encode()
    server.route("GET", "/account/list", Reply(400, body))
    with pytest.raises(errors.ApiError) as caught:
        run(kind, server, lambda tv: tv.accounts.list(), token=SHORT)
    shown = f"{caught.value} {caught.value!r} {getattr(caught.value, 'text', '')}"
    assert SHORT not in shown and "is not valid here" in shown


@pytest.mark.parametrize("kind", CLIENTS)
def test_short_token_echoed_in_a_refusal_is_redacted(server: Loopback, kind: str) -> None:
    server.route("POST", "/order/placeorder", Reply.json({"failureReason": "RiskRejected", "failureText": SHORT}))
    with pytest.raises(errors.OrderRejected) as caught:
        run(kind, server, lambda tv: tv.orders.place(PLACE), token=SHORT)
    assert SHORT not in f"{caught.value} {caught.value!r} {caught.value.text}"
    assert caught.value.reason == "RiskRejected"


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("status", [200, 400])
def test_credentials_in_a_refusal_are_redacted_as_in_an_error_status(server: Loopback, kind: str, status: int) -> None:
    """The words of a 200 refusal get the same redaction as an error status's."""
    opaque = "ZXhhbXBsZWxvbmd0b2tlbmxpa2VzdHJpbmc"
    words = f"Bad thing: password=hunter2 token=abcdef0123456789 {opaque}"
    server.route("GET", "/account/list", Reply(status, json.dumps({"errorText": words}).encode()))
    with pytest.raises(errors.TradovateError) as caught:
        run(kind, server, lambda tv: tv.accounts.list())
    shown = f"{caught.value} {caught.value!r} {getattr(caught.value, 'text', '')}"
    assert "hunter2" not in shown and "abcdef0123456789" not in shown and opaque not in shown
    assert "Bad thing" in shown


@pytest.mark.parametrize("kind", CLIENTS)
def test_read_answered_with_bare_words_keeps_them(server: Loopback, kind: str) -> None:
    server.route("GET", "/account/list", Reply.json("Access is denied"))
    with pytest.raises(errors.DecodeError, match="Access is denied"):
        run(kind, server, lambda tv: tv.accounts.list())


@pytest.mark.parametrize("kind", CLIENTS)
def test_order_answered_with_bare_words_is_outcome_unknown_with_them(server: Loopback, kind: str) -> None:
    server.route("POST", "/order/placeorder", Reply.json("Something happened"))
    with pytest.raises(errors.OutcomeUnknown) as caught:
        run(kind, server, lambda tv: tv.orders.place(PLACE))
    assert caught.value.text == "Something happened"
    assert len(server.requests) == 1


# -- 6. one async client across two event loops -------------------------------------------------


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_client_used_on_a_second_event_loop_says_so_and_sends_nothing(server: Loopback, backend: str) -> None:
    server.route("GET", "/account/list", Reply.json([]))
    tv = AsyncTradovate(server.base_url, backend=backend, token=TOKEN, timeout=5.0)
    first = asyncio.new_event_loop()
    try:
        assert first.run_until_complete(tv.accounts.list()) == []
        with pytest.raises(errors.WrongEventLoop) as caught:
            asyncio.run(tv.accounts.list())  # the order of a second asyncio.run(): not sent
        assert isinstance(caught.value, errors.RequestNotSent)
        assert "another event loop" in str(caught.value)
        assert len(server.requests) == 1
    finally:
        first.run_until_complete(tv.aclose())  # closed on its own loop: no warning, no error
        first.close()
