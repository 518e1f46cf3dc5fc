"""Frames of odd shapes reach consumers exactly: binary frames, a quote entry of the wrong
shape, non-finite numbers batched with a response, and the latest histogram for a late joiner.

The socket tests run the client against a local websockets server that answers as told (the
quote frames are written here, not by the simulator, which only sends well-formed text)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar

import pytest
from md_sim import client, running
from websockets.asyncio.server import ServerConnection, serve

from tradovate.marketdata import Gap, Histogram, MarketDataClient, Quote, QuoteEntry, Stream, Subscription
from tradovate.marketdata.encode import to_wire
from tradovate.marketdata.subscriptions import ServerSubscription
from tradovate.marketdata.types import TradeDate
from tradovate.realtime.connection import Backoff

T = TypeVar("T")
FAST = Backoff(initial=0.01, cap=0.1)
# what the server sends after answering md/subscribeQuote: (frame after the answer, or the answer
# itself batched with market data), given the request id
Answer = Callable[[int], list[str | bytes]]


async def next_value(stream: Stream[T]) -> T:
    """The next non-gap item (fails the test after 5 s instead of hanging)."""
    while True:
        item = await asyncio.wait_for(stream.get(), 5)
        if not isinstance(item, Gap):
            return item


@contextlib.asynccontextmanager
async def md_server(answer: Answer) -> AsyncIterator[MarketDataClient]:
    """A client on a local md socket whose answer to ``md/subscribeQuote`` is ``answer``'s frames."""

    async def handler(ws: ServerConnection) -> None:
        await ws.send("o")
        async for message in ws:
            if message == "[]":
                continue
            endpoint, rid, _query, _body = str(message).split("\n", 3)
            if endpoint == "md/subscribeQuote":
                for frame in answer(int(rid)):
                    await ws.send(frame)
            else:
                await ws.send(f'a[{{"s":200,"i":{rid},"d":{{}}}}]')

    async with serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        url = f"ws://127.0.0.1:{port}/v1/websocket"
        async with MarketDataClient(
            url, "t", contracts={"ES": 1}, dead_after=None, backoff=FAST, request_timeout=5
        ) as md:
            yield md


def quotes_frame(*quotes: dict[str, Any]) -> str:
    return "a" + json.dumps([{"e": "md", "d": {"quotes": list(quotes)}}], separators=(",", ":"))


def test_a_binary_frame_of_quotes_reaches_the_consumer_like_a_text_one() -> None:
    quote = {"contractId": 1, "entries": {"Bid": {"price": 4501.0, "size": 5}}}

    def answer(rid: int) -> list[str | bytes]:
        return [f'a[{{"s":200,"i":{rid},"d":{{"mode":"RealTime"}}}}]', quotes_frame(quote).encode()]

    async def main() -> None:
        async with md_server(answer) as md:
            stream = await md.quotes("ES")
            got = await next_value(stream)
            assert got == Quote(contract_id=1, entries={"Bid": QuoteEntry(price=4501.0, size=5.0)})
            assert stream.modes == {1: "RealTime"}

    asyncio.run(main())


def test_a_binary_frame_batching_the_answer_and_a_quote_gives_both() -> None:
    quote = {"contractId": 1, "entries": {"Offer": {"price": 7.25, "size": 1}}}

    def answer(rid: int) -> list[str | bytes]:
        both = [{"s": 200, "i": rid, "d": {"mode": "RealTime"}}, {"e": "md", "d": {"quotes": [quote]}}]
        return [("a" + json.dumps(both)).encode()]

    async def main() -> None:
        async with md_server(answer) as md:
            stream = await asyncio.wait_for(md.quotes("ES"), 5)
            offer = (await next_value(stream)).offer
            assert offer is not None and offer.price == 7.25

    asyncio.run(main())


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_non_finite_price_batched_with_the_answer_costs_only_that_price(number: str) -> None:
    """The core's parser refuses non-finite numbers; the quote's decoder puts the one value
    aside, the response reaches the core without the market data, the connection stays."""

    def answer(rid: int) -> list[str | bytes]:
        return [
            f'a[{{"s":200,"i":{rid},"d":{{"mode":"RealTime"}}}},'
            f'{{"e":"md","d":{{"quotes":[{{"contractId":1,"entries":{{"Bid":{{"price":{number},"size":1}},'
            f'"Offer":{{"price":2.5,"size":4}}}}}}]}}}}]'
        ]

    async def main() -> None:
        async with md_server(answer) as md:
            stream = await asyncio.wait_for(md.quotes("ES"), 5)
            quote = await next_value(stream)
            bid, offer = quote.bid, quote.offer
            assert bid is not None and bid.price is None and bid.size == 1.0
            assert bid.extras is not None and repr(bid.extras["price"]) in ("nan", "inf", "-inf")
            assert offer == QuoteEntry(price=2.5, size=4.0)
            assert stream.modes == {1: "RealTime"} and md.socket.connections == 1 and not md.socket.closed

    asyncio.run(main())


