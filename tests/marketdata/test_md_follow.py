"""Market data follows the server across reconnects: modes re-read on every re-subscription,
refusals that may pass tried again (not the end of the stream), the server's words kept, and
``UnknownSymbol`` only when the server says the symbol is unknown."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from md_sim import client, requests_to, running

from tradovate.marketdata import ChartDescription, Gap, Quote, Stream, SubscriptionRefused, TimeRange, UnknownSymbol
from tradovate.marketdata.commands import print_quotes
from tradovate.marketdata.errors import refusal, says_unknown_symbol
from tradovate.sim.md_socket import MdServer
from tradovate_api import errors


async def until(condition: Callable[[], bool], what: str) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"not reached: {what}")


async def next_quote(stream: Stream[Any]) -> Quote:
    while True:
        item = await asyncio.wait_for(stream.get(), 5)
        if isinstance(item, Quote):
            return item


async def reconnect(server: MdServer, endpoint: str, count: int) -> None:
    await server.drop()
    await until(lambda: len(requests_to(server, endpoint)) >= count, f"{count} x {endpoint}")


def test_modes_follow_every_resubscription() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6", "NQZ6")
            assert quotes.modes == {1001: "RealTime", 1002: "RealTime"}
            assert not quotes.degraded
            server.service.set_mode(1001, "Delayed")
            await reconnect(server, "md/subscribeQuote", 4)
            await until(lambda: quotes.modes[1001] == "Delayed", "Delayed after the reconnect")
            assert quotes.degraded == (1001,)
            server.service.set_mode(1001, "RealTime")
            await reconnect(server, "md/subscribeQuote", 6)
            await until(lambda: quotes.degraded == (), "real time again")
            assert quotes.modes == {1001: "RealTime", 1002: "RealTime"}

    asyncio.run(main())


@pytest.mark.parametrize(("status", "text"), [(404, None), (503, "Service unavailable")])
def test_a_one_off_refusal_on_resubscribe_is_tried_again_and_the_stream_goes_on(status: int, text: str | None) -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            await next_quote(quotes)
            server.service.refuse("md/subscribeQuote", status, text)
            await reconnect(server, "md/subscribeQuote", 3)  # first, refused, tried again
            assert md.subscribed() == {("quote", 1001): 1} and md.retries == 1
            assert md.socket.connections == 2  # tried again on the same connection
            server.step()
            assert (await next_quote(quotes)).contract_id == 1001
            assert not quotes.closed

    asyncio.run(main())


def test_a_429_on_resubscribe_keeps_the_stream_and_waits_out_the_lockout() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            server.service.refuse("md/subscribeQuote", 429, "Too many requests")
            await reconnect(server, "md/subscribeQuote", 2)
            await asyncio.sleep(0.3)  # many steps of the test's fast backoff: the lockout holds them
            assert len(requests_to(server, "md/subscribeQuote")) == 2  # nothing more sent meanwhile
            assert md.subscribed() == {("quote", 1001): 1} and not quotes.closed
            assert md.socket.connections == 2

    asyncio.run(main())


def test_a_chart_refused_once_on_reopen_comes_back() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(5))
            server.service.refuse("md/getChart", 500, "Internal error")
            await reconnect(server, "md/getChart", 3)
            await until(lambda: chart.ids[1] in server.service.connections[0].charts, "chart re-opened")
            assert not chart.closed and md.retries == 1

    asyncio.run(main())


def test_a_lasting_refusal_still_ends_the_stream_without_retries() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("CLF7")
            server.service.refuse("md/subscribeQuote", 403, "Market data not allowed")
            await server.drop()
            items = [item async for item in quotes]
            assert items[-2:] == [Gap(reason="reconnect"), Gap(reason="refused")]
            assert md.retries == 0 and md.subscribed() == {}

    asyncio.run(main())


def test_retries_stop_when_the_consumer_leaves() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            quotes = await md.quotes("ESZ6")
            server.service.refuse("md/subscribeQuote", 503, "busy", times=1000)
            await reconnect(server, "md/subscribeQuote", 3)
            await quotes.close()
            seen = len(requests_to(server, "md/subscribeQuote"))
            await asyncio.sleep(0.3)  # several backoff steps of the test's fast backoff
            assert len(requests_to(server, "md/subscribeQuote")) <= seen + 1

    asyncio.run(main())


def test_an_endpoint_404_is_a_refusal_but_not_an_unknown_symbol_and_keeps_the_servers_words() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            server.service.refuse("md/getChart")
            with pytest.raises(SubscriptionRefused) as refused:
                await md.chart("ESZ6")
            assert not isinstance(refused.value, UnknownSymbol)
            assert refused.value.text == "Not found: md/getChart" and "Not found: md/getChart" in str(refused.value)
            server.service.refuse("md/subscribeDOM", 400, "The request body is malformed")
            with pytest.raises(SubscriptionRefused) as bad:
                await md.dom("ESZ6")
            assert not isinstance(bad.value, UnknownSymbol)
            assert bad.value.reason == "HTTP 400" and bad.value.text == "The request body is malformed"
            assert "The request body is malformed" in str(bad.value)
            server.service.refuse("md/subscribeQuote", 503, "busy")
            with pytest.raises(errors.ServerError):
                await md.quotes("ESZ6")  # may pass: raised as it is, not a refusal
            assert md.subscribed() == {}

    asyncio.run(main())


@pytest.mark.parametrize(
    ("code", "text", "unknown"),
    [
        ("UnknownSymbol", "Symbol not found: ZZZ9", True),
        (None, "Unknown symbol", True),
        ("HTTP 404", "Contract ZZZ9 not found", True),
        ("HTTP 404", "Not found: md/subscribeQuote", False),
        ("HTTP 404", None, False),
        ("HTTP 400", "The request body is malformed", False),
    ],
)
def test_what_reads_as_an_unknown_symbol(code: str | None, text: str | None, unknown: bool) -> None:
    assert says_unknown_symbol("md/subscribeQuote", "ZZZ9", code, text) is unknown


def test_printed_quotes_end_with_an_error_when_the_server_refuses_them_after_a_reconnect() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            out = io.StringIO()
            printing = asyncio.create_task(print_quotes(md, ["CLF7"], out))
            await until(lambda: bool(out.getvalue()), "a first line")
            server.service.refuse("md/subscribeQuote", 403, "Market data not allowed")
            await server.drop()
            with pytest.raises(SubscriptionRefused):
                await asyncio.wait_for(printing, 5)
            assert json.loads(out.getvalue().splitlines()[-1])["gap"] == "refused"

    asyncio.run(main())


@settings(max_examples=300, deadline=None)
@given(
    status=st.integers(100, 599),
    body=st.binary(max_size=64),
    endpoint=st.sampled_from(["md/subscribeQuote", "md/getChart", "md/subscribeDOM"]),
    symbol=st.one_of(st.text(max_size=8), st.integers(0, 2**40)),
)
def test_refusal_types_any_status_answer_and_keeps_its_words(
    status: int, body: bytes, endpoint: str, symbol: Any
) -> None:
    exc = errors.from_status(endpoint, status, body, True)
    refused = refusal(endpoint, symbol, exc)
    if refused is None:  # may pass: raised as it is
        assert status >= 500 or status in (408, 425, 429) or not isinstance(exc, errors.ApiError) or status < 400
        return
    assert 400 <= status < 500 and refused.reason == f"HTTP {status}" and refused.symbol == symbol
    assert refused.text == (body.decode("utf-8", "replace") or None)
    if endpoint.lower() in (refused.text or "").lower():
        assert not isinstance(refused, UnknownSymbol)  # words about the endpoint never mean the symbol


def test_retries_come_in_rounds_one_request_per_subscription_each_never_a_storm() -> None:
    async def main() -> None:
        async with running(extra=20) as server, client(server) as md:
            ids = [5000 + i for i in range(20)]
            quotes = await md.quotes(*ids)
            server.service.refuse("md/subscribeQuote", 503, "busy", times=60)  # three rounds refused
            await reconnect(server, "md/subscribeQuote", 100)
            await until(lambda: md.retries == 60, "three rounds of retries")
            await asyncio.sleep(0.2)  # a few more backoff steps: nothing more is sent
            assert len(requests_to(server, "md/subscribeQuote")) == 20 + 20 + 60
            assert md.socket.connections == 2 and md.subscribed() == {("quote", i): 1 for i in ids}
            assert not quotes.closed

    asyncio.run(main())
