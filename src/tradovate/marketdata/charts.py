"""Charts: the request (description + time range) and the client-side state of one chart.

``md/getChart`` answers ``{historicalId, realtimeId}``; packets then carry either id (the
sources disagree, so both are accepted), history first, then ``{"eoh": true}``, then real-time
updates. :class:`ChartState` is that state without I/O: bars upserted by timestamp (a repeated
timestamp updates the bar in place, the last bar keeps moving until the next one opens), ticks
decoded exactly and de-duplicated (:mod:`.ticks`), the end-of-history flag.
"""

from __future__ import annotations

import asyncio
import bisect
import datetime
import importlib
from collections.abc import Awaitable, Callable
from typing import Any, Final

from tradovate_api import errors

from ..streams import Stream
from ._struct import Struct
from .ticks import Tick, TickDecoder
from .types import Bar, ChartPacket

__all__ = [
    "Chart",
    "ChartDescription",
    "ChartState",
    "TimeRange",
    "bars_to_frame",
    "UNDERLYING_TYPES",
    "ELEMENT_SIZE_UNITS",
]

UNDERLYING_TYPES: Final = ("Tick", "DailyBar", "MinuteBar", "Custom", "DOM")
ELEMENT_SIZE_UNITS: Final = (
    "Volume",
    "Range",
    "UnderlyingUnits",
    "Renko",
    "MomentumRange",
    "PointAndFigure",
    "OFARange",
)


def _iso(value: datetime.datetime) -> str:
    if value.tzinfo is None:
        raise errors.InvalidRequest("must be timezone-aware", "timeRange")
    value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


class ChartDescription(Struct, frozen=True):
    """What to chart: ``underlying_type`` (``Tick``, ``MinuteBar``, ``DailyBar``, ``Custom``,
    ``DOM``), ``element_size`` in ``element_size_unit`` (``UnderlyingUnits``, ``Volume``,
    ``Range``, ...), and whether to include histograms. Values not listed here are sent as
    given (the server may know more than the docs)."""

    underlying_type: str = "MinuteBar"
    element_size: int = 1
    element_size_unit: str = "UnderlyingUnits"
    with_histogram: bool = False

    @classmethod
    def minutes(cls, n: int = 1) -> ChartDescription:
        return cls("MinuteBar", n)

    @classmethod
    def daily(cls) -> ChartDescription:
        return cls("DailyBar", 1)

    @classmethod
    def ticks(cls) -> ChartDescription:
        return cls("Tick", 1)

    def to_wire(self) -> dict[str, Any]:
        if not isinstance(self.underlying_type, str) or not self.underlying_type:
            raise errors.InvalidRequest("must be a non-empty string", "chartDescription.underlyingType")
        size = self.element_size
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise errors.InvalidRequest("must be a positive integer", "chartDescription.elementSize")
        if self.underlying_type == "Tick" and size != 1:
            raise errors.InvalidRequest("must be 1 for Tick charts", "chartDescription.elementSize")
        return {
            "underlyingType": self.underlying_type,
            "elementSize": size,
            "elementSizeUnit": self.element_size_unit,
            "withHistogram": bool(self.with_histogram),
        }


class TimeRange(Struct, frozen=True):
    """Which history: back from ``closest_timestamp`` (default: now) or ``closest_tick_id``, as
    far as ``as_far_as_timestamp`` and/or ``as_much_as_elements``. At least one is required."""

    closest_timestamp: datetime.datetime | None = None
    closest_tick_id: int | None = None
    as_far_as_timestamp: datetime.datetime | None = None
    as_much_as_elements: int | None = None

    @classmethod
    def last(cls, n: int) -> TimeRange:
        return cls(as_much_as_elements=n)

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.closest_timestamp is not None:
            out["closestTimestamp"] = _iso(self.closest_timestamp)
        if self.closest_tick_id is not None:
            out["closestTickId"] = self.closest_tick_id
        if self.as_far_as_timestamp is not None:
            out["asFarAsTimestamp"] = _iso(self.as_far_as_timestamp)
        if self.as_much_as_elements is not None:
            n = self.as_much_as_elements
            if isinstance(n, bool) or not isinstance(n, int) or n < 1:
                raise errors.InvalidRequest("must be a positive integer", "timeRange.asMuchAsElements")
            out["asMuchAsElements"] = n
        if not out:
            raise errors.InvalidRequest("give at least one bound", "timeRange")
        return out


