"""Realistic timing of the order trail on the user socket (issue 15 item 1): one policy, no I/O.

The real server sends each ``props`` event in its own ``a[...]`` frame, milliseconds apart, in
the order answer → acknowledgement (order, command, orderVersion, commandReport, the
``executionReport`` of the acceptance) → fills (``executionReport`` of a trade, ``fill``,
``fillFee``, ``fillPair``) → position → cash (``cashBalance``, ``accountRiskStatus``,
``marginSnapshot``). The simulator's engine writes a whole step of the trail at once; the user
socket's writer asks :class:`Pacer` how long to wait before each item it sends, so a client sees
the trail spread out over time the way it would on Tradovate (and a cancel sent on seeing the
acknowledgement can arrive before the fill has reached the client).

The rule: each event has a phase (:func:`phase`); the wait before an event is the gap of its
phase when that phase is later than the last one sent since the last response or idle moment
(events of the same phase, or of an earlier one, such as the ``order`` update after a fill,
follow at once, each in its own frame). Gaps are seeded (``jitter``: each gap up to this fraction
longer), so one seed gives one sequence of gaps. The gaps are the user's choice: the real ones are
not documented (captures show a few milliseconds between the answer and the acknowledgement).

:data:`REALISTIC` is the one switch's setting (``Simulator(realistic=True)``, ``tradovate sim``
by default): one event per frame, these gaps, and the engine's insert/modify/cancel latency
(:class:`~.engine.Latency`), so races between a cancel and a fill happen as on the exchange.
"""

from __future__ import annotations

import random
from typing import Any, Final

__all__ = ["FAST", "PHASES", "REALISTIC", "Pacer", "phase"]

#: the phases in the order the trail goes through them (0: a response, or nothing yet)
PHASES: Final = ("answer", "ack", "fill", "position", "cash")

_PHASE_OF: Final[dict[str, int]] = {
    "order": 1,
    "command": 1,
    "orderVersion": 1,
    "commandReport": 1,
    "executionReport": 1,
    "orderStrategy": 1,
    "orderStrategyLink": 1,
    "fill": 2,
    "fillFee": 2,
    "fillPair": 2,
    "position": 3,
    "cashBalance": 4,
    "cashBalanceLog": 4,
    "accountRiskStatus": 4,
    "marginSnapshot": 4,
}

#: socket options (``sockets`` in a scenario) and engine latency of the realistic setting
REALISTIC: Final[dict[str, Any]] = {
    "sockets": {
        "batch": 1,
        "pacing": {"ack": 0.004, "fill": 0.002, "position": 0.001, "cash": 0.001},
        "pacing_jitter": 0.5,
    },
    "engine": {"latency": {"insert": 0.004, "modify": 0.004, "cancel": 0.004, "jitter": 0.5}},
}
#: the fast setting (the embedded default): frames batched, nothing waits
FAST: Final[dict[str, Any]] = {"sockets": {}, "engine": {}}


def phase(entity_type: str, entity: Any) -> int:
    """The trail phase of one event (1..4; 0 for an entity outside the trail)."""
    if entity_type == "executionReport" and isinstance(entity, dict) and entity.get("execType") == "Trade":
        return 2
    return _PHASE_OF.get(entity_type, 0)


class Pacer:
    """The waits of one socket (see the module doc). ``gaps``: phase name → seconds."""

    def __init__(self, gaps: dict[str, float], jitter: float = 0.0, seed: int = 0) -> None:
        unknown = set(gaps) - set(PHASES[1:])
        if unknown:
            raise ValueError(f"pacing: unknown phases {sorted(unknown)} (known: {list(PHASES[1:])})")
        if any(not (isinstance(v, int | float) and v >= 0) for v in gaps.values()) or not jitter >= 0:
            raise ValueError("pacing: gaps and jitter are seconds >= 0")
        self.gaps = [0.0, *(float(gaps.get(name, 0.0)) for name in PHASES[1:])]
        self.jitter = float(jitter)
        self.rng = random.Random(seed)
        self.current = 0

    @property
    def enabled(self) -> bool:
        return any(self.gaps)

    def reset(self) -> None:
        """A response was sent, or the socket went idle: the next trail starts afresh."""
        self.current = 0

    def wait(self, event_phase: int) -> float:
        """Seconds to wait before sending an event of ``event_phase``."""
        if event_phase <= self.current:
            return 0.0
        self.current = event_phase
        gap = self.gaps[event_phase]
        if gap > 0 and self.jitter > 0:
            gap *= 1 + self.jitter * self.rng.random()
        return gap
