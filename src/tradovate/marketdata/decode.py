"""Socket frames → typed market data, fast.

:func:`decode_frame` takes one server frame of the md or replay socket (``a[...]`` text or
bytes) and returns its messages in order:

- :class:`MarketData` for ``md`` and ``chart`` events (quotes, books, histograms, chart packets;
  several contracts batched in one event are all there, each item carries its contract id or
  chart id);
- :class:`.types.ReplayClock` for ``clock`` events (whose ``d`` is a JSON string);
- the parsed JSON object (a ``dict``) for everything else: responses, ``props``,
  ``shutdown``, unknown kinds.

``o``, ``h`` and ``c[...]`` frames return an empty list (the connection handles them).

Fast path: with msgspec, an ``a`` frame made only of ``md``/``chart``/``clock`` events with
known keys is parsed and checked against the value types in one C pass. Anything else takes
the tolerant path (stdlib ``json`` with exact decimals, then :mod:`._tolerant`), which keeps
unknown keys in ``extras`` and an item it cannot type as :class:`.types.Unrecognized`. Both
paths give equal results for the frames the fast path accepts. :func:`decode_quotes` is the
hot path's shortcut for the usual frame of a quote subscription (one ``md`` event of quotes
only): the same quotes, or ``None`` to send the frame to :func:`decode_frame`.

Text that may spell the wire key of our internal fields ``extras`` / ``unrecognized`` (see
:func:`._struct.wire_name`, :func:`may_spell_internal`) always takes the tolerant path: no
server key can fill those fields. The rules both paths share
(non-finite numbers, date-times, mappings typed item by item) are in :mod:`._tolerant`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from . import _struct
from ._struct import INTERNAL_MARK, wire_name
from ._tolerant import Refused, build, plain
from .types import ChartPacket, DomBook, DomLevel, Histogram, Quote, ReplayClock, Unrecognized

__all__ = [
    "QUOTES_HEAD",
    "QUOTES_TAIL",
    "MarketData",
    "Message",
    "decode_clock",
    "decode_frame",
    "decode_messages",
    "decode_quotes",
    "may_spell_internal",
]


class MarketData(_struct.Struct, frozen=True, gc=False, forbid_unknown_fields=True, rename=wire_name):
    """The ``d`` of an ``md`` or ``chart`` event. Usually one collection is filled.
    ``unrecognized`` holds the items the decoder could not type, whole."""

    quotes: tuple[Quote, ...] = ()
    doms: tuple[DomBook, ...] = ()
    histograms: tuple[Histogram, ...] = ()
    charts: tuple[ChartPacket, ...] = ()
    unrecognized: tuple[Unrecognized, ...] = ()


Message = MarketData | ReplayClock | dict[str, Any]

_KINDS: Final = {"quotes": Quote, "doms": DomBook, "histograms": Histogram, "charts": ChartPacket}


def _best_first(book: DomBook) -> DomBook:
    """``book`` with bids descending and offers ascending (unchanged if already so)."""
    bids, offers = book.bids, book.offers
    bid_prices = [level.price for level in bids]
    offer_prices = [level.price for level in offers]
    if bid_prices == sorted(bid_prices, reverse=True) and offer_prices == sorted(offer_prices):
        return book
    return DomBook(
        contract_id=book.contract_id,
        timestamp=book.timestamp,
        bids=tuple(sorted(bids, key=_price, reverse=True)),
        offers=tuple(sorted(offers, key=_price)),
        extras=book.extras,
    )


def _price(level: DomLevel) -> float:
    return level.price


def _ordered(data: MarketData) -> MarketData:
    if not data.doms:
        return data
    doms = tuple(_best_first(b) for b in data.doms)
    if all(a is b for a, b in zip(doms, data.doms, strict=True)):
        return data
    return MarketData(
        quotes=data.quotes, doms=doms, histograms=data.histograms, charts=data.charts, unrecognized=data.unrecognized
    )


# --- tolerant path -------------------------------------------------------------------------


def _tolerant_data(d: Any) -> MarketData | None:
    if not isinstance(d, dict):
        return None
    collections: dict[str, tuple[Any, ...]] = {}
    unrecognized: list[Unrecognized] = []
    for key, value in d.items():
        cls = _KINDS.get(key)
        if cls is None or not isinstance(value, list):
            return None
        items = []
        for item in value:
            try:
                items.append(build(cls, item))
            except Refused:
                unrecognized.append(Unrecognized(kind=key, raw=plain(item)))
        collections[key] = tuple(items)
    return _ordered(MarketData(**collections, unrecognized=tuple(unrecognized)))


def _tolerant_clock(d: Any) -> ReplayClock | None:
    try:
        clock: ReplayClock | None = (
            build(ReplayClock, json.loads(d, parse_float=Decimal)) if isinstance(d, str) else None
        )
        return clock
    except (Refused, ValueError):
        return None


def decode_messages(items: Any) -> list[Message]:
    """Already-parsed message objects (e.g. from ``json.loads(frame[1:])``) → messages.

    For exact tick sizes parse with ``parse_float=Decimal``; floats are accepted too."""
    return _messages(items, _exact)


def _messages(items: Any, exact: Callable[[Any], Any]) -> list[Message]:
    if not isinstance(items, list):
        items = [items]
    out: list[Message] = []
    for item in items:
        if isinstance(item, dict) and "i" not in item and "s" not in item:
            kind = item.get("e")
            if kind in ("md", "chart"):
                data = _tolerant_data(exact(item.get("d")))
                if data is not None:
                    out.append(data)
                    continue
            elif kind == "clock":
                clock = _tolerant_clock(item.get("d"))
                if clock is not None:
                    out.append(clock)
                    continue
        out.append(plain(item))
    return out


def _exact(value: Any) -> Any:
    """Floats parsed by someone else → Decimals of their shortest repr (what the text said)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: _exact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_exact(v) for v in value]
    return value


