"""The one frame module: both sides of the socket frame, and the two modes of its request parser."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradovate.realtime import frames
from tradovate.realtime.errors import ProtocolViolation

line = st.text(st.characters(exclude_characters="\r\n", exclude_categories=["Cs"]), max_size=30)
name = line.map(str.strip).filter(bool)


@given(name, st.integers(0, 2**63 - 1), line.map(str.strip).filter(lambda q: q != "undefined"), st.text(max_size=60))
def test_what_the_client_writes_both_modes_read_back_the_same(endpoint: str, rid: int, query: str, body: str) -> None:
    frame = frames.build_request(endpoint, rid, query, body)
    strict = frames.parse_request(frame)
    assert strict == (endpoint, rid, query, body)
    assert frames.parse_request(frame, lenient=True) == strict


@given(st.text(max_size=120))
def test_strict_accepts_nothing_lenient_refuses(text: str) -> None:
    try:
        strict = frames.parse_request(text)
    except ProtocolViolation:
        return
    lenient = frames.parse_request(text, lenient=True)
    assert lenient.id == strict.id and lenient.body == strict.body


def test_lenient_reads_the_shapes_deployed_clients_send_and_strict_refuses_them() -> None:
    for frame in ("account/list\n3", "authorize\n0\n\ntok", " md/getchart \n 7 \nundefined\n{}"):
        request = frames.parse_request(frame, lenient=True)
        assert request.query == "" and request.id in (0, 3, 7)
    with pytest.raises(ProtocolViolation):
        frames.parse_request("account/list\n3")
    assert frames.is_heartbeat(" [] ") and not frames.is_heartbeat("[1]")


@given(st.integers(0, 4999), st.text(max_size=40))
def test_a_close_frame_reads_back_its_code_and_reason(code: int, reason: str) -> None:
    assert frames.parse_close(frames.close(code, reason)) == (code, reason, True)


def test_close_frames_of_any_shape_are_read_without_raising() -> None:
    assert frames.parse_close("c") == (None, None, True)
    assert frames.parse_close('c{"a":1}') == (None, None, False)
    assert frames.parse_close("c[") == (None, None, False)
    assert frames.parse_close('c[true,"x"]') == (None, "x", True)
    assert frames.parse_close("c[1000]") == (1000, None, True)


@given(st.lists(st.dictionaries(st.text(max_size=5), st.integers(), max_size=3), max_size=5))
def test_a_message_frame_reads_back_its_messages(messages: list[dict[str, int]]) -> None:
    frame = frames.array(json.dumps(m).encode() for m in messages)
    assert frames.frame_kind(frame) == "a"
    assert frames.parse_array(frame) == messages


def test_frame_kinds_and_refused_payloads() -> None:
    assert [frames.frame_kind(f) for f in ("o", "h", "a[]", "c[]", "ox", "hh", "x", "")] == [
        "o",
        "h",
        "a",
        "c",
        "",
        "",
        "",
        "",
    ]
    with pytest.raises(ProtocolViolation, match="not a JSON array"):
        frames.parse_array('a{"s":200}')
    with pytest.raises(ProtocolViolation, match="not valid JSON"):
        frames.parse_array("a[{")
    with pytest.raises(ProtocolViolation, match="not valid JSON"):
        frames.parse_array("a" + "[" * 100_000)
