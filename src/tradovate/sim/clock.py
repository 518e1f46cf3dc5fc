"""The simulator's clock: every timestamp it writes comes from here.

Two modes:

- *virtual* (a start time is given): time moves only when the simulator says so — by
  :meth:`Clock.advance` (the market's steps), :meth:`Clock.set` (a recorded feed's next record, a
  test jumping to Sunday evening) and by one microsecond per entity written (:meth:`Clock.stamp`).
  The same seed and scenario therefore give the same timestamps, byte for byte, and a test can
  drive a week of sessions in a few hundred steps.
- *wall* (no start time): the current UTC time, kept strictly increasing.

Timestamps are written with milliseconds, as Tradovate writes them, so the entities of one
command usually share one.

The trade date (:meth:`Clock.trade_date`) is CME's: it rolls at 17:00 US Central time, daylight
saving included (22:00 UTC in summer, 23:00 UTC in winter), and a Friday evening, a Saturday or a
Sunday belong to the Monday. Exchange holidays do not move it (the evening before a holiday is
dated the holiday); the trading calendar (:mod:`.calendar`) says when the market is open.
"""

from __future__ import annotations

import datetime
import zoneinfo
from typing import Any, Final

__all__ = ["CENTRAL", "Clock", "iso", "parse_clock", "trade_date"]

_TICK: Final = datetime.timedelta(microseconds=1)
_MS: Final = datetime.timedelta(milliseconds=1)
_HOUR: Final = datetime.timedelta(hours=1)

#: US Central time, the CME's clock (sessions, halts and the trade date follow it).
CENTRAL: Final = zoneinfo.ZoneInfo("America/Chicago")
_ROLL_HOUR: Final = 17


_EPOCH: Final = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def iso(value: datetime.datetime) -> str:
    """``2026-11-23T14:05:09.120Z``: UTC, always with milliseconds (as Tradovate writes them)."""
    value = value.astimezone(datetime.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def trade_date(when: datetime.datetime) -> datetime.date:
    """The CME trade date of an instant: the Central-time date, the next one from 17:00 CT on,
    Saturday and Sunday moved to Monday."""
    local = when.astimezone(CENTRAL)
    day = local.date()
    if local.hour >= _ROLL_HOUR:
        day += datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def parse_clock(text: str) -> datetime.datetime | None:
    """A clock given as text (``--clock``, a scenario's ``clock.start``): ``"wall"`` is ``None``
    (the wall clock), else an ISO 8601 time (``Z`` or an offset; none means UTC)."""
    if text.strip().lower() == "wall":
        return None
    value = datetime.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


def parse_time(text: Any) -> datetime.datetime | None:
    """A time a client sent (ISO 8601; none given means UTC), or ``None`` if it is not one."""
    if not isinstance(text, str):
        return None
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)


class Clock:
    """Simulated time (see the module doc)."""

    def __init__(self, start: datetime.datetime | None = None) -> None:
        self.virtual = start is not None
        self._now = (start or datetime.datetime.now(datetime.UTC)).astimezone(datetime.UTC)
        # The last stamp's text, good for its millisecond, and the last trade date, good for its
        # hour (the trade date rolls on the hour, DST included): most writes repeat them.
        self._stamp_span = (_EPOCH, _EPOCH, "")
        self._date_span: tuple[datetime.datetime, datetime.datetime, dict[str, int]] = (_EPOCH, _EPOCH, {})

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
        now = self._now
        start, end, text = self._stamp_span
        if start <= now < end:
            return text
        start = now - datetime.timedelta(microseconds=now.microsecond % 1000)
        text = iso(now)
        self._stamp_span = (start, start + _MS, text)
        return text

    def advance(self, seconds: float) -> None:
        """Let simulated time pass (virtual mode; wall time passes by itself)."""
        if self.virtual:
            self._now += datetime.timedelta(seconds=seconds)

    def set(self, when: datetime.datetime) -> None:
        """Move virtual time forward to ``when`` (never back: earlier times are ignored, so
        timestamps stay increasing; the wall clock ignores it too)."""
        if self.virtual:
            self._now = max(self._now, when.astimezone(datetime.UTC))

    def trade_date(self) -> dict[str, int]:
        """The ``TradeDate`` of now: the CME trade date (rolls at 17:00 US Central, DST included)."""
        now = self.now()
        start, end, cached = self._date_span
        if not start <= now < end:
            day = trade_date(now)
            start = now.replace(minute=0, second=0, microsecond=0)
            cached = {"year": day.year, "month": day.month, "day": day.day}
            self._date_span = (start, start + _HOUR, cached)
        return dict(cached)