_EXACT: Final = json.JSONDecoder(parse_float=Decimal)  # one decoder, not one per frame


def _as_parsed(value: Any) -> Any:
    return value


def _tolerant_frame(body: str | bytes) -> list[Message]:
    try:
        text = body if isinstance(body, str) else body.decode(json.detect_encoding(body), "surrogatepass")
        items = _EXACT.decode(text)  # what json.loads does, without a decoder per call
    except ValueError:
        return [{"unparsed": body if isinstance(body, str) else body.decode("utf-8", "replace")}]
    return _messages(items, _as_parsed)  # parsed with exact decimals already: no second walk


def decode_clock(d: str | bytes) -> ReplayClock | None:
    """The string ``d`` of a ``clock`` event → :class:`.types.ReplayClock` (None if not one)."""
    if _clock_decoder is not None and not may_spell_internal(d):
        try:
            clock: ReplayClock = _clock_decoder.decode(d)
            return clock
        except _msgspec.DecodeError:
            pass
    return _tolerant_clock(d if isinstance(d, str) else d.decode("utf-8", "replace"))


# --- fast path -----------------------------------------------------------------------------

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - the fallback is tested in a subprocess without msgspec
    _msgspec = None  # type: ignore[assignment]


_frame_decoder: Any = None
_clock_decoder: Any = None
_quotes_array: Any = None  # the typed decode of a quotes array (bound once: no lookup per frame)
if _msgspec is not None:
    # One class per event kind, told apart by ``e`` (a tagged union: msgspec picks the class by
    # the tag in C, so no event needs a kind test in Python; an unknown kind refuses the frame).
    class _Data(_msgspec.Struct, frozen=True, gc=False, forbid_unknown_fields=True, tag_field="e", tag="md"):
        d: MarketData

    class _Chart(_Data, frozen=True, gc=False, forbid_unknown_fields=True, tag="chart"):
        pass

    class _Clock(_msgspec.Struct, frozen=True, gc=False, forbid_unknown_fields=True, tag_field="e", tag="clock"):
        d: str

    _frame_decoder = _msgspec.json.Decoder(list[_Data | _Chart | _Clock])
    _clock_decoder = _msgspec.json.Decoder(ReplayClock)

    # The hot shape, one md event holding quotes only: the envelope is matched as text (exactly,
    # at both ends) and only the quotes array between is parsed.
    _quotes_array = _msgspec.json.Decoder(tuple[Quote, ...]).decode

