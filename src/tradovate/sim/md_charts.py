"""Charts of the simulator's md socket (no I/O): deterministic history and real-time packets.

Bars and ticks of the past are a pure function of (seed, contract, time) (:class:`History`), so
paging backwards gives consistent history; the bar in progress is built from the market's trades
and sent again on every step (:meth:`Chart.realtime`, an update in place). Tick packets are the
compact form (bases plus offsets). What ``md/getChart`` answers and when is :mod:`.md`.
"""

from __future__ import annotations

import datetime
import hashlib
from typing import Any, Final

from .clock import iso, parse_time, trade_date
from .market import Book

__all__ = ["PACKET", "TICK_MS", "Chart", "History", "history", "tick_packet"]

PACKET: Final = 100  # elements per history packet at most
TICK_MS: Final = 250  # the span of one historical tick


def _ms(value: datetime.datetime) -> int:
    return int(value.timestamp() * 1000)


class History:
    """Deterministic history: bars and ticks as a pure function of (seed, contract, time)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _noise(self, contract_id: int, key: int, salt: str) -> int:
        digest = hashlib.blake2b(f"{self.seed}:{contract_id}:{key}:{salt}".encode(), digest_size=4).digest()
        return int.from_bytes(digest, "big")

    def bar(self, book: Book, start_ms: int, span_ms: int) -> dict[str, Any]:
        """The historical bar starting at ``start_ms`` (a pure function of seed, contract, time)."""
        key = start_ms // span_ms
        center = book.settlement + self._noise(book.contract_id, key, "c") % 41 - 20
        o = center + self._noise(book.contract_id, key, "o") % 5 - 2
        c = center + self._noise(book.contract_id, key, "x") % 5 - 2
        hi = max(o, c) + self._noise(book.contract_id, key, "h") % 4
        lo = min(o, c) - self._noise(book.contract_id, key, "l") % 4
        up = self._noise(book.contract_id, key, "u") % 900 + 1
        down = self._noise(book.contract_id, key, "d") % 900 + 1
        p = book.price
        stamp = datetime.datetime.fromtimestamp(start_ms / 1000, datetime.UTC)
        return {
            "timestamp": iso(stamp),
            "open": p(o),
            "high": p(hi),
            "low": p(lo),
            "close": p(c),
            "upVolume": up,
            "downVolume": down,
            "upTicks": up // 3 + 1,
            "downTicks": down // 3 + 1,
            "bidVolume": down,
            "offerVolume": up,
        }

    def history_tick(self, book: Book, ms: int) -> dict[str, Any]:
        """The historical tick at ``ms`` (absolute ticks; the id is the time in ms)."""
        price = book.settlement + self._noise(book.contract_id, ms, "t") % 21 - 10
        return {"ms": ms, "ticks": price, "size": self._noise(book.contract_id, ms, "s") % 9 + 1, "id": ms}


class Chart:
    __slots__ = ("book", "historical_id", "kind", "last_bar", "realtime_id", "span_ms")

    def __init__(self, book: Book, kind: str, span_ms: int, historical_id: int, realtime_id: int) -> None:
        self.book = book
        self.kind = kind  # "bars" | "ticks"
        self.span_ms = span_ms
        self.historical_id = historical_id
        self.realtime_id = realtime_id
        self.last_bar: dict[str, Any] | None = None

    def realtime(self, now: datetime.datetime) -> dict[str, Any] | None:
        """The real-time packet of this chart after a market step (``None``: no trade to show)."""
        book = self.book
        td = int(trade_date(now).strftime("%Y%m%d"))
        if self.kind == "ticks":
            if not book.trades:
                return None
            ticks = []
            for trade in book.trades:
                ms = _ms(datetime.datetime.fromisoformat(trade.timestamp))
                ticks.append(
                    {"ms": ms, "ticks": trade.ticks, "size": trade.size, "id": ms, "bid": book.bid, "ask": book.offer}
                )
            return tick_packet(
                self.realtime_id, td, book, ticks, bid_size=book.bid_sizes[0], ask_size=book.offer_sizes[0]
            )
        now_ms = _ms(now)
        start = now_ms - now_ms % self.span_ms
        bar = self.last_bar
        if bar is None or bar["_start"] != start:
            first = book.last.ticks if book.last else book.bid
            bar = {"_start": start, "o": first, "h": first, "l": first, "c": first, "up": 0, "down": 0}
        for trade in book.trades:
            bar["h"] = max(bar["h"], trade.ticks)
            bar["l"] = min(bar["l"], trade.ticks)
            bar["c"] = trade.ticks
            bar["up" if trade.aggressor == "Buy" else "down"] += trade.size
        self.last_bar = bar
        p = book.price
        stamp = datetime.datetime.fromtimestamp(start / 1000, datetime.UTC)
        return {
            "id": self.realtime_id,
            "td": td,
            "bars": [
                {
                    "timestamp": iso(stamp),
                    "open": p(bar["o"]),
                    "high": p(bar["h"]),
                    "low": p(bar["l"]),
                    "close": p(bar["c"]),
                    "upVolume": bar["up"],
                    "downVolume": bar["down"],
                    "upTicks": bar["up"],
                    "downTicks": bar["down"],
                    "bidVolume": bar["down"],
                    "offerVolume": bar["up"],
                }
            ],
        }


def history(
    chart: Chart, time_range: dict[str, Any], tag: int, *, source: History, now: datetime.datetime, limit: int
) -> list[dict[str, Any]]:
    """The history packets a ``md/getChart`` sends (at most ``limit`` elements, the newest first
    cut, in packets of up to 100), the bar in progress last (see :mod:`.md`)."""
    now_ms = _ms(now)
    closest = parse_time(time_range.get("closestTimestamp"))
    far = parse_time(time_range.get("asFarAsTimestamp"))
    count = time_range.get("asMuchAsElements")
    newest = min(now_ms, _ms(closest)) if closest else now_ms
    oldest = _ms(far) if far else None
    if isinstance(count, int) and count >= 0:
        limit = min(limit, count)
    elif oldest is None:
        limit = 0
    span = chart.span_ms
    book = chart.book
    starts: list[int] = []
    start = newest - newest % span
    forming = None
    if chart.kind == "bars" and start + span > now_ms:
        if limit > 0 and (oldest is None or start >= oldest - oldest % span):
            forming = chart.realtime(now)  # the bar in progress, as its updates will move it
            limit -= 1
        start -= span
    while len(starts) < limit and (oldest is None or start >= oldest - oldest % span):
        starts.append(start)
        start -= span
    starts.reverse()
    out: list[dict[str, Any]] = []
    td = int(trade_date(now).strftime("%Y%m%d"))
    for i in range(0, len(starts), PACKET):
        chunk = starts[i : i + PACKET]
        if chart.kind == "bars":
            packet: dict[str, Any] = {"id": tag, "td": td, "bars": [source.bar(book, s, span) for s in chunk]}
        else:
            packet = tick_packet(tag, td, book, [source.history_tick(book, s) for s in chunk])
        out.append(packet)
    if forming is not None:
        forming["id"] = tag
        out.append(forming)
    return out


def tick_packet(
    tag: int,
    td: int,
    book: Book,
    ticks: list[dict[str, Any]],
    *,
    bid_size: int | None = None,
    ask_size: int | None = None,
) -> dict[str, Any]:
    """Ticks (absolute tick counts and ms) → the compact packet: bases plus offsets."""
    bp = min(t["ticks"] for t in ticks) if ticks else 0
    bt = min(t["ms"] for t in ticks) if ticks else 0
    tks = []
    for t in ticks:
        item: dict[str, Any] = {"t": t["ms"] - bt, "p": t["ticks"] - bp, "s": t["size"], "id": t["id"]}
        if "bid" in t:
            item["b"] = t["bid"] - bp
            item["bs"] = bid_size
        if "ask" in t:
            item["a"] = t["ask"] - bp
            item["as"] = ask_size
        tks.append(item)
    # the tick size goes out as the shortest decimal text of the float (what JSON writers do)
    return {"id": tag, "s": "db", "td": td, "bp": bp, "bt": bt, "ts": book.tick_size, "tks": tks}
