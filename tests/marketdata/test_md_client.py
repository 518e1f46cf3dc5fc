"""The market-data client against the simulator's md socket: each subscription kind, sharing,
unsubscribing, refusals, batching, reconnects."""

from __future__ import annotations

import asyncio
from typing import Any, TypeVar

import pytest
from md_sim import CONTRACTS, client, requests_to, running

from tradovate.marketdata import DomBook, Gap, Histogram, Quote, Stream, SubscriptionRefused, UnknownSymbol
from tradovate.marketdata.types import QUOTE_ENTRY_NAMES
from tradovate_api import errors

T = TypeVar("T")


async def next_value(stream: Stream[T]) -> T:
    """The next non-gap item (fails the test after 5 s instead of hanging)."""
    while True:
        item = await asyncio.wait_for(stream.get(), 5)
        if not isinstance(item, Gap):
            return item


def test_quotes_by_symbol_and_by_contract_id_arrive_typed() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            by_name = await md.quotes("ESZ6")
            by_id = await md.quotes(1002)
            first = await next_value(by_name)  # the state at subscription
            assert isinstance(first, Quote) and first.contract_id == 1001
            server.step()
            quote = await next_value(by_name)
            assert set(quote.entries) == set(QUOTE_ENTRY_NAMES)
            assert quote.bid is not None and quote.offer is not None and quote.trade is not None
            assert quote.bid.price is not None and quote.offer.price is not None
            assert quote.offer.price - quote.bid.price == pytest.approx(0.25)
            assert quote.timestamp is not None and quote.timestamp.tzinfo is not None
            other = await next_value(by_id)
            assert other.contract_id == 1002
            assert by_name.modes == {1001: "RealTime"} and by_name.degraded == ()

    asyncio.run(main())


def test_unsubscribe_stops_the_flow_at_once_and_tells_the_server() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            await next_value(quotes)
            await quotes.close()
            assert requests_to(server, "md/unsubscribeQuote") == [{"symbol": "ESZ6"}]
            assert md.subscribed() == {}
            server.step(3)
            # the stream ended: nothing after the close, and iteration stops
            assert [item async for item in quotes] == []
            assert all(not conn.quotes for conn in server.service.connections)

    asyncio.run(main())


def test_two_consumers_share_one_server_subscription_and_the_last_one_out_ends_it() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            a = await md.quotes("ESZ6")
            await next_value(a)
            b = await md.quotes(1001)  # same contract by id: shared
            assert len(requests_to(server, "md/subscribeQuote")) == 1
            assert md.subscribed() == {("quote", 1001): 2}
            assert (await next_value(b)).contract_id == 1001  # the latest state, at once
            server.step()
            qa, qb = await next_value(a), await next_value(b)
            assert qa == qb
            await a.close()
            assert requests_to(server, "md/unsubscribeQuote") == []
            server.step()
            assert (await next_value(b)).contract_id == 1001
            await b.close()
            assert len(requests_to(server, "md/unsubscribeQuote")) == 1
            assert md.subscribed() == {}

    asyncio.run(main())


def test_unknown_symbols_are_typed_refusals() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            with pytest.raises(UnknownSymbol) as refused:
                await md.quotes("XXX")  # resolvable here, refused by the server (errorText in a 200)
            assert isinstance(refused.value, SubscriptionRefused) and isinstance(refused.value, errors.OperationFailed)
            assert refused.value.symbol == "XXX" and "XXX" in (refused.value.text or "")
            with pytest.raises(UnknownSymbol):
                await md.dom("NOPE")  # not resolvable to a contract id: never sent
            assert requests_to(server, "md/subscribeDOM") == []
            assert md.subscribed() == {}
            # a later valid subscription still works
            quotes = await md.quotes("ESZ6")
            assert (await next_value(quotes)).contract_id == 1001

    asyncio.run(main())


def test_books_are_full_depth_best_first_and_histograms_arrive() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            books = await md.dom("NQZ6")
            hist = await md.histograms("NQZ6")
            server.step()
            book = await next_value(books)
            assert isinstance(book, DomBook) and len(book.bids) == 10 and len(book.offers) == 10
            assert [lv.price for lv in book.bids] == sorted((lv.price for lv in book.bids), reverse=True)
            assert [lv.price for lv in book.offers] == sorted(lv.price for lv in book.offers)
            assert book.best_bid is not None and book.best_offer is not None
            assert book.best_bid.price < book.best_offer.price
            h = await next_value(hist)
            assert isinstance(h, Histogram) and h.contract_id == 1002 and h.base is not None
            assert all(isinstance(k, int) for k in h.items)
            assert h.trade_date is not None and h.trade_date.year == 2026

    asyncio.run(main())


