"""The live mirror: snapshot, props events, versions, reads, handles, change streams, dumping."""

from __future__ import annotations

import asyncio
import copy
import gc
import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from tradovate.realtime.mirror import (
    ENTITY_TYPES,
    Change,
    ChangeKind,
    Gap,
    Mirror,
    NotSynced,
    OrderHandle,
    PositionHandle,
    SyncReport,
)
from tradovate_api import errors
from tradovate_api.models import Order, OrdStatus, SyncMessage

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SNAPSHOT_BYTES = (CORPUS / "sync_snapshot.json").read_bytes()
SNAPSHOT: dict[str, Any] = json.loads(SNAPSHOT_BYTES)
EVENTS: list[dict[str, Any]] = json.loads((CORPUS / "props_events.json").read_text())

ACCOUNT = 60039759


def synced() -> Mirror:
    mirror = Mirror()
    mirror.apply_snapshot(SNAPSHOT_BYTES)
    return mirror


def props(entity_type: str, event_type: str, entity: Any) -> dict[str, Any]:
    return {"entityType": entity_type, "eventType": event_type, "entity": entity}


def order(id: int, status: str, **extra: Any) -> dict[str, Any]:
    base = {
        "id": id,
        "accountId": ACCOUNT,
        "contractId": 4399631,
        "timestamp": "2026-11-20T15:00:00.000Z",
        "action": "Buy",
        "ordStatus": status,
        "admin": False,
    }
    return base | extra


def position(id: int, stamp: str, net: int, account: int = ACCOUNT) -> dict[str, Any]:
    return {
        "id": id,
        "accountId": account,
        "contractId": 4399631,
        "timestamp": stamp,
        "tradeDate": {"year": 2026, "month": 11, "day": 20},
        "netPos": net,
        "bought": max(net, 0),
        "boughtValue": 0,
        "sold": max(-net, 0),
        "soldValue": 0,
        "prevPos": 0,
    }


def fill(id: int, order_id: int) -> dict[str, Any]:
    return {
        "id": id,
        "orderId": order_id,
        "contractId": 4399631,
        "timestamp": "2026-11-20T15:00:01.000Z",
        "tradeDate": {"year": 2026, "month": 11, "day": 20},
        "action": "Buy",
        "qty": 1,
        "price": 6000.25,
        "active": True,
        "finallyPaired": 0,
    }


# ---------------------------------------------------------------------------------------------
# Entity types and the snapshot


def test_entity_types_are_the_sync_message_collections() -> None:
    sync = SyncMessage.from_dict(SNAPSHOT)
    assert {t.plural for t in ENTITY_TYPES.values()} == set(sync.to_dict())
    for info in ENTITY_TYPES.values():
        attr = re.sub("([A-Z])", lambda m: "_" + m.group(1).lower(), info.plural)
        assert all(isinstance(item, info.model) for item in getattr(sync, attr))  # type: ignore[arg-type]
        assert info.model is not None and info.name == info.model.__name__[0].lower() + info.model.__name__[1:]


def test_snapshot_bootstrap_keeps_every_entity_as_sent() -> None:
    mirror = Mirror()
    report = mirror.apply_snapshot(SNAPSHOT_BYTES)
    total = sum(len(v) for v in SNAPSHOT.values())
    assert report == SyncReport(created=total)
    assert mirror.synced and mirror.count() == total
    assert mirror.count("order") == len(SNAPSHOT["orders"])
    dumped = mirror.to_json()
    assert {k: v for k, v in dumped.items() if v} == {k: v for k, v in SNAPSHOT.items() if v}
    assert json.loads(mirror.dumps()) == dumped
    # a copy: mutating the dump leaves the mirror alone
    dumped["orders"][0]["ordStatus"] = "Changed"
    assert mirror.to_json()["orders"][0]["ordStatus"] != "Changed"


def test_snapshot_from_a_parsed_object_text_or_memoryview() -> None:
    for source in (SNAPSHOT, SNAPSHOT_BYTES.decode(), memoryview(SNAPSHOT_BYTES), bytearray(SNAPSHOT_BYTES)):
        mirror = Mirror()
        mirror.apply_snapshot(source)
        assert mirror.count() == sum(len(v) for v in SNAPSHOT.values())


def test_a_snapshot_keeps_integers_past_64_bits_exactly_whatever_parser_is_installed() -> None:
    big = 2**70 + 1  # orjson alone would make this a float
    text = b'{"orders": [{"id": 5, "accountId": 1, "contractId": 9, "timestamp": "2026-11-20T15:00:00Z",'
    text += b' "action": "Buy", "ordStatus": "Working", "admin": false, "custom": ' + str(big).encode() + b"}]}"
    mirror = Mirror()
    mirror.apply_snapshot(text)
    assert mirror.to_json()["orders"][0]["custom"] == big
    assert type(mirror.to_json()["orders"][0]["custom"]) is int


