"""The organisation-sync message format: round trips, bundles, snapshot parts, and bytes that are
not a message (always ``DecodeError``, never another exception)."""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tradovate.org import message
from tradovate_api import errors

json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
entities = st.fixed_dictionaries({"id": st.integers(1, 10**9)}, optional={"timestamp": st.text(max_size=24)}).flatmap(
    lambda base: st.dictionaries(st.text(max_size=6), json_values, max_size=4).map(lambda extra: {**extra, **base})
)


@given(
    key=st.integers(-64, 10**9),
    epoch=st.integers(0, 2**40),
    seq=st.integers(1, 2**31),
    entity_type=st.sampled_from(["order", "position", "cashBalance", "fill"]),
    event_type=st.sampled_from(["Created", "Updated", "Deleted"]),
    entity=entities,
)
def test_an_event_comes_back_exactly(
    key: int, epoch: int, seq: int, entity_type: str, event_type: str, entity: dict[str, Any]
) -> None:
    data = message.encode_event(key, epoch, seq, 1.5, entity_type, event_type, entity["id"], entity)
    msg = message.decode(data)
    assert (msg.kind, msg.key, msg.epoch, msg.seq) == (message.EVENT, key, epoch, seq)
    assert (msg.entity_type, msg.event_type, msg.id, msg.entity) == (entity_type, event_type, entity["id"], entity)
    assert msg.version == message.version_of(entity_type, entity)
    assert msg.msg_id == f"{key}:{epoch}:{seq}"


@given(st.dictionaries(st.sampled_from(["order", "fill", "position"]), st.lists(entities, max_size=30), max_size=3))
def test_a_snapshot_in_parts_comes_back_whole_in_consecutive_sequence_numbers(snapshot: dict[str, list[Any]]) -> None:
    parts = message.encode_snapshot(7, 9, 3, 0.0, "sync", snapshot, max_bytes=200)
    decoded = [m for m in message.decode_all(message.bundle(parts)) if isinstance(m, message.Message)]
    assert [m.seq for m in decoded] == list(range(3, 3 + len(parts)))
    assert [(m.part, m.parts) for m in decoded] == [(n, len(parts)) for n in range(len(parts))]
    whole: dict[str, list[Any]] = {}
    for m in decoded:
        for entity_type, items in m.entity.items():
            whole.setdefault(entity_type, []).extend(items)
    assert {k: v for k, v in whole.items() if v} == {k: v for k, v in snapshot.items() if v}


@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_bytes_that_are_not_a_message_are_a_decode_error(data: bytes) -> None:
    for found in message.decode_all(data):
        assert isinstance(found, message.Message | errors.DecodeError)
    with contextlib.suppress(errors.DecodeError):
        message.decode(data)


def test_a_bundle_keeps_order_and_marks_the_bad_one_in_its_place() -> None:
    good = message.encode_event(1, 1, 1, 0.0, "order", "Created", 5, {"id": 5})
    out = message.decode_all(message.bundle([good, b'{"k":"e","a":"x"}', good]))
    assert [type(m).__name__ for m in out] == ["Message", "DecodeError", "Message"]


def test_the_account_of_an_entity_is_found_through_its_parents() -> None:
    owner = {("order", 10): 1001, ("fill", 20): 1001, ("position", 30): 1002}
    assert message.account_of("order", {"id": 10, "accountId": 1001}, owner) == 1001
    assert message.account_of("account", {"id": 1003}, owner) == 1003
    assert message.account_of("fill", {"id": 20, "orderId": 10}, owner) == 1001
    assert message.account_of("fillFee", {"id": 20}, owner) == 1001
    assert message.account_of("fillPair", {"id": 40, "positionId": 30}, owner) == 1002
    assert message.account_of("contract", {"id": 50}, owner) is None
