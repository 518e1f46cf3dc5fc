"""A consumer mirror that starts without a state in the middle of the stream (an earlier member of
its group applied and acknowledged the start, then died): whatever order and repeats the rest
comes in, it reports the keys it cannot start as incomplete, asks for their snapshots (and once for
every key), and once those come — published after everything else, as a worker answers — it
holds the current state of every account (Hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_consumer import ACCOUNTS, _stream, changes

from tradovate.org import message
from tradovate.org.consumer import OrgMirror
from tradovate.org.engine import Delivery


@settings(max_examples=150, deadline=None)
@given(changes=changes, data=st.data())
def test_a_fresh_member_mid_stream_asks_for_what_it_lacks_and_ends_equal(
    changes: list[tuple[int, int, int]], data: st.DataObject
) -> None:
    messages, expected = _stream(changes)
    last: dict[int, tuple[int, int]] = {}
    for raw in messages:
        msg = message.decode(raw)
        last[msg.key] = max(last.get(msg.key, (0, 0)), (msg.epoch, msg.seq))
    cut = data.draw(st.integers(0, len(messages)))  # applied and acknowledged by the dead member
    rest = messages[cut:]
    repeats = data.draw(st.lists(st.sampled_from(rest), max_size=4)) if rest else []
    order = data.draw(st.permutations(rest + repeats))
    org = OrgMirror(engine=None)  # type: ignore[arg-type]  # fed directly: no engine needed
    acked = []
    for n, record in enumerate(order):
        acked += org.receive([Delivery(record, n)])
    lacking = {key for key in last if any(message.decode(r).key == key for r in rest) and key not in org.state.applied}
    assert lacking <= org.incomplete  # never silently stuck
    due = org.snapshots_due(now=100.0)
    assert set(due) - {0} == org.incomplete
    assert (0 in due) == bool(org.incomplete)  # the first gap also asks for every key
    assert org.snapshots_due(now=100.5) == []  # asked: not again before its backoff
    if 0 not in due:
        assert org.waiting == 0
        return
    # The workers answer: each account's truth now, after everything published before.
    for n, account in enumerate(ACCOUNTS):
        epoch, seq = last[account]
        snap = message.encode_snapshot(
            account, epoch, seq + 1, 1.0, "request", {"position": list(expected[account].values())}
        )
        acked += org.receive([Delivery(snap[0], len(order) + n)])
    assert org.waiting == 0 and not org.incomplete
    assert sorted(d.token for d in acked) == list(range(len(order) + len(ACCOUNTS)))
    for account in ACCOUNTS:
        mine = {ident: raw for ident, raw in org.mirror.items("position") if raw["accountId"] == account}
        assert mine == expected[account]
    assert org.snapshots_due(now=200.0) == []