class ChartState:
    """One chart's data (no I/O): feed it the packets of either id with :meth:`feed`."""

    def __init__(self, historical_id: int, realtime_id: int, description: ChartDescription) -> None:
        self.historical_id = historical_id
        self.realtime_id = realtime_id
        self.description = description
        self.end_of_history = False
        self._bars: list[Bar] = []
        self._stamps: list[datetime.datetime] = []
        self.ticks: list[Tick] = []
        self._decoder = TickDecoder()
        #: packets kept whole because they carried neither bars nor decodable ticks
        self.other: list[ChartPacket] = []

    @property
    def ids(self) -> tuple[int, int]:
        return self.historical_id, self.realtime_id

    @property
    def bars(self) -> list[Bar]:
        """Bars so far, oldest first, one per timestamp."""
        return list(self._bars)

    def feed(self, packet: ChartPacket) -> list[Bar | Tick]:
        """Apply a packet; returns the bars (new or updated) and new ticks it brought."""
        changed: list[Bar | Tick] = []
        if packet.bars:
            for bar in packet.bars:
                self._upsert(bar)
                changed.append(bar)
        if packet.tks:
            fresh = self._decoder.feed(packet)
            if fresh:
                self._insert_ticks(fresh)
                changed.extend(fresh)
        if packet.eoh:
            self.end_of_history = True
        elif not changed and not packet.bars and not packet.tks:
            self.other.append(packet)
        return changed

    def _upsert(self, bar: Bar) -> None:
        stamps = self._stamps
        ts = bar.timestamp
        if stamps and ts > stamps[-1]:
            stamps.append(ts)
            self._bars.append(bar)
            return
        i = bisect.bisect_left(stamps, ts)
        if i < len(stamps) and stamps[i] == ts:
            self._bars[i] = bar
        else:
            stamps.insert(i, ts)
            self._bars.insert(i, bar)

    def _insert_ticks(self, fresh: list[Tick]) -> None:
        ticks = self.ticks
        if not ticks or fresh[0].id > ticks[-1].id:
            ticks.extend(fresh)
            return
        ticks.extend(fresh)
        ticks.sort(key=_tick_id)

    def merge_bars(self, bars: list[Bar]) -> None:
        for bar in bars:
            self._upsert(bar)


def _tick_id(tick: Tick) -> int:
    return tick.id


_BAR_COLUMNS: Final = (
    "timestamp",
    "open",
    "high",
    "low",
    "close",
    "up_volume",
    "down_volume",
    "up_ticks",
    "down_ticks",
    "bid_volume",
    "offer_volume",
)


def bars_to_frame(bars: list[Bar], backend: str = "pandas") -> Any:
    """Bars as a DataFrame (``backend``: ``"pandas"``, indexed by timestamp, or ``"polars"``).

    The library is imported here, on first use; it is an optional extra (``tradovate-partner[pandas]``
    or ``tradovate-partner[polars]``). Raises ``InvalidRequest`` when it is not installed."""
    columns = {name: [getattr(bar, name) for bar in bars] for name in _BAR_COLUMNS}
    if backend == "pandas":
        try:
            pandas = importlib.import_module("pandas")
        except ImportError:
            raise errors.InvalidRequest("pandas is not installed (pip install pandas)", "backend") from None
        return pandas.DataFrame(columns).set_index("timestamp")
    if backend == "polars":
        try:
            polars = importlib.import_module("polars")
        except ImportError:
            raise errors.InvalidRequest("polars is not installed (pip install polars)", "backend") from None
        return polars.DataFrame(columns)
    raise errors.InvalidRequest("must be 'pandas' or 'polars'", "backend")


class Chart:
    """A live chart: history (``bars`` or ``ticks``), then real-time updates.

    ``await chart.history_loaded()`` waits for the end-of-history marker. ``updates`` streams the
    bars (new or updated in place) and ticks that arrive after it, with gap markers. ``close()``
    cancels the chart on the server."""

    def __init__(
        self,
        symbol: str | int,
        description: ChartDescription,
        time_range: TimeRange,
        cancel: Callable[[Chart], Awaitable[None]],
        *,
        maxsize: int = 10_000,
    ) -> None:
        self._cancel = cancel
        self.symbol = symbol
        self.description = description
        self.time_range = time_range
        self.state = ChartState(-1, -1, description)
        self.updates: Stream[Bar | Tick] = Stream(policy="queue", maxsize=maxsize, on_close=self._closed)
        self._eoh = asyncio.Event()
        self.closed = False

    @property
    def ids(self) -> tuple[int, int]:
        """(historicalId, realtimeId) of the current server chart."""
        return self.state.ids

    @property
    def bars(self) -> list[Bar]:
        return self.state.bars

    @property
    def ticks(self) -> list[Tick]:
        return list(self.state.ticks)

    @property
    def end_of_history(self) -> bool:
        return self.state.end_of_history

    async def history_loaded(self, timeout: float | None = None) -> None:
        try:
            await asyncio.wait_for(self._eoh.wait(), timeout)
        except TimeoutError:
            raise errors.DeadlineExceeded("md/getChart", "no end of history in time") from None

    def plot(self, path: str | None = None, **options: Any) -> Any:
        """The bars as candles in a matplotlib ``Figure`` (written as a PNG to ``path`` when
        given): :func:`tradovate.marketdata.plot.plot`; needs the ``plot`` extra."""
        from .plot import plot  # noqa: PLC0415 - matplotlib loads only when a picture is asked for

        return plot(self.bars, path, **options)

    def to_frame(self, backend: str = "pandas") -> Any:
        """The bars as a DataFrame (pandas or polars, imported on first use)."""
        return bars_to_frame(self.state.bars, backend)

    def _feed(self, packet: Any) -> None:
        changed = self.state.feed(packet)
        if self._eoh.is_set():
            for item in changed:
                self.updates.put(item)
        if packet.eoh:
            self._eoh.set()

    async def close(self) -> None:
        await self.updates.close()

    async def _closed(self, _stream: Stream[Any]) -> None:
        if not self.closed:
            self.closed = True
            await self._cancel(self)
