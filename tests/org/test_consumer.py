"""The consumer mirror's ordering and exactly-once effect, whatever order and repeats the engine
delivers in (Hypothesis); and entities carried exactly through a bundle (integers past 64 bits)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.org import message
from tradovate.org.consumer import OrgMirror
from tradovate.org.engine import Delivery
from tradovate.realtime.mirror import Mirror

ACCOUNTS = (1_000_001, 1_000_002, 1_000_003)


def _stream(changes: list[tuple[int, int, int]]) -> tuple[list[bytes], dict[int, Any]]:
    """Per account: a snapshot (seq 1), then one event per change (position ``id`` of the account
    set to ``netPos`` at an increasing timestamp; a ``netPos`` of 0 deletes it), possibly a resync
    snapshot (a new epoch) in the middle. Returns the messages in publishing order and, per
    account, the positions the account holds at the end."""
    out: list[bytes] = []
    seq = dict.fromkeys(ACCOUNTS, 1)
    epoch = dict.fromkeys(ACCOUNTS, 1 << message.EPOCH_SHIFT)
    held: dict[int, dict[int, dict[str, Any]]] = {a: {} for a in ACCOUNTS}
    gone: set[int] = set()  # ids are never used again once deleted
    for account in ACCOUNTS:
        out.append(message.encode_snapshot(account, epoch[account], 1, 1.0, "sync", {})[0])
    for n, (which, ident, net) in enumerate(changes):
        account = ACCOUNTS[which % len(ACCOUNTS)]
        if ident == 0:  # a resync: a new epoch starting with the account's whole state
            epoch[account] += 1
            seq[account] = 1
            state = {"position": list(held[account].values())}
            out.append(message.encode_snapshot(account, epoch[account], 1, 1.0, "resync", state)[0])
            continue
        pid = account * 10 + ident
        if pid in gone:
            continue
        seq[account] += 1
        position = {
            "id": pid,
            "accountId": account,
            "netPos": net,
            "timestamp": f"2026-12-06T10:{n // 60:02d}:{n % 60:02d}.000Z",
        }
        if net == 0:
            if pid not in held[account]:
                seq[account] -= 1
                continue
            del held[account][pid]
            gone.add(pid)
            out.append(
                message.encode_event(account, epoch[account], seq[account], 1.0, "position", "Deleted", pid, position)
            )
        else:
            kind = "Updated" if pid in held[account] else "Created"
            held[account][pid] = position
            out.append(
                message.encode_event(account, epoch[account], seq[account], 1.0, "position", kind, pid, position)
            )
    return out, held


changes = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3), st.integers(-2, 2)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(changes=changes, data=st.data())
def test_any_delivery_order_with_repeats_gives_the_in_order_state_each_message_applied_once(
    changes: list[tuple[int, int, int]], data: st.DataObject
) -> None:
    messages, expected = _stream(changes)
    # Records as the engine stores them (bundles of consecutive messages), then delivered in any
    # order, some of them twice (redelivery, a batch published again).
    cuts = sorted(data.draw(st.sets(st.integers(1, max(len(messages) - 1, 1)), max_size=8)))
    records = [message.bundle(messages[a:b]) for a, b in zip([0, *cuts], [*cuts, len(messages)], strict=True)]
    records = [r for r in records if r != b"[]"]
    repeats = data.draw(st.lists(st.sampled_from(records), max_size=4)) if records else []
    order = data.draw(st.permutations(records + repeats))
    org = OrgMirror(engine=None)  # type: ignore[arg-type]  # fed directly: no engine needed
    acked: list[Delivery] = []
    for n, record in enumerate(order):
        acked += org.receive([Delivery(record, n)])
    assert org.waiting == 0
    assert sorted(d.token for d in acked) == list(range(len(order)))  # every delivery completed once
    # no message had its effect twice; with one epoch every one had it once (a resync's snapshot
    # that overtook the older epoch's messages makes them stale: dropped, its truth replaces them)
    assert org.applied <= len(messages)
    if not any(ident == 0 for _, ident, _ in changes):
        assert (org.applied, org.stale) == (len(messages), 0)
    for account in ACCOUNTS:
        mine = {ident: raw for ident, raw in org.mirror.items("position") if raw["accountId"] == account}
        assert mine == expected[account]


def test_integers_past_64_bits_come_back_exactly_through_a_bundle() -> None:
    entity = {"id": 7, "accountId": 1_000_001, "big": 2**70 + 1, "neg": -(2**65) - 3, "timestamp": "t"}
    data = message.bundle([message.encode_event(1_000_001, 1, 2, 1.0, "position", "Updated", 7, entity)])
    (msg,) = message.decode_all(data)
    assert isinstance(msg, message.Message)
    assert msg.entity == entity
    assert msg.entity["big"].__class__ is int
    mirror = Mirror()
    mirror.apply_snapshot({})
    mirror.apply("position", "Updated", msg.entity)
    assert mirror.raw("position", 7) == entity
