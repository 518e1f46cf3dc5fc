"""One stream type: bounded streams lose nothing without saying so (properties), gaps are never overtaken."""

from __future__ import annotations

import asyncio
import gc
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.streams import Gap, Stream, StreamClosed

# An operation is ("put", contract) or ("read", how many) or ("gap", None).
ops = st.lists(
    st.one_of(
        st.tuples(st.just("put"), st.integers(0, 4)),
        st.tuples(st.just("read"), st.integers(0, 6)),
        st.tuples(st.just("gap"), st.none()),
    ),
    max_size=120,
)


def run(
    stream: Stream[tuple[int, int]], program: list[tuple[str, int | None]], drain: bool = True
) -> tuple[list[object], int]:
    seen: list[object] = []
    sent = 0
    for op, arg in program:
        if op == "put":
            assert arg is not None
            stream.put((arg, sent))
            sent += 1
        elif op == "read":
            assert arg is not None
            for _ in range(arg):
                item = stream.get_nowait()
                if item is None:
                    break
                seen.append(item)
        else:
            stream.mark_gap("reconnect")
    if drain:
        seen.extend(stream.drain())
    return seen, sent


@settings(max_examples=150, deadline=None)
@given(ops, st.integers(1, 8))
def test_an_ordered_stream_delivers_in_order_and_accounts_for_every_value(
    program: list[tuple[str, int | None]], maxsize: int
) -> None:
    stream: Stream[tuple[int, int]] = Stream(policy="queue", maxsize=maxsize)
    seen, sent = run(stream, program)
    values = [item[1] for item in seen if isinstance(item, tuple)]
    assert values == sorted(values)
    lost = sum(g.lost or 0 for g in seen if isinstance(g, Gap) and g.reason == "overflow")
    assert len(values) + lost == sent
    # every hole in the sequence has an overflow gap right where it is
    expected = 0
    pending_lost = 0
    for item in seen:
        if isinstance(item, Gap):
            pending_lost += item.lost or 0
        else:
            assert isinstance(item, tuple)
            assert item[1] == expected + pending_lost
            expected = item[1] + 1
            pending_lost = 0


@settings(max_examples=150, deadline=None)
@given(ops)
def test_a_latest_state_stream_ends_with_every_contracts_last_value_and_counts_the_rest(
    program: list[tuple[str, int | None]],
) -> None:
    stream: Stream[tuple[int, int]] = Stream(policy="latest", key=lambda v: v[0], merge=lambda old, new: new)
    seen, _sent = run(stream, program)
    values = [item for item in seen if isinstance(item, tuple)]
    puts = [arg for op, arg in program if op == "put"]
    last_put = {contract: n for n, contract in enumerate(puts)}
    last_seen: dict[int, int] = {}
    for contract, n in values:
        assert n >= last_seen.get(contract, -1)  # never goes back in time per contract
        last_seen[contract] = n
    assert last_seen == last_put
    conflated = sum(g.lost or 0 for g in seen if isinstance(g, Gap) and g.reason == "conflated")
    assert len(values) + conflated == len(puts)


@settings(max_examples=100, deadline=None)
@given(ops, st.sampled_from(["queue", "latest"]))
def test_a_gap_marker_is_never_overtaken_by_later_values(program: list[tuple[str, int | None]], policy: str) -> None:
    stream: Stream[tuple[int, int]] = Stream(policy=policy, maxsize=1000, key=lambda v: v[0])  # type: ignore[arg-type]
    seen, _ = run(stream, program)
    # the values put after the n-th reconnect marker come after it
    marker_positions = [i for i, item in enumerate(seen) if item == Gap(reason="reconnect")]
    assert len(marker_positions) == sum(1 for op, _ in program if op == "gap")
    sent = 0
    put_epoch: dict[int, int] = {}
    epoch = 0
    for op, _arg in program:
        if op == "put":
            put_epoch[sent] = epoch
            sent += 1
        elif op == "gap":
            epoch += 1
    for i, item in enumerate(seen):
        if isinstance(item, tuple):
            markers_before = sum(1 for p in marker_positions if p < i)
            assert markers_before >= put_epoch[item[1]]


