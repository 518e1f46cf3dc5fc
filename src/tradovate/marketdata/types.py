"""Market-data values as they arrive on the md and replay sockets: quotes, books, histograms,
chart packets and bars, the replay clock.

These are the hot-path types (``msgspec.Struct`` when msgspec is installed, an identical
pure-Python form otherwise, see :mod:`._struct`). They are immutable. Field names are the
snake_case forms of the wire keys. Prices and sizes are kept as sent (JSON numbers → ``float``),
except the tick-chart arithmetic of :mod:`.ticks`, which is exact (``Decimal``).

Unknown keys are never lost: the fast path refuses any object with a key it does not know, and
the tolerant path (:mod:`._tolerant`) then builds the same type with the unknown keys in
``extras`` (wire name → value). ``extras`` is ``None`` when there were none.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from ._struct import Struct, wire_name

__all__ = [
    "QUOTE_ENTRY_NAMES",
    "QuoteEntry",
    "Quote",
    "DomLevel",
    "DomBook",
    "TradeDate",
    "Histogram",
    "Bar",
    "RawTick",
    "ChartPacket",
    "ReplayClock",
    "Unrecognized",
]

#: The quote entry names the server documents; others are kept as they come.
QUOTE_ENTRY_NAMES = (
    "Bid",
    "Offer",
    "Trade",
    "TotalTradeVolume",
    "OpenInterest",
    "OpeningPrice",
    "HighPrice",
    "LowPrice",
    "SettlementPrice",
)

_OPTS: dict[str, Any] = {"frozen": True, "gc": False, "forbid_unknown_fields": True, "rename": wire_name}


class QuoteEntry(Struct, **_OPTS):
    """One entry of a quote; either part may be absent."""

    price: float | None = None
    size: float | None = None
    extras: dict[str, Any] | None = None


class Quote(Struct, **_OPTS):
    """A quote update of one contract. ``entries`` maps entry names (``"Bid"``, ``"Offer"``,
    ``"Trade"``, ...) to values; any entry may be absent. Entries the server does not send in an
    update are unchanged on its side: :meth:`merged` keeps a running view."""

    contract_id: int
    timestamp: datetime.datetime | None = None
    entries: dict[str, QuoteEntry] = {}  # noqa: RUF012 - msgspec copies it; frozen either way
    id: int | None = None
    extras: dict[str, Any] | None = None

    def entry(self, name: str) -> QuoteEntry | None:
        return self.entries.get(name)

    @property
    def bid(self) -> QuoteEntry | None:
        return self.entries.get("Bid")

    @property
    def offer(self) -> QuoteEntry | None:
        return self.entries.get("Offer")

    @property
    def trade(self) -> QuoteEntry | None:
        return self.entries.get("Trade")

    @property
    def total_trade_volume(self) -> QuoteEntry | None:
        return self.entries.get("TotalTradeVolume")

    @property
    def open_interest(self) -> QuoteEntry | None:
        return self.entries.get("OpenInterest")

    @property
    def opening_price(self) -> QuoteEntry | None:
        return self.entries.get("OpeningPrice")

    @property
    def high_price(self) -> QuoteEntry | None:
        return self.entries.get("HighPrice")

    @property
    def low_price(self) -> QuoteEntry | None:
        return self.entries.get("LowPrice")

    @property
    def settlement_price(self) -> QuoteEntry | None:
        return self.entries.get("SettlementPrice")

    def merged(self, newer: Quote) -> Quote:
        """This quote with ``newer``'s entries laid over it (the running state of a contract)."""
        return Quote(
            contract_id=newer.contract_id,
            timestamp=newer.timestamp,
            entries={**self.entries, **newer.entries},
            id=newer.id,
            extras=newer.extras,
        )


class DomLevel(Struct, **_OPTS):
    price: float
    size: float
    extras: dict[str, Any] | None = None


class DomBook(Struct, **_OPTS):
    """A full depth-of-market snapshot: ``bids`` best (highest) first, ``offers`` best (lowest)
    first. The decoder checks the order and sorts a book that arrives out of order."""

    contract_id: int
    timestamp: datetime.datetime | None = None
    bids: tuple[DomLevel, ...] = ()
    offers: tuple[DomLevel, ...] = ()
    extras: dict[str, Any] | None = None

    @property
    def best_bid(self) -> DomLevel | None:
        return self.bids[0] if self.bids else None

    @property
    def best_offer(self) -> DomLevel | None:
        return self.offers[0] if self.offers else None


class TradeDate(Struct, **_OPTS):
    year: int
    month: int
    day: int
    extras: dict[str, Any] | None = None


class Histogram(Struct, **_OPTS):
    """Volume by price: ``items`` maps signed integer offsets from ``base`` to volume.

    The offsets are in tick-size units and ``refresh`` marks a full replacement (versus an
    incremental update); the sources only imply both (UNCONFIRMED), so nothing here depends
    on it: the values are passed on as sent."""

    contract_id: int
    timestamp: datetime.datetime | None = None
    trade_date: TradeDate | None = None
    base: float | None = None
    items: dict[int, float] = {}  # noqa: RUF012 - msgspec copies it; frozen either way
    refresh: bool | None = None
    extras: dict[str, Any] | None = None


class Bar(Struct, **_OPTS):
    """One chart bar. A later packet may carry the same ``timestamp`` again: that is an update
    of the bar (see :class:`.charts.Chart`)."""

    timestamp: datetime.datetime
    open: float | None = None
    high: float | None = None
    low: float | None = None
    close: float | None = None
    up_volume: float | None = None
    down_volume: float | None = None
    up_ticks: float | None = None
    down_ticks: float | None = None
    bid_volume: float | None = None
    offer_volume: float | None = None
    extras: dict[str, Any] | None = None


class RawTick(Struct, **_OPTS):
    """One tick as the compact packet sends it (offsets from the packet's bases); see
    :mod:`.ticks` for the absolute :class:`.ticks.Tick`."""

    id: int
    t: int
    p: int
    s: int | float | None = None
    b: int | None = None
    a: int | None = None
    bs: int | float | None = None
    as_: int | float | None = None
    extras: dict[str, Any] | None = None


class ChartPacket(Struct, **_OPTS):
    """One item of a ``chart`` event: bars, compact ticks, or the end-of-history marker.

    ``id`` is either id of the getChart pair (historical or realtime). ``td`` is the trade
    date as YYYYMMDD. Tick packets carry ``bp`` (base price in ticks), ``bt`` (base time,
    epoch ms), ``ts`` (tick size, exact) and ``tks``; ``s`` is the data source (``"db"``)."""

    id: int
    td: int | None = None
    bars: tuple[Bar, ...] | None = None
    eoh: bool | None = None
    s: str | None = None
    bp: int | None = None
    bt: int | None = None
    ts: Decimal | None = None
    tks: tuple[RawTick, ...] | None = None
    extras: dict[str, Any] | None = None

    @property
    def end_of_history(self) -> bool:
        return bool(self.eoh)


class ReplayClock(Struct, **_OPTS):
    """A replay ``clock`` event: the replay time and the current speed (percent of real time;
    0 means the server paused the session, see :mod:`.replay`)."""

    t: datetime.datetime
    s: int
    extras: dict[str, Any] | None = None

    @property
    def time(self) -> datetime.datetime:
        return self.t

    @property
    def speed(self) -> int:
        return self.s


class Unrecognized(Struct, frozen=True):
    """An item the decoder could not type (a required key missing or of the wrong type): kept
    whole, as parsed JSON, under the name of the collection it came in."""

    kind: str
    raw: Any
