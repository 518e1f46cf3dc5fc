"""The market-data client: subscriptions shared by reference count, typed streams, charts.

::

    async with MarketDataClient(MD_URL, token=session.md_access_token, contracts={"ESZ6": 3570918}) as md:
        quotes = await md.quotes("ESZ6")            # a Subscription: async iterator of Quote | Gap
        async for quote in quotes:
            ...
        await quotes.close()                        # the last consumer out unsubscribes

- ``md/subscribeQuote`` / ``md/subscribeDOM`` / ``md/subscribeHistogram`` are sent once per kind
  and contract, whoever asks: a second consumer shares the server subscription (and gets the
  latest state at once); the last :meth:`Subscription.close` sends the unsubscribe.
- Data is routed by ``contractId``, so a symbol given as a name is resolved to its contract id
  first (``contracts`` mapping, then the ``resolve`` coroutine, e.g. the REST
  ``contract/find``); the request itself sends the symbol as given.
- A refusal (``errorText`` in a 200, an error status) raises :class:`SubscriptionRefused`
  (:class:`UnknownSymbol` only when the server says the symbol is unknown), with the server's
  code and text; other failures (timeouts, 5xx, 429, a lost connection) are raised as they are
  (see :mod:`tradovate.marketdata.errors`). A reply with a ``mode`` other than real time marks the subscription
  ``degraded`` (the values of ``mode`` are undocumented: :data:`.subscriptions.REALTIME_MODES`
  lists those taken as real time); ``modes`` and ``degraded`` follow every (re)subscription.
- Quotes and books are delivered "latest state wins" per contract (see :mod:`tradovate.streams`), other
  kinds in order with an overflow gap. After a reconnect every stream gets
  ``Gap(reason="reconnect")`` and every subscription and chart is re-established.

Re-establishing after a reconnect follows :mod:`.restore`: answered, the ``modes`` are re-read;
refused for good, the streams end after ``Gap(reason="refused")``; failed in a way that may
pass, tried again with capped backoff while the streams stay open.

This module is the public client (charts, history paging, reconnects); the reference-counted
subscriptions are :class:`.subscriptions.Subscriptions`, the per-frame hot path (decode, route
by contract id, deliver) is :class:`._routing.Router`.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from tradovate.realtime.connection import Backoff, Disconnected
from tradovate_api import errors

from ..streams import Policy, Stream
from ._routing import Router
from ._socket import MdSocket, TokenSource
from .charts import Chart, ChartDescription, ChartState, TimeRange
from .errors import SubscriptionRefused, UnknownSymbolTest, refusal, says_unknown_symbol
from .restore import Restorer
from .subscriptions import ENDPOINTS, ServerSubscription, Subscription, Subscriptions, Symbol
from .ticks import Tick
from .types import Bar, DomBook, Histogram, Quote, ReplayClock, Unrecognized

if TYPE_CHECKING:
    from tradovate.session import Session

__all__ = ["MarketDataClient"]


class MarketDataClient:
    """Market data over the md socket (see the module doc).

    Args:
        url: the md socket (``wss://md.tradovateapi.com/v1/websocket``, or the simulator's).
        token: the md access token, or a function (sync or async) returning a fresh one at each
            (re)connection, e.g. a session's ``md_access_token``.
        contracts: known contract ids by name (routing needs the contract id).
        resolve: ``async (name) -> contract id | None`` for names not in ``contracts``.
        queue_size: the bound of each consumer's queue (ordered streams).
        concurrency: requests in flight at once when subscribing many contracts or restoring
            subscriptions after a reconnect.
        retry_backoff: the delays between tries of a re-subscription that failed in a way that
            may pass (see the module doc).
        unknown_symbol: ``(endpoint, symbol, code, text) -> bool``, whether a refusal says the
            symbol is unknown (default :func:`tradovate.marketdata.errors.says_unknown_symbol`).
        request_timeout, dead_after, max_attempts, ``**connection_options``: passed to the
            connection (:class:`tradovate.realtime.connection.Connection`: heartbeats, backoff,
            ``connect_options`` for TLS or a proxy, ...).
    """

    def __init__(
        self,
        url: str,
        token: TokenSource,
        *,
        contracts: Mapping[str, int] | None = None,
        resolve: Callable[[str], Awaitable[int | None]] | None = None,
        queue_size: int = 10_000,
        request_timeout: float = 10.0,
        dead_after: float | None = 10.0,
        max_attempts: int | None = None,
        concurrency: int = 64,
        retry_backoff: Backoff | None = None,
        unknown_symbol: UnknownSymbolTest = says_unknown_symbol,
        **connection_options: Any,
    ) -> None:
        self.queue_size = queue_size
        #: items the decoder could not type (kept whole); bounded like a consumer queue
        self.unrecognized: Stream[Unrecognized] = Stream(policy="queue", maxsize=queue_size)
        self._router = Router(self.unrecognized)
        self.socket = MdSocket(
            url,
            token,
            self._router.feed,
            on_connected=self._reestablish,
            on_disconnected=self._refused,
            request_timeout=request_timeout,
            dead_after=dead_after,
            max_attempts=max_attempts,
            **connection_options,
        )
        self._subs = Subscriptions(
            self.socket,
            self._router.tables,
            contracts=contracts,
            resolve=resolve,
            concurrency=concurrency,
            unknown=unknown_symbol,
        )
        self._live_charts: list[Chart] = []
        self._unknown = unknown_symbol
        self._restorer: Restorer[ServerSubscription | Chart] = Restorer(
            self._restore_one,
            self._end,
            _request_of,
            lambda: self.socket.closed,
            backoff=retry_backoff or Backoff(),
            unknown=unknown_symbol,
            concurrency=self._subs.concurrency,
        )

    @classmethod
    def from_session(cls, session: Session, **options: Any) -> Self:
        """The client of a :class:`tradovate.session.Session`: its environment's socket, its
        token (read at every connection, so renewals are picked up), contract names resolved
        by the REST ``contract/find``, and its guards (budgets, breaker and penalty holds are
        counted per user and IP, with its REST client and other sockets; so are its reconnect delays,
        unless ``backoff`` is given)."""
        url, token = cls._endpoint(session)
        options.setdefault("resolve", _rest_resolver(session))
        options.setdefault("on_auth_refused", session.invalidate)  # a revoked token: log in again
        options.setdefault("guards", session.guards)  # budgets, breaker, holds per user and IP
        if "backoff" not in options:  # one reconnect escalation per user and server, shared
            options.setdefault("delays", session.reconnect_delays(url))
        return cls(url, token, **options)

    @staticmethod
    def _endpoint(session: Session) -> tuple[str, TokenSource]:
        return session.environment.md_url, session.md_access_token

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        await self.socket.start()

    @property
    def release_failures(self) -> int:
        """Unsubscribes / chart cancels the server did not confirm (released locally anyway)."""
        return self._subs.release_failures

    @property
    def retries(self) -> int:
        """Re-subscriptions (and chart re-opens) asked again after a failure that may pass."""
        return self._restorer.retries

    async def close(self) -> None:
        await self._restorer.stop()
        self._subs.end_all()
        for chart in self._live_charts:
            chart.closed = True
            chart.updates.end()
        for stream in self._router.clock_streams:
            stream.end()
        await self.socket.close()

    # -- subscriptions ----------------------------------------------------------------------

    async def contract_id(self, symbol: Symbol) -> int:
        """The contract id a symbol routes to (``UnknownSymbol`` if it cannot be resolved)."""
        return await self._subs.contract_id(symbol)

    def name_of(self, contract_id: int) -> str | None:
        """A contract name known for this id (from ``contracts`` or a resolved name)."""
        return self._subs.name_of(contract_id)

    async def quotes(
        self, *symbols: Symbol, policy: Policy = "latest", maxsize: int | None = None
    ) -> Subscription[Quote]:
        """Quotes of these contracts in one stream (latest state per contract by default)."""
        return await self._subs.subscribe("quote", symbols, policy, maxsize or self.queue_size)

    async def dom(
        self, *symbols: Symbol, policy: Policy = "latest", maxsize: int | None = None
    ) -> Subscription[DomBook]:
        """Full depth-of-market books (bids descending, offers ascending)."""
        return await self._subs.subscribe("dom", symbols, policy, maxsize or self.queue_size)

    async def histograms(
        self, *symbols: Symbol, policy: Policy = "queue", maxsize: int | None = None
    ) -> Subscription[Histogram]:
        return await self._subs.subscribe("histogram", symbols, policy, maxsize or self.queue_size)

    def subscribed(self) -> dict[tuple[str, int], int]:
        """The server subscriptions held: (kind, contract id) → number of consumers."""
        return self._subs.counts()

    # -- charts -----------------------------------------------------------------------------

    async def chart(
        self,
        symbol: Symbol,
        description: ChartDescription | None = None,
        time_range: TimeRange | None = None,
        *,
        wait_history: bool = True,
    ) -> Chart:
        """Open a chart (``md/getChart``): by default waits for the end of its history."""
        description = description or ChartDescription.minutes(1)
        time_range = time_range or TimeRange.last(100)
        chart = Chart(symbol, description, time_range, self._cancel_chart, maxsize=self.queue_size)
        await self._open_chart(chart, _chart_body(chart))
        self._live_charts.append(chart)
        if wait_history:
            try:
                await chart.history_loaded(self.socket.request_timeout)
            except BaseException:
                await chart.close()  # not left open on the server nor routed here
                raise
        return chart

    async def _open_chart(self, chart: Chart, body: dict[str, Any]) -> None:
        try:
            reply = await self.socket.request("md/getChart", body)
        except errors.TradovateError as exc:
            refused = refusal("md/getChart", chart.symbol, exc, self._unknown)
            if refused is not None:
                raise refused from None
            raise
        ids = _chart_ids(reply)
        if ids is None:
            raise SubscriptionRefused("md/getChart", chart.symbol, None, "the answer has no chart ids", reply)
        charts = self._router.charts
        for old in chart.state.ids:
            charts.pop(old, None)
        chart.state.historical_id, chart.state.realtime_id = ids
        for cid in ids:
            charts[cid] = chart
        for packet in self._router.take_orphans(ids):  # what came before we knew the ids
            chart._feed(packet)

    async def _cancel_chart(self, chart: Chart) -> None:
        for cid in chart.state.ids:
            self._router.charts.pop(cid, None)
        if chart in self._live_charts:
            self._live_charts.remove(chart)
        if not self.socket.closed:
            # UNCONFIRMED which id the server wants; the realtime one is what most clients send
            await self._subs.quietly("md/cancelChart", {"subscriptionId": chart.state.realtime_id})

    async def history(
        self,
        symbol: Symbol,
        description: ChartDescription,
        start: datetime.datetime,
        end: datetime.datetime | None = None,
        *,
        max_pages: int = 1000,
    ) -> list[Bar]:
        """All bars from ``start`` to ``end`` (default now), paging backwards when the server
        sends less than the range at once: after each end of history the chart is cancelled
        and asked again up to the oldest bar received, until ``start`` is reached or a page
        brings nothing older."""
        if description.underlying_type == "Tick":
            raise errors.InvalidRequest("use tick_history() for tick charts", "chartDescription.underlyingType")
        state = ChartState(-1, -1, description)
        closest = end
        for _ in range(max_pages):
            time_range = TimeRange(closest_timestamp=closest, as_far_as_timestamp=start)
            chart = await self.chart(symbol, description, time_range)
            bars = chart.bars
            await chart.close()
            before = state.bars[0].timestamp if state.bars else None
            state.merge_bars(bars)
            oldest = state.bars[0].timestamp if state.bars else None
            if oldest is None or oldest <= start or (before is not None and oldest >= before):
                break
            closest = oldest
        return [b for b in state.bars if b.timestamp >= start and (end is None or b.timestamp <= end)]

    async def tick_history(
        self,
        symbol: Symbol,
        start: datetime.datetime,
        end: datetime.datetime | None = None,
        *,
        max_pages: int = 1000,
    ) -> list[Tick]:
        """All ticks from ``start`` to ``end`` (default now), exact and ordered by id, paging
        backwards like :meth:`history` (a tick repeated at a page boundary is kept once)."""
        description = ChartDescription.ticks()
        ticks: dict[int, Tick] = {}
        closest = end
        for _ in range(max_pages):
            time_range = TimeRange(closest_timestamp=closest, as_far_as_timestamp=start)
            chart = await self.chart(symbol, description, time_range)
            page = chart.ticks
            await chart.close()
            fresh = [t for t in page if t.id not in ticks]
            ticks.update((t.id, t) for t in fresh)
            if not fresh:
                break
            oldest = min(t.time for t in ticks.values())
            if oldest <= start:
                break
            closest = oldest
        return sorted(
            (t for t in ticks.values() if t.time >= start and (end is None or t.time <= end)), key=lambda t: t.id
        )

    # -- replay clock (used by the replay client) -------------------------------------------

    def clock_stream(self) -> Stream[ReplayClock]:
        return self._router.clock_stream()

    # -- reconnects -------------------------------------------------------------------------

    def _refused(self, event: Disconnected) -> None:
        """A reconnect the server refused (``UpgradeRefused``...) or the socket's end, told to
        every consumer at once: ``Gap(reason="disconnected")``, and the stream ends after a
        ``Gap(reason="closed")`` when no reconnect will come (a plain drop is told by the
        reconnect's gap)."""
        if event.error is None and event.retry_in is not None:
            return
        ended = event.retry_in is None
        streams: list[Stream[Any]] = [s for sub in self._subs for s in sub.consumers]
        streams += [chart.updates for chart in self._live_charts]
        streams += self._router.clock_streams
        for stream in streams:
            stream.mark_gap("closed" if ended else "disconnected")
            if ended:
                stream.end()

    def _disconnected(self) -> None:
        for sub in self._subs:
            sub.forget()
            for stream in sub.consumers:
                stream.mark_gap("reconnect")
        for chart in self._live_charts:
            chart.updates.mark_gap("reconnect")
        for clock in self._router.clock_streams:
            clock.mark_gap("reconnect")

    async def _reestablish(self, first: bool) -> None:
        """On each new connection (``on_connected``): mark the gap, then subscribe again to
        everything consumers hold and re-open every chart (see :mod:`.restore`)."""
        if first:
            return  # the first connection: nothing to restore
        self._disconnected()
        items: list[ServerSubscription | Chart] = [s for s in self._subs if s.consumers]
        items.extend(self._live_charts)
        await self._restorer.restore(items)

    async def _restore_one(self, item: ServerSubscription | Chart) -> None:
        if isinstance(item, ServerSubscription):
            await self._subs.resubscribe(item)
        elif item in self._live_charts:  # not closed meanwhile
            await self._open_chart(item, _chart_body(item))

    def _end(self, item: ServerSubscription | Chart) -> None:
        """A refusal that lasts: the item's streams end after ``Gap(reason="refused")``."""
        if isinstance(item, ServerSubscription):
            self._subs.end(item, "refused")
            return
        item.closed = True
        for cid in item.state.ids:
            self._router.charts.pop(cid, None)
        if item in self._live_charts:
            self._live_charts.remove(item)
        item.updates.mark_gap("refused")
        item.updates.end()


def _chart_body(chart: Chart) -> dict[str, Any]:
    return {
        "symbol": chart.symbol,
        "chartDescription": chart.description.to_wire(),
        "timeRange": chart.time_range.to_wire(),
    }


def _request_of(item: ServerSubscription | Chart) -> tuple[str, Symbol]:
    if isinstance(item, ServerSubscription):
        return ENDPOINTS[item.kind][0], item.symbol
    return "md/getChart", item.symbol


def _rest_resolver(session: Session) -> Callable[[str], Awaitable[int | None]]:
    async def resolve(name: str) -> int | None:
        try:
            contract = await session.rest.contracts.find(name)
        except errors.NotFound:
            return None
        return contract.id if contract is not None else None

    return resolve


def _chart_ids(reply: Any) -> tuple[int, int] | None:
    if not isinstance(reply, dict):
        return None
    realtime = reply.get("realtimeId", reply.get("subscriptionId"))
    historical = reply.get("historicalId", realtime)
    if not isinstance(realtime, int) or not isinstance(historical, int):
        return None
    return historical, realtime