def test_a_waiting_reader_wakes_on_put_and_ends_on_close() -> None:
    async def main() -> None:
        closed: list[object] = []
        stream: Stream[int] = Stream(on_close=closed.append)
        reader = asyncio.create_task(stream.get())
        await asyncio.sleep(0)
        stream.put(1)
        assert await reader == 1
        stream.put(2)
        await stream.close()
        assert [item async for item in stream] == [2]  # what was queued is still read
        assert closed == [stream]
        stream.put(3)  # after close: ignored
        assert stream.get_nowait() is None

    asyncio.run(main())


def test_put_says_whether_the_value_was_queued_and_get_raises_typed_once_closed_and_drained() -> None:
    async def main() -> None:
        stream: Stream[int] = Stream(maxsize=1)
        assert stream.put(1) is True
        assert stream.put(2) is False  # full: counted, announced by a gap
        assert len(stream) == 2  # the value and the gap still to come
        stream.end()
        assert stream.put(3) is False  # ended: ignored
        assert await stream.get() == 1
        assert await stream.get() == Gap("overflow", 1)
        try:
            await stream.get()
        except StreamClosed:
            pass
        else:
            raise AssertionError("get() after the end must raise StreamClosed")
        assert (stream.delivered, stream.overflowed, stream.lost, stream.gaps) == (2, 1, 1, 1)

    asyncio.run(main())


def test_close_starts_the_owners_release_at_once_and_awaiting_it_waits_for_the_release() -> None:
    async def main() -> None:
        released: list[str] = []
        gate = asyncio.Event()

        async def release(_: Stream[int]) -> None:
            released.append("started")
            await gate.wait()
            released.append("done")

        stream: Stream[int] = Stream(on_close=release)
        closing = stream.close()  # not awaited yet: the release has started anyway
        await asyncio.sleep(0)
        assert released == ["started"]
        assert stream.close() is closing  # closing twice releases once
        gate.set()
        await closing
        assert released == ["started", "done"]
        plain: Stream[int] = Stream()
        plain.close()  # a stream whose owner holds nothing needs no await
        await plain.close()
        assert plain.closed

    asyncio.run(main())


def test_a_failed_release_is_raised_to_whoever_awaits_it_and_never_reported_as_unretrieved() -> None:
    async def main() -> None:
        async def release(_: Stream[int]) -> None:
            raise RuntimeError("unsubscribe failed")

        awaited: Stream[int] = Stream(on_close=release)
        try:
            await awaited.close()
        except RuntimeError as exc:
            assert str(exc) == "unsubscribe failed"
        else:
            raise AssertionError("the release's failure must reach the awaiting caller")
        reports: list[dict[str, object]] = []
        asyncio.get_running_loop().set_exception_handler(lambda _loop, context: reports.append(context))
        ignored: Stream[int] = Stream(on_close=release)
        ignored.close()
        for _ in range(3):
            await asyncio.sleep(0)
        del ignored
        gc.collect()  # an unretrieved task failure is reported when the task is collected
        assert reports == []

    asyncio.run(main())


def test_a_stream_is_an_async_context_manager_that_closes_on_exit() -> None:
    async def main() -> None:
        stream: Stream[int] = Stream()
        async with stream as s:
            s.put(1)
        assert stream.closed
        assert [item async for item in stream] == [1]

    asyncio.run(main())


@settings(max_examples=150, deadline=None)
@given(ops, st.sampled_from(["queue", "latest"]), st.integers(1, 8))
def test_drain_takes_exactly_what_get_nowait_would_in_the_same_order(
    program: list[tuple[str, int | None]], policy: str, maxsize: int
) -> None:
    def make() -> Stream[tuple[int, int]]:
        return Stream(policy=policy, maxsize=maxsize, key=lambda v: v[0], merge=lambda old, new: new)  # type: ignore[arg-type]

    one_by_one, bulk = make(), make()
    for stream in (one_by_one, bulk):
        run(stream, program, drain=False)
    expected = []
    while (item := one_by_one.get_nowait()) is not None:
        expected.append(item)
    assert bulk.drain() == expected
    counters = (one_by_one.delivered, one_by_one.gaps, one_by_one.lost, len(one_by_one))
    assert (bulk.delivered, bulk.gaps, bulk.lost, len(bulk)) == counters
    assert run(one_by_one, program) == run(bulk, program)  # and both carry on alike


