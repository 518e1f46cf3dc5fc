"""What the mirror keeps is its own: a caller changing the objects it passed in (an event, a
parsed snapshot, a deletion) or got out (``to_json``, ``Change.to_json``) changes nothing in the
mirror; a snapshot handed over with ``copy=False`` is kept as it is; the sync reads the orders
it holds mid-sync without a dump."""

from __future__ import annotations

import collections
import copy
from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.realtime.mirror import Change, Mirror

from samples import change_all

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)


def order(ident: int, status: str = "Working", **extra: Any) -> dict[str, Any]:
    return {"id": ident, "accountId": 1, "ordStatus": status, "tradeDate": {"year": 2026, "day": 1}} | extra


@settings(max_examples=60, deadline=None)
@given(extras=st.lists(JSON, min_size=1, max_size=4), as_list=st.booleans())
def test_changing_an_applied_event_changes_nothing_in_the_mirror(extras: list[Any], as_list: bool) -> None:
    mirror = Mirror()
    mirror.apply_snapshot(b"{}")
    entities = [order(i, extra=extra) for i, extra in enumerate(extras, 1)]
    expected = copy.deepcopy(entities)
    if as_list:
        mirror.apply_props({"entityType": "order", "eventType": "Created", "entity": entities})
    else:
        for entity in entities:
            mirror.apply_props({"entityType": "order", "eventType": "Created", "entity": entity})
    change_all(entities)
    assert [raw for _, raw in mirror.items("order")] == expected
    assert mirror.to_json()["orders"] == expected
    assert [o.ord_status for o in mirror.orders()] == ["Working"] * len(expected)


@settings(max_examples=40, deadline=None)
@given(extras=st.lists(JSON, max_size=4), other=JSON)
def test_changing_an_applied_snapshot_object_changes_nothing_in_the_mirror(extras: list[Any], other: Any) -> None:
    data = {"orders": [order(i, extra=e) for i, e in enumerate(extras, 1)] + [{"noId": other}], "cutoff": {"t": other}}
    expected = copy.deepcopy(data)
    mirror = Mirror()
    mirror.apply_snapshot(data)
    change_all(data)
    assert mirror.to_json() == expected


def test_a_snapshot_or_event_handed_over_is_kept_uncopied() -> None:
    data = {"orders": [order(1)]}
    mirror = Mirror()
    mirror.apply_snapshot(data, copy=False)
    assert mirror.items("order")[0][1] is data["orders"][0]
    event = order(2)
    mirror.apply_props({"entityType": "order", "eventType": "Created", "entity": event}, copy=False)
    assert mirror.items("order")[1][1] is event


def test_changing_a_deletion_after_applying_it_does_not_undo_it() -> None:
    mirror = Mirror()
    mirror.apply_snapshot({"orders": [order(1)]})
    deletion = order(1, "Filled")
    assert mirror.apply("order", "Deleted", deletion)
    deletion["ordStatus"] = "PendingNew"  # the caller's object again: the mirror remembers "Filled"
    assert not mirror.apply("order", "Updated", order(1, "Working"))  # older than the deletion
    assert mirror.count("order") == 0


def test_a_change_written_as_json_shares_nothing_with_the_mirror() -> None:
    mirror = Mirror()
    mirror.apply_snapshot({})
    seen: list[Change] = []
    mirror.on("order", seen.append)
    mirror.apply("order", "Created", order(1))
    written = seen[0].to_json()
    assert written["entity"] == order(1)
    change_all(written["entity"])
    assert mirror.items("order") == [(1, order(1))]
    assert seen[0].to_json()["entity"] == order(1)


def test_the_held_orders_are_readable_mid_sync_as_stored() -> None:
    mirror = Mirror()
    mirror.apply_snapshot({"orders": [order(1), order(2, "Filled")]})
    mirror.begin_sync()  # checked reads refuse now; the sync still needs to know what it held
    held = mirror._held("order")
    assert [o["id"] for o in held] == [1, 2]
    assert held[0] is mirror._tables["order"].store[1]  # not a copy
    assert mirror._held("fill") == []


# Any mapping or sequence a caller builds (an OrderedDict from object_pairs_hook, a defaultdict, a
# tuple) is stored as plain dicts and lists: copied, keyed, and never handed back.
def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    mappings = st.dictionaries(st.text(max_size=3), inner, max_size=3)
    return (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple)
        | mappings
        | mappings.map(collections.OrderedDict)
        | mappings.map(lambda d: collections.defaultdict(int, d))
    )


ANY_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=3), _containers, max_leaves=8)


def plain(value: Any) -> Any:
    """``value`` as plain JSON: every mapping a dict, every list or tuple a list."""
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def only_plain(value: Any) -> bool:
    if isinstance(value, Mapping):
        return value.__class__ is dict and all(only_plain(v) for v in value.values())
    if isinstance(value, list | tuple):
        return value.__class__ is list and all(only_plain(v) for v in value)
    return True


@settings(max_examples=80, deadline=None)
@given(extras=st.lists(ANY_JSON, min_size=1, max_size=3), top=st.sampled_from([dict, collections.OrderedDict]))
def test_any_mapping_or_sequence_in_an_event_is_stored_as_plain_json_and_never_shared(
    extras: list[Any], top: type[dict[str, Any]]
) -> None:
    mirror = Mirror()
    mirror.apply_snapshot(b"{}")
    entities = [top(order(i, extra=extra)) for i, extra in enumerate(extras, 1)]
    expected = plain(entities)
    for entity in entities:
        mirror.apply_props({"entityType": "order", "eventType": "Created", "entity": entity})
    assert mirror.unkeyed_events == 0
    change_all(entities)
    stored = [raw for _, raw in mirror.items("order")]
    assert stored == expected and only_plain(stored)
    out = mirror.to_json()["orders"]
    assert out == expected and only_plain(out)
    change_all(out)
    change_all(mirror.raw("order", 1))
    assert [raw for _, raw in mirror.items("order")] == expected


@settings(max_examples=60, deadline=None)
@given(extras=st.lists(ANY_JSON, max_size=3), other=ANY_JSON)
def test_any_mapping_or_sequence_in_a_snapshot_is_stored_as_plain_json_and_never_shared(
    extras: list[Any], other: Any
) -> None:
    data = {
        "orders": tuple(collections.OrderedDict(order(i, extra=e)) for i, e in enumerate(extras, 1)),
        "cutoff": collections.OrderedDict(t=other),
    }
    expected = plain(data)
    mirror = Mirror()
    mirror.apply_snapshot(data)
    change_all(data)
    out = mirror.to_json()
    assert out == expected and only_plain(out)
    change_all(out)
    assert mirror.to_json() == expected