@pytest.mark.parametrize("bad", [b"{", b"[1,2]", b"", "nul", b'{"orders": [{"id": NaN}]}', b'{"a": 1e400}'])
def test_snapshot_that_is_not_a_json_object_is_a_decode_error(bad: bytes | str) -> None:
    with pytest.raises(errors.DecodeError):
        Mirror().apply_snapshot(bad)


def test_unknown_collections_and_unkeyed_items_are_kept_for_the_dump() -> None:
    mirror = Mirror()
    data = {
        "orders": [order(1, "Working"), {"noId": True}, "text"],
        "chatMessages": [{"id": 5, "text": "hi"}],
        "cutoff": {"t": 1},
    }
    mirror.apply_snapshot(data)
    assert mirror.count("order") == 1
    assert mirror.all("chatMessages") == [{"id": 5, "text": "hi"}]
    assert mirror.to_json() == data


def test_reads_refuse_until_synced_on_the_current_connection() -> None:
    mirror = Mirror()
    mirror.apply_props(props("order", "Created", order(1, "Working")))
    with pytest.raises(NotSynced):
        mirror.orders()
    mirror.apply_snapshot({"orders": []})
    assert [o.id for o in mirror.orders()] == [1]  # created after the sync began: newer than it
    mirror.begin_sync()
    assert not mirror.synced
    for read in (mirror.orders, mirror.positions, mirror.fills, mirror.working_orders, mirror.cash_balances):
        with pytest.raises(NotSynced):
            read()
    with pytest.raises(NotSynced):
        mirror.get("order", 1)
    assert isinstance(NotSynced("x"), errors.TradovateError)


# ---------------------------------------------------------------------------------------------
# Events


def test_corpus_events_apply_and_odd_values_survive() -> None:
    mirror = synced()
    for event in EVENTS:
        mirror.apply_props(event["d"])
    assert mirror.raw("order", 601683390200)["ordStatus"] == "PendingTrigger"  # type: ignore[index]
    assert mirror.get("order", 601683390200).ord_status == "PendingTrigger"  # type: ignore[union-attr]
    odd = mirror.raw("fill", 601683390213)
    assert odd is not None and odd["qty"] == "1" and odd["tradeDate"]["session"] == "RTH"
    pos = mirror.positions(ACCOUNT)
    assert {p.id: p.net_pos for p in pos}[601683390201] == 4
    assert [b.amount for b in mirror.cash_balances(ACCOUNT)] == [49987.3]
    assert mirror.get("accountRiskStatus", 60039759) is not None
    by_id = {e["d"]["entityType"] + str(e["d"]["entity"]["id"]): e["d"]["entity"] for e in EVENTS}
    for key, entity in by_id.items():
        name = key.rstrip("0123456789")
        assert mirror.raw(name, entity["id"]) == entity


def test_idempotent_repeats_and_arrays() -> None:
    mirror = synced()
    seen: list[Change] = []
    mirror.on(None, seen.append)
    event = props("fill", "Created", [fill(10, 601683390113), fill(11, 601683390113)])
    for _ in range(3):
        mirror.apply_props(event)
    assert [(c.id, c.kind) for c in seen] == [(10, ChangeKind.CREATED), (11, ChangeKind.CREATED)]
    assert [f.id for f in mirror.fills(601683390113)] == [601683390120, 10, 11]


def test_a_kind_is_what_happened_to_the_mirror() -> None:
    mirror = synced()
    seen: list[Change] = []
    mirror.on("order", seen.append)
    mirror.apply_props(props("order", "Updated", order(1, "Working")))  # unknown before: a creation
    mirror.apply_props(props("order", "Created", order(1, "Filled")))  # known: an update
    mirror.apply_props(props("order", "Deleted", order(1, "Filled")))
    mirror.apply_props(props("order", "Deleted", order(1, "Filled")))  # nothing left to delete
    assert [c.kind for c in seen] == [ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.DELETED]
    assert seen[1].previous == Order.from_dict(order(1, "Working"))
    assert seen[1].value == Order.from_dict(order(1, "Filled"))
    assert seen[2].value is None and seen[2].raw is None and seen[2].previous_raw == order(1, "Filled")
    assert seen[0].to_json()["entity"] == order(1, "Working") and "order 1 Created" in repr(seen[0])


