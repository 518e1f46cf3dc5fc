"""Routing: decoded market data → the streams of the consumers that asked for it.

The hot path of the market-data client: every frame of the md socket is decoded and routed by
:meth:`Router.feed`, in one pass (Python calls cost more than the work they do here). Quotes,
books and histograms are routed by ``contractId`` through one table per kind (contract id →
:class:`.subscriptions.ServerSubscription`, kept by :class:`.subscriptions.Subscriptions`),
chart packets by chart id, replay clocks to every clock stream, items the decoder could not type
to ``unrecognized``.

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

from typing import TYPE_CHECKING, Any, Final

from ..streams import Stream
from .decode import MarketData, decode_frame, decode_quotes
from .types import ChartPacket, Quote, ReplayClock, Unrecognized

if TYPE_CHECKING:
    from .charts import Chart
    from .subscriptions import ServerSubscription

__all__ = ["Router"]

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
        """The md socket's frame hook (see :mod:`._socket`): an ``a`` frame is decoded and its
        market data routed here, in one pass. Returns what the connection's protocol core is
        fed: ``a[]`` for a frame of market data only (its liveness clocks move, nothing is parsed
        twice), the frame itself when it holds anything else (responses, ``props``,
        ``shutdown``: the core's, which ignores the market data in it), any other frame as is."""
        quotes = decode_quotes(frame)  # the usual frame: quotes only
        if quotes is not None:
            self._quotes(quotes)
            return "a[]"
        messages = decode_frame(frame) if type(frame) is str else None
        if not messages:
            return frame
        passed: str | bytes = "a[]"
        for message in messages:
            if type(message) is MarketData:
                if message.quotes:
                    self._quotes(message.quotes)
                if message.doms or message.histograms or message.charts or message.unrecognized:
                    self._others(message)
            elif type(message) is ReplayClock:
                self.last_clock = message
                for clock_stream in self.clock_streams:
                    clock_stream.put(message)
            else:
                passed = frame
        return passed

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


def _first(item: tuple[int, Any]) -> int:
    return item[0]


def _same(_item: Any) -> int:
    return 0
