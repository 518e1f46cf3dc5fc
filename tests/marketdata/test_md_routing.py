"""Routing after the socket: what the connection hands the md socket for each frame reaches the
consumers exactly as the delivery rules say (a whole quote replaces, a partial one merges), and
chart packets that come before their chart's ids are kept, bounded, until claimed."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.marketdata import Gap, MarketDataClient, Quote, Stream, Subscription
from tradovate.marketdata._routing import ORPHANS_KEPT, Router
from tradovate.marketdata.decode import decode_frame
from tradovate.marketdata.subscriptions import ServerSubscription
from tradovate.marketdata.types import QUOTE_ENTRY_NAMES, ChartPacket, Unrecognized

CONTRACTS = (11, 12, 13)

# how a quote frame is written: as the server does (compact: the client's shortcut), spaced (the
# general decoder), with a key no field has (kept in extras), with an entry of the wrong type
SHAPES = ("compact", "spaced", "unknown key", "odd entry")
# a step is ("quote", contract, entry names, shape) or ("read", how many, [], "")
steps: st.SearchStrategy[list[tuple[str, Any, list[str], str]]] = st.lists(
    st.one_of(
        st.tuples(
            st.just("quote"),
            st.sampled_from(CONTRACTS),
            st.lists(st.sampled_from(QUOTE_ENTRY_NAMES[:4]), min_size=1, max_size=4, unique=True),
            st.sampled_from(SHAPES),
        ),
        st.tuples(st.just("read"), st.integers(0, 4), st.just([]), st.just("")),
    ),
    max_size=60,
)


def quote_frame(n: int, contract: int, names: list[str], shape: str = "spaced") -> str:
    quote: dict[str, Any] = {
        "timestamp": "2026-11-23T14:00:00.000Z",
        "contractId": contract,
        "entries": {name: {"price": float(n), "size": n} for name in names},
    }
    if shape == "unknown key":
        quote["newKey"] = [n]
    elif shape == "odd entry":
        quote["entries"][names[0]] = {"price": "x", "size": n}
    separators = (", ", ": ") if shape == "spaced" else (",", ":")
    return "a" + json.dumps([{"e": "md", "d": {"quotes": [quote]}}], separators=separators)


def consumers(md: MarketDataClient, policy: str) -> Subscription[Quote]:
    stream: Subscription[Quote] = Subscription(
        "quote", CONTRACTS, policy=policy, maxsize=5, key=lambda q: q.contract_id, merge=Quote.merged
    )
    for cid in CONTRACTS:
        sub = ServerSubscription("quote", cid, cid)
        sub.consumers.append(stream)
        md._router.quotes[cid] = sub
    return stream


@settings(max_examples=150, deadline=None)
@given(steps, st.sampled_from(["latest", "queue"]))
def test_routed_quotes_reach_a_consumer_as_if_each_was_put_and_merged_one_by_one(
    program: list[tuple[str, Any, list[str], str]], policy: str
) -> None:
    md = MarketDataClient("ws://127.0.0.1:9/v1/websocket", "token")
    routed = consumers(md, policy)
    # the reference: every decoded quote put as it comes, merged by the stream's own rule
    reference: Stream[Quote] = Stream(policy=policy, maxsize=5, key=lambda q: q.contract_id, merge=Quote.merged)  # type: ignore[arg-type]
    running: dict[int, dict[str, Any]] = {}
    got: list[object] = []
    expected: list[object] = []
    for n, (op, arg, names, shape) in enumerate(program):
        if op == "quote":
            frame = quote_frame(n, arg, names, shape)
            assert md._router.feed(frame) == "a[]"  # all market data: nothing for the core
            (message,) = decode_frame(frame)
            (quote,) = message.quotes  # type: ignore[union-attr]
            reference.put(quote)
            running[arg] = {**running.get(arg, {}), **quote.entries}
        else:
            for _ in range(arg):
                got.append(routed.get_nowait())
                expected.append(reference.get_nowait())
    assert got + routed.drain() == expected + reference.drain()
    for cid, entries in running.items():  # a consumer joining now gets every entry seen
        state = md._router.quotes[cid].state()
        assert state is not None and state.entries == entries


def test_a_frame_with_a_response_gives_the_core_the_response_only_and_its_market_data_is_routed() -> None:
    md = MarketDataClient("ws://127.0.0.1:9/v1/websocket", "token")
    routed = consumers(md, "latest")
    quote = json.loads(quote_frame(1, 11, ["Bid"])[1:])[0]
    response = {"s": 200, "i": 3, "d": {"mode": "RealTime"}}
    frame = "a" + json.dumps([quote, response])
    assert json.loads(md._router.feed(frame)[1:]) == [response]
    only_response = "a" + json.dumps([response])
    assert md._router.feed(only_response) == only_response  # nothing routed: handed on as it is
    (item,) = routed.drain()
    assert isinstance(item, Quote) and item.contract_id == 11
    odd = "a" + json.dumps([{"e": "md", "d": {"quotes": [{"entries": {}}]}}])  # no contract id
    assert md._router.feed(odd) == "a[]"
    assert md.unrecognized.drain() == [Unrecognized(kind="quotes", raw={"entries": {}})]
    assert routed.drain() == []


def test_early_chart_packets_are_kept_bounded_and_claimed_ones_no_longer_count() -> None:
    router = Router(Stream())
    for n in range(ORPHANS_KEPT + 5):  # more early packets over time than the bound ...
        router.feed("a" + json.dumps([{"e": "chart", "d": {"charts": [{"id": 1, "td": n}]}}]))
        if n % 100 == 99:
            assert len(router.take_orphans((1,))) == 100  # ... each batch claimed by its chart
    late = ChartPacket(id=2, td=7)
    router._keep_orphan(late)
    assert router.take_orphans((2, 2)) == [late]  # still kept: claimed packets left the count
    for n in range(ORPHANS_KEPT + 1):  # unclaimed, the oldest ids age out first
        router._keep_orphan(ChartPacket(id=3 + n // 1000, td=n))
    assert router.take_orphans((3,)) == []
    assert len(router.take_orphans((4,))) == 1000


def test_gaps_and_replay_clocks_still_reach_their_streams() -> None:
    md = MarketDataClient("ws://127.0.0.1:9/v1/websocket", "token")
    clock = md.clock_stream()
    frame = "a" + json.dumps([{"e": "clock", "d": json.dumps({"t": "2026-11-23T14:00:00.000Z", "s": 400})}])
    assert md._router.feed(frame) == "a[]"
    (tick,) = clock.drain()
    assert not isinstance(tick, Gap) and tick.speed == 400
    assert md.clock_stream().get_nowait() == tick  # a new clock stream starts where the replay is
