"""Mirror.to_json copies each entity the cheapest way its shape allows (one C call for a flat
object, a deep copy for one holding objects or arrays), tracking shapes across snapshots and
events: whatever the order of changes, the dump equals the state and shares nothing with it."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.realtime.mirror import Mirror

SHAPES = st.sampled_from([1, "x", None, [1, [2]], {"a": {"b": [3]}}, [], {"year": 2026, "day": 1}, {}])


def order(ident: int, extra: Any) -> dict[str, Any]:
    return {"id": ident, "accountId": 1, "ordStatus": "Working", "extra": extra}


@settings(max_examples=60, deadline=None)
@given(
    snapshot=st.lists(st.tuples(st.integers(1, 6), SHAPES), max_size=6),
    events=st.lists(st.tuples(st.booleans(), st.integers(1, 6), SHAPES), max_size=12),
    dumps=st.sets(st.integers(0, 12)),
)
def test_to_json_is_a_deep_copy_whatever_the_shapes_and_their_changes(
    snapshot: list[tuple[int, Any]], events: list[tuple[bool, int, Any]], dumps: set[int]
) -> None:
    mirror = Mirror()
    mirror.apply_snapshot({"orders": [order(i, copy.deepcopy(extra)) for i, extra in snapshot]})
    for n, (delete, ident, extra) in enumerate([*events, (False, 0, None)]):
        if n in dumps or n == len(events):
            expected = copy.deepcopy(dict(mirror.items("order")))
            dumped = mirror.to_json()
            assert sorted(dumped["orders"], key=lambda o: o["id"]) == [expected[i] for i in sorted(expected)]
            assert json.loads(mirror.dumps()) == dumped  # the bytes, encoded from the stored values
            for entity in dumped["orders"]:  # changing the dump changes nothing in the mirror
                for value in entity.values():
                    if isinstance(value, dict):
                        value["mutated"] = True
                    elif isinstance(value, list):
                        value.append("mutated")
                entity["ordStatus"] = "Mutated"
            again = mirror.to_json()
            assert sorted(again["orders"], key=lambda o: o["id"]) == [expected[i] for i in sorted(expected)]
        if n == len(events):
            break
        if delete:
            mirror.apply("order", "Deleted", {"id": ident})
        else:
            mirror.apply("order", "Updated", order(ident, copy.deepcopy(extra)))


def test_dumps_writes_unkeyed_items_unknown_collections_and_big_integers_as_to_json_does() -> None:
    mirror = Mirror()
    big = 2**70 + 1
    mirror.apply_snapshot(
        {
            "orders": [order(1, {"year": 2026}), {"noId": [1, {"a": 2}]}, "text"],
            "fills": [{"id": 2, "orderId": 1, "tradeDate": {"year": 2026}, "qty": big}],
            "chatMessages": [{"id": 5, "text": "hi \u00e9"}],
            "cutoff": {"t": {"u": 1}},
        }
    )
    dumped = mirror.to_json()
    assert json.loads(mirror.dumps()) == dumped
    assert dumped["orders"][1:] == [{"noId": [1, {"a": 2}]}, "text"] and dumped["fills"][0]["qty"] == big
    expected = copy.deepcopy(dumped)
    dumped["orders"][1]["noId"][1]["a"] = 3  # unkeyed items are copies too
    assert json.loads(mirror.dumps()) == mirror.to_json() == expected
    dumped["cutoff"]["t"]["u"] = 2  # and so are values of unknown keys
    assert json.loads(mirror.dumps()) == mirror.to_json() == expected
