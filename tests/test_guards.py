"""The guards under every call, against a real loopback server, on an injected clock.

Penalty tickets (waited out on the clock, retried once with the ticket, captcha typed), the
429/423 breaker, the hourly budgets of the spec's ``x-rate-limit``, read retries; sync and async.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import socket
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate_api import AsyncTradovate, Tradovate, errors
from tradovate_api._guards import Guards, GuardSettings, Limit, _retry_after, _Sleep
from tradovate_api._operations import OPERATIONS
from tradovate_api._transport import WireRequest, WireResponse
from tradovate_api.models import AccessTokenRequest, Action, OrderType, PlaceOrder

from loopback import Loopback, Recorded, Reply

LOGIN = AccessTokenRequest(name="jdoe", password="pw-secret-1", app_id="app", cid="8", sec="sec-secret-2")
PLACE = PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, is_automated=True)
TOKEN = {"accessToken": "tok-1", "expirationTime": "2026-11-26T14:00:00Z", "userId": 1}
ORDER = {"id": 7, "accountId": 1, "timestamp": "2026-11-20T14:30:58.485Z", "action": "Buy", "ordStatus": "Working"}
TICKET = "ticket-secret-3"
TLS = ssl.create_default_context()  # made once: loading the trust store is most of a client's cost


class FakeClock:
    """Monotonic time that only moves when someone sleeps (or a test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_800_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def guards(clock: FakeClock, **settings: Any) -> Guards:
    return Guards(GuardSettings(clock=clock, **settings))


def call(mode: str, server: Loopback, shared: Guards, method: str, *args: Any, deadline: float = 30.0) -> Any:
    """Call ``namespace.method`` with a new client (sync or async) sharing ``shared`` guards."""
    namespace, name = method.split(".")
    if mode == "sync":
        with Tradovate(server.base_url, token="tok", guards=shared, deadline=deadline, ssl_context=TLS) as tv:
            return getattr(getattr(tv, namespace), name)(*args)

    async def main() -> Any:
        async with AsyncTradovate(
            server.base_url, token="tok", guards=shared, deadline=deadline, ssl_context=TLS
        ) as tv:
            return await getattr(getattr(tv, namespace), name)(*args)

    return asyncio.run(main())


def replies(*answers: Reply) -> Callable[[Recorded], Reply]:
    it: Iterator[Reply] = iter(answers)
    return lambda _: next(it)


def penalty(time: float = 3, captcha: bool = False) -> Reply:
    return Reply.json({"p-ticket": TICKET, "p-time": time, "p-captcha": captcha})


# -- penalty tickets --------------------------------------------------------------------------


def test_a_penalised_login_is_waited_out_and_sent_once_more_with_the_ticket(
    mode: str, server: Loopback, clock: FakeClock
) -> None:
    server.route("POST", "/auth/accesstokenrequest", replies(penalty(3), Reply.json(TOKEN)))
    token = call(mode, server, guards(clock), "auth.access_token_request", LOGIN)
    assert token.access_token == "tok-1"
    assert clock.slept == [3.0]
    first, second = server.requests
    assert "p-ticket" not in first.json()
    assert second.json() == first.json() | {"p-ticket": TICKET}  # the same request, plus the ticket


def test_a_penalised_order_is_sent_once_more_because_it_was_not_executed(
    mode: str, server: Loopback, clock: FakeClock
) -> None:
    server.route("POST", "/order/placeorder", replies(penalty(2), Reply.json({"orderId": 42})))
    placed = call(mode, server, guards(clock), "orders.place", PLACE)
    assert placed.order_id == 42
    first, second = server.requests
    assert second.json() == first.json() | {"p-ticket": TICKET}


def test_a_penalised_get_carries_the_ticket_in_its_query(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", replies(penalty(1), Reply.json(ORDER)))
    assert call(mode, server, guards(clock), "orders.item", 7).id == 7
    first, second = server.requests
    assert first.params == {"id": "7"}
    assert second.params == {"id": "7", "p-ticket": TICKET}
    assert second.body == b""


def test_penalised_twice_raises_and_holds_the_operation_locally(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("POST", "/auth/accesstokenrequest", penalty(5))
    shared = guards(clock)
    with pytest.raises(errors.PenaltyTicket) as caught:
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert type(caught.value) is errors.PenaltyTicket and caught.value.time == 5.0
    assert len(server.requests) == 2 and clock.slept == [5.0]
    with pytest.raises(errors.BudgetExhausted) as held:  # the server's penalty still runs
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert held.value.retry_after == pytest.approx(5.0)
    assert len(server.requests) == 2
    clock.now += 5.0
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    assert call(mode, server, shared, "auth.access_token_request", LOGIN).access_token == "tok-1"


def test_a_captcha_is_typed_never_retried_and_refused_locally_after(
    mode: str, server: Loopback, clock: FakeClock
) -> None:
    server.route("POST", "/auth/accesstokenrequest", penalty(3600, captcha=True))
    shared = guards(clock)
    with pytest.raises(errors.CaptchaRequired) as caught:
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert isinstance(caught.value, errors.PenaltyTicket) and caught.value.captcha
    assert "operator" in str(caught.value) and TICKET not in str(caught.value) + repr(caught.value)
    assert len(server.requests) == 1 and clock.slept == []
    with pytest.raises(errors.BudgetExhausted) as held:
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert held.value.retry_after == pytest.approx(3600.0)
    assert len(server.requests) == 1
    # Other operations go on.
    server.route("GET", "/order/item", Reply.json(ORDER))
    assert call(mode, server, shared, "orders.item", 7).id == 7


def test_a_penalty_longer_than_the_deadline_is_raised_at_once(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("POST", "/auth/accesstokenrequest", penalty(60))
    with pytest.raises(errors.PenaltyTicket):
        call(mode, server, guards(clock), "auth.access_token_request", LOGIN, deadline=30.0)
    assert len(server.requests) == 1 and clock.slept == []


def test_the_penalty_retry_can_be_switched_off(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("POST", "/auth/accesstokenrequest", penalty(3))
    with pytest.raises(errors.PenaltyTicket):
        call(mode, server, guards(clock, penalty_retry=False), "auth.access_token_request", LOGIN)
    assert len(server.requests) == 1 and clock.slept == []


def test_raw_gives_the_final_exchange_of_a_penalised_call(server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", replies(penalty(1), Reply.json(ORDER)))
    with Tradovate(server.base_url, token="tok", guards=guards(clock)) as tv:
        response = tv.raw(tv.orders.item, 7)
    assert response.error is None and response.parsed is not None and response.parsed.id == 7


# -- the breaker ------------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "error"), [(429, errors.RateLimited), (423, errors.LockoutWarning)])
def test_429_and_423_open_the_breaker_for_every_call(
    mode: str, server: Loopback, clock: FakeClock, status: int, error: type[errors.ApiError]
) -> None:
    server.route("GET", "/order/item", Reply(status, b""))
    server.route("GET", "/account/list", Reply.json([]))
    shared = guards(clock)
    with pytest.raises(error):
        call(mode, server, shared, "orders.item", 7)
    assert shared.breaker_open()
    for method, args in (("orders.item", (7,)), ("accounts.list", ()), ("orders.place", (PLACE,))):
        with pytest.raises(errors.BreakerOpen) as refused:
            call(mode, server, shared, method, *args)
        assert refused.value.status == status
        assert refused.value.retry_after == pytest.approx(3600.0)
        assert refused.value.closes_at == datetime.datetime.fromtimestamp(clock.wall() + 3600, datetime.UTC)
    assert len(server.requests) == 1  # nothing reached the network
    clock.now += 3600.0
    assert call(mode, server, shared, "accounts.list") == []
    assert not shared.breaker_open()


def test_the_breaker_is_shared_by_clients_sharing_guards_and_can_be_reset(server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/account/list", replies(Reply(429, b""), Reply.json([])))
    shared = guards(clock, breaker_seconds=120.0)
    with pytest.raises(errors.RateLimited):
        call("sync", server, shared, "accounts.list")
    with pytest.raises(errors.BreakerOpen) as refused:
        call("async", server, shared, "accounts.list")
    assert refused.value.retry_after == pytest.approx(120.0)
    assert call("sync", server, guards(clock), "accounts.list") == []  # other guards: not affected
    assert len(server.requests) == 2
    shared.reset_breaker()
    server.route("GET", "/account/list", Reply.json([]))
    assert call("sync", server, shared, "accounts.list") == []


def test_retry_after_headers_are_read_as_seconds() -> None:
    assert _retry_after("7200") == 7200.0 and _retry_after(" 30 ") == 30.0
    assert _retry_after(None) == _retry_after("soon") == _retry_after("-5") == _retry_after("1e9") == 0.0
    assert _retry_after("999999999") == 86400.0


# -- budgets ----------------------------------------------------------------------------------


def test_the_spec_limits_are_on_the_operations() -> None:
    limit = OPERATIONS["accessTokenRequest"].rate_limit
    assert limit is not None and (limit.per_hour, limit.counts_successes) == (5, False)
    renew = OPERATIONS["renewAccessToken"].rate_limit
    assert renew is not None and (renew.per_hour, renew.counts_successes) == (15, True)


def test_failed_logins_spend_the_budget_successful_ones_do_not(mode: str, server: Loopback, clock: FakeClock) -> None:
    shared = guards(clock)
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    for _ in range(6):
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": "Incorrect username or password"}))
    for _ in range(5):
        with pytest.raises(errors.AuthenticationFailed):
            call(mode, server, shared, "auth.access_token_request", LOGIN)
    with pytest.raises(errors.BudgetExhausted) as refused:
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert len(server.requests) == 11
    assert refused.value.retry_after == pytest.approx(3600.0)
    clock.now += 3600.0  # the oldest failure leaves the rolling hour
    with pytest.raises(errors.AuthenticationFailed):
        call(mode, server, shared, "auth.access_token_request", LOGIN)


def test_renewals_count_successes(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/auth/renewaccesstoken", Reply.json(TOKEN))
    shared = guards(clock)
    for _ in range(15):
        clock.now += 1.0
        call(mode, server, shared, "auth.renew_access_token")
    with pytest.raises(errors.BudgetExhausted) as refused:
        call(mode, server, shared, "auth.renew_access_token")
    assert refused.value.retry_after == pytest.approx(3600.0 - 14.0)
    assert len(server.requests) == 15


def test_calls_refused_before_sending_do_not_count(mode: str, clock: FakeClock) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    closed = Loopback(base_url=f"http://127.0.0.1:{port}/v1")
    shared = guards(clock)
    for _ in range(8):
        with pytest.raises(errors.RequestNotSent):
            call(mode, closed, shared, "auth.access_token_request", LOGIN)


def test_concurrent_calls_reserve_their_place_in_the_budget(server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/account/list", Reply.json([]))
    shared = guards(clock, rate_limits={"accountList": Limit(per_hour=3)})

    async def main() -> list[Any]:
        async with AsyncTradovate(server.base_url, token="tok", guards=shared) as tv:
            return await asyncio.gather(*(tv.accounts.list() for _ in range(10)), return_exceptions=True)

    outcomes = asyncio.run(main())
    assert sum(o == [] for o in outcomes) == 3
    assert sum(isinstance(o, errors.BudgetExhausted) for o in outcomes) == 7
    assert len(server.requests) == 3


def test_budgets_can_be_overridden_or_switched_off(server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/auth/renewaccesstoken", Reply.json(TOKEN))
    unlimited = guards(clock, rate_limits={"renewAccessToken": None})
    off = guards(clock, budgets=False)
    with (
        Tradovate(server.base_url, token="t", guards=unlimited) as a,
        Tradovate(server.base_url, token="t", guards=off) as b,
    ):
        for _ in range(16):
            a.auth.renew_access_token()
            b.auth.renew_access_token()
    assert len(server.requests) == 32


# -- read retries -----------------------------------------------------------------------------


def test_reads_are_retried_with_jittered_backoff_when_asked(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", replies(Reply(503, b""), Reply(action="close"), Reply.json(ORDER)))
    shared = guards(clock, read_retries=2, retry_backoff=0.5, retry_backoff_cap=0.75)
    assert call(mode, server, shared, "orders.item", 7).id == 7
    assert len(server.requests) == 3
    assert len(clock.slept) == 2
    assert 0 <= clock.slept[0] <= 0.5 and 0 <= clock.slept[1] <= 0.75


def test_reads_that_cannot_connect_are_retried(mode: str, clock: FakeClock) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    closed = Loopback(base_url=f"http://127.0.0.1:{port}/v1")
    with pytest.raises(errors.RequestNotSent):
        call(mode, closed, guards(clock, read_retries=2), "orders.item", 7)
    assert len(clock.slept) == 2
    with pytest.raises(errors.RequestNotSent):
        call(mode, closed, guards(clock, read_retries=2), "orders.place", PLACE)
    assert len(clock.slept) == 2  # not for a state-changing call, even though it was not sent


def test_reads_give_up_after_the_retries(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", Reply(500, b""))
    with pytest.raises(errors.ServerError):
        call(mode, server, guards(clock, read_retries=2), "orders.item", 7)
    assert len(server.requests) == 3


def test_reads_are_not_retried_by_default(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", Reply(503, b""))
    with pytest.raises(errors.ServerError):
        call(mode, server, guards(clock), "orders.item", 7)
    assert len(server.requests) == 1 and clock.slept == []


@pytest.mark.parametrize("reply", [Reply(503, b""), Reply(action="close")], ids=["5xx", "dropped"])
def test_state_changing_calls_are_never_retried(mode: str, server: Loopback, clock: FakeClock, reply: Reply) -> None:
    server.route("POST", "/order/placeorder", reply)
    with pytest.raises(errors.OutcomeUnknown):
        call(mode, server, guards(clock, read_retries=3), "orders.place", PLACE)
    assert len(server.requests) == 1 and clock.slept == []


def test_client_errors_are_not_retried(mode: str, server: Loopback, clock: FakeClock) -> None:
    server.route("GET", "/order/item", Reply(404, b""))
    with pytest.raises(errors.NotFound):
        call(mode, server, guards(clock, read_retries=3), "orders.item", 7)
    assert len(server.requests) == 1


def test_settings_are_validated() -> None:
    for bad in (
        {"read_retries": 11},
        {"read_retries": True},
        {"breaker_seconds": -1.0},
        {"retry_backoff": float("nan")},
    ):
        with pytest.raises(errors.InvalidRequest):
            GuardSettings(**bad)
    with pytest.raises(errors.InvalidRequest):
        Guards(object())  # type: ignore[arg-type]


# -- secrets ----------------------------------------------------------------------------------


def test_the_ticket_is_in_no_log_line_or_repr(mode: str, server: Loopback, clock: FakeClock, caplog: Any) -> None:
    server.route("POST", "/auth/accesstokenrequest", penalty(2))
    shared = guards(clock)
    with caplog.at_level(logging.DEBUG), pytest.raises(errors.PenaltyTicket) as caught:
        call(mode, server, shared, "auth.access_token_request", LOGIN)
    assert server.last.json()["p-ticket"] == TICKET
    texts = [r.getMessage() for r in caplog.records] + [str(caught.value), repr(caught.value), repr(shared)]
    assert any("penalty" in t for t in texts)
    for secret in (TICKET, "pw-secret-1", "sec-secret-2"):
        assert not any(secret in t for t in texts)


# -- the policy without I/O, over any sequence of answers ---------------------------------------

OK_BODIES: dict[str, Any] = {"placeOrder": {"orderId": 1}, "orderItem": ORDER, "accessTokenRequest": TOKEN}
REQUESTS: dict[str, tuple[Any, Any]] = {"placeOrder": (None, PLACE), "orderItem": ({"id": 7}, None)}
REQUESTS["accessTokenRequest"] = (None, LOGIN)
ANSWERS = ["ok", "penalty", "captcha", "429", "423", "503", "drop", "not-sent"]


def _answer(kind: str, op_id: str, idempotent: bool) -> WireResponse | errors.TradovateError:
    def wire(status: int, body: Any) -> WireResponse:
        return WireResponse(status, httpx.Headers(), json.dumps(body).encode(), 0.0)

    if kind == "ok":
        return wire(200, OK_BODIES[op_id])
    if kind in ("penalty", "captcha"):
        return wire(200, {"p-ticket": TICKET, "p-time": 2, "p-captcha": kind == "captcha"})
    if kind in ("429", "423", "503"):
        return wire(int(kind), "")
    if kind == "drop":
        return errors.TransportError(op_id, "x") if idempotent else errors.OutcomeUnknown(op_id, "x")
    not_sent = errors.RequestNotSent(op_id, "connect")
    not_sent.__cause__ = httpx.ConnectError("refused")
    return not_sent


@settings(max_examples=300, deadline=None)
@given(
    answers=st.lists(st.sampled_from(ANSWERS), min_size=1, max_size=6),
    op_id=st.sampled_from(sorted(OK_BODIES)),
    retries=st.integers(0, 3),
)
def test_any_answers_keep_the_rules(answers: list[str], op_id: str, retries: int) -> None:
    op = OPERATIONS[op_id]
    clock = FakeClock()
    shared = Guards(GuardSettings(clock=clock, read_retries=retries))
    flow = shared.flow(op, op.request(*REQUESTS[op_id]), 30.0)
    sent: list[str] = []
    outcome: Any = None
    try:
        step = next(flow)
        while True:
            if isinstance(step, _Sleep):
                clock.sleep(step.seconds)
                step = flow.send(None)
                continue
            assert step.seconds > 0
            if step.request.body is not None and sent:
                assert json.loads(step.request.body).get("p-ticket") in (None, TICKET)
            kind = answers.pop(0) if answers else "ok"  # the server's answers, then successes
            sent.append(kind)
            answer = _answer(kind, op_id, op.idempotent)
            step = flow.throw(answer) if isinstance(answer, errors.TradovateError) else flow.send(answer)
    except StopIteration as stop:
        outcome = stop.value.error
    except errors.TradovateError as exc:
        outcome = exc
    penalties = sent.count("penalty")
    assert penalties <= 2 and sum(clock.slept) < 30.0
    if not op.idempotent:  # sent again only after a plain penalty: it was not executed
        assert len(sent) == 1 or (len(sent) == 2 and sent[0] == "penalty")
    else:
        assert len(sent) <= 1 + retries + min(penalties, 1)
    stops = {"captcha", "429", "423"}
    assert not any(kind in stops for kind in sent[:-1])  # nothing is sent after those
    if sent[-1] == "ok":
        assert outcome is None
    elif sent[-1] == "captcha":
        assert isinstance(outcome, errors.CaptchaRequired)
    elif sent[-1] in ("429", "423"):
        assert isinstance(outcome, errors.ApiError) and shared.breaker_open()
        with pytest.raises(errors.BreakerOpen):
            next(shared.flow(op, op.request(*REQUESTS[op_id]), 30.0))
    else:
        assert isinstance(outcome, errors.TradovateError)


# -- the request as data: a ticket is added to the validated JSON, never to re-read bytes -----


@given(
    st.text(min_size=1, max_size=12),
    st.integers(min_value=1, max_value=2**63 - 1),
    st.text(min_size=1, max_size=40),
)
def test_a_ticket_is_added_to_the_request_kept_as_data_on_both_transports(symbol: str, qty: int, ticket: str) -> None:
    from tradovate.realtime import protocol as p

    body = PlaceOrder(action=Action.BUY, symbol=symbol, order_qty=qty, order_type=OrderType.MARKET)
    wire = OPERATIONS["placeOrder"].request(None, body)
    socket = p.prepare_request("order/placeorder", body=body)
    assert wire.body is not None and wire.body.decode() == socket.body  # the same bytes either way
    ticket_json = json.dumps(ticket, ensure_ascii=False, separators=(",", ":"))
    ticketed = wire.with_ticket(ticket)
    assert ticketed is not None and ticketed.body == wire.body[:-1] + f',"p-ticket":{ticket_json}}}'.encode()
    assert ticketed.json == {**wire.json, "p-ticket": ticket} and wire.json.get("p-ticket") is None
    on_socket = socket.with_ticket(ticket)
    assert on_socket is not None and on_socket.body == ticketed.body.decode()


def test_adding_a_ticket_reads_no_bytes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from tradovate.realtime import protocol as p
    from tradovate_api import _codec

    wire = OPERATIONS["placeOrder"].request(None, PLACE)
    socket = p.prepare_request("order/placeorder", body=PLACE)

    def no_parsing(*_: object) -> None:
        raise AssertionError("a request's own bytes were parsed again")

    monkeypatch.setattr(_codec, "loads", no_parsing)
    monkeypatch.setattr(_codec, "_loads", no_parsing)
    assert wire.with_ticket("t") is not None and socket.with_ticket("t") is not None
    # Bytes made by hand, without the JSON they encode, cannot carry a ticket (never re-read).
    hand_made = WireRequest("placeOrder", "POST", "/order/placeorder", None, wire.body, True, False)
    assert hand_made.with_ticket("t") is None
    assert p.prepare_request("x/y", body=[1, 2]).with_ticket("t") is None  # not a JSON object
    assert OPERATIONS["accountList"].request(None, None).with_ticket("t") == attrs.evolve(
        OPERATIONS["accountList"].request(None, None), query={"p-ticket": "t"}
    )
