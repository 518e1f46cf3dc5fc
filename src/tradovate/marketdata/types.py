"""Market-data values as they arrive on the md and replay sockets: quotes, books, histograms,
chart packets and bars, the replay clock.

The classes are generated from ``spec/`` into ``_wire.py`` (``make gen``; rules in
``codegen/md_structs.py``), with hand-written methods from ``_methods.py``: ``quote.bid`` ...,
``quote.merged(newer)``, ``book.best_bid`` / ``best_offer``, ``clock.time`` / ``speed``.

These are the hot-path types (``msgspec.Struct`` when msgspec is installed, an identical
pure-Python form otherwise, see :mod:`._struct`). They are immutable. Field names are the
snake_case forms of the wire keys. Prices and sizes are kept as sent (JSON numbers → ``float``),
except the tick-chart arithmetic of :mod:`.ticks`, which is exact (``Decimal``).

Unknown keys are never lost: the fast path refuses any object with a key it does not know, and
the tolerant path (:mod:`._tolerant`) then builds the same type with the unknown keys in
``extras`` (wire name → value). ``extras`` is ``None`` when there were none. A quote entry
that is not an object (``"Bid": null``) stays in ``entries`` as an empty :class:`QuoteEntry`
(the server changed it; no older value of it passes for current) and is kept as sent in the
quote's ``extras["entries"]``; a value that is not a finite number is never a ``float``: its
field is ``None`` and the value is kept in ``extras`` (the rules: :mod:`._tolerant`).
"""

from __future__ import annotations

from typing import Any

from ._struct import Struct
from ._wire import Bar, ChartPacket, DomBook, DomLevel, Histogram, Quote, QuoteEntry, RawTick, ReplayClock, TradeDate

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


class Unrecognized(Struct, frozen=True):
    """An item the decoder could not type (a required key missing or of the wrong type): kept
    whole, as parsed JSON, under the name of the collection it came in."""

    kind: str
    raw: Any
