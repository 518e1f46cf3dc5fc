"""Subscriptions: a consumer's stream of one kind (:class:`Subscription`), the server
subscription that consumers of a contract share (:class:`ServerSubscription`), and their
management (:class:`Subscriptions`: reference counts, names resolved to contract ids, the
subscribe and unsubscribe requests)."""

from __future__ import annotations

import asyncio
import logging
import operator
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

from tradovate_api import errors

from ..streams import Policy, Stream
from .errors import UnknownSymbol, UnknownSymbolTest, refusal
from .types import Quote

if TYPE_CHECKING:
    from ._socket import MdSocket

__all__ = ["ENDPOINTS", "REALTIME_MODES", "Kind", "ServerSubscription", "Subscription", "Subscriptions", "Symbol"]

Kind = Literal["quote", "dom", "histogram"]
Symbol = str | int
T = TypeVar("T")

# UNCONFIRMED: the reply's ``mode`` values are not documented; these count as real time.
REALTIME_MODES: Final = frozenset({"RealTime", "Realtime", "realtime", "Live"})

#: kind → (subscribe endpoint, unsubscribe endpoint)
ENDPOINTS: Final[dict[str, tuple[str, str]]] = {
    "quote": ("md/subscribeQuote", "md/unsubscribeQuote"),
    "dom": ("md/subscribeDOM", "md/unsubscribeDOM"),
    "histogram": ("md/subscribeHistogram", "md/unsubscribeHistogram"),
}
_log = logging.getLogger("tradovate.marketdata")


