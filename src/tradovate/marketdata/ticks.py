"""Tick charts: the compact tick packets → absolute, exact ticks.

A tick packet (``md/getChart`` with ``underlyingType: "Tick"``) carries bases and per-tick
offsets::

    {"id": 16335, "s": "db", "td": 20190718, "bp": 11917, "bt": 1563421179735, "ts": 0.25,
     "tks": [{"t": 0, "p": 0, "s": 3, "b": -1, "a": 0, "bs": 122, "as": 28, "id": 11768401}]}

- time (epoch ms) = ``bt + t``; price = ``(bp + p) * ts``; volume = ``s``;
- bid = ``(bp + b) * ts`` with size ``bs``, ask = ``(bp + a) * ts`` with size ``as`` — only
  when the packet has ``b`` / ``a`` (otherwise ``None``);
- the tick id is ``id``.

Prices are ``decimal.Decimal`` and exact: ``ts`` is read from the JSON text as a Decimal (never
through a float) and multiplied by the integer ``bp + p``, so 11917 * 0.25 is exactly
``Decimal("2979.25")``. Integer tick counts are kept too (``price_ticks`` ...), for arithmetic
in ticks.

Ticks may arrive out of order and a tick may be sent again in a later packet (history and
real time overlap): :class:`TickDecoder` (one per chart subscription) returns each packet's
new ticks sorted by id and drops ids it has already returned.
"""

from __future__ import annotations

import datetime
from decimal import Context, Decimal
from typing import NamedTuple

from .types import ChartPacket

__all__ = ["Tick", "TickDecoder", "decode_ticks"]

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
# Our own context: the caller's (thread-wide) decimal context may round; prices never may.
_EXACT = Context(prec=100)


class Tick(NamedTuple):
    """One trade of a tick chart, in absolute terms (see the module doc)."""

    id: int
    timestamp_ms: int
    price: Decimal
    size: int | float | None
    bid: Decimal | None
    ask: Decimal | None
    bid_size: int | float | None
    ask_size: int | float | None
    price_ticks: int
    tick_size: Decimal

    @property
    def time(self) -> datetime.datetime:
        """The tick's time as an aware UTC datetime (millisecond precision)."""
        return _EPOCH + datetime.timedelta(milliseconds=self.timestamp_ms)


def decode_ticks(packet: ChartPacket) -> list[Tick]:
    """Every tick of one packet, in packet order (no state; see :class:`TickDecoder`).

    A packet without ``tks`` has no ticks. A tick packet lacking ``bp``, ``bt`` or ``ts``
    cannot be decoded exactly and gives no ticks either; it stays available on the packet
    itself (nothing is dropped silently: :attr:`TickDecoder.undecodable` counts them)."""
    tks = packet.tks
    bp, bt, ts = packet.bp, packet.bt, packet.ts
    if not tks or bp is None or bt is None or ts is None:
        return []
    mul = _EXACT.multiply
    prices: dict[int, Decimal] = {}
    out: list[Tick] = []
    append = out.append
    new = tuple.__new__
    for tk in tks:
        p = bp + tk.p
        price = prices.get(p)
        if price is None:
            price = prices[p] = mul(p, ts)
        b, a = tk.b, tk.a
        if b is not None:
            b += bp
            bid = prices.get(b)
            if bid is None:
                bid = prices[b] = mul(b, ts)
        else:
            bid = None
        if a is not None:
            a += bp
            ask = prices.get(a)
            if ask is None:
                ask = prices[a] = mul(a, ts)
        else:
            ask = None
        append(new(Tick, (tk.id, bt + tk.t, price, tk.s, bid, ask, tk.bs, tk.as_, p, ts)))
    return out


class TickDecoder:
    """Per-subscription state: new ticks of each packet sorted by id, repeats dropped.

    The ids already returned are remembered up to ``memory`` ids; beyond that the oldest half
    is forgotten and any id at or below the forgotten range counts as already seen (a tick
    that old arriving again is a repeat of history, not news)."""

    __slots__ = ("_floor", "_memory", "_newest", "_seen", "undecodable")

    def __init__(self, memory: int = 1_000_000) -> None:
        self._seen: set[int] = set()
        self._floor = -(1 << 63)
        self._newest = -(1 << 63)  # the highest id returned so far
        self._memory = max(2, memory)
        #: tick packets that lacked a base or the tick size (kept on the packet, no ticks made)
        self.undecodable = 0

    def feed(self, packet: ChartPacket) -> list[Tick]:
        """The packet's ticks not seen before, ordered by id."""
        if packet.tks and (packet.bp is None or packet.bt is None or packet.ts is None):
            self.undecodable += 1
            return []
        ticks = decode_ticks(packet)
        if not ticks:
            return ticks
        seen, floor = self._seen, self._floor
        ids = [tick.id for tick in ticks]
        if ids[0] > self._newest and ids == sorted(set(ids)):
            # the usual real-time case: ascending, distinct and all newer than anything seen
            seen.update(ids)
            self._newest = ids[-1]
            self._trim()
            return ticks
        fresh: list[Tick] = []
        for tick in ticks:
            tid = tick.id
            if tid > floor and tid not in seen:
                seen.add(tid)
                fresh.append(tick)
        fresh.sort(key=_tick_id)
        if fresh and fresh[-1].id > self._newest:
            self._newest = fresh[-1].id
        self._trim()
        return fresh

    def _trim(self) -> None:
        seen = self._seen
        if len(seen) > self._memory:
            ordered = sorted(seen)
            cut = len(ordered) // 2
            self._floor = ordered[cut - 1]
            self._seen = set(ordered[cut:])

    def reset(self) -> None:
        """Forget every id (a new subscription)."""
        self._seen = set()
        self._floor = -(1 << 63)
        self._newest = -(1 << 63)


def _tick_id(tick: Tick) -> int:
    return tick.id
