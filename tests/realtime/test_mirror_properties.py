"""Properties of the live mirror: order of events, snapshot versus events, reconcile."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.realtime.mirror import Change, ChangeKind, Gap, Mirror

STAGES = ["PendingNew", "Working", "Filled"]  # one order status per version stage
BASE = datetime.datetime(2026, 11, 20, 14, 0, tzinfo=datetime.UTC)
Event = tuple[str, str, dict[str, Any]]
Key = tuple[str, int]


@st.composite
def stamp(draw: st.DrawFn, second: int) -> str:
    """The same instant in one of the spellings the server (or a drifting server) may use."""
    when = BASE + datetime.timedelta(seconds=second)
    spelling = draw(st.sampled_from(["ms", "s", "offset"]))
    if spelling == "ms":
        return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if spelling == "s":
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return (when + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S+02:00")


@st.composite
def value(draw: st.DrawFn, entity_type: str, ident: int, version: int) -> dict[str, Any]:
    """A JSON object of a version; the content varies with nothing but the version (for types
    with versions) so equal versions mean equal content."""
    if entity_type == "position":
        return {"id": ident, "accountId": 1, "timestamp": draw(stamp(version)), "netPos": version % 5 - 2}
    if entity_type == "order":
        return {"id": ident, "accountId": 1, "ordStatus": STAGES[version], "admin": False}
    return {"id": ident, "orderId": 1, "qty": draw(st.integers(1, 3))}


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    """The events of a few entities, each entity's events carrying growing versions; a fill (no
    version) is created once and may be deleted."""
    events: list[Event] = []
    for entity_type in ("position", "order", "fill"):
        for ident in draw(st.sets(st.integers(1, 4), max_size=3)):
            if entity_type == "fill":
                created = draw(value("fill", ident, 0))
                events.append(("fill", "Created", created))
                if draw(st.booleans()):
                    events.append(("fill", "Deleted", created))
                continue
            top = 2 if entity_type == "order" else 30
            versions = sorted(draw(st.sets(st.integers(0, top), min_size=1, max_size=4)))
            for v in versions:
                kind = "Deleted" if draw(st.integers(0, 4)) == 0 else draw(st.sampled_from(["Created", "Updated"]))
                events.append((entity_type, kind, draw(value(entity_type, ident, v))))
    return events


def state(mirror: Mirror) -> dict[str, list[dict[str, Any]]]:
    return {k: sorted(v, key=lambda e: e["id"]) for k, v in mirror.to_json().items() if v}


def run(events: list[Event], mirror: Mirror | None = None) -> Mirror:
    mirror = mirror or Mirror()
    for entity_type, kind, entity in events:
        mirror.apply_props({"entityType": entity_type, "eventType": kind, "entity": entity})
    return mirror


def expected(events: list[Event]) -> dict[Key, dict[str, Any] | None]:
    """Per entity, the value of its newest event (a deletion wins at its version)."""
    out: dict[Key, dict[str, Any] | None] = {}
    for entity_type, kind, entity in events:  # in history order: versions grow
        out[(entity_type, entity["id"])] = None if kind == "Deleted" else entity
    return out


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_permutation_or_repetition_of_the_events_converges(data: st.DataObject) -> None:
    events = data.draw(histories())
    shuffled = data.draw(st.permutations(events))
    repeats = data.draw(st.lists(st.sampled_from(events), max_size=5)) if events else []
    mixed = list(shuffled)
    for repeat in repeats:
        mixed.insert(data.draw(st.integers(0, len(mixed))), repeat)
    in_order = run(events)
    assert state(run(mixed)) == state(in_order)
    want = expected(events)
    for (entity_type, ident), entity in want.items():
        raw = in_order._tables[entity_type].store.get(ident)
        assert raw == entity


@st.composite
def snapshots(draw: st.DrawFn) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"positions": [], "orders": [], "fills": []}
    for entity_type, key, top in (("position", "positions", 30), ("order", "orders", 2), ("fill", "fills", 0)):
        for ident in draw(st.sets(st.integers(1, 4), max_size=3)):
            out[key].append(draw(value(entity_type, ident, draw(st.integers(0, top)))))
    return out


@settings(max_examples=150, deadline=None)
@given(snapshots(), histories())
def test_snapshot_then_events_equals_events_then_snapshot(snapshot: dict[str, Any], events: list[Event]) -> None:
    first = Mirror()
    first.apply_snapshot(snapshot)
    run(events, first)
    second = run(events)
    second.apply_snapshot(snapshot)
    assert state(first) == state(second)


@st.composite
def later(draw: st.DrawFn, before: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """A snapshot taken after ``before``: entities dropped, added, or changed to a newer version."""
    after = draw(snapshots())
    for key, entity_type in (("positions", "position"), ("orders", "order")):
        newer = []
        old = {e["id"]: e for e in before[key]}
        for entity in after[key]:
            prior = old.get(entity["id"])
            if prior is not None:
                floor = _version(entity_type, prior)
                top = 30 if entity_type == "position" else 2
                entity = draw(value(entity_type, entity["id"], draw(st.integers(floor, top))))
            newer.append(entity)
        after[key] = newer
    return after


def _version(entity_type: str, entity: dict[str, Any]) -> int:
    if entity_type == "order":
        return STAGES.index(entity["ordStatus"])
    when = datetime.datetime.fromisoformat(entity["timestamp"])
    return int((when - BASE).total_seconds())


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_reconcile_emits_exactly_the_difference(data: st.DataObject) -> None:
    before = data.draw(snapshots())
    after = data.draw(later(before))
    mirror = Mirror()
    mirror.apply_snapshot(before)
    stream = mirror.changes()
    mirror.begin_sync()
    report = mirror.apply_snapshot(after)
    got: dict[Key, ChangeKind] = {}
    while (item := stream.get_nowait()) is not None:
        assert not isinstance(item, Gap)
        assert isinstance(item, Change) and item.id is not None
        assert (item.entity_type, item.id) not in got
        got[(item.entity_type, item.id)] = item.kind
    names = {"positions": "position", "orders": "order", "fills": "fill"}
    old = {(names[k], e["id"]): e for k, v in before.items() for e in v}
    new = {(names[k], e["id"]): e for k, v in after.items() for e in v}
    want = {key: ChangeKind.DELETED for key in old.keys() - new.keys()}
    want |= {key: ChangeKind.CREATED for key in new.keys() - old.keys()}
    want |= {key: ChangeKind.UPDATED for key in old.keys() & new.keys() if old[key] != new[key]}
    assert got == want
    assert (report.created, report.updated, report.deleted) == (
        list(want.values()).count(ChangeKind.CREATED),
        list(want.values()).count(ChangeKind.UPDATED),
        list(want.values()).count(ChangeKind.DELETED),
    )
    assert state(mirror) == {k: sorted(v, key=lambda e: e["id"]) for k, v in after.items() if v}


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=20,
)


def _containers(value: Any) -> list[Any]:
    found = []
    if isinstance(value, dict | list):
        found.append(value)
        for v in value.values() if isinstance(value, dict) else value:
            found += _containers(v)
    return found


@settings(max_examples=100, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(["a", "b", "tradeDate"]), JSON, max_size=3), max_size=5), JSON)
def test_the_json_dump_equals_what_was_sent_and_shares_no_container_with_the_mirror(
    extras: list[dict[str, Any]], unknown: Any
) -> None:
    snapshot = {"fills": [{"id": i, "orderId": 1, **extra} for i, extra in enumerate(extras)], "novelties": unknown}
    mirror = Mirror()
    mirror.apply_snapshot(snapshot)
    first = mirror.to_json()
    assert first["fills"] == snapshot["fills"] and first["novelties"] == unknown
    held = {id(c) for c in _containers(snapshot)}
    assert not any(id(c) in held for c in _containers(first))  # nothing the mirror holds is handed out
    second = mirror.to_json()
    assert not {id(c) for c in _containers(first)} & {id(c) for c in _containers(second)}