def test_several_contracts_in_one_frame_reach_their_own_streams() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            streams = {cid: await md.quotes(cid) for cid in CONTRACTS.values()}
            for stream in streams.values():
                await next_value(stream)
            server.step()  # one frame with the three quotes
            for cid, stream in streams.items():
                assert (await next_value(stream)).contract_id == cid
            both = await md.quotes("ESZ6", "CLF7")  # one consumer, two contracts
            got = {(await next_value(both)).contract_id for _ in range(2)}
            assert got == {1001, 1003}

    asyncio.run(main())


def test_a_paused_quote_consumer_gets_the_latest_state_and_a_conflation_gap() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            await next_value(quotes)
            server.step(20)
            last_volume = server.market.books[1001].volume
            # wait until the last update is in, without reading
            for _ in range(200):
                if quotes.conflated >= 19:
                    break
                await asyncio.sleep(0.01)
            items = quotes.drain()
            assert isinstance(items[0], Gap) and items[0].reason == "conflated" and items[0].lost == quotes.conflated
            latest = items[-1]
            assert isinstance(latest, Quote)
            assert latest.total_trade_volume is not None and latest.total_trade_volume.size == last_volume

    asyncio.run(main())


def test_after_a_drop_subscriptions_come_back_with_a_gap_marker() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            books = await md.dom("NQZ6")
            await next_value(quotes)
            await server.drop()
            seen: list[Any] = []
            while not (seen and isinstance(seen[-1], Gap)):
                seen.append(await asyncio.wait_for(quotes.get(), 5))
            assert seen[-1] == Gap(reason="reconnect")
            # re-subscribed on the new connection: the server pushes again
            for _ in range(500):
                if len(requests_to(server, "md/subscribeDOM")) == 2 and server.service.connections:
                    break
                await asyncio.sleep(0.01)
            assert len(requests_to(server, "md/subscribeQuote")) == 2
            server.step()
            assert (await next_value(quotes)).contract_id == 1001
            gap = await asyncio.wait_for(books.get(), 5)
            while not isinstance(gap, Gap):
                gap = await asyncio.wait_for(books.get(), 5)
            assert gap.reason == "reconnect"
            assert (await next_value(books)).contract_id == 1002
            assert md.socket.connections == 2

    asyncio.run(main())


def test_a_wrong_token_is_an_authentication_failure() -> None:
    async def main() -> None:
        from tradovate.marketdata import MarketDataClient

        async with running() as server:
            md = MarketDataClient(server.url, "wrong", dead_after=None)
            with pytest.raises(errors.AuthenticationFailed):
                await md.start()
            await md.close()

    asyncio.run(main())


def test_what_the_server_sends_right_after_its_answer_reaches_the_first_consumer() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            # the simulator sends each kind's current state in the frame after the answer
            assert (await next_value(await md.quotes("CLF7"))).contract_id == 1003
            assert (await next_value(await md.dom("CLF7"))).contract_id == 1003
            assert (await next_value(await md.histograms("CLF7"))).contract_id == 1003

    asyncio.run(main())


def test_joining_and_leaving_at_the_same_time_keeps_one_consistent_subscription() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            first = await md.quotes("ESZ6")
            # the last consumer leaves while two new ones join
            results = await asyncio.gather(first.close(), md.quotes("ESZ6"), md.quotes(1001))
            a, b = results[1], results[2]
            assert md.subscribed() == {("quote", 1001): 2}
            server.step()
            assert (await next_value(a)).contract_id == 1001 and (await next_value(b)).contract_id == 1001
            subscribes = len(requests_to(server, "md/subscribeQuote"))
            unsubscribes = len(requests_to(server, "md/unsubscribeQuote"))
            assert subscribes - unsubscribes == 1  # the server holds exactly one subscription
            assert all(conn.quotes == {1001} for conn in server.service.connections)

    asyncio.run(main())


def test_a_subscription_that_is_not_real_time_is_marked_degraded() -> None:
    async def main() -> None:
        async with running(modes={1003: "Delayed"}) as server, client(server) as md:
            both = await md.quotes("ESZ6", "CLF7")
            assert both.modes == {1001: "RealTime", 1003: "Delayed"}
            assert both.degraded == (1003,)
            shared = await md.quotes("CLF7")  # a consumer joining later learns it too
            assert shared.degraded == (1003,)

    asyncio.run(main())


def test_a_subscription_refused_after_a_reconnect_ends_its_stream_with_a_marker() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            kept = await md.quotes("ESZ6")
            doomed = await md.quotes("CLF7")
            await next_value(doomed)
            server.market.books.pop(1003)  # the contract is gone when we come back
            await server.drop()
            items = [item async for item in doomed]  # the stream ends
            assert items[-2:] == [Gap(reason="reconnect"), Gap(reason="refused")]
            assert md.subscribed() == {("quote", 1001): 1}
            server.step()
            assert (await next_value(kept)).contract_id == 1001

    asyncio.run(main())