class Subscription(Stream[T], Generic[T]):
    """A consumer's stream of one kind for one or more contracts (see :mod:`.streams` for the
    delivery rules). ``modes`` maps contract id → the reply's ``mode`` (``None`` if none);
    ``degraded`` lists the contracts whose data is not real time."""

    def __init__(self, kind: str, contract_ids: tuple[int, ...], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kind = kind
        self.contract_ids = contract_ids
        self.modes: dict[int, str | None] = {}

    @property
    def degraded(self) -> tuple[int, ...]:
        return tuple(c for c, m in self.modes.items() if m is not None and m not in REALTIME_MODES)


class ServerSubscription:
    """One server subscription (kind, contract): its consumers and latest state.

    ``last`` is the latest update; for quotes, whose updates may carry only the entries that
    changed, ``entries`` holds every entry seen (the merged quote is only built when a consumer
    joins, by :meth:`state`) and ``names`` its keys in order (``tuple(entries)``: a quote with
    the same names is whole at the cost of one tuple comparison). ``entries`` is replaced, never
    changed in place: after a whole update it is that quote's own dict."""

    __slots__ = ("consumers", "contract_id", "entries", "kind", "last", "lock", "mode", "names", "symbol")

    def __init__(self, kind: str, contract_id: int, symbol: Symbol) -> None:
        self.kind = kind
        self.contract_id = contract_id
        self.symbol = symbol
        self.consumers: list[Stream[Any]] = []
        self.last: Any = None
        self.entries: dict[str, Any] = {}
        self.names: tuple[str, ...] = ()
        self.mode: str | None = None
        self.lock = asyncio.Lock()

    def state(self) -> Any:
        """The current state to give a consumer joining now (``None`` before any update)."""
        last = self.last
        if last is None or self.kind != "quote":
            return last
        return type(last)(
            contract_id=last.contract_id,
            timestamp=last.timestamp,
            entries=dict(self.entries),
            id=last.id,
            extras=last.extras,
        )

    def forget(self) -> None:
        """After a reconnect: the state is unknown until the next update."""
        self.last = None
        self.entries = {}
        self.names = ()


class Subscriptions:
    """The server subscriptions held for consumers, one per kind and contract, shared by
    reference count (see :mod:`.client`): ``md/subscribe*`` sent by the first consumer, the
    unsubscribe by the last one out. ``tables`` (kind → contract id → subscription) is the
    router's: what is registered there is routed."""

    def __init__(
        self,
        socket: MdSocket,
        tables: Mapping[str, dict[int, ServerSubscription]],
        *,
        contracts: Mapping[str, int] | None,
        resolve: Callable[[str], Awaitable[int | None]] | None,
        concurrency: int,
        unknown: UnknownSymbolTest,
    ) -> None:
        self.socket = socket
        self.tables = tables
        self.contracts: dict[str, int] = dict(contracts or {})
        self.resolve = resolve
        self.concurrency = max(1, concurrency)
        self.unknown = unknown
        #: unsubscribes / chart cancels the server did not confirm (released locally anyway)
        self.release_failures = 0

    def __iter__(self) -> Iterator[ServerSubscription]:
        return (sub for table in self.tables.values() for sub in list(table.values()))

    def counts(self) -> dict[tuple[str, int], int]:
        """(kind, contract id) → number of consumers."""
        return {(kind, cid): len(sub.consumers) for kind, table in self.tables.items() for cid, sub in table.items()}

    async def contract_id(self, symbol: Symbol) -> int:
        if isinstance(symbol, int) and not isinstance(symbol, bool):
            return symbol
        if not isinstance(symbol, str) or not symbol:
            raise errors.InvalidRequest("must be a contract name or id", "symbol")
        found = self.contracts.get(symbol)
        if found is None and self.resolve is not None:
            found = await self.resolve(symbol)
            if found is not None:
                self.contracts[symbol] = found
        if found is None:
            raise UnknownSymbol("md/subscribe", symbol, "Unresolved", f"no contract id known for {symbol!r}")
        return found

    def name_of(self, contract_id: int) -> str | None:
        for name, cid in self.contracts.items():
            if cid == contract_id:
                return name
        return None

    async def subscribe(self, kind: str, symbols: Iterable[Symbol], policy: Policy, maxsize: int) -> Subscription[Any]:
        """A consumer's stream of ``kind`` for these contracts (subscribed on the server as
        needed); if one of them fails, the others are released and the first failure raised."""
        symbols = tuple(symbols)
        if not symbols:
            raise errors.InvalidRequest("give at least one symbol", "symbols")
        by_id: dict[int, Symbol] = {}
        for symbol in symbols:  # one contract named twice (name and id) is one subscription
            by_id.setdefault(await self.contract_id(symbol), symbol)
        ids = tuple(by_id)
        symbols = tuple(by_id.values())
        merge = Quote.merged if kind == "quote" else None
        stream: Subscription[Any] = Subscription(
            kind, ids, policy=policy, maxsize=maxsize, key=_contract_of, merge=merge, on_close=self._release
        )
        gate = asyncio.Semaphore(self.concurrency)

        async def attach(symbol: Symbol, cid: int) -> None:
            async with gate:
                await self._attach(kind, symbol, cid, stream)

        results = await asyncio.gather(
            *(attach(symbol, cid) for symbol, cid in zip(symbols, ids, strict=True)), return_exceptions=True
        )
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            stream.end()
            for cid, result in zip(ids, results, strict=True):
                if not isinstance(result, BaseException):
                    await self._detach(kind, cid, stream)
            raise failures[0]
        return stream

    async def _attach(self, kind: str, symbol: Symbol, cid: int, stream: Subscription[Any]) -> None:
        table = self.tables[kind]
        while True:
            sub = table.get(cid)
            if sub is None:
                sub = table[cid] = ServerSubscription(kind, cid, symbol)
            async with sub.lock:
                if table.get(cid) is not sub:
                    continue  # its last consumer left while we waited: start a new one
                first = not sub.consumers
                state = None if first else sub.state()
                if state is not None:
                    stream.put(state)  # the latest state at once, not at the next update
                # registered before the request: what follows the answer is routed to it
                sub.consumers.append(stream)
                if first:
                    endpoint = ENDPOINTS[kind][0]
                    try:
                        reply = await self.socket.request(endpoint, {"symbol": symbol})
                    except errors.TradovateError as exc:
                        sub.consumers.remove(stream)
                        if not sub.consumers and table.get(cid) is sub:
                            del table[cid]
                        refused = refusal(endpoint, symbol, exc, self.unknown)
                        if refused is not None:
                            raise refused from None
                        raise
                    sub.mode = mode_of(reply)
                stream.modes[cid] = sub.mode
                return

    async def _release(self, stream: Stream[Any]) -> None:
        assert isinstance(stream, Subscription)
        for cid in stream.contract_ids:
            await self._detach(stream.kind, cid, stream)

    async def _detach(self, kind: str, cid: int, stream: Stream[Any]) -> None:
        table = self.tables[kind]
        sub = table.get(cid)
        if sub is None:
            return
        async with sub.lock:
            if stream in sub.consumers:
                sub.consumers.remove(stream)
            if sub.consumers or table.get(cid) is not sub:
                return
            del table[cid]
            if self.socket.closed:
                return
            await self.quietly(ENDPOINTS[kind][1], {"symbol": sub.symbol})

    async def resubscribe(self, sub: ServerSubscription) -> None:
        """Ask the server again for a subscription that still has consumers (after a reconnect)."""
        async with sub.lock:
            if self.tables[sub.kind].get(sub.contract_id) is not sub or not sub.consumers:
                return  # its consumers left meanwhile
            reply = await self.socket.request(ENDPOINTS[sub.kind][0], {"symbol": sub.symbol})
            sub.mode = mode_of(reply)
            for stream in sub.consumers:
                if isinstance(stream, Subscription):
                    stream.modes[sub.contract_id] = sub.mode

    def end(self, sub: ServerSubscription, reason: str) -> None:
        """A subscription the server refused for good: forgotten, its streams ended after a gap."""
        table = self.tables[sub.kind]
        if table.get(sub.contract_id) is sub:
            del table[sub.contract_id]
        for stream in sub.consumers:
            stream.mark_gap(reason)
            stream.end()

    def end_all(self) -> None:
        for sub in self:
            for stream in sub.consumers:
                stream.end()
        for table in self.tables.values():
            table.clear()

    async def quietly(self, endpoint: str, body: dict[str, Any]) -> None:
        """An unsubscribe or cancel: done on our side whatever happens. If the server refuses
        or the connection is down, its data is no longer routed anyway, and a new connection
        does not restore it; the failure is logged and counted, not raised to ``close()``."""
        try:
            await self.socket.request(endpoint, body)
        except errors.TradovateError as exc:
            self.release_failures += 1
            _log.info("%s failed (%s); the subscription is released locally", endpoint, type(exc).__name__)


def mode_of(reply: Any) -> str | None:
    """The ``mode`` of a subscription's answer (``None`` if it has none)."""
    mode = reply.get("mode") if isinstance(reply, dict) else None
    return mode if isinstance(mode, str) else None


_contract_of: Final[Callable[[Any], int]] = operator.attrgetter("contract_id")
