"""The simulator's market replay: ``replay/*`` requests and the replay clock (no I/O).

- ``replay/checkreplaysession {startTimestamp}``: ``OK``; ``StartTimestampAdjusted`` with the
  earliest replayable time when asked for an earlier one; ``Ineligible`` for a start in the future.
- ``replay/initializeclock {startTimestamp, speed, initialBalance}``: speed 0-400 (percent of real
  time), else ``errorText``; starts (or restarts) the user's session; ``{"ok": true}``.
- ``replay/changespeed {speed}``: the same bounds; needs an initialized clock.
- :meth:`ReplaySession.clock_event` is the ``clock`` event to push now: ``d`` is a JSON *string*
  ``{"t": replay time, "s": speed}``; replay time advances by ``elapsed x speed / 100``.

Time comes from the caller (``now``, seconds on any monotonic clock).
"""

from __future__ import annotations

import datetime
import json
from typing import Any, Final

from .clock import iso, parse_time

__all__ = ["ReplaySession", "EARLIEST"]

#: The earliest replayable time of the simulator (an earlier start is adjusted to it).
EARLIEST: Final = datetime.datetime(2018, 1, 2, 0, 0, tzinfo=datetime.UTC)

ENDPOINTS: Final = ("replay/checkreplaysession", "replay/initializeclock", "replay/changespeed")


class ReplaySession:
    """One user's replay session (shared by that user's replay connections)."""

    def __init__(self, *, earliest: datetime.datetime = EARLIEST, latest: datetime.datetime | None = None) -> None:
        self.earliest = earliest
        self.latest = latest
        self.initialized = False
        self.speed = 0
        self.initial_balance: float | None = None
        self._base_time = earliest
        self._base_now = 0.0

    def replay_time(self, now: float) -> datetime.datetime:
        elapsed = max(0.0, now - self._base_now)
        return self._base_time + datetime.timedelta(seconds=elapsed * self.speed / 100)

    def _rebase(self, now: float) -> None:
        self._base_time = self.replay_time(now)
        self._base_now = now

    def request(self, endpoint: str, body: Any, now: float) -> tuple[int, Any]:
        """``(status, d)`` of one ``replay/*`` request."""
        name = endpoint.lower()
        if not isinstance(body, dict):
            return 400, "The request body must be a JSON object"
        latest = self.latest or datetime.datetime.now(datetime.UTC)
        if name == "replay/checkreplaysession":
            start = parse_time(body.get("startTimestamp"))
            if start is None:
                return 200, {"errorText": "startTimestamp is required"}
            if start > latest:
                return 200, {"checkStatus": "Ineligible"}
            if start < self.earliest:
                return 200, {"checkStatus": "StartTimestampAdjusted", "startTimestamp": iso(self.earliest)}
            return 200, {"checkStatus": "OK"}
        speed = body.get("speed")
        if isinstance(speed, bool) or not isinstance(speed, int) or not 0 <= speed <= 400:
            return 200, {"ok": False, "errorText": "speed must be an integer from 0 to 400"}
        if name == "replay/initializeclock":
            start = parse_time(body.get("startTimestamp"))
            if start is None:
                return 200, {"ok": False, "errorText": "startTimestamp is required"}
            self.initialized = True
            self.speed = speed
            self.initial_balance = body.get("initialBalance")
            self._base_time = max(start, self.earliest)
            self._base_now = now
            return 200, {"ok": True}
        if name == "replay/changespeed":
            if not self.initialized:
                return 200, {"ok": False, "errorText": "The replay clock is not initialized"}
            self._rebase(now)
            self.speed = speed
            return 200, {"ok": True}
        return 404, f"Not found: {endpoint}"

    def clock_event(self, now: float) -> dict[str, Any]:
        """The ``clock`` event of ``now`` (``d`` is JSON text, as the real server sends it)."""
        d = json.dumps({"t": iso(self.replay_time(now)), "s": self.speed}, separators=(",", ":"))
        return {"e": "clock", "d": d}
