"""JSON text and values: one decoding behaviour whatever library parses, depth limits, copies.

Part of the codec (see :mod:`._codec`): the parsers (msgspec, orjson or the standard library,
held to the same rules), the exceptions the typed path raises for the tolerant path to take a
document, the deep copy of JSON values, and the JSON spelling of a date-time.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from . import errors

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - exercised by the vendoring test
    _msgspec = None  # type: ignore[assignment]


class _NeverRaised(Exception):
    pass


class _WireRefused(Exception):
    """Raised by the typed path's checks (a date-time without a timezone, a free-form value too
    deep): the tolerant path must take this document."""


# What the typed path may raise for input the tolerant path must look at (drift, bad JSON).
# msgspec raises UnicodeDecodeError for invalid UTF-8 in bytes, UnicodeEncodeError for a str
# (or a dict given to from_dict) holding a lone surrogate: the tolerant path keeps such text
# (from_dict) or refuses it with DecodeError (JSON text).
TYPED_REFUSALS: tuple[type[Exception], ...] = (
    (_msgspec.ValidationError, _msgspec.DecodeError, RecursionError, UnicodeError, _WireRefused)
    if _msgspec is not None
    else (_NeverRaised,)
)
_MAX_DEPTH: Final = 256  # deeper JSON is refused: no Tradovate message comes close
# The typed path sees a free-form value (or an open object) without knowing how deep in the
# document it sits; it leaves anything nested deeper than this to the tolerant path, which
# measures the whole document, so the limit means the same whichever path (and library) decodes.
_TYPED_DEPTH: Final = _MAX_DEPTH - 32
_CHECK_EVERY: Final = 255  # the tolerant path's list loops ask whether the call's deadline passed


# One decoding behaviour whatever library parses (msgspec, orjson or the standard library): the
# same bytes give the same value or the same DecodeError.
# - JSON text is UTF-8: a str is encoded first (a lone surrogate in it is refused), bytes that are
#   not UTF-8 are refused (the standard library would also take UTF-16/32 and CESU surrogates);
# - non-finite numbers are refused: NaN, Infinity (not JSON) and numbers beyond the float range
#   (1e400), which the standard library would turn into nan/inf (msgspec and orjson refuse);
# - lone surrogates (``"\\ud800"``) are refused, as msgspec and orjson do (the standard library
#   keeps them, and such text could never be sent back);
# - integers are kept exactly, beyond int64 too (up to Python's 4300 digits, past which every
#   parser refuses): orjson turns integers past 64 bits into floats (or refuses them), so a
#   document with a run of 19 or more digits is parsed by the standard library instead.
_DIGITS_RUN: Final = re.compile(rb"[0-9]{19,}")
_DIGITS_RUN_TEXT: Final = re.compile(r"[0-9]{19,}")
_SURROGATE_ESCAPE: Final = re.compile(r"\\u[dD][89a-fA-F]")


def _not_finite(text: str) -> Any:
    raise ValueError(f"{text} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value - value != 0.0:  # inf (1e400): beyond the range of a float
        raise ValueError("number out of range")
    return value


def _no_lone_surrogate(data: Any) -> None:
    """Raise ValueError if a string (value or key) of a parsed document holds a lone surrogate."""
    stack = [data]
    while stack:
        value = stack.pop()
        if value.__class__ is str:
            value.encode("utf-8")  # UnicodeEncodeError (a ValueError) for a lone surrogate
        elif value.__class__ is dict:
            for key in value:
                key.encode("utf-8")
            stack.extend(value.values())
        elif value.__class__ is list:
            stack.extend(value)


def _stdlib_loads(raw: bytes | str) -> Any:
    """The standard library's parser held to the rules above."""
    if raw.__class__ is str:
        text: str = raw
        if not text.isascii():
            text.encode("utf-8")  # a lone surrogate in the text itself
    else:
        text = raw.decode("utf-8")  # type: ignore[union-attr]
    data = json.loads(text, parse_constant=_not_finite, parse_float=_finite)
    if "\\u" in text and _SURROGATE_ESCAPE.search(text) is not None:
        _no_lone_surrogate(data)
    return data


