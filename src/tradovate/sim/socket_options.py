"""The options of the simulator's sockets (a scenario's ``"sockets"`` object) and the small
encoding rules that follow from them, shared by the user socket (:mod:`.ws`) and the md/replay
sockets (:mod:`.md_socket`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Final, NamedTuple

__all__ = ["BATCH", "Paced", "SocketOptions", "encode_404", "not_found"]

BATCH: Final = 1000  # messages per a[...] frame at most (the fast setting)


@dataclass
class SocketOptions:
    """How the simulator's sockets behave (a scenario's ``"sockets"`` object).

    Timing: the defaults are the *fast* setting of the embedded simulator (``Simulator()``, the
    test suite, ``make demo``): up to 1,000 messages per frame, no gaps. ``Simulator(realistic=True)``
    and ``tradovate sim`` (unless ``--fast``) use :data:`.pacing.REALISTIC`: ``batch=1``, ``pacing``
    gaps of a few milliseconds and the engine's insert/modify/cancel latency. Why two settings:
    the realistic trail costs a client that waits for it a few milliseconds per order (see the
    README's figures), which a suite placing thousands of orders need not pay, while a bot tested
    against the standalone simulator must see the trail as Tradovate sends it.
    """

    heartbeat_interval: float = 2.5
    # both sockets (user, md/replay): closed without a close frame after this long without a frame
    # from the client, or without authorizing (liveness.py)
    client_timeout: float = 15.0
    authorize_timeout: float = 30.0
    second_sync: str = "reject"  # or "replace"
    latency: dict[str, float] = field(default_factory=dict)  # endpoint -> seconds before executing
    # With splitResponses, the snapshot in this many answers with the request's id (1: whole). The
    # real split format is not documented; this one is what our client assembles.
    split_snapshot: int = 1
    # Messages per a[...] frame at most; 1: each props event in its own frame, as the real server sends.
    batch: int = BATCH
    # Gaps between the phases of the trail (pacing.py): {"ack", "fill", "position", "cash"} -> seconds;
    # empty: none. Each gap up to ``pacing_jitter`` longer (seeded by the simulator's seed).
    pacing: dict[str, float] = field(default_factory=dict)
    pacing_jitter: float = 0.0
    # A user/syncrequest without entityTypes: "classic" — the forms deployed clients send,
    # {"users": [id]} and {"accounts": [id]}, get every entity type (older docs, official examples,
    # the published npm client); any other body without entityTypes gets nothing but users and
    # contractGroups. "empty" — the newest page to the letter: no entityTypes, no entities, whatever
    # the form. (README: "entityTypes omitted".)
    sync_without_types: str = "classic"
    # ``s:404 "Not found: ..."`` with d double-encoded, as the newest capture shows (False: plain)
    double_encode_404: bool = True
    # A frame that is not a request (user socket), a request missing a field (md socket): "bye" —
    # answered 400 when it has an id, then closed 1000 "Bye", as the real server does; "ignore".
    on_violation: str = "bye"

    def __post_init__(self) -> None:
        if self.sync_without_types not in ("classic", "empty"):
            raise ValueError("sockets.sync_without_types: 'classic' or 'empty'")
        if self.on_violation not in ("bye", "ignore"):
            raise ValueError("sockets.on_violation: 'bye' or 'ignore'")
        if not (isinstance(self.batch, int) and self.batch >= 1):
            raise ValueError("sockets.batch: an integer >= 1")


class Paced(NamedTuple):
    """A props event queued on a paced socket: sent in its own frame after its phase's gap."""

    phase: int
    data: bytes


def not_found(endpoint: str, double: bool) -> str:
    """The ``d`` of a socket's ``s:404`` for an unknown endpoint (``double``: double-encoded)."""
    text = f"Not found: {endpoint}"
    return json.dumps(text) if double else text


def encode_404(status: int, data: Any, double: bool) -> Any:
    """``d`` as a socket sends it: a 404's text double-encoded (a JSON string holding a JSON
    string) when ``double`` (``SocketOptions.double_encode_404``), anything else as it is."""
    if status == 404 and double and isinstance(data, str):
        return json.dumps(data)
    return data