def test_older_values_never_replace_newer_ones() -> None:
    mirror = synced()
    mirror.apply_props(props("order", "Updated", order(1, "Filled")))
    assert not mirror.apply("order", "Updated", order(1, "Working"))  # a final order stays final
    assert not mirror.apply("order", "Updated", order(1, "PendingNew"))
    assert mirror.get("order", 1).ord_status == OrdStatus.FILLED  # type: ignore[union-attr]
    mirror.apply_props(props("position", "Updated", position(7, "2026-11-20T15:00:02.000Z", 3)))
    assert not mirror.apply("position", "Updated", position(7, "2026-11-20T15:00:01Z", 1))
    assert mirror.apply("position", "Updated", position(7, "2026-11-20T16:00:02+01:00", 2))  # same instant
    assert mirror.get("position", 7).net_pos == 2  # type: ignore[union-attr]
    assert mirror.apply("position", "Updated", position(7, "not a time", 5))  # unknown: arrival order
    assert mirror.get("position", 7).net_pos == 5  # type: ignore[union-attr]


def test_deletions_win_over_values_of_the_same_or_older_version() -> None:
    mirror = synced()
    mirror.apply_props(props("position", "Deleted", position(7, "2026-11-20T15:00:02Z", 0)))
    assert not mirror.apply("position", "Created", position(7, "2026-11-20T15:00:01Z", 1))
    assert not mirror.apply("position", "Created", position(7, "2026-11-20T15:00:02Z", 1))
    assert mirror.get("position", 7) is None
    assert mirror.apply("position", "Created", position(7, "2026-11-20T15:00:03Z", 1))
    assert mirror.get("position", 7) is not None
    # a deletion older than the value held is ignored
    assert not mirror.apply("position", "Deleted", position(7, "2026-11-20T15:00:02Z", 0))
    # without versions, a deletion is final for this sync
    mirror.apply_props(props("fill", "Deleted", fill(10, 1)))
    assert not mirror.apply("fill", "Created", fill(10, 1))


def test_entities_without_an_id_are_told_not_stored() -> None:
    mirror = synced()
    seen: list[Change] = []
    mirror.on("OtherEnvAdminAlertSignal", seen.append)
    signal = {"adminAlertSignal": {"text": "x"}}
    mirror.apply_props(props("OtherEnvAdminAlertSignal", "Created", signal))
    mirror.apply_props({"entityType": "order", "eventType": "Deleted", "entity": None})
    assert mirror.unkeyed_events == 2 and mirror.events_applied == 2
    assert [(c.id, c.raw) for c in seen] == [(None, signal)]
    assert seen[0].value is None  # no model for this type


def test_unknown_entity_types_are_kept() -> None:
    mirror = synced()
    mirror.apply_props(props("chatMessage", "Created", {"id": 3, "text": "hi"}))
    assert mirror.all("chatMessage") == [{"id": 3, "text": "hi"}]
    assert mirror.get("chatMessage", 3) is None and mirror.raw("chatMessage", 3) == {"id": 3, "text": "hi"}
    assert mirror.to_json()["chatMessage"] == [{"id": 3, "text": "hi"}]


# ---------------------------------------------------------------------------------------------
# Snapshot after events, reconcile


def test_a_snapshot_never_undoes_a_newer_event() -> None:
    mirror = synced()
    mirror.begin_sync()
    # events that arrive after the syncrequest, before its answer
    mirror.apply_props(props("order", "Updated", order(601683390114, "Filled")))
    mirror.apply_props(props("position", "Updated", position(601683390201, "2026-11-20T15:30:00Z", 9)))
    mirror.apply_props(props("fill", "Created", fill(99, 601683390114)))
    mirror.apply_props(props("order", "Deleted", order(601683390115, "Canceled")))
    report = mirror.apply_snapshot(SNAPSHOT_BYTES)
    assert mirror.get("order", 601683390114).ord_status == OrdStatus.FILLED  # type: ignore[union-attr]
    assert mirror.get("position", 601683390201).net_pos == 9  # type: ignore[union-attr]
    assert mirror.get("fill", 99) is not None
    assert mirror.get("order", 601683390115) is None
    assert report.kept == 3 and report.changed == 0