#: the text around the quotes array of the usual quote frame: ``a[{"e":"md","d":{"quotes":[...]}}]``
QUOTES_HEAD: Final = 'a[{"e":"md","d":{"quotes":'
QUOTES_TAIL: Final = "}}]"
_START: Final = len(QUOTES_HEAD)
_STOP: Final = -len(QUOTES_TAIL)
_MARK_BYTES: Final = INTERNAL_MARK.encode()
assert INTERNAL_MARK == "\uffff"  # spelled out where the hot path tests for it


def may_spell_internal(text: str | bytes) -> bool:
    """Whether JSON text may hold a key starting with :data:`._struct.INTERNAL_MARK`: the
    character itself, or a ``\\u`` escape (a backslash is rare in market data, and looking for
    one is a ``memchr``; an ASCII ``str`` cannot hold the mark at all)."""
    if type(text) is str:
        return ("\\" in text and "\\u" in text) or INTERNAL_MARK in text
    return (b"\\" in text and b"\\u" in text) or _MARK_BYTES in text


def decode_quotes(frame: str | bytes) -> tuple[Quote, ...] | None:
    """The quotes of a frame made of one ``md`` event holding only quotes, all typed by the fast
    path (the usual frame of a quote subscription), or ``None`` for any other frame: then
    :func:`decode_frame` it. Equal results; this is only a shorter way to the same values (no
    other collections to fill, no list of messages), taken by the client's hot path.

    The frame must be exactly ``a[{"e":"md","d":{"quotes":`` + an array + ``}}]``: the text
    around the array is compared, the array alone is parsed. An array that does not parse
    whole (text after its end, such as a second event or key) refuses the frame, so no frame is
    read differently from :func:`decode_frame`."""
    if (
        _quotes_array is None
        or type(frame) is not str  # the socket's text frames; bytes take decode_frame
        or not frame.startswith(QUOTES_HEAD)
        or not frame.endswith(QUOTES_TAIL)
        or ("\\" in frame and "\\u" in frame)  # may_spell_internal, inline: the hot path
        or "\uffff" in frame
    ):
        return None
    try:
        quotes: tuple[Quote, ...] = _quotes_array(frame[_START:_STOP])
    except _msgspec.DecodeError:
        return None
    return quotes


def decode_frame(frame: str | bytes) -> list[Message]:
    """One server frame → its messages (see the module doc)."""
    if not frame or frame[0] not in ("a", 97):
        return []
    body: str | bytes | memoryview = frame[1:] if isinstance(frame, str) else memoryview(frame)[1:]
    if _frame_decoder is not None and not (
        (("\\" in frame and "\\u" in frame) or "\uffff" in frame)  # may_spell_internal, inline
        if type(frame) is str
        else may_spell_internal(frame)
    ):
        try:
            events = _frame_decoder.decode(body)
        except _msgspec.DecodeError:
            pass
        else:
            if len(events) == 1:  # the usual frame: one event of market data without books
                d = events[0].d
                if type(d) is MarketData and not d.doms:
                    return [d]
            out: list[Message] = []
            for event in events:
                d = event.d
                if type(d) is MarketData:
                    out.append(_ordered(d) if d.doms else d)
                else:
                    clock = decode_clock(d)
                    out.append(clock if clock is not None else {"e": "clock", "d": d})
            return out
    if isinstance(body, memoryview):
        body = bytes(body)
    return _tolerant_frame(body)
