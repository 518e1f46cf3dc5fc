"""The simulator's market-data service: what the md socket answers and pushes (no I/O).

One :class:`MdService` per simulator reads the seeded :class:`~.market.Market`; each socket gets
an :class:`MdConnection` that answers ``md/*`` requests and pushes ``md`` and ``chart`` events
through the ``send`` function it was given (one call = one ``a[...]`` frame).

Behaviour (the real server's where documented, else a decision noted here):

- one subscription per kind (quote, DOM, histogram) per contract and connection; a second
  subscribe is accepted and changes nothing; unsubscribing what is not subscribed is accepted;
- ``symbol`` is a contract name or a contract id; an unknown one is answered ``s: 200`` with
  ``mode: "None"`` and ``errorText``/``errorCode`` (the documented business-error form; the
  ``mode`` as issue 15 reports the real answer; the text is ours, the real one is not in any
  source we hold);
- a subscription's answer carries the user's ``mode``: ``RealTime`` when the user holds the
  entitlement (``CMEGROUP_TOP`` for quotes, histograms and charts, ``CMEGROUP_DOM`` for the DOM),
  else ``Delayed`` (the reference: a T-Prop user without ``CMEGROUP_DOM`` gets DOM answers with
  ``mode: "Delayed"``). The data itself is not delayed (a guess kept simple: the real delay is
  not documented);
- a subscription starts with the current state, then every market step pushes the contracts
  that moved, batched: all contracts of one step share one frame;
- ``md/getChart`` answers ``{historicalId, realtimeId}``, then sends history packets (at most
  ``history_limit`` elements per request, the newest first cut; packets of up to 100
  elements), then ``{"id": realtimeId, "eoh": true}``, then real-time packets. Packets are
  tagged with the realtime id unless ``tag_history="historical"``. Bars are a pure function of
  (seed, contract, bar time), so paging backwards gives consistent history; the current bar
  is built from the market's trades and sent again on every step (an update in place). When
  the range reaches the present, the bar in progress is the last bar of the history (it counts
  towards ``asMuchAsElements``), as a chart shows it at once — the real server's choice here
  is undocumented;
- ``md/cancelChart`` accepts either id of the pair;
- test hooks: :attr:`MdService.modes` (the ``mode`` a subscribe answer carries, per contract:
  ``set_mode(contract_id, "Delayed")`` makes the next subscriptions degraded, e.g. after a
  reconnect) and :meth:`MdService.refuse` (the next N requests to an endpoint answered with a
  given status and text, as a server that is not ready for market data answers).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Callable
from typing import Any, Final

from .clock import iso, trade_date
from .market import Book, Market

__all__ = ["MdConnection", "MdService", "Resolver", "frame"]

Resolver = Callable[[Any], int | None]
Send = Callable[[str], None]

_PACKET: Final = 100
_TICK_MS: Final = 250


def frame(*messages: Any) -> str:
    """An ``a[...]`` frame of the given message objects."""
    return "a" + json.dumps(list(messages), separators=(",", ":"))


def _parse_time(text: Any) -> datetime.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


def _ms(value: datetime.datetime) -> int:
    return int(value.timestamp() * 1000)


class MdService:
    """Market data of one simulator, shared by every connection."""

    def __init__(
        self,
        market: Market,
        resolve: Resolver,
        *,
        history_limit: int = 500,
        tag_history: str = "realtime",
        modes: dict[int, str] | None = None,
        entitled: Callable[[int | None, str], bool] | None = None,
    ) -> None:
        self.market = market
        #: whether a user (None: not known, e.g. a test server's token) holds an entitlement
        #: (``CMEGROUP_TOP``, ``CMEGROUP_DOM``); everyone does when not given
        self.entitled = entitled
        #: the ``mode`` a subscribe answer carries, by contract ("RealTime" when not listed);
        #: the real values are undocumented, this lets tests show a degraded subscription
        self.modes = dict(modes or {})
        self.resolve = resolve
        self.history_limit = history_limit
        self.tag_history = tag_history
        self.connections: list[MdConnection] = []
        #: endpoint (lower case) → [(status, d)]: the next answers of that endpoint (see refuse)
        self.refusals: dict[str, list[tuple[int, Any]]] = {}
        self._next_chart_id = 1
        self._stop_listening = market.listen_steps(self._on_step)

    def mode(self, contract_id: int, kind: str, user_id: int | None) -> str:
        """The ``mode`` a subscription answer carries (see the module doc)."""
        forced = self.modes.get(contract_id)
        if forced is not None:
            return forced
        entitlement = "CMEGROUP_DOM" if kind == "dom" else "CMEGROUP_TOP"
        if self.entitled is not None and not self.entitled(user_id, entitlement):
            return "Delayed"
        return "RealTime"

    def set_mode(self, contract_id: int, mode: str) -> None:
        """The ``mode`` of subscriptions to this contract from now on ("RealTime", "Delayed")."""
        self.modes[contract_id] = mode

    def refuse(self, endpoint: str, status: int = 404, d: Any = None, *, times: int = 1) -> None:
        """Answer the next ``times`` requests to ``endpoint`` with ``status`` and ``d`` (default
        ``Not found: <endpoint>``) instead of serving them, on any connection."""
        answer = f"Not found: {endpoint}" if d is None else d
        self.refusals.setdefault(endpoint.lower(), []).extend([(status, answer)] * times)

    def connect(self, send: Send) -> MdConnection:
        conn = MdConnection(self, send)
        self.connections.append(conn)
        return conn

    def chart_ids(self) -> tuple[int, int]:
        first = self._next_chart_id
        self._next_chart_id += 2
        return first, first + 1

    def close(self) -> None:
        self._stop_listening()

    def _on_step(self, books: list[Book]) -> None:
        # Once per market step, with the books that moved: they share one frame per kind.
        moved = [book.contract_id for book in books]
        for conn in list(self.connections):
            conn.push(moved)

    # -- deterministic history ----------------------------------------------------------------

    def _noise(self, contract_id: int, key: int, salt: str) -> int:
        digest = hashlib.blake2b(f"{self.market.seed}:{contract_id}:{key}:{salt}".encode(), digest_size=4).digest()
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


class _Chart:
    __slots__ = ("book", "historical_id", "kind", "last_bar", "realtime_id", "span_ms")

    def __init__(self, book: Book, kind: str, span_ms: int, historical_id: int, realtime_id: int) -> None:
        self.book = book
        self.kind = kind  # "bars" | "ticks"
        self.span_ms = span_ms
        self.historical_id = historical_id
        self.realtime_id = realtime_id
        self.last_bar: dict[str, Any] | None = None


class MdConnection:
    """One socket's market-data state (see the module doc)."""

    def __init__(self, service: MdService, send: Send) -> None:
        self.service = service
        self.send = send
        self.quotes: set[int] = set()
        self.doms: set[int] = set()
        self.histograms: set[int] = set()
        self.charts: dict[int, _Chart] = {}
        self.closed = False
        self.socket: Any = None  # the socket layer's handler that owns this connection, if any
        self.user_id: int | None = None  # who authorized it, when the socket layer knows

    def close(self) -> None:
        self.closed = True
        self.quotes.clear()
        self.doms.clear()
        self.histograms.clear()
        self.charts.clear()
        if self in self.service.connections:
            self.service.connections.remove(self)

    # -- requests -----------------------------------------------------------------------------

    def handles(self, endpoint: str) -> bool:
        return endpoint.lower() in _ENDPOINTS

    def request(self, endpoint: str, rid: int, body: Any) -> list[str]:
        """Answer one request: the frames to send, in order (the response first)."""
        name = endpoint.lower()
        queued = self.service.refusals.get(name)
        if queued:
            status, d = queued.pop(0)
            return [frame({"s": status, "i": rid, "d": d})]
        if not isinstance(body, dict):
            return [frame({"s": 400, "i": rid, "d": "The request body must be a JSON object"})]
        if name == "md/getchart":
            return self._get_chart(rid, body)
        if name == "md/cancelchart":
            sub = body.get("subscriptionId")
            for key, chart in list(self.charts.items()):
                if sub in (chart.historical_id, chart.realtime_id):
                    del self.charts[key]
            return [frame({"s": 200, "i": rid, "d": {}})]
        kind, subscribe = _ENDPOINTS[name]
        symbol = body.get("symbol")
        contract_id = self.service.resolve(symbol)
        if contract_id is None or self.service.market.book(contract_id) is None:
            return [frame({"s": 200, "i": rid, "d": _unknown(symbol)})]
        registry = {"quote": self.quotes, "dom": self.doms, "histogram": self.histograms}[kind]
        out = [frame({"s": 200, "i": rid, "d": {"mode": self.service.mode(contract_id, kind, self.user_id)}})]
        if subscribe:
            fresh = contract_id not in registry
            registry.add(contract_id)
            if fresh:
                out.append(self._snapshot(kind, [contract_id]))
        else:
            registry.discard(contract_id)
        return out

    def _get_chart(self, rid: int, body: dict[str, Any]) -> list[str]:
        contract_id = self.service.resolve(body.get("symbol"))
        book = self.service.market.book(contract_id) if contract_id is not None else None
        if book is None:
            return [frame({"s": 200, "i": rid, "d": _unknown(body.get("symbol"))})]
        desc = body.get("chartDescription")
        time_range = body.get("timeRange")
        if not isinstance(desc, dict) or not isinstance(time_range, dict) or not time_range:
            return [frame({"s": 200, "i": rid, "d": {"errorText": "chartDescription and timeRange are required"}})]
        underlying = desc.get("underlyingType")
        size = desc.get("elementSize", 1)
        if underlying == "Tick":
            kind, span_ms = "ticks", _TICK_MS
        elif underlying == "MinuteBar" and isinstance(size, int) and size >= 1:
            kind, span_ms = "bars", 60_000 * size
        elif underlying == "DailyBar":
            kind, span_ms = "bars", 86_400_000
        else:
            text = f"Unsupported chart description: {underlying}/{desc.get('elementSizeUnit')}"
            return [frame({"s": 200, "i": rid, "d": {"errorText": text, "errorCode": "UnsupportedChart"}})]
        historical_id, realtime_id = self.service.chart_ids()
        chart = _Chart(book, kind, span_ms, historical_id, realtime_id)
        self.charts[realtime_id] = chart
        out = [frame({"s": 200, "i": rid, "d": {"historicalId": historical_id, "realtimeId": realtime_id}})]
        tag = historical_id if self.service.tag_history == "historical" else realtime_id
        out.extend(self._history(chart, time_range, tag))
        out.append(frame({"e": "chart", "d": {"charts": [{"id": realtime_id, "eoh": True}]}}))
        return out

    def _history(self, chart: _Chart, time_range: dict[str, Any], tag: int) -> list[str]:
        now_ms = _ms(self.service.market.clock.now())
        closest = _parse_time(time_range.get("closestTimestamp"))
        far = _parse_time(time_range.get("asFarAsTimestamp"))
        count = time_range.get("asMuchAsElements")
        newest = min(now_ms, _ms(closest)) if closest else now_ms
        oldest = _ms(far) if far else None
        limit = self.service.history_limit
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
                forming = self._realtime(chart)  # the bar in progress, as its updates will move it
                limit -= 1
            start -= span
        while len(starts) < limit and (oldest is None or start >= oldest - oldest % span):
            starts.append(start)
            start -= span
        starts.reverse()
        out = []
        td = int(trade_date(self.service.market.clock.now()).strftime("%Y%m%d"))
        for i in range(0, len(starts), _PACKET):
            chunk = starts[i : i + _PACKET]
            if chart.kind == "bars":
                packet: dict[str, Any] = {"id": tag, "td": td, "bars": [self.service.bar(book, s, span) for s in chunk]}
            else:
                packet = _tick_packet(tag, td, book, [self.service.history_tick(book, s) for s in chunk])
            out.append(frame({"e": "chart", "d": {"charts": [packet]}}))
        if forming is not None:
            forming["id"] = tag
            out.append(frame({"e": "chart", "d": {"charts": [forming]}}))
        return out

    # -- pushes -------------------------------------------------------------------------------

    def _snapshot(self, kind: str, contract_ids: list[int]) -> str:
        market = self.service.market
        if kind == "quote":
            return frame({"e": "md", "d": {"quotes": [market.quote(c) for c in contract_ids]}})
        if kind == "dom":
            return frame({"e": "md", "d": {"doms": [market.dom(c) for c in contract_ids]}})
        return frame({"e": "md", "d": {"histograms": [self._histogram(c) for c in contract_ids]}})

    def _histogram(self, contract_id: int) -> dict[str, Any]:
        book = self.service.market.books[contract_id]
        items: dict[str, float] = {}
        for trade in book.trades:
            key = str(trade.ticks - book.settlement)
            items[key] = items.get(key, 0) + trade.size
        return {
            "contractId": contract_id,
            "timestamp": book.timestamp,
            "tradeDate": self.service.market.clock.trade_date(),
            "base": book.price(book.settlement),
            "items": items,
            "refresh": False,
        }

    def push(self, moved: list[int]) -> None:
        """After a market step: every subscription of a contract that moved, batched per kind."""
        if self.closed:
            return
        for kind, registry in (("quote", self.quotes), ("dom", self.doms), ("histogram", self.histograms)):
            ids = [c for c in moved if c in registry]
            if ids:
                self.send(self._snapshot(kind, ids))
        packets = []
        for chart in list(self.charts.values()):
            if chart.book.contract_id in moved:
                packet = self._realtime(chart)
                if packet is not None:
                    packets.append(packet)
        if packets:
            self.send(frame({"e": "chart", "d": {"charts": packets}}))

    def _realtime(self, chart: _Chart) -> dict[str, Any] | None:
        book = chart.book
        td = int(trade_date(self.service.market.clock.now()).strftime("%Y%m%d"))
        if chart.kind == "ticks":
            if not book.trades:
                return None
            ticks = []
            for trade in book.trades:
                ms = _ms(datetime.datetime.fromisoformat(trade.timestamp))
                ticks.append(
                    {"ms": ms, "ticks": trade.ticks, "size": trade.size, "id": ms, "bid": book.bid, "ask": book.offer}
                )
            return _tick_packet(
                chart.realtime_id, td, book, ticks, bid_size=book.bid_sizes[0], ask_size=book.offer_sizes[0]
            )
        now_ms = _ms(self.service.market.clock.now())
        start = now_ms - now_ms % chart.span_ms
        bar = chart.last_bar
        if bar is None or bar["_start"] != start:
            first = book.last.ticks if book.last else book.bid
            bar = {"_start": start, "o": first, "h": first, "l": first, "c": first, "up": 0, "down": 0}
        for trade in book.trades:
            bar["h"] = max(bar["h"], trade.ticks)
            bar["l"] = min(bar["l"], trade.ticks)
            bar["c"] = trade.ticks
            bar["up" if trade.aggressor == "Buy" else "down"] += trade.size
        chart.last_bar = bar
        p = book.price
        stamp = datetime.datetime.fromtimestamp(start / 1000, datetime.UTC)
        return {
            "id": chart.realtime_id,
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


def _tick_packet(
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


def _unknown(symbol: Any) -> dict[str, Any]:
    return {"mode": "None", "errorText": f"Symbol not found: {symbol}", "errorCode": "UnknownSymbol"}


_ENDPOINTS: Final[dict[str, tuple[str, bool]]] = {
    "md/subscribequote": ("quote", True),
    "md/unsubscribequote": ("quote", False),
    "md/subscribedom": ("dom", True),
    "md/unsubscribedom": ("dom", False),
    "md/subscribehistogram": ("histogram", True),
    "md/unsubscribehistogram": ("histogram", False),
    "md/getchart": ("chart", True),
    "md/cancelchart": ("chart", False),
}
