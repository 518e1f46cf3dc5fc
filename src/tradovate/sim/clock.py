"""The simulator's clock: every timestamp it writes comes from here.

Two modes:

- *virtual* (a start time is given): time moves only when the simulator says so — by
  :meth:`Clock.advance` (the market's steps) and by one microsecond per entity written
  (:meth:`Clock.stamp`). The same seed and scenario therefore give the same timestamps, byte for
  byte.
- *wall* (no start time): the current UTC time, kept strictly increasing.

Timestamps are written with milliseconds, as Tradovate writes them, so the entities of one
command usually share one.
"""

from __future__ import annotations

import datetime
from typing import Final

__all__ = ["Clock", "iso"]

_TICK: Final = datetime.timedelta(microseconds=1)


def iso(value: datetime.datetime) -> str:
    """``2026-11-23T14:05:09.120Z``: UTC, always with milliseconds (as Tradovate writes them)."""
    value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


class Clock:
    """Simulated time (see the module doc)."""

    def __init__(self, start: datetime.datetime | None = None) -> None:
        self.virtual = start is not None
        self._now = (start or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)

    def now(self) -> datetime.datetime:
        if not self.virtual:
            wall = datetime.datetime.now(datetime.UTC)
            if wall > self._now:
                self._now = wall
        return self._now

    def stamp(self) -> str:
        """The time of one entity written (strictly after the previous one, to the microsecond)."""
        if self.virtual:
            self._now += _TICK
        else:
            self._now = max(self.now(), self._now + _TICK)
        return iso(self._now)

    def advance(self, seconds: float) -> None:
        """Let simulated time pass (virtual mode; wall time passes by itself)."""
        if self.virtual:
            self._now += datetime.timedelta(seconds=seconds)

    def trade_date(self) -> dict[str, int]:
        """The ``TradeDate`` of now: the CME session date (it rolls at 17:00 US Central, ~23:00 UTC)."""
        day = (self.now() + datetime.timedelta(hours=1)).date()
        return {"year": day.year, "month": day.month, "day": day.day}