@settings(max_examples=150, deadline=None)
@given(ops, st.sampled_from(["queue", "latest"]))
def test_put_keyed_is_put_with_the_key_the_producer_already_knows(
    program: list[tuple[str, int | None]], policy: str
) -> None:
    def merge(old: tuple[int, int], new: tuple[int, int]) -> tuple[int, int]:
        return (new[0], old[1] * 1000 + new[1])  # order-revealing: a wrong merge shows

    plain: Stream[tuple[int, int]] = Stream(policy=policy, maxsize=3, key=lambda v: v[0], merge=merge)  # type: ignore[arg-type]
    keyed: Stream[tuple[int, int]] = Stream(policy=policy, maxsize=3, key=lambda v: v[0], merge=merge)  # type: ignore[arg-type]

    class Keyed:
        """``keyed`` driven through put_keyed, the producer giving the key."""

        def put(self, value: tuple[int, int]) -> bool:
            return keyed.put_keyed(value[0], value)

        def __getattr__(self, name: str) -> object:
            return getattr(keyed, name)

    assert run(plain, program) == run(Keyed(), program)  # type: ignore[arg-type]
    assert (plain.conflated, plain.overflowed, plain.gaps, plain.delivered) == (
        keyed.conflated,
        keyed.overflowed,
        keyed.gaps,
        keyed.delivered,
    )


def test_a_whole_value_replaces_what_waits_without_a_merge_and_still_counts_as_conflated() -> None:
    merges: list[tuple[str, str]] = []

    def merge(old: str, new: str) -> str:
        merges.append((old, new))
        return old + new

    stream: Stream[str] = Stream(policy="latest", key=len, merge=merge)
    stream.put_keyed(1, "a")
    stream.put_keyed(1, "b")  # partial: merged with what waits
    stream.put_keyed(1, "c", whole=True)  # whole: replaces it
    stream.put_keyed(2, "d", whole=True)
    assert merges == [("a", "b")]
    assert stream.drain() == [Gap("conflated", 2), "c", "d"]
    stream.end()
    assert stream.put_keyed(1, "e", whole=True) is False  # ended: ignored
    queue: Stream[str] = Stream(policy="queue", maxsize=1)
    assert queue.put_keyed(1, "x", whole=True) is True  # a queue ignores the key: every value in order
    assert queue.put_keyed(1, "y", whole=True) is False  # and its bound
    assert queue.drain() == ["x", Gap("overflow", 1)]


def test_a_latest_reader_slower_than_the_updates_gets_values_not_only_gaps() -> None:
    """One read per update after a replacement: each gap is followed by the states it announces
    (an adversarial reader got 1,000 gaps and no value)."""
    stream: Stream[tuple[str, int]] = Stream(policy="latest", key=lambda v: v[0])
    stream.put(("ES", -2))
    stream.put(("ES", -1))
    got: list[tuple[str, int] | Gap | None] = []
    for n in range(1_000):
        stream.put(("ES", n))
        got.append(stream.get_nowait())
    values = [item for item in got if isinstance(item, tuple)]
    assert len(values) >= 499
    assert all(not (isinstance(a, Gap) and isinstance(b, Gap)) for a, b in itertools.pairwise(got))
    rest = stream.drain()
    seen = [v[1] for v in values] + [v[1] for v in rest if not isinstance(v, Gap)]
    assert seen == sorted(seen) and seen[-1] == 999  # in order, the latest state reached
    assert stream.delivered - stream.gaps + stream.lost == 1_002  # every put a value or counted