def consumer_of(md: MarketDataClient) -> Subscription[Quote]:
    stream: Subscription[Quote] = Subscription(
        "quote", (1,), policy="latest", maxsize=5, key=lambda q: q.contract_id, merge=Quote.merged
    )
    sub = ServerSubscription("quote", 1, 1)
    sub.consumers.append(stream)
    md._router.quotes[1] = sub
    return stream


@pytest.mark.parametrize("bad", [None, 5, "x", [1.0]])
@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_bad_entry_loses_nothing_else_and_leaves_no_superseded_value_current(bad: Any, as_bytes: bool) -> None:
    md = MarketDataClient("ws://127.0.0.1:9/v1/websocket", "token")
    stream = consumer_of(md)
    first = quotes_frame({"contractId": 1, "entries": {"Bid": {"price": 1.0, "size": 1}, "Offer": {"price": 1.25}}})
    second = quotes_frame({"contractId": 1, "entries": {"Bid": bad, "Offer": {"price": 2.0, "size": 3}}})
    for frame in (first, second):  # not read between: the second is laid over the first
        assert md._router.feed(frame.encode() if as_bytes else frame) == "a[]"
    *_, waiting = stream.drain()
    state = md._router.quotes[1].state()
    for quote in (waiting, state):  # the consumer, and a consumer joining now
        assert isinstance(quote, Quote)
        assert quote.offer == QuoteEntry(price=2.0, size=3.0)
        assert quote.bid == QuoteEntry()  # the server changed it to something we cannot type
        assert quote.extras == {"entries": {"Bid": bad}}
    assert to_wire(waiting)["entries"] == {"Bid": bad, "Offer": {"price": 2.0, "size": 3.0}}  # as sent


def histogram(
    items: dict[int, float], *, base: float = 100.0, day: int = 23, refresh: bool | None = False
) -> Histogram:
    return Histogram(
        contract_id=1,
        timestamp=datetime.datetime(2026, 11, day, 14, tzinfo=datetime.UTC),
        trade_date=TradeDate(year=2026, month=11, day=day),
        base=base,
        items=items,
        refresh=refresh,
    )


def test_the_running_histogram_lays_updates_over_the_last_until_a_refresh_or_a_new_day_or_base() -> None:
    from tradovate.marketdata._routing import running_histogram

    first = histogram({-1: 5.0, 0: 2.0})
    update = histogram({0: 3.0, 2: 1.0})
    assert running_histogram(None, first) is first
    assert running_histogram(first, update).items == {-1: 5.0, 0: 3.0, 2: 1.0}
    whole = histogram({0: 9.0, 1: 1.0, -1: 5.0})
    assert running_histogram(first, whole) is whole  # every bucket there: it is the state
    for replacing in (
        histogram({0: 1.0}, refresh=True),
        histogram({0: 1.0}, day=24),
        histogram({0: 1.0}, base=100.25),
    ):
        assert running_histogram(first, replacing) is replacing


def test_a_second_histogram_consumer_gets_the_latest_histogram_at_once() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            first = await md.histograms("ESZ6")
            server.step()
            seen = await next_value(first)
            late = await md.histograms("ESZ6")
            joined = late.get_nowait()  # at once, not at the next update
            assert isinstance(joined, Histogram) and joined.contract_id == 1001
            assert joined.items.keys() >= seen.items.keys() and joined.base == seen.base

    asyncio.run(main())


def test_a_histogram_bucket_that_cannot_be_typed_is_put_aside_and_the_others_kept() -> None:
    from tradovate.marketdata import decode_frame

    frame = 'a[{"e":"md","d":{"histograms":[{"contractId":1,"items":{"x":1,"2":NaN,"3":4.5,"-1":null}}]}}]'
    for text in (frame, frame.encode()):
        (message,) = decode_frame(text)
        (found,) = message.histograms  # type: ignore[union-attr]
        assert found.items == {3: 4.5}
        assert found.extras is not None and set(found.extras["items"]) == {"x", "2", "-1"}
