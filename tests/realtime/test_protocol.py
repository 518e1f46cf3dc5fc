"""The WebSocket protocol core, driven with text and made-up times only (no sockets, no sleeps)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from tradovate.realtime import protocol as p
from tradovate.realtime.errors import ProtocolViolation
from tradovate_api import drift, errors, models

TOKEN = "canary-token-ABC123"


def got(proto: p.Protocol) -> list[Any]:
    """The events so far, typed loosely for attribute checks."""
    return list(proto.events_received())


def ready(now: float = 0.0, **kw: Any) -> p.Protocol:
    proto = p.Protocol(now, **kw)
    proto.receive("o", now)
    assert got(proto) == [p.Opened()]
    frame = proto.authorize(TOKEN, now)
    assert frame == f"authorize\n0\n\n{TOKEN}"
    proto.receive('a[{"s":200,"i":0}]', now)
    assert got(proto) == [p.Authorized(0)]
    assert proto.state is p.State.READY
    return proto


def one(proto: p.Protocol) -> Any:
    events = got(proto)
    assert len(events) == 1, events
    return events[0]


# -- frames ------------------------------------------------------------------------------------


def test_request_frames_keep_empty_fields_and_round_trip() -> None:
    assert p.build_request("executionReport/list", 4) == "executionReport/list\n4\n\n"
    frame = p.build_request("contract/rollcontract", 33, "", '{"name":"YMZ6"}')
    assert frame == 'contract/rollcontract\n33\n\n{"name":"YMZ6"}'
    assert p.parse_request(frame) == ("contract/rollcontract", 33, "", '{"name":"YMZ6"}')
    assert p.parse_request("a\n1\nq\nline1\nline2") == ("a", 1, "q", "line1\nline2")


@pytest.mark.parametrize(("endpoint", "query"), [("", ""), ("a\nb", ""), (" x", ""), ("order/list", "a=1\nb")])
def test_request_frames_refuse_fields_that_would_break_the_framing(endpoint: str, query: str) -> None:
    with pytest.raises(errors.InvalidRequest):
        p.build_request(endpoint, 1, query)


def test_a_frame_that_is_not_a_request_is_a_protocol_violation() -> None:
    for bad in ("[]", "a\nb\nc", "a\nx\n\n"):
        with pytest.raises(ProtocolViolation):
            p.parse_request(bad)


def test_requests_are_validated_and_encoded_like_the_rest_client() -> None:
    proto = ready()
    rid, frame = proto.request("contract/find", 1.0, query={"name": "ESZ6"})
    assert frame == f"contract/find\n{rid}\nname=ESZ6\n"
    rid2, frame = proto.request("contract/items", 1.0, query={"ids": [1, 2, 3]})
    assert frame == f"contract/items\n{rid2}\nids=1,2,3\n"
    body = {"accountId": 1, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
    rid3, frame = proto.request("order/placeorder", 1.0, body=body)
    assert json.loads(p.parse_request(frame)[3])["orderType"] == "Market"
    assert rid < rid2 < rid3
    with pytest.raises(errors.InvalidRequest):  # a limit order without a price is never sent
        proto.request("order/placeorder", 1.0, body={**body, "orderType": "Limit"})
    with pytest.raises(errors.InvalidRequest):
        proto.request("md/subscribeQuote", 1.0, body={"symbol": float("nan")})
    assert set(proto.pending().values()) == {"contract/find", "contract/items", "order/placeorder"}


def test_requests_before_authorization_are_not_sent() -> None:
    proto = p.Protocol(0.0)
    with pytest.raises(errors.RequestNotSent):
        proto.request("account/list", 0.0)
    with pytest.raises(errors.InvalidRequest):
        proto.authorize(TOKEN, 0.0)  # no ``o`` yet
    proto.receive("o", 0.0)
    with pytest.raises(errors.InvalidRequest):
        proto.authorize("two\nlines", 0.0)


def test_idempotency_comes_from_the_operation_and_unknown_endpoints_count_as_state_changing() -> None:
    assert p.operation_for("order/placeorder") is not None
    assert p.operation_for("Order/PlaceOrder") is p.operation_for("order/placeorder")
    proto = ready()
    reads = proto.request("account/list", 0.0)[0]
    order = proto.request("order/placeorder", 0.0, body=models.PlaceOrder.from_dict(_order()))[0]
    md = proto.request("md/subscribeQuote", 0.0, body={"symbol": "ESZ6"})[0]
    md_read = proto.request("md/getChart", 0.0, body={"symbol": "ESZ6"}, idempotent=True)[0]
    proto.close()
    lost = {e.request_id: e.idempotent for e in got(proto) if isinstance(e, p.RequestLost)}
    assert lost == {reads: True, order: False, md: False, md_read: True}


def _order() -> dict[str, Any]:
    return {"accountId": 1, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}


# -- correlation and responses -------------------------------------------------------------------


def test_responses_are_matched_by_id_not_by_order() -> None:
    proto = ready()
    a = proto.request("account/list", 0.0)[0]
    b = proto.request("user/list", 0.0)[0]
    proto.receive(f'a[{{"s":200,"i":{b},"d":[]}},{{"s":200,"i":{a},"d":[{{"id":7}}]}}]', 0.0)
    first, second = got(proto)
    assert (first.request_id, first.endpoint) == (b, "user/list")
    assert (second.request_id, second.endpoint, second.data) == (a, "account/list", [{"id": 7}])
    assert not first.late and proto.pending() == {}
    proto.receive(f'a[{{"s":200,"i":{a},"d":[{{"id":8}}]}}]', 0.0)  # a second part of the answer
    late = one(proto)
    assert late.late and late.endpoint == "account/list"
    proto.receive('a[{"s":200,"i":999}]', 0.0)
    assert one(proto).endpoint is None


def test_the_outcome_is_the_operations_model_or_its_typed_error() -> None:
    proto = ready()
    rid = proto.request("account/list", 0.0)[0]
    proto.receive(f'a[{{"s":200,"i":{rid},"d":[{{"id":7,"name":"DEMO1","surprise":1}}]}}]', 0.0)
    accounts = p.outcome(one(proto))
    assert isinstance(accounts[0], models.Account) and accounts[0].id == 7
    assert accounts[0].to_dict()["surprise"] == 1

    rid = proto.request("order/placeorder", 0.0, body=_order())[0]
    proto.receive(f'a[{{"s":200,"i":{rid},"d":{{"failureReason":"NoQuote","failureText":"no"}}}}]', 0.0)
    with pytest.raises(errors.OrderRejected):
        p.outcome(one(proto))

    rid = proto.request("order/placeorder", 0.0, body=_order())[0]
    proto.receive(f'a[{{"s":500,"i":{rid},"d":"boom"}}]', 0.0)
    with pytest.raises(errors.OutcomeUnknown):
        p.outcome(one(proto))

    rid = proto.request("md/subscribeQuote", 0.0, body={"symbol": "ESZ6"})[0]
    proto.receive(f'a[{{"s":404,"i":{rid},"d":"Not found: md/subscribeQuote"}}]', 0.0)
    with pytest.raises(errors.NotFound) as info:
        p.outcome(one(proto))
    assert info.value.content == b"Not found: md/subscribeQuote"

    rid = proto.request("md/subscribeQuote", 0.0, body={"symbol": "ESZ6"})[0]
    proto.receive(f'a[{{"s":200,"i":{rid},"d":{{"p-ticket":"SECRET","p-time":3}}}}]', 0.0)
    with pytest.raises(errors.PenaltyTicket) as penalty:
        p.outcome(one(proto))
    assert penalty.value.time == 3 and "SECRET" not in repr(penalty.value) + str(penalty.value)

    rid = proto.request("md/subscribeQuote", 0.0, body={"symbol": "ESZ6"})[0]
    proto.receive(f'a[{{"s":200,"i":{rid},"d":{{"ok":true}}}}]', 0.0)
    assert p.outcome(one(proto)) == {"ok": True}


@pytest.mark.parametrize(
    ("d", "text"),
    [
        ("Invalid access token", "Invalid access token"),
        (json.dumps({"errorText": "double encoded"}), "double encoded"),
        (json.dumps("quoted"), "quoted"),
        ({"errorText": "as an object"}, "as an object"),
        (None, None),
        ([1, 2], None),
        ("{not json", "{not json"),
    ],
)
def test_error_texts_are_normalised_whatever_the_shape_of_d(d: Any, text: str | None) -> None:
    proto = ready()
    rid = proto.request("account/list", 0.0)[0]
    item: dict[str, Any] = {"s": 400, "i": rid}
    if d is not None:
        item["d"] = d
    proto.receive("a" + json.dumps([item]), 0.0)
    response = one(proto)
    assert response.error is not None and response.error.kind == "status" and response.error.text == text
    with pytest.raises(errors.BadRequest):
        p.outcome(response)


def test_a_refused_authorization_is_typed_and_the_token_is_never_shown() -> None:
    proto = p.Protocol(0.0)
    proto.receive("o", 0.0)
    got(proto)
    proto.authorize(TOKEN, 0.0)
    proto.receive('a[{"i":0,"s":401,"d":"Invalid access token"}]', 0.0)
    refused = one(proto)
    assert isinstance(refused, p.AuthorizationRefused)
    exc = refused.exception()
    assert isinstance(exc, errors.AuthenticationFailed) and exc.text == "Invalid access token"
    assert proto.state is p.State.OPEN
    assert TOKEN not in repr(proto) + repr(refused) + str(exc)


def test_the_debug_frame_log_redacts_the_authorize_token_and_secret_fields(caplog: pytest.LogCaptureFixture) -> None:
    assert TOKEN not in p.redact_frame(f"authorize\n0\n\n{TOKEN}")
    assert TOKEN not in p.redact_frame(f'authorize\n0\n\n"{TOKEN}"')
    assert TOKEN not in p.redact_frame(f"authorize\n0\n{TOKEN}")  # malformed, still redacted
    assert TOKEN not in p.redact_frame(f'auth/renewaccesstoken\n3\ntoken={TOKEN}\n{{"accessToken":"{TOKEN}"}}')
    inbound = f'a[{{"s":200,"i":3,"d":{{"accessToken":"{TOKEN}","mdAccessToken":"{TOKEN}","userId":5}}}}]'
    shown = p.redact_frame(inbound)
    assert TOKEN not in shown and '"userId":5' in shown
    logger = logging.getLogger("test.protocol.frames")
    with caplog.at_level(logging.DEBUG, logger.name):
        proto = p.Protocol(0.0, logger=logger)
        proto.receive("o", 0.0)
        proto.receive(inbound, 0.0)
    assert caplog.records and all(TOKEN not in r.getMessage() for r in caplog.records)


# -- events --------------------------------------------------------------------------------------


def test_events_are_classified_and_kept_as_sent() -> None:
    proto = ready()
    order = {"id": 210518, "accountId": 25, "contractId": 560901, "action": "Sell", "ordStatus": "Brand New", "x": 1}
    frame = [
        {"e": "props", "d": {"entityType": "order", "eventType": "Created", "entity": order}},
        {"e": "props", "d": {"entityType": "fill", "eventType": "Deleted", "entity": [{"id": 1}, {"id": 2}]}},
        {"e": "shutdown", "d": {"reasonCode": "ConnectionQuotaReached"}},
        {"e": "md", "d": {"quotes": []}},
        {"e": "chart", "d": {"charts": []}},
        {"e": "clock", "d": '{"t":"2019-08-26T16:43:08.599Z","s":20}'},
        {"e": "somethingNew", "d": {"k": 1}},
        {"e": "props", "d": {"entityType": "order"}},
        {"x": 1},
        7,
    ]
    proto.receive("a" + json.dumps(frame), 0.0)
    events = got(proto)
    assert [type(e).__name__ for e in events] == [
        "Props", "Props", "Props", "Shutdown", "MarketData", "Chart", "Clock", "UnknownEvent", "UnknownEvent",
        "UnknownMessage", "UnknownMessage",
    ]  # fmt: skip
    created = events[0]
    assert created.entity is not None and created.entity == order and created.entity_id == 210518
    typed = created.model()
    assert isinstance(typed, models.Order) and typed.to_dict() == order  # unknown enum value and field kept
    assert [e.entity_id for e in events[1:3]] == [1, 2]
    assert events[3].quota and events[3].reason_code == "ConnectionQuotaReached"
    assert events[6].data == {"t": "2019-08-26T16:43:08.599Z", "s": 20}
    assert events[7] == p.UnknownEvent("somethingNew", {"k": 1})
    assert p.Props("somethingElse", models.PropsEventType.CREATED, {}).model() is None


def test_event_data_decodes_into_the_generated_socket_models() -> None:
    proto = ready()
    frame = [
        {"e": "props", "d": {"entityType": "order", "eventType": "Archived", "entity": {"id": 1}}},
        {"e": "shutdown", "d": {"reasonCode": "Maintenance", "reason": "window"}},
        {"e": "shutdown", "d": {"reasonCode": "SomethingNew"}},
        {"e": "md", "d": {"quotes": [{"contractId": 1, "timestamp": "2026-01-01T00:00:00Z", "entries": {}}]}},
        {"e": "chart", "d": {"charts": [{"id": 7, "eoh": True}]}},
        {"e": "clock", "d": '{"t":"2019-08-26T16:43:08.599Z","s":20}'},
    ]
    proto.receive("a" + json.dumps(frame), 0.0)
    props, maintenance, new, md, chart, clock = got(proto)
    assert props.event_type == "Archived" and not props.event_type.is_known
    assert isinstance(props.event_type, models.PropsEventType)
    assert maintenance.reason_code is models.ShutdownReasonCode.MAINTENANCE and not maintenance.quota
    assert maintenance.model().reason == "window"
    assert new.reason_code == "SomethingNew" and not new.quota
    assert isinstance(md.model(), models.MarketDataEvent) and md.model().quotes[0].contract_id == 1
    assert isinstance(chart.model(), models.ChartEvent) and chart.model().charts[0].id == 7
    assert clock.model().s == 20 and clock.model().t.year == 2019


def test_close_frames_and_malformed_frames_become_events_not_exceptions() -> None:
    proto = ready()
    proto.receive('c[3000,"Go away!"]', 0.0)
    assert one(proto) == p.ServerClosing(3000, "Go away!")
    proto.receive("c", 0.0)
    assert one(proto) == p.ServerClosing(None, None)
    for bad in ("", "x", "o", "hh", "a{", "a{}", b"\xff\xfe", "c{}"):
        proto.receive(bad, 0.0)
        assert any(isinstance(e, p.FrameError) for e in got(proto)), bad


# -- time ----------------------------------------------------------------------------------------


def test_heartbeats_every_interval_whatever_the_traffic() -> None:
    proto = p.Protocol(100.0, heartbeat_interval=2.5, dead_after=None)
    assert proto.next_deadline() is None  # nothing to do before ``o``
    proto.receive("o", 100.0)
    assert proto.next_deadline() == 102.5
    sent = []
    now = 100.0
    while now < 110.0:  # a flood: a frame every 0.1 s, the clock checked after each
        now = round(now + 0.1, 6)
        proto.receive('a[{"e":"md","d":{"quotes":[]}}]', now)
        deadline = proto.next_deadline()
        if deadline is not None and now >= deadline:
            proto.on_time(now)
        sent += [(now, f) for f in proto.data_to_send()]
    assert [t for t, _ in sent] == [102.5, 105.0, 107.5, 110.0]
    assert {f for _, f in sent} == {p.HEARTBEAT}
    proto.close()
    assert proto.next_deadline() is None
    proto.on_time(1000.0)
    assert proto.data_to_send() == []


def test_a_stalled_clock_sends_one_heartbeat_not_a_burst() -> None:
    proto = p.Protocol(0.0, dead_after=None)
    proto.receive("o", 0.0)
    proto.on_time(60.0)
    assert proto.data_to_send() == [p.HEARTBEAT]
    assert proto.next_deadline() == 62.5


def test_silence_is_reported_once_and_any_frame_counts_as_life() -> None:
    proto = p.Protocol(0.0, dead_after=10.0, heartbeat_interval=100.0)
    assert proto.next_deadline() == 10.0
    proto.on_time(9.9)
    assert got(proto) == []
    proto.receive("o", 5.0)
    got(proto)
    proto.on_time(14.9)
    assert got(proto) == []
    proto.on_time(15.0)
    assert got(proto) == [p.ConnectionDead(10.0)]
    proto.on_time(30.0)
    assert got(proto) == []
    proto.receive("h", 31.0)
    proto.on_time(41.0)
    assert got(proto) == [p.ConnectionDead(10.0)]


def test_staleness_is_separate_from_liveness() -> None:
    proto = ready(0.0, stale_after=30.0, dead_after=10.0)
    now = 0.0
    events = []
    while now < 65:  # the server only sends ``h``: alive but no data
        now += 2.5
        proto.receive("h", now)
        proto.on_time(now)
        events += got(proto)
    assert events == [p.Stale(30.0)]
    proto.receive('a[{"e":"md","d":{}}]', now)
    got(proto)
    proto.on_time(now + 30.0)
    assert p.Stale(30.0) in got(proto)


def test_requests_time_out_on_their_own_deadlines() -> None:
    proto = ready(0.0, dead_after=None, heartbeat_interval=1000.0)
    slow = proto.request("account/list", 0.0, timeout=5.0)[0]
    fast = proto.request("order/placeorder", 1.0, body=_order(), timeout=1.0)[0]
    never = proto.request("user/list", 1.0, timeout=float("inf"))[0]
    assert proto.next_deadline() == 2.0
    proto.on_time(2.0)
    assert got(proto) == [p.RequestTimedOut(fast, "order/placeorder", False, 1.0)]
    assert proto.next_deadline() == 5.0
    proto.receive(f'a[{{"s":200,"i":{slow},"d":[]}}]', 4.0)
    got(proto)
    assert proto.next_deadline() == 1000.0  # the answered request's deadline is gone
    proto.receive(f'a[{{"s":200,"i":{fast},"d":{{"orderId":1}}}}]', 6.0)
    late = one(proto)
    assert late.late and late.endpoint == "order/placeorder"
    assert proto.pending() == {never: "user/list"}


def test_an_unanswered_authorize_times_out() -> None:
    proto = p.Protocol(0.0, request_timeout=3.0, dead_after=None)
    proto.receive("o", 0.0)
    proto.authorize(TOKEN, 0.0)
    proto.on_time(3.0)
    events = got(proto)
    assert events[-1] == p.RequestTimedOut(0, "authorize", True, 3.0)
    assert proto.state is p.State.OPEN


def test_strict_drift_mode_never_stops_a_frame_from_being_read() -> None:
    proto = ready()
    frame = [
        {"e": "props", "d": {"entityType": "order", "eventType": "Archived", "entity": {"id": 1}}},
        {"e": "shutdown", "d": {"reasonCode": "SomethingNew"}},
    ]
    with drift.strict():
        proto.receive("a" + json.dumps(frame), 0.0)
    props, shutdown = got(proto)
    assert props.event_type == "Archived" and shutdown.reason_code == "SomethingNew"


def test_absurdly_nested_frames_are_frame_errors_and_deep_answers_fail_typed() -> None:
    proto = ready()
    proto.receive("a" + "[" * 100_000 + "]" * 100_000, 0.0)
    assert [type(e) for e in got(proto)] == [p.FrameError]
    rid = proto.request("account/list", 0.0)[0]
    deep = "[" * 300 + "]" * 300
    proto.receive(f'a[{{"s":200,"i":{rid},"d":[{{"id":1,"x":{deep}}}]}}]', 0.0)
    with pytest.raises(errors.DecodeError):
        p.outcome(one(proto))