def _untyped_loads() -> Callable[[bytes | str], Any]:
    """The parser of JSON text (bytes or str) without a schema."""
    if _msgspec is not None:
        decoder: Callable[[bytes | str], Any] = _msgspec.json.Decoder().decode
        return decoder  # refuses non-finite numbers and lone surrogates, keeps big integers
    try:  # type: ignore[unreachable,unused-ignore]
        import orjson  # noqa: PLC0415 - optional
    except ImportError:
        return _stdlib_loads
    fast = orjson.loads

    def with_orjson(raw: bytes | str) -> Any:
        digits = _DIGITS_RUN_TEXT if raw.__class__ is str else _DIGITS_RUN
        if digits.search(raw) is not None:
            return _stdlib_loads(raw)  # maybe an integer past 64 bits: orjson would make it a float
        return fast(raw)

    return with_orjson


_loads: Final = _untyped_loads()


def json_bytes(raw: Any) -> bytes:
    """JSON text as bytes (str encoded to UTF-8; a lone surrogate in it is a ValueError)."""
    if raw.__class__ is bytes:
        return raw
    if isinstance(raw, str):
        return raw.encode("utf-8")
    if isinstance(raw, bytes | bytearray | memoryview):
        return bytes(raw)
    raise TypeError(f"JSON text must be bytes or str, not {type(raw).__name__}")


def loads(raw: Any, what: str) -> Any:
    """Parse JSON text (bytes or str); any failure is :class:`~.errors.DecodeError` (the same
    whichever JSON library is installed: see the rules above)."""
    text: bytes | None = None
    try:
        text = json_bytes(raw)
        data = _loads(text)
    except Exception:  # every parser has its own error types (and RecursionError)
        # Parsers give up on deep nesting at different depths (orjson at 1024, msgspec and the
        # standard library by version): a document nested past our limit says so, whichever failed.
        if text is not None and _text_depth_over(text, _MAX_DEPTH):
            raise errors.DecodeError(f"{what}: JSON nested deeper than {_MAX_DEPTH} levels") from None
        raise errors.DecodeError(f"{what}: not valid JSON (UTF-8)") from None
    if _depth_over(data, _MAX_DEPTH):
        raise errors.DecodeError(f"{what}: JSON nested deeper than {_MAX_DEPTH} levels")
    return data


_STRING: Final = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET: Final = re.compile(rb"[\[\]{}]")


def _text_depth_over(text: bytes, limit: int) -> bool:
    """Whether JSON text (valid or not) opens more than ``limit`` nested arrays/objects, strings
    skipped (only on the error path: a parser refused the text)."""
    depth = 0
    for bracket in _BRACKET.findall(_STRING.sub(b"", text)):
        if bracket in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _depth_over(value: Any, limit: int) -> bool:
    """Whether a parsed JSON value nests deeper than ``limit`` (iterative: no recursion)."""
    if value.__class__ is not dict and value.__class__ is not list:
        return False
    level: list[Any] = [value]
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        # one comprehension per level: no function call per container (a list of 300,000
        # small objects is walked in a few tens of milliseconds)
        level = [
            v
            for c in level
            for v in (c.values() if c.__class__ is dict else c)
            if v.__class__ is dict or v.__class__ is list
        ]
    return False


def _free_json(value: Any) -> Any:
    """A free-form value the typed path checked (``Any``): its depth is checked here, as the
    tolerant path checks the whole document's (deeper sends the object to that path)."""
    if (value.__class__ is dict or value.__class__ is list) and _depth_over(value, _TYPED_DEPTH):
        raise _WireRefused
    return value


