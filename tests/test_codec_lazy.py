"""A model decoded by the typed path holds its checked wire value and fills its fields on first
read; ``to_dict`` of it writes back the JSON the server sent (kept from the second call on). These
tests pin what that must not change: drift is reported while decoding, never on a read; a model
whose lists were changed in place writes the change; nothing is shared between a model, its
JSON and the next ``to_dict``."""

from __future__ import annotations

import copy
import json
import pickle
import threading
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

from tradovate_api import _codec, decode, drift, errors
from tradovate_api.models import Order, PropsEvent, SyncMessage

from samples import change_all

CORPUS = json.loads((Path(__file__).parent / "corpus" / "sync_snapshot.json").read_text())
ORDER = CORPUS["orders"][0]

typed = pytest.mark.skipif(_codec.spec_of(Order).wire is None, reason="the typed path needs msgspec")


def _filled(model: Any, attr: str) -> bool:
    """Whether a field's slot is set (read without Model.__getattr__)."""
    slot = next(c.__dict__[attr] for c in type(model).__mro__ if attr in c.__dict__)
    try:
        slot.__get__(model)
    except AttributeError:
        return False
    return True


@typed
def test_decoding_a_snapshot_builds_no_field_before_one_is_read() -> None:
    raw = orjson.dumps(CORPUS)
    sync = decode(SyncMessage, raw)
    assert not _filled(sync, "orders") and not _filled(sync, "users")
    assert sync.to_dict() == CORPUS  # written back from the wire value: still nothing built
    assert not _filled(sync, "orders")
    assert isinstance(sync.orders, list)  # one read fills every field
    assert _filled(sync, "users") and _filled(sync, "additional_properties")
    assert sync == SyncMessage.from_dict(copy.deepcopy(CORPUS))


def test_only_models_holding_arrays_of_models_read_through_a_hook() -> None:
    # A class with __getattr__ reads every attribute through a slower hook: entities keep
    # plain slot reads (their decode builds every field).
    decode(Order, orjson.dumps(ORDER)), decode(SyncMessage, orjson.dumps(CORPUS))
    assert "__getattr__" not in vars(Order)
    order = decode(Order, orjson.dumps(ORDER))
    assert _filled(order, "id")


def test_a_lazily_decoded_model_is_the_same_value_as_one_built_from_a_dict() -> None:
    raw = orjson.dumps(CORPUS)
    sync = decode(SyncMessage, raw)
    built = SyncMessage.from_dict(copy.deepcopy(CORPUS))
    for first, second in ((decode(SyncMessage, raw), built), (built, decode(SyncMessage, raw))):
        assert first == second and hash(repr(first)) == hash(repr(second))
    assert pickle.loads(pickle.dumps(decode(SyncMessage, raw))) == sync  # pickled before any read
    assert copy.copy(decode(SyncMessage, raw)) == sync
    assert attrs.evolve(decode(SyncMessage, raw), users=[]).users == []
    assert repr(decode(SyncMessage, raw)) == repr(built)
    with pytest.raises(AttributeError):
        getattr(decode(SyncMessage, raw), "no_such_field")  # noqa: B009


def test_fields_read_from_many_threads_at_once_agree() -> None:
    raw = orjson.dumps(CORPUS)
    syncs = [decode(SyncMessage, raw) for _ in range(100)]
    seen: list[Any] = []

    def read() -> None:
        seen.extend((len(s.orders or ()), len(s.fills or ()), s.users[0].id) for s in syncs)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(seen)) == 1 and len(seen) == 400


def test_drift_deep_inside_a_snapshot_is_reported_while_decoding_not_on_read() -> None:
    data = copy.deepcopy(CORPUS)
    data["orders"][-1]["timestamp"] = "2026-11-20T14:30:58"  # no timezone
    raw = orjson.dumps(data)
    with drift.strict(), pytest.raises(errors.SpecDriftError):
        decode(SyncMessage, raw)
    data["orders"][-1]["timestamp"] = "2026-02-30T14:30:58Z"  # no such day
    with drift.strict(), pytest.raises(errors.SpecDriftError):
        decode(SyncMessage, orjson.dumps(data))
    data["orders"][-1]["timestamp"] = "2026-11-20T14:30Z"  # Python's parser takes it: typed
    sync = decode(SyncMessage, orjson.dumps(data))
    with drift.strict():
        assert isinstance(sync.orders, list)
        assert sync.orders[-1].timestamp.minute == 30
    assert sync.to_dict() == data


def test_a_snapshot_whose_list_was_changed_in_place_writes_the_change() -> None:
    raw = orjson.dumps(CORPUS)
    for write_first in (False, True):
        sync = decode(SyncMessage, raw)
        if write_first:
            assert sync.to_dict() == sync.to_dict() == CORPUS  # the JSON is kept...
        assert isinstance(sync.orders, list)
        sync.orders.append(attrs.evolve(sync.orders[0], id=1))
        del sync.orders[0]
        written = sync.to_dict()  # ... and not used once the lists were read
        assert [o["id"] for o in written["orders"]] == [o["id"] for o in CORPUS["orders"][1:]] + [1]
        assert written["fills"] == CORPUS["fills"]


def test_a_free_form_value_changed_in_place_is_written_as_changed() -> None:
    event = {"entityType": "order", "eventType": "Updated", "entity": {"id": 1, "legs": [{"a": 1}]}}
    props = decode(PropsEvent, orjson.dumps(event))
    assert props.to_dict() == event
    entity = props.entity
    assert isinstance(entity, dict)
    entity["legs"].append({"b": 2})
    assert props.to_dict()["entity"] == {"id": 1, "legs": [{"a": 1}, {"b": 2}]}


def test_to_dict_of_a_decoded_snapshot_shares_nothing_with_the_model_or_the_last_call() -> None:
    data = copy.deepcopy(CORPUS)
    data["executionReports"][0].pop("tradeDate", None)  # an optional object left out
    sync = decode(SyncMessage, orjson.dumps(data))
    for _ in range(3):  # written, then written and kept, then copied
        first = sync.to_dict()
        change_all(first)
        assert sync.to_dict() == data
    assert isinstance(sync.orders, list)
    assert sync.orders[0].ord_status == "Filled"


def test_from_dict_shares_no_free_form_value_with_the_callers_dict() -> None:
    event: dict[str, Any] = {"entityType": "order", "eventType": "Updated", "entity": {"id": 1, "legs": [{"a": 1}]}}
    props = PropsEvent.from_dict(event)
    event["entity"]["legs"].append("theirs")  # the caller changes its dict: the model does not move
    assert props.entity == {"id": 1, "legs": [{"a": 1}]}
    assert isinstance(props.entity, dict)
    props.entity["legs"].append("mine")  # nor does the caller's dict when the model's value changes
    assert event["entity"]["legs"] == [{"a": 1}, "theirs"]
    batch = [dict(event, entity={"id": 2, "legs": []})]
    (decoded,) = _codec.spec_of(PropsEvent).decode_items("Test", "items", batch, False)
    batch[0]["entity"]["legs"].append("theirs")
    assert decoded.entity == {"id": 2, "legs": []}
