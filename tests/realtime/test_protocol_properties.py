"""Property tests of the protocol core: nothing the server sends crashes it; frames round-trip."""

from __future__ import annotations

import contextlib
import json
import typing
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.realtime import protocol as p
from tradovate_api import drift, errors


def got(proto: p.Protocol) -> list[Any]:
    """The events so far, typed loosely for attribute checks."""
    return list(proto.events_received())


EVENT_TYPES = typing.get_args(p.Event)  # what the core may emit, and nothing else

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
keys = st.sampled_from(["i", "s", "d", "e", "entityType", "eventType", "entity", "reasonCode", "errorText"])
messages = st.dictionaries(
    keys,
    json_values
    | st.sampled_from(["props", "md", "chart", "clock", "shutdown", "order", "Created", 0, 1, 200, 401, -1]),
    max_size=5,
)
frames = st.one_of(
    st.text(),
    st.binary(),
    st.sampled_from(["o", "h", "a", "c", "a[", "c[", "a[]", "c[]"]).flatmap(lambda k: st.text().map(lambda t: k + t)),
    st.lists(messages | json_values, max_size=4).map(lambda items: "a" + json.dumps(items)),
    st.lists(json_values, max_size=3).map(lambda items: "c" + json.dumps(items)),
)


def _feed(proto: p.Protocol, frame: Any, now: float) -> list[Any]:
    proto.receive(frame, now)
    proto.on_time(now)
    return got(proto)


@settings(max_examples=150, deadline=None)
@given(st.lists(frames, max_size=6), st.booleans(), st.booleans())
def test_arbitrary_frames_give_typed_events_and_never_raise(batch: list[Any], authorized: bool, strict: bool) -> None:
    with drift.strict(strict):
        _arbitrary_frames(batch, authorized)


def _arbitrary_frames(batch: list[Any], authorized: bool) -> None:
    proto = p.Protocol(0.0)
    if authorized:
        proto.receive("o", 0.0)
        proto.authorize("tok", 0.0)
        proto.receive('a[{"s":200,"i":0}]', 0.0)
        for n in range(3):
            proto.request("account/list", 0.0, timeout=float(n))
    now = 0.0
    for frame in batch:
        now += 1.0
        for event in _feed(proto, frame, now):
            assert isinstance(event, EVENT_TYPES)
            if isinstance(event, p.Response):
                with contextlib.suppress(errors.TradovateError):
                    p.outcome(event)
            elif isinstance(event, p.Props):
                with contextlib.suppress(errors.TradovateError):
                    event.model()
    proto.close()
    assert all(isinstance(e, EVENT_TYPES) for e in got(proto))


endpoint_chars = st.characters(blacklist_characters="\n\r", blacklist_categories=["Cs"])


@given(
    st.text(endpoint_chars, min_size=1).filter(lambda s: s == s.strip()),
    st.integers(min_value=0, max_value=2**53),
    st.text(endpoint_chars),
    st.text(),
)
def test_request_frames_round_trip(endpoint: str, rid: int, query: str, body: str) -> None:
    assert p.parse_request(p.build_request(endpoint, rid, query, body)) == (endpoint, rid, query, body)


# Request bodies: integers within int64 (larger ones are refused before sending, see
# tests/test_request_validation.py).
request_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@given(request_json_values)
def test_json_bodies_round_trip_through_a_request_frame(body: Any) -> None:
    proto = p.Protocol(0.0)
    proto.receive("o", 0.0)
    proto.authorize("tok", 0.0)
    proto.receive('a[{"s":200,"i":0}]', 0.0)
    rid, frame = proto.request("md/somethingNew", 0.0, body=body)
    endpoint, fid, _, text = p.parse_request(frame)
    assert (endpoint, fid) == ("md/somethingNew", rid)
    assert (json.loads(text) if text else None) == body


@given(st.lists(st.integers(min_value=0, max_value=9), max_size=30))
def test_every_request_is_answered_once_or_lost_once(answers: list[int]) -> None:
    proto = p.Protocol(0.0)
    proto.receive("o", 0.0)
    proto.authorize("tok", 0.0)
    proto.receive('a[{"s":200,"i":0}]', 0.0)
    ids = [proto.request("account/list", 0.0)[0] for _ in range(10)]
    got(proto)
    seen: dict[int, int] = {}
    for k in answers:
        proto.receive(f'a[{{"s":200,"i":{ids[k]},"d":[]}}]', 0.0)
        (event,) = got(proto)
        assert event.late == (ids[k] in seen)
        seen[ids[k]] = seen.get(ids[k], 0) + 1
    proto.close()
    lost = {e.request_id for e in got(proto)}
    assert lost == set(ids) - set(seen)
