"""Subscriptions: a consumer's stream of one kind (:class:`Subscription`) and the server
subscription that consumers of a contract share (:class:`ServerSubscription`)."""

from __future__ import annotations

import asyncio
from typing import Any, Final, Generic, Literal, TypeVar

from ..streams import Stream

__all__ = ["REALTIME_MODES", "Kind", "ServerSubscription", "Subscription", "Symbol"]

Kind = Literal["quote", "dom", "histogram"]
Symbol = str | int
T = TypeVar("T")

# UNCONFIRMED: the reply's ``mode`` values are not documented; these count as real time.
REALTIME_MODES: Final = frozenset({"RealTime", "Realtime", "realtime", "Live"})


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
    changed, ``entries`` accumulates every entry seen (a dict update per quote: the merged
    quote is only built when a consumer joins, by :meth:`state`)."""

    __slots__ = ("consumers", "contract_id", "entries", "kind", "last", "lock", "mode", "symbol")

    def __init__(self, kind: str, contract_id: int, symbol: Symbol) -> None:
        self.kind = kind
        self.contract_id = contract_id
        self.symbol = symbol
        self.consumers: list[Stream[Any]] = []
        self.last: Any = None
        self.entries: dict[str, Any] = {}
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
