"""The simulator's market-data service: what the md socket answers and pushes (no I/O).

One :class:`MdService` per simulator reads the seeded :class:`~.market.Market`; each socket gets
an :class:`MdConnection` that answers ``md/*`` requests and pushes ``md`` and ``chart`` events
through the ``send`` function it was given (one call = one ``a[...]`` frame). Chart history and
real-time chart packets are built by :mod:`.md_charts`.

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

import json
from collections.abc import Callable
from typing import Any, Final

from .market import Book, Market
from .md_charts import TICK_MS, Chart, History, history

__all__ = ["MdConnection", "MdService", "Resolver", "frame"]

Resolver = Callable[[Any], int | None]
Send = Callable[[str], None]


def frame(*messages: Any) -> str:
    """An ``a[...]`` frame of the given message objects."""
    return "a" + json.dumps(list(messages), separators=(",", ":"))


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
        self.history = History(market.seed)
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


class MdConnection:
    """One socket's market-data state (see the module doc)."""

    def __init__(self, service: MdService, send: Send) -> None:
        self.service = service
        self.send = send
        self.quotes: set[int] = set()
        self.doms: set[int] = set()
        self.histograms: set[int] = set()
        self.charts: dict[int, Chart] = {}
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
            kind, span_ms = "ticks", TICK_MS
        elif underlying == "MinuteBar" and isinstance(size, int) and size >= 1:
            kind, span_ms = "bars", 60_000 * size
        elif underlying == "DailyBar":
            kind, span_ms = "bars", 86_400_000
        else:
            text = f"Unsupported chart description: {underlying}/{desc.get('elementSizeUnit')}"
            return [frame({"s": 200, "i": rid, "d": {"errorText": text, "errorCode": "UnsupportedChart"}})]
        historical_id, realtime_id = self.service.chart_ids()
        chart = Chart(book, kind, span_ms, historical_id, realtime_id)
        self.charts[realtime_id] = chart
        out = [frame({"s": 200, "i": rid, "d": {"historicalId": historical_id, "realtimeId": realtime_id}})]
        tag = historical_id if self.service.tag_history == "historical" else realtime_id
        now = self.service.market.clock.now()
        limit = self.service.history_limit
        for packet in history(chart, time_range, tag, source=self.service.history, now=now, limit=limit):
            out.append(frame({"e": "chart", "d": {"charts": [packet]}}))
        out.append(frame({"e": "chart", "d": {"charts": [{"id": realtime_id, "eoh": True}]}}))
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
                packet = chart.realtime(self.service.market.clock.now())
                if packet is not None:
                    packets.append(packet)
        if packets:
            self.send(frame({"e": "chart", "d": {"charts": packets}}))


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