def dumps(value: Any) -> bytes:
    """Compact JSON bytes of a validated JSON value; the standard library only, so the bytes on
    the wire never depend on which optional library is installed."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any, depth: int = 0) -> Any:
    """A deep copy of a JSON value (mappings become dicts, tuples lists); refuses deep nesting."""
    if depth > _MAX_DEPTH:
        raise errors.DecodeError(f"JSON nested deeper than {_MAX_DEPTH} levels")
    if isinstance(value, Mapping):
        return {k: v if v.__class__ in _SCALARS else copy_json(v, depth + 1) for k, v in value.items()}
    if value.__class__ is list or value.__class__ is tuple:
        return [v if v.__class__ in _SCALARS else copy_json(v, depth + 1) for v in value]
    return value


_JSON_TYPES: Final = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string"}
_JSON_TYPES.update({list: "array", dict: "object"})


def json_type(value: object) -> str:
    """The JSON type name of a decoded value, for messages (never the value itself)."""
    return _JSON_TYPES.get(value.__class__) or type(value).__name__


class SentDateTime(datetime.datetime):
    """A date-time decoded from the server's text, which it keeps: a model writes it back as sent
    (``2026-12-18T14:29Z``, ``...09.5+00:00``, nanoseconds), whichever JSON library decoded it and
    after pickle, copy or deepcopy. It is a ``datetime.datetime`` in everything else (equal, same
    hash); arithmetic and ``replace()`` give one without the text, written in the canonical form.
    Requests always write the canonical form (:func:`datetime_json`)."""

    __slots__ = ("_text",)
    _text: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        try:
            return (sent_datetime, (self._text,))
        except AttributeError:  # made by arithmetic or replace(): no text of its own
            return datetime.datetime.__reduce_ex__(self, protocol)

    def __repr__(self) -> str:
        return "datetime." + datetime.datetime.__repr__(self).replace("SentDateTime", "datetime", 1)


_sent_fromiso: Final = SentDateTime.fromisoformat
_fromiso: Final = datetime.datetime.fromisoformat
_SET_TEXT: Final = SentDateTime.__dict__["_text"].__set__
_GET_TEXT: Final = SentDateTime.__dict__["_text"].__get__


def sent_datetime(text: str) -> datetime.datetime:
    """The date-time of the server's ``text``, keeping it (ValueError: not ISO 8601). The usual
    spelling (``2026-11-20T14:30:58.485Z``) is the one :func:`datetime_json` writes: a plain
    datetime, five times cheaper to make, writes it back the same."""
    if len(text) == 24 and text[23] == "Z" and text[19] == "." and text[10] == "T" and text[7] == "-":
        plain = _fromiso(text)
        if plain.microsecond:  # not ".000Z", which datetime_json writes without a fraction
            return plain
    value = _sent_fromiso(text)
    _SET_TEXT(value, text)
    return value


def written_datetime(value: datetime.datetime) -> str:
    """The JSON text a model writes for a date-time: as the server sent it if it came from the
    server (:class:`SentDateTime`), else :func:`datetime_json`."""
    if value.__class__ is SentDateTime:
        try:
            return _GET_TEXT(value)  # type: ignore[no-any-return]
        except AttributeError:
            pass
    return datetime_json(value)


def datetime_json(value: datetime.datetime) -> str:
    """``2026-11-20T14:30:58.485Z``: UTC, milliseconds (or microseconds) only when present."""
    if value.tzinfo is not _UTC:
        try:
            value = value.astimezone(_UTC)
        except (OverflowError, ValueError):  # within a day of year 1 or 9999: keep its own offset
            return value.isoformat()
    # Formatting a datetime with a timezone is slow; stamps cluster in time, so the text up to
    # the minute is remembered (a few thousand minutes) and seconds and milliseconds come from
    # tables: four times cheaper than isoformat.
    minute = value.toordinal() * 1440 + value.hour * 60 + value.minute
    prefix = _minute_texts.get(minute)
    if prefix is None:
        if len(_minute_texts) >= 4096:
            _minute_texts.clear()
        prefix = _minute_texts[minute] = value.isoformat("T", "minutes")[:-6] + ":"
    micro = value.microsecond
    if micro % 1000:
        return f"{prefix}{_SECONDS[value.second]}.{micro:06d}Z"
    return prefix + _SECONDS[value.second] + (_MILLIS[micro // 1000] if micro else "Z")


_UTC: Final = datetime.UTC
_minute_texts: dict[int, str] = {}
_SECONDS: Final = [f"{i:02d}" for i in range(61)]
_MILLIS: Final = [f".{i:03d}Z" for i in range(1000)]