def test_a_newer_snapshot_replaces_and_deletes() -> None:
    mirror = synced()
    held = mirror.position(601683390201)
    mirror.begin_sync()
    newer = copy.deepcopy(SNAPSHOT)
    newer["positions"][0] |= {"timestamp": "2026-11-20T16:00:00Z", "netPos": 0}
    newer["orders"][1]["ordStatus"] = "Canceled"
    del newer["orders"][2]
    newer["fills"].append(fill(500, 601683390113))
    changes = mirror.changes()
    report = mirror.apply_snapshot(newer)
    assert report == SyncReport(created=1, updated=2, deleted=1, unchanged=report.unchanged)
    assert report.unchanged == sum(len(v) for v in newer.values()) - 3
    got = []
    while (item := changes.get_nowait()) is not None:
        assert isinstance(item, Change) and item.source == "snapshot"
        got.append((item.entity_type, item.id, item.kind))
    assert sorted(got) == sorted(
        [
            ("position", 601683390201, ChangeKind.UPDATED),
            ("order", 601683390114, ChangeKind.UPDATED),
            ("order", 601683390115, ChangeKind.DELETED),
            ("fill", 500, ChangeKind.CREATED),
        ]
    )
    assert held is not None and held.net_pos == 0 and held is mirror.position(601683390201)


def test_covered_types_missing_from_the_snapshot_are_emptied() -> None:
    mirror = synced()
    mirror.begin_sync()
    without = {k: v for k, v in SNAPSHOT.items() if k != "fills"}
    report = mirror.apply_snapshot(without, covered=["fill"])
    assert report.deleted == len(SNAPSHOT["fills"]) and mirror.fills() == []
    mirror.begin_sync()
    mirror.apply_snapshot({"orders": []})
    assert mirror.count("position") == len(SNAPSHOT["positions"])  # neither sent nor covered: kept


# ---------------------------------------------------------------------------------------------
# Reads and handles


def test_reads() -> None:
    mirror = synced()
    assert {o.id for o in mirror.orders(ACCOUNT)} == {o["id"] for o in SNAPSHOT["orders"]}
    assert mirror.orders(1) == [] and mirror.positions(1) == [] and mirror.cash_balances(1) == []
    assert {o.id for o in mirror.working_orders()} == {
        o["id"] for o in SNAPSHOT["orders"] if o["ordStatus"] == "Working"
    }
    assert [f.id for f in mirror.fills(601683390113)] == [601683390120]
    assert len(mirror.fills()) == len(SNAPSHOT["fills"])
    assert [v.id for v in mirror.order_versions(601683390114)] == [601683390114]
    assert len(mirror.all("contract")) == len(SNAPSHOT["contracts"])
    assert mirror.get("order", 12345) is None and mirror.raw("order", 12345) is None
    assert mirror.order(12345) is None and mirror.handle("nothing", 1) is None
    assert mirror.order_by_cl_ord_id("bot-7f3a-0001") is mirror.order(601683390113)
    assert mirror.order_by_cl_ord_id("nope") is None
    assert "order" in mirror.entity_types() and len(mirror.items("order")) == len(SNAPSHOT["orders"])
    assert repr(mirror).startswith("<Mirror synced")


def test_moving_between_accounts_moves_in_the_index() -> None:
    mirror = synced()
    mirror.apply_props(props("order", "Updated", order(1, "Working")))
    mirror.apply_props(props("order", "Updated", order(1, "Working", accountId=5)))
    assert [o.id for o in mirror.orders(5)] == [1]
    assert 1 not in {o.id for o in mirror.orders(ACCOUNT)}
    mirror.apply_props(props("order", "Deleted", order(1, "Working", accountId=5)))
    assert mirror.orders(5) == []


def test_order_handle_is_identity_stable_and_advances() -> None:
    async def main() -> None:
        mirror = synced()
        mirror.apply_props(props("order", "Created", order(1, "PendingNew")))
        handle = mirror.order(1)
        assert isinstance(handle, OrderHandle)
        first_status = handle.status
        assert first_status == OrdStatus.PENDINGNEW and not handle.done and handle.fills == []
        waiter = asyncio.ensure_future(handle.wait_done())
        second = asyncio.ensure_future(handle.wait_done())
        mirror.apply_props(props("order", "Updated", order(1, "Working")))
        mirror.apply_props(props("fill", "Created", fill(2, 1)))
        mirror.apply_props(props("command", "Created", {"id": 3, "orderId": 1, "clOrdId": "me-1"}))
        await asyncio.sleep(0)
        assert not waiter.done() and str(handle.status) == "Working"
        mirror.apply_props(props("order", "Updated", order(1, "Filled")))
        assert (await waiter).ord_status == OrdStatus.FILLED and (await second) is handle.value
        assert mirror.order(1) is handle and mirror.order_by_cl_ord_id("me-1") is handle
        assert [f.id for f in handle.fills] == [2] and handle.cl_ord_id == "me-1"
        assert mirror.order(601683390114).versions[0].price == 6030  # type: ignore[union-attr]
        assert (await handle.wait_done()) is handle.value
        assert handle.raw == order(1, "Filled") and repr(handle) == "<OrderHandle order 1>"

    asyncio.run(main())


