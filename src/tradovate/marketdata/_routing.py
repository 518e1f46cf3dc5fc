"""Routing: decoded market data → the streams of the consumers that asked for it.

The hot path of the market-data client: every frame of the md socket is decoded and routed by
:meth:`Router.feed`, in one pass (Python calls cost more than the work they do here). Quotes,
books and histograms are routed by ``contractId`` through one table per kind (contract id →
:class:`.subscriptions.ServerSubscription`, kept by :class:`.subscriptions.Subscriptions`, with
the latest state a late joiner gets: running entries, the last book, the running histogram of
:func:`running_histogram`), chart packets by chart id, replay clocks to every clock stream,
items the decoder could not type to ``unrecognized``.

A quote is handled once for all its consumers: the subscription's running entries (what a
consumer joining later gets at once) are updated, and whether the quote carries every entry
seen so far is decided there, once. Such a *whole* quote replaces the state waiting in a
latest-wins stream without a merge (what waits there never holds an entry the subscription has
not seen); a partial one is merged with it (:meth:`.types.Quote.merged`).

Chart packets whose chart id is not known yet (the ``md/getChart`` answer and the history can
share a frame, and the reader goes on while the requester waits to run) are kept, bounded, until
:meth:`Router.take_orphans` hands them to their chart; packets of cancelled charts age out.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from ..streams import Stream
from .decode import MarketData, decode_frame, decode_quotes
from .types import ChartPacket, Histogram, Quote, ReplayClock, Unrecognized

if TYPE_CHECKING:
    from .charts import Chart
    from .subscriptions import ServerSubscription

__all__ = ["Router", "running_histogram"]

ORPHANS_KEPT: Final = 10_000  # chart packets kept for ids whose getChart answer is not processed yet


class Router:
    """Where each decoded item goes (see the module doc). ``tables`` maps a kind (``"quote"``,
    ``"dom"``, ``"histogram"``) to its contract id → subscription table."""

    def __init__(self, unrecognized: Stream[Unrecognized]) -> None:
        self.quotes: dict[int, ServerSubscription] = {}
        self.doms: dict[int, ServerSubscription] = {}
        self.histograms: dict[int, ServerSubscription] = {}
        self.tables: dict[str, dict[int, ServerSubscription]] = {
            "quote": self.quotes,
            "dom": self.doms,
            "histogram": self.histograms,
        }
        self.charts: dict[int, Chart] = {}
        self.clock_streams: list[Stream[ReplayClock]] = []
        self.last_clock: ReplayClock | None = None
        self.unrecognized = unrecognized
        self._orphans: dict[int, list[tuple[int, ChartPacket]]] = {}
        self._orphan_count = 0
        self._orphan_seq = 0

    def feed(self, frame: str | bytes) -> str | bytes:
        """The md socket's frame hook (see :mod:`._socket`): an ``a`` frame, text or bytes, is
        decoded and its market data routed here, in one pass. Returns what the connection's
        protocol core is fed: ``a[]`` for a frame of market data only (its liveness clocks move,
        nothing is parsed twice); a frame of anything else (responses, ``props``, ``shutdown``)
        as it is; for a frame holding both, an ``a[...]`` frame of the other messages only, so
        the core never parses market data (whose numbers may be ones its parser refuses, such as
        ``NaN``: see :mod:`._tolerant`) and a response batched with a quote is not lost with it;
        any other frame as is."""
        quotes = decode_quotes(frame)  # the usual frame: quotes only
        if quotes is not None:
            self._quotes(quotes)
            return "a[]"
        messages = decode_frame(frame)
        if not messages:
            return frame
        others: list[Any] = []
        routed = False
        for message in messages:
            if type(message) is MarketData:
                routed = True
                if message.quotes:
                    self._quotes(message.quotes)
                if message.doms or message.histograms or message.charts or message.unrecognized:
                    self._others(message)
            elif type(message) is ReplayClock:
                routed = True
                self.last_clock = message
                for clock_stream in self.clock_streams:
                    clock_stream.put(message)
            else:
                others.append(message)
        if not others:
            return "a[]"
        if not routed:
            return frame
        # The others, parsed by the tolerant path (exact decimals made floats again), written back:
        # a number the core's parser refuses (NaN, 1e400) is written as such and refused there.
        return "a" + json.dumps(others, separators=(",", ":"), ensure_ascii=False)

    def _quotes(self, quotes: tuple[Quote, ...]) -> None:
        subs = self.quotes
        for quote in quotes:
            sub = subs.get(quote.contract_id)
            if sub is None:
                continue
            entries = quote.entries
            names = tuple(entries)
            # whole: the names seen so far (in their order: one cheap comparison)
            if names == sub.names:
                whole = True
            else:
                whole = entries.keys() >= sub.entries.keys()
                if not whole:  # replaced, never updated in place: it may be a quote's
                    entries = {**sub.entries, **entries}
                    names = tuple(entries)
                sub.names = names
            sub.entries = entries
            sub.last = quote
            for stream in sub.consumers:
                stream.put_keyed(quote.contract_id, quote, whole)

    def _others(self, message: MarketData) -> None:
        for book in message.doms:
            sub = self.doms.get(book.contract_id)
            if sub is not None:
                sub.last = book
                for stream in sub.consumers:
                    stream.put_keyed(book.contract_id, book, True)  # a book replaces the last one
        for histogram in message.histograms:
            sub = self.histograms.get(histogram.contract_id)
            if sub is not None:
                sub.last = running_histogram(sub.last, histogram)
                for stream in sub.consumers:
                    stream.put_keyed(histogram.contract_id, histogram)
        for packet in message.charts:
            chart = self.charts.get(packet.id)
            if chart is not None:
                chart._feed(packet)
            else:
                self._keep_orphan(packet)
        for item in message.unrecognized:
            self.unrecognized.put(item)

    def _keep_orphan(self, packet: ChartPacket) -> None:
        self._orphan_seq += 1
        self._orphans.setdefault(packet.id, []).append((self._orphan_seq, packet))
        self._orphan_count += 1
        while self._orphan_count > ORPHANS_KEPT and self._orphans:
            oldest = next(iter(self._orphans))
            self._orphan_count -= len(self._orphans.pop(oldest))

    def take_orphans(self, ids: tuple[int, ...]) -> list[ChartPacket]:
        """The packets kept for these chart ids, in arrival order (forgotten here)."""
        kept: list[tuple[int, ChartPacket]] = []
        for cid in set(ids):
            packets = self._orphans.pop(cid, None)
            if packets:
                self._orphan_count -= len(packets)
                kept += packets
        kept.sort(key=_first)
        return [packet for _, packet in kept]

    def clock_stream(self) -> Stream[ReplayClock]:
        """A new latest-wins stream of the replay clock, starting where the replay is now."""
        stream: Stream[ReplayClock] = Stream(policy="latest", key=_same, on_close=self._drop_clock)
        if self.last_clock is not None:
            stream.put(self.last_clock)
        self.clock_streams.append(stream)
        return stream

    def _drop_clock(self, stream: Stream[Any]) -> None:
        if stream in self.clock_streams:
            self.clock_streams.remove(stream)


def running_histogram(last: Histogram | None, update: Histogram) -> Histogram:
    """The histogram a consumer joining now gets: ``update`` laid over ``last``.

    Whether ``refresh: false`` means "these buckets changed" or "the whole histogram again" is
    not documented (the simulator sends every bucket each time). Laying the update's buckets
    over the last ones is right for both (a bucket's volume within a trading day only grows),
    so that is done unless the update says ``refresh: true`` or moves to another trading day or
    ``base`` (bucket keys are offsets from ``base``): then it replaces the last one."""
    if (
        last is None
        or update.refresh is True
        or last.trade_date != update.trade_date
        or last.base != update.base
        or update.items.keys() >= last.items.keys()
    ):
        return update
    return Histogram(
        contract_id=update.contract_id,
        timestamp=update.timestamp,
        trade_date=update.trade_date,
        base=update.base,
        items={**last.items, **update.items},
        refresh=update.refresh,
        extras=update.extras,
    )


def _first(item: tuple[int, Any]) -> int:
    return item[0]


def _same(_item: Any) -> int:
    return 0
