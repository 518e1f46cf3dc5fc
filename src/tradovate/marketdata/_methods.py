"""Hand-written methods of the generated market-data types (mixed into ``_wire.py``)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from decimal import Decimal

    from ._wire import DomLevel, Quote, QuoteEntry, RawTick

__all__ = ["ChartPacketMethods", "DomBookMethods", "QuoteMethods", "ReplayClockMethods"]


class QuoteMethods:
    """``quote.bid``, ``quote.offer``, ... (``None`` when the update has no such entry) and
    :meth:`merged`. Entries the server leaves out of an update are unchanged on its side."""

    __slots__ = ()
    if TYPE_CHECKING:
        contract_id: int
        timestamp: datetime.datetime | None
        entries: dict[str, QuoteEntry]
        id: int | None
        extras: dict[str, Any] | None

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
        """This quote with ``newer``'s entries laid over it (the running state of a contract):
        ``newer`` itself when it carries every entry this one has (the usual full update)."""
        if newer.entries.keys() >= self.entries.keys():
            return newer
        return type(newer)(
            contract_id=newer.contract_id,
            timestamp=newer.timestamp,
            entries={**self.entries, **newer.entries},
            id=newer.id,
            extras=newer.extras,
        )


class DomBookMethods:
    __slots__ = ()
    if TYPE_CHECKING:
        bids: tuple[DomLevel, ...]
        offers: tuple[DomLevel, ...]

    @property
    def best_bid(self) -> DomLevel | None:
        return self.bids[0] if self.bids else None

    @property
    def best_offer(self) -> DomLevel | None:
        return self.offers[0] if self.offers else None


class ChartPacketMethods:
    __slots__ = ()
    if TYPE_CHECKING:
        eoh: bool | None
        tks: tuple[RawTick, ...]
        ts: Decimal | None

    @property
    def end_of_history(self) -> bool:
        return bool(self.eoh)


class ReplayClockMethods:
    __slots__ = ()
    if TYPE_CHECKING:
        t: datetime.datetime
        s: int

    @property
    def time(self) -> datetime.datetime:
        """The replay's current time."""
        return self.t

    @property
    def speed(self) -> int:
        """Percent of real time; 0: the server paused the replay (send ``replay/changespeed``)."""
        return self.s