def test_a_deleted_order_is_done_and_keeps_its_last_value() -> None:
    async def main() -> None:
        mirror = synced()
        mirror.apply_props(props("order", "Created", order(1, "Working")))
        handle = mirror.order(1)
        assert handle is not None
        waiter = asyncio.ensure_future(handle.wait_done())
        await asyncio.sleep(0)
        mirror.apply_props(props("order", "Deleted", order(1, "Working")))
        assert (await waiter).id == 1 and handle.deleted and handle.done and "deleted" in repr(handle)
        assert mirror.order(1) is None

    asyncio.run(main())


def test_handles_are_forgotten_when_nobody_holds_them() -> None:
    mirror = synced()
    handle = mirror.position(601683390201)
    assert isinstance(handle, PositionHandle) and handle.account_id == ACCOUNT and handle.contract_id == 4399631
    first = id(handle)
    del handle
    gc.collect()
    assert not mirror._tables["position"].handles
    again = mirror.position(601683390201)
    assert again is not None and again.net_pos == 2
    del first


# ---------------------------------------------------------------------------------------------
# Observing


def test_change_stream_delivers_in_order_then_a_gap_on_overflow() -> None:
    async def main() -> None:
        mirror = synced()
        stream = mirror.changes(maxsize=3, entity_types=["fill"])
        for i in range(8):
            mirror.apply_props(props("fill", "Created", fill(100 + i, 1)))
            mirror.apply_props(props("order", "Created", order(100 + i, "Working")))  # filtered out
        assert stream.overflowed == 5 and len(stream) == 4
        got: list[Change | Gap] = [await stream.__anext__() for _ in range(4)]
        assert [c.id for c in got[:3] if isinstance(c, Change)] == [100, 101, 102]
        assert got[3] == Gap("overflow", 5)
        mirror.apply_props(props("fill", "Created", fill(200, 1)))
        nxt = await stream.__anext__()
        assert isinstance(nxt, Change) and nxt.id == 200
        mirror.close()
        assert [x async for x in stream] == []

    asyncio.run(main())


def test_a_waiting_consumer_is_woken_and_close_ends_it() -> None:
    async def main() -> None:
        mirror = synced()
        received: list[Change | Gap] = []

        async def consume() -> None:
            async with mirror.changes() as stream:
                async for item in stream:
                    received.append(item)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0)
        mirror.apply_props(props("order", "Created", order(1, "Working")))
        mirror.close()
        await task
        assert [c.id for c in received if isinstance(c, Change)] == [1]
        assert not mirror._observed

    asyncio.run(main())


def test_a_failing_callback_is_logged_and_the_mirror_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    mirror = synced()
    seen: list[int | None] = []

    def broken(change: Change) -> None:
        raise RuntimeError("caller bug")

    off = mirror.on("order", broken)
    mirror.on("order", lambda c: seen.append(c.id))
    with caplog.at_level(logging.ERROR, logger="tradovate.realtime.mirror"):
        mirror.apply_props(props("order", "Created", order(1, "Working")))
    assert seen == [1] and "callback" in caplog.text
    off()
    off()
    mirror.apply_props(props("order", "Updated", order(1, "Filled")))
    assert seen == [1, 1]


def test_stream_size_must_be_positive() -> None:
    with pytest.raises(errors.InvalidRequest):
        synced().changes(maxsize=0)


def test_closing_the_mirror_fails_waits_that_can_no_longer_end() -> None:
    async def main() -> None:
        mirror = synced()
        mirror.apply_props(props("order", "Created", order(1, "Working")))
        handle = mirror.order(1)
        assert handle is not None
        waiter = asyncio.ensure_future(handle.wait_done())
        await asyncio.sleep(0)
        mirror.close()
        with pytest.raises(NotSynced):
            await waiter

    asyncio.run(main())


def test_remembered_deletions_are_bounded() -> None:
    mirror = synced()
    mirror.max_tombstones = 3
    for i in range(10):
        mirror.apply_props(props("fill", "Deleted", fill(1000 + i, 1)))
    assert list(mirror._tables["fill"].tombs) == [1007, 1008, 1009]
    assert mirror.apply("fill", "Created", fill(1000, 1))  # forgotten: accepted again
    assert not mirror.apply("fill", "Created", fill(1009, 1))
