"""How generated models decode, encode, validate and print themselves.

Hand-written runtime of the package (the generator writes ``models/`` and ``_operations.py``). A generated model
module declares a frozen attrs class and one table of its fields::

    class _Slots(_codec.Model):
        __slots__ = ("id", "account_id", ...)

    @define(frozen=True, repr=False, weakref_slot=False)
    class Order(_Slots):
        id: int
        account_id: int
        ...

    _codec.fields(Order, F("id", "id", INT), F("account_id", "accountId", INT), ...)

Everything else is built here, from the table, the first time a model is used:

- the *typed path* (with msgspec installed): a msgspec Struct mirroring the model's JSON object
  exactly (declared keys only, strict JSON types, enum members; date-times as text, parsed by
  ``datetime.fromisoformat`` while building). JSON
  bytes are parsed and checked against it in one C pass; the attrs objects are then built from
  the checked values by a straight-line function without any per-field test;
- the *tolerant path*, taken for anything the typed path refuses (and always without msgspec):
  a straight-line function per model that keeps every value and reports every divergence from
  the spec to :mod:`.drift` (unknown field, unknown enum value, null, wrong type, missing key);
- ``to_dict`` (a fresh JSON object, shared with nothing): a model the typed path decoded and
  nothing changed writes back the JSON the server sent (its checked wire value, kept by
  reference, through msgspec's ``to_builtins``; a model of scalars keeps the object written
  the first time and hands out shallow copies). A changed copy (``attrs.evolve``) is written
  from its fields, the unchanged models inside it as they were sent;
- ``repr`` (secrets hidden), and the request encoder, which validates before anything is sent
  and writes every model from its fields (the same bytes whatever library is installed).

What each field kind does lives in one class below (:class:`Int` ... :class:`Any_`): its
msgspec type, its tolerant check and conversion, its JSON form and its request validation.
Models are immutable values: ``attrs.evolve(order, ...)`` makes a changed copy.
"""

from __future__ import annotations

import datetime
import enum
import functools
import itertools
import json
import math
import operator
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

import attrs

from . import _limits, drift, errors
from .types import UNSET

if TYPE_CHECKING:
    from typing import Self

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - exercised by the vendoring test
    _msgspec = None  # type: ignore[assignment]

T = TypeVar("T")
E = TypeVar("E", bound="OpenStrEnum")
M = TypeVar("M", bound="Model")

_new: Final = object.__new__
_fromiso: Final = datetime.datetime.fromisoformat
_fromdate: Final = datetime.date.fromisoformat

# ---------------------------------------------------------------------------------------------
# JSON text


class _NeverRaised(Exception):
    pass


class _WireRefused(Exception):
    """Raised while building from checked values: the tolerant path must take this object."""


_ValidationError: type[Exception] = _msgspec.ValidationError if _msgspec is not None else _NeverRaised
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


def json_form(value: Any) -> Any:
    """A new JSON value for anything a model attribute may hold (a model, an enum, a date-time,
    a value kept as sent); containers are copied, so nothing is shared with the model."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value._value_
    if isinstance(value, datetime.datetime):
        return datetime_json(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return copy_json(value)


_JSON_TYPES: Final = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string"}
_JSON_TYPES.update({list: "array", dict: "object"})


def json_type(value: object) -> str:
    """The JSON type name of a decoded value, for messages (never the value itself)."""
    return _JSON_TYPES.get(value.__class__) or type(value).__name__


# ---------------------------------------------------------------------------------------------
# Secrets: which keys are never printed

# A key is secret when one of its words is one of these (``apiKey`` -> api, key). Words, not
# substrings: ``errorCode`` and ``seconds`` are not secrets, ``mdAccessToken`` and ``p-ticket`` are.
_SECRET_WORDS: Final = frozenset(
    {"password", "passwd", "passphrase", "token", "secret", "sec", "jwt", "bearer", "cookie", "authorization"}
    | {"credential", "credentials", "ticket", "captcha", "refresh", "otp", "pin", "signature", "cid"}
)
_SECRET_PAIRS: Final = frozenset({("api", "key"), ("private", "key"), ("auth", "code"), ("access", "code")})
_SECRET_KEYS: Final = frozenset({"code", "apikey", "auth", "key", "sessionid", "session"})


def _words(key: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in key:
        if not ch.isalnum():
            if word:
                out.append(word)
            word = ""
        elif ch.isupper() and word and not word[-1].isupper():
            out.append(word)
            word = ch
        else:
            word += ch
    if word:
        out.append(word)
    return [w.lower() for w in out]


_MAX_KEY_WORDS: Final = 256  # a longer key is not a name: treated as secret, never split


@functools.lru_cache(maxsize=4096)
def is_secret_key(key: str) -> bool:
    """Whether a JSON key or header name names a credential (values never shown)."""
    if len(key) > _MAX_KEY_WORDS:
        return True
    words = _words(key)
    if "".join(words) in _SECRET_KEYS or _SECRET_WORDS.intersection(words):
        return True
    return any(pair in _SECRET_PAIRS for pair in itertools.pairwise(words))


def redact(value: Any, depth: int = 0) -> Any:
    """A copy of a JSON value for display: values under secret keys replaced, at any depth."""
    if depth > 64:
        return "..."
    if isinstance(value, Mapping):
        return {k: ("<redacted>" if is_secret_key(str(k)) else redact(v, depth + 1)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v, depth + 1) for v in value]
    return value


# ---------------------------------------------------------------------------------------------
# Field kinds: one class per kind of value a field can hold


class Kind:
    """What a kind of field value does. ``v`` in the source templates is a local variable."""

    expected: ClassVar[str]  # JSON Schema wording, for drift reports and request errors

    def wire(self) -> Any:
        """The msgspec type the typed path checks the JSON value against."""
        raise NotImplementedError

    def good(self) -> str:
        """Source of a test that ``v`` already has this kind's JSON type (tolerant path)."""
        raise NotImplementedError

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        """Source of an expression turning a good JSON value ``v`` into the attribute value
        (None: the value is kept as is). ``ctx`` is ``"Model", "key"`` for drift reports."""
        return None

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        """Source of an expression turning a checked wire value ``v`` into the attribute value
        (models inside it are made lazily: the document was checked as a whole)."""
        return None

    def needs_check(self) -> bool:
        """Whether a wire value of this kind needs a check msgspec cannot make (see ``check``)."""
        return False

    def check_lines(self, ns: dict[str, Any], expr: str, depth: int) -> list[str]:
        """Source lines checking the wire value ``expr`` beyond msgspec's type check (raise
        ``_WireRefused`` or ValueError: the tolerant path takes the document)."""
        return []

    def json_test(self, ns: dict[str, Any]) -> str:
        """Source of a test that an attribute value ``v`` is this kind's value (not ``UNSET``)."""
        return self.good()

    def json_value(self, ns: dict[str, Any]) -> str:
        """Source of the JSON form of a ``v`` that passed :meth:`json_test`."""
        return "v"

    def to_json(self, ns: dict[str, Any]) -> str:
        """Source of an expression turning an attribute value ``v`` into a new JSON value.

        ``v`` is whatever the attribute holds: usually this kind's value, but a value kept as
        sent (wrong type, null) or put there by ``attrs.evolve`` is possible too; those take
        :func:`json_form`, which copies containers."""
        return f"{self.json_value(ns)} if ({self.json_test(ns)}) else {_bind(ns, json_form)}(v)"

    def check(self, value: Any, path: str) -> Any:
        """Validate a request value; return its JSON form or raise InvalidRequest."""
        raise NotImplementedError

    def _refuse(self, value: Any, path: str) -> errors.InvalidRequest:
        return errors.InvalidRequest(f"expected {self.expected}, got {type(value).__name__}", path)


def _bind(ns: dict[str, Any], value: Any) -> str:
    """A name under which generated source can refer to ``value``."""
    for name, bound in ns.items():
        if bound is value and name.startswith("_b"):
            return name
    name = f"_b{len(ns)}"
    ns[name] = value
    return name


INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1


def check_int64(value: int, path: str) -> int:
    """An integer of a request, refused (InvalidRequest naming the field) outside int64: the
    server's integers are 64-bit; a larger one would be cut or refused after sending."""
    if not INT64_MIN <= value <= INT64_MAX:
        raise errors.InvalidRequest("must be within the 64-bit integer range", path)
    return value


class Int(Kind):
    expected = "integer"

    def wire(self) -> Any:
        return int

    def good(self) -> str:
        return "v.__class__ is int"

    def check(self, value: Any, path: str) -> Any:
        if value.__class__ is not int and not (isinstance(value, int) and not isinstance(value, bool)):
            raise self._refuse(value, path)
        return check_int64(int(value), path)


class Number(Kind):
    expected = "number"

    def wire(self) -> Any:
        return int | float

    def good(self) -> str:
        return "v.__class__ is float or v.__class__ is int"

    def check(self, value: Any, path: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._refuse(value, path)
        if not math.isfinite(value):
            raise errors.InvalidRequest("must be a finite number", path)
        if isinstance(value, int):
            return check_int64(int(value), path)
        return value if value.__class__ is float else float(value)


class Str(Kind):
    expected = "string"

    def wire(self) -> Any:
        return str

    def good(self) -> str:
        return "v.__class__ is str"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str) or isinstance(value, enum.Enum):
            raise self._refuse(value, path)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise errors.InvalidRequest("not valid Unicode text (lone surrogate)", path) from None
        return str(value)


class Bool(Kind):
    expected = "boolean"

    def wire(self) -> Any:
        return bool

    def good(self) -> str:
        return "v.__class__ is bool"

    def check(self, value: Any, path: str) -> Any:
        if value.__class__ is not bool:
            raise self._refuse(value, path)
        return value


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


def _decode_datetime(model: str, key: str, v: str) -> Any:
    try:
        parsed = _fromiso(v)
    except ValueError:
        return bad_format(model, key, "date-time", v)
    if parsed.tzinfo is None:
        return bad_format(model, key, "date-time with a timezone", v)
    return parsed


def _decode_date(model: str, key: str, v: str) -> Any:
    try:
        return _fromdate(v)
    except ValueError:
        return bad_format(model, key, "date", v)


class DateTime(Kind):
    expected = "date-time"

    def wire(self) -> Any:
        return str

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        return f"{_bind(ns, _fromiso)}(v)"  # checked while decoding (check_lines)

    def needs_check(self) -> bool:
        return True

    def check_lines(self, ns: dict[str, Any], expr: str, depth: int) -> list[str]:
        # Python's parser accepts what the server writes, such as ``2026-12-18T14:29Z``, which
        # RFC 3339 parsers (msgspec's) refuse: msgspec checks text, this checks the text is a
        # date-time with a timezone (anything else sends the document to the tolerant path,
        # which keeps the text and reports it).
        v = f"v{depth}"
        return [
            f"{v} = {expr}",
            f"if {v}.__class__ is str and {_bind(ns, _fromiso)}({v}).tzinfo is None:",
            "    raise _WireRefused",
        ]

    def good(self) -> str:
        return "v.__class__ is str"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, _decode_datetime)}({ctx}, v)"

    def json_test(self, ns: dict[str, Any]) -> str:
        return f"v.__class__ is {_bind(ns, datetime.datetime)}"

    def json_value(self, ns: dict[str, Any]) -> str:
        return f"{_bind(ns, datetime_json)}(v)"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, datetime.datetime):
            raise self._refuse(value, path)
        if value.tzinfo is None:
            raise errors.InvalidRequest("naive date-time: give it a timezone (datetime.UTC)", path)
        return datetime_json(value)


class Date(Kind):
    expected = "date"

    def wire(self) -> Any:
        return datetime.date

    def good(self) -> str:
        return "v.__class__ is str"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, _decode_date)}({ctx}, v)"

    def json_test(self, ns: dict[str, Any]) -> str:
        return f"v.__class__ is {_bind(ns, datetime.date)}"

    def json_value(self, ns: dict[str, Any]) -> str:
        return "v.isoformat()"

    def check(self, value: Any, path: str) -> Any:
        if value.__class__ is not datetime.date:
            raise self._refuse(value, path)
        return value.isoformat()


@attrs.frozen
class Enum(Kind):
    cls: type[OpenStrEnum]
    expected = "string"

    def wire(self) -> Any:
        return self.cls

    def good(self) -> str:
        return "v.__class__ is str"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, self.cls._value2member_map_)}.get(v) or {_bind(ns, unknown_enum)}({ctx}, {_bind(ns, self.cls)}, v)"

    def json_test(self, ns: dict[str, Any]) -> str:
        return f"v.__class__ is {_bind(ns, self.cls)}"

    def json_value(self, ns: dict[str, Any]) -> str:
        return "v._value_"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise self._refuse(value, path)
        member = self.cls._value2member_map_.get(str.__str__(value))
        foreign = isinstance(value, enum.Enum) and not issubclass(type(value), self.cls)
        if member is None or foreign:
            known = ", ".join(m.value for m in self.cls)
            raise errors.InvalidRequest(f"{str.__str__(value)!r} is not a {self.cls.__name__} ({known})", path)
        return member._value_


@attrs.frozen
class ModelRef(Kind):
    cls: type[Model]
    expected = "object"

    def wire(self) -> Any:
        return spec_of(self.cls).wire

    def good(self) -> str:
        return "v.__class__ is dict"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, spec_of(self.cls))}.decode_object(v, own)"

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        return f"{_bind(ns, spec_of(self.cls))}.lazy(v)"

    def needs_check(self) -> bool:
        return spec_of(self.cls).needs_check()

    def check_lines(self, ns: dict[str, Any], expr: str, depth: int) -> list[str]:
        if not self.needs_check():
            return []
        v = f"v{depth}"
        spec = spec_of(self.cls)
        if depth >= _INLINE_DEPTH:  # deeper (or a model holding itself): one call
            inner = [f"{_bind(ns, spec)}.check({v})"]
        else:
            inner = spec.check_lines(ns, v, depth + 1)
        return [f"{v} = {expr}", f"if {v} is not None and {v} is not UNSET:", *("    " + line for line in inner)]

    def json_test(self, ns: dict[str, Any]) -> str:
        return f"v.__class__ is {_bind(ns, self.cls)}"

    def json_value(self, ns: dict[str, Any]) -> str:
        return f"{_bind(ns, spec_of(self.cls))}.to_json(v)"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, self.cls):
            raise errors.InvalidRequest(f"expected {self.cls.__name__}, got {type(value).__name__}", path)
        return spec_of(self.cls).request_json(value, path + ".")


@attrs.frozen
class List(Kind):
    item: Kind
    expected = "array"

    def wire(self) -> Any:
        return list.__class_getitem__(self.item.wire())

    def good(self) -> str:
        return "v.__class__ is list"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        item = self.item
        if isinstance(item, ModelRef):
            return f"{_bind(ns, spec_of(item.cls))}.decode_items({ctx}, v, own)"
        if isinstance(item, List | Any_):
            return f"{_bind(ns, copy_json)}(v) if own else v"
        return f"{_bind(ns, decode_items)}({ctx}, {_bind(ns, item)}, v)"

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        if isinstance(self.item, ModelRef):
            return f"list(map({_bind(ns, spec_of(self.item.cls))}.lazy, v))"
        inner = self.item.from_wire(ns)
        if inner is None:
            return None
        return f"[{inner} for v in v]"

    def needs_check(self) -> bool:
        return self.item.needs_check()

    def check_lines(self, ns: dict[str, Any], expr: str, depth: int) -> list[str]:
        if not self.needs_check():
            return []
        v, x = f"v{depth}", f"x{depth}"
        inner = self.item.check_lines(ns, x, depth + 1)
        return [
            f"{v} = {expr}",
            f"if {v}.__class__ is list:",
            f"    for {x} in {v}:",
            *("        " + line for line in inner),
        ]

    def json_test(self, ns: dict[str, Any]) -> str:
        return "v.__class__ is list"

    def json_value(self, ns: dict[str, Any]) -> str:
        return f"[{self.item.to_json(ns)} for v in v]"

    def check(self, value: Any, path: str) -> Any:
        if not isinstance(value, list | tuple):
            raise self._refuse(value, path)
        return [self.item.check(v, f"{path}[{i}]") for i, v in enumerate(value)]


class Any_(Kind):
    """Any JSON value (the spec does not constrain it)."""

    expected = "any value"

    def wire(self) -> Any:
        return Any

    def good(self) -> str:
        return "v is not UNSET"

    def needs_check(self) -> bool:
        return True

    def check_lines(self, ns: dict[str, Any], expr: str, depth: int) -> list[str]:
        v = f"v{depth}"
        return [
            f"{v} = {expr}",
            f"if {v}.__class__ is dict or {v}.__class__ is list:",
            f"    {_bind(ns, _free_json)}({v})",
        ]

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, copy_json)}(v) if own else v"

    def json_test(self, ns: dict[str, Any]) -> str:
        return "False"  # always copied by json_form

    def check(self, value: Any, path: str) -> Any:
        return check_json(value, path)


_SCALAR_KINDS: Final = (Int, Number, Str, Bool, DateTime, Date, Enum)  # JSON form never a container
_INLINE_DEPTH: Final = 4  # checks of models inside models are written inline down to this depth
INT: Final = Int()
NUMBER: Final = Number()
STR: Final = Str()
BOOL: Final = Bool()
DATETIME: Final = DateTime()
DATE: Final = Date()
ANY: Final = Any_()


def check_json(value: Any, path: str, depth: int = 0) -> Any:
    """Validate a free-form JSON value of a request (finite numbers, str keys, JSON types)."""
    if depth > _MAX_DEPTH:
        raise errors.InvalidRequest(f"nested deeper than {_MAX_DEPTH} levels", path)
    if value is None or value.__class__ is bool:
        return value
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return STR.check(value, path)
    if isinstance(value, int | float):
        return NUMBER.check(value, path)
    if isinstance(value, Model):  # checked and written from its fields, as a declared one is
        return spec_of(type(value)).request_json(value, path + ".")
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            if not isinstance(k, str):
                raise errors.InvalidRequest(f"object keys must be strings, got {type(k).__name__}", path)
            out[STR.check(k, path)] = check_json(v, f"{path}.{k}", depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [check_json(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value)]
    raise errors.InvalidRequest(f"not a JSON value: {type(value).__name__}", path)


# ---------------------------------------------------------------------------------------------
# Drift reports (the tolerant path)


def bad(model: str, key: str, expected: str, value: Any, required: bool, nullable: bool) -> Any:
    """A value that failed a field's type check: report it and keep it as sent."""
    if value is UNSET:
        if required:
            drift.report(model, key, "missing_required", "required field omitted")
        return UNSET
    if value is None:
        if not nullable:
            drift.report(model, key, "null_value", f"null where {expected} is declared")
        return None
    drift.report(model, key, "wrong_type", f"{json_type(value)} where {expected} is declared")
    # kept as sent, but never shared with the caller's dict (from_dict) or the model's JSON form
    return copy_json(value) if value.__class__ is dict or value.__class__ is list else value


def bad_format(model: str, key: str, expected: str, value: Any) -> Any:
    drift.report(model, key, "bad_format", f"string is not a valid {expected}")
    return value


def unknown_enum(model: str, key: str, enum_cls: type[E], value: str) -> E:
    drift.report(model, key, "unknown_enum_value", f"{enum_cls.__name__} has no value {value!r}")
    return enum_cls._open_value(value)


_item_decoders: dict[Kind, Callable[[str, str, Any], Any]] = {}


def decode_items(model: str, key: str, kind: Kind, items: list[Any]) -> list[Any]:
    """Tolerant decoding of an array of scalars or enums (each item checked on its own)."""
    dec = _item_decoders.get(kind)
    if dec is None:
        ns: dict[str, Any] = {"_bad": bad}
        conv = kind.convert(ns, "m, k") or "v"
        source = "\n".join(
            [
                "def dec(m, k, v):",
                f"    if {kind.good()}:",
                f"        return {conv}",
                f"    return _bad(m, k, {json.dumps('array of ' + kind.expected)}, v, True, False)",
            ]
        )
        dec = _item_decoders[kind] = _compile(source, "dec", ns)
    if len(items) <= _CHECK_EVERY:
        return [dec(model, key, v) for v in items]
    out = []
    for n, v in enumerate(items, 1):
        out.append(dec(model, key, v))
        if not n & _CHECK_EVERY and _limits.late():
            raise errors.DecodeTimeout(f"{model}.{key}")
    return out


# ---------------------------------------------------------------------------------------------
# Models


@attrs.frozen
class F:
    """One field of a model: attribute name, JSON key, kind, and its flags in the spec."""

    attr: str
    key: str
    kind: Kind
    required: bool = True
    nullable: bool = False
    secret: bool = False


class ModelSpec:
    """Everything about one model class, compiled on first use from its field table."""

    def __init__(self, cls: type[Model], fields: tuple[F, ...], open_: bool) -> None:
        self.cls = cls
        self.name = cls.__name__
        self.fields = fields
        self.keys = frozenset(f.key for f in fields)
        self.open = open_  # the spec allows undeclared keys (they are kept, not reported)
        self.secrets = frozenset(f.attr for f in fields if f.secret or is_secret_key(f.key))
        self.lazy_names = frozenset(f.attr for f in fields) | {"additional_properties"}
        self._compiled = False

    def __repr__(self) -> str:
        return f"<ModelSpec {self.name}>"

    # Compiled on first use: --------------------------------------------------------------
    wire: Any
    json_decoder: Any
    list_decoder: Any
    list_wire: Any
    check: Callable[[Any], None] | None  # the checks of a wire value msgspec cannot make (None: none)
    lazy: Callable[[Any], Any]  # a checked wire value -> a model whose fields are filled on first read
    fill: Callable[[Any, Any], None]  # fills a lazy model's fields from its wire value
    from_wire: Callable[[Any], Any]
    from_json: Callable[[Any], Any]
    decode_dict: Callable[[dict[str, Any], bool], Any]
    to_json: Callable[[Any], dict[str, Any]]
    copy_json: Callable[[dict[str, Any]], dict[str, Any]]  # a fresh copy of a model's kept JSON
    copy_list: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]  # ... of an array of them
    raw_cls: type

    def __getattr__(self, name: str) -> Any:
        if self._compiled:
            raise AttributeError(name)
        self._compile()
        return getattr(self, name)

    def _compile(self) -> None:
        self._compiled = True
        try:
            self._build()
        except BaseException:
            self._compiled = False
            raise

    def needs_check(self, _seen: frozenset[ModelSpec] = frozenset()) -> bool:
        """Whether a wire value of this model holds anything msgspec cannot check (date-times,
        free-form values), here or in a model inside it."""
        if self.open:  # decoded at once by the tolerant path, which checks everything
            return False
        found: bool | None = self.__dict__.get("_needs_check")
        if found is None:
            seen = _seen | {self}
            found = any(
                (spec_of(k.cls).needs_check(seen) if spec_of(k.cls) not in seen else False)
                if isinstance(k, ModelRef)
                else k.needs_check()
                for k in (f.kind.item if isinstance(f.kind, List) else f.kind for f in self.fields)
            )
            if not _seen:
                self.__dict__["_needs_check"] = found
        return found

    def flat(self) -> bool:
        """Whether the JSON object of a typed-decoded value holds only scalars."""
        return all(isinstance(f.kind, _SCALAR_KINDS) for f in self.fields)

    def deep_mutable(self, _seen: frozenset[ModelSpec] = frozenset()) -> bool:
        """Whether a value of this model can hold a mutable container (a list, a free-form value),
        here or in a model inside it: its fields, once read, may have been changed in place."""
        if self.open:  # undeclared keys may hold anything
            return True
        seen = _seen | {self}
        for f in self.fields:
            kind = f.kind
            if isinstance(kind, List | Any_):
                return True
            if isinstance(kind, ModelRef) and spec_of(kind.cls) not in seen and spec_of(kind.cls).deep_mutable(seen):
                return True
        return False

    def eager(self, _seen: frozenset[ModelSpec] = frozenset()) -> bool:
        """Whether a typed-decoded value must be built at once: it holds (here or deeper) an open
        object, which the tolerant path decodes, reporting drift while decoding, not on read."""
        if self.open:
            return True
        seen = _seen | {self}
        for f in self.fields:
            kind = f.kind.item if isinstance(f.kind, List) else f.kind
            if isinstance(kind, ModelRef) and spec_of(kind.cls) not in seen and spec_of(kind.cls).eager(seen):
                return True
        return False

    def check_lines(self, ns: dict[str, Any], var: str, depth: int) -> list[str]:
        lines: list[str] = []
        for f in self.fields:
            lines += f.kind.check_lines(ns, f"{var}.{f.attr}", depth)
        return lines

    def _build(self) -> None:
        # The tolerant path fills a plain instance of the slots base (fast stores, no frozen
        # checks), then gives it the model's class: the two have the same memory layout.
        base = next(c for c in self.cls.__mro__ if c.__name__ == "_Slots")
        self.raw_cls = type(f"_{self.name}Raw", (base,), {"__slots__": ()})
        ns: dict[str, Any] = {"UNSET": UNSET, "_new": _new, "_raw": self.raw_cls, "_cls": self.cls}
        ns["NO_EXTRAS"] = NO_EXTRAS
        ns["_extras"] = self._extras
        ns["_bad"] = bad
        ns["_WireRefused"] = _WireRefused
        self.decode_dict = _compile(self._decode_source(ns), "decode_dict", ns)
        self.wire = None
        typed = _msgspec is not None and not self.open
        self.copy_json = _compile(self._copy_source(ns), "copy_json", ns)
        self.copy_list = _compile(self._copy_list_source(ns), "copy_list", ns)
        self.to_json = _compile(self._to_json_source(ns, typed), "to_json", ns)
        if "to_dict" not in self.cls.__dict__:  # the model's to_dict is this function (one call fewer)
            type.__setattr__(self.cls, "to_dict", self.to_json)
        if _msgspec is not None and self.open:
            # msgspec would drop the undeclared keys an open object may carry: check it as a
            # JSON object only and decode it with the tolerant path, which keeps them.
            self.wire = dict[str, Any]
            self.json_decoder = _msgspec.json.Decoder(self.wire)
            self.list_wire = list[dict[str, Any]]
            self.list_decoder = _msgspec.json.Decoder(self.list_wire)
            self.from_wire = self.lazy = self._own_dict
            self.from_json = self._tolerant_from_json
        elif typed:
            spec: list[Any] = []
            for f in self.fields:
                kind = f.kind.wire() | None if f.nullable else f.kind.wire()
                # An omitted optional field takes the default UNSET (never validated by msgspec).
                spec.append((f.attr, kind) if f.required else (f.attr, kind, UNSET))
            self.wire = _msgspec.defstruct(
                f"{self.name}Wire",
                spec,
                rename={f.attr: f.key for f in self.fields},
                kw_only=True,
                forbid_unknown_fields=not self.open,
                gc=False,
                omit_defaults=True,
                module=__name__,
            )
            self.json_decoder = _msgspec.json.Decoder(self.wire)
            self.list_wire = list.__class_getitem__(self.wire)
            self.list_decoder = _msgspec.json.Decoder(self.list_wire)
            ns["_dec"] = self.json_decoder.decode
            ns["_set_wire"] = _SET_WIRE
            self.check = _compile(self._check_source(ns), "check", ns) if self.needs_check() else None
            self.fill = _compile(self._fill_source(ns), "fill", ns)
            self.lazy = _compile(self._lazy_source(ns), "lazy", ns)
            self.from_wire = _compile(self._lazy_source(ns, check=True), "lazy", ns)
            self.from_json = _compile(self._lazy_source(ns, parse=True), "lazy", ns)
        if self.wire is None:
            self.from_json = self._tolerant_from_json

    def _decode_source(self, ns: dict[str, Any]) -> str:
        name = self.name
        lines = ["def decode_dict(d, own):", "    o = _new(_raw)", "    missing = 0", "    g = d.get"]
        for f in self.fields:
            kind = f.kind
            key = json.dumps(f.key)
            conv = kind.convert(ns, f"{json.dumps(name)}, {key}")
            bad_ = f"_bad({json.dumps(name)}, {key}, {json.dumps(kind.expected)}, v, {f.required}, {f.nullable})"
            lines += [
                f"    v = g({key}, UNSET)",
                f"    if {kind.good()}:",
                f"        {'v = ' + conv if conv else 'pass'}",
                "    elif v is UNSET:",
                "        missing += 1",
            ]
            if f.required:
                lines.append(f"        {bad_}")
            lines += ["    else:", f"        v = {bad_}", f"    o.{f.attr} = v"]
        lines += [
            f"    if len(d) + missing == {len(self.fields)}:",
            "        o.additional_properties = NO_EXTRAS",
            "    else:",
            "        o.additional_properties = _extras(d, own)",
            "    o.__class__ = _cls",
            "    return o",
        ]
        return "\n".join(lines)

    def _check_source(self, ns: dict[str, Any]) -> str:
        # One try per document: a ValueError of a date-time parser refuses the whole document.
        body = self.check_lines(ns, "w", 0)
        lines = ["def check(w):", "    try:", *("        " + line for line in body)]
        return "\n".join([*lines, "    except ValueError:", "        raise _WireRefused from None"])

    def _lazy_source(self, ns: dict[str, Any], parse: bool = False, check: bool = False) -> str:
        # A model decoded by the typed path holds its checked wire value only; its fields are
        # filled from it on first read (Model.__getattr__). Nothing else is built here.
        lines = ["def lazy(raw):", "    w = _dec(raw)"] if parse else ["def lazy(w):"]
        if parse and self.check is not None:  # inline: one call fewer for a small message
            lines += ["    try:", *("        " + x for x in self.check_lines(ns, "w", 0))]
            lines += ["    except ValueError:", "        raise _WireRefused from None"]
        elif check and self.check is not None:
            lines.append(f"    {_bind(ns, self.check)}(w)")
        lines += ["    o = _new(_cls)", "    _set_wire(o, w)"]
        if self.eager():
            lines.append(f"    {_bind(ns, self.fill)}(o, w)")
        lines.append("    return o")
        return "\n".join(lines)

    def _fill_source(self, ns: dict[str, Any]) -> str:
        lines = ["def fill(o, w):"]
        slots = {name: value for c in reversed(self.cls.__mro__) for name, value in vars(c).items()}
        for f in self.fields:
            conv = f.kind.from_wire(ns)
            put = _bind(ns, slots[f.attr].__set__)
            if conv is None:
                lines.append(f"    {put}(o, w.{f.attr})")
            else:
                guard = "v is not None and v is not UNSET" if (f.nullable or not f.required) else ""
                lines += [f"    v = w.{f.attr}"]
                lines += [f"    {put}(o, ({conv}) if {guard} else v)" if guard else f"    {put}(o, {conv})"]
        # set last: a model whose additional_properties is set has every field set
        lines.append(f"    {_bind(ns, _SET_EXTRAS)}(o, NO_EXTRAS)")
        return "\n".join(lines)

    def _copy_source(self, ns: dict[str, Any]) -> str:
        """A fresh copy of the JSON object a typed-decoded value wrote (its shape is known: only
        the containers of the declared fields are copied, each the cheapest way)."""
        if self.open:  # undeclared keys may hold anything
            return f"def copy_json(j):\n    return {_bind(ns, copy_json)}(j)"
        lines = ["def copy_json(j):", "    d = j.copy()"]
        for f in self.fields:
            kind, key = f.kind, json.dumps(f.key)
            if isinstance(kind, _SCALAR_KINDS):
                continue
            lines.append(f"    v = j.get({key})")
            if isinstance(kind, ModelRef):
                inner = spec_of(kind.cls)
                copy = "v.copy()" if inner.flat() else f"{_bind(ns, inner)}.copy_json(v)"
                lines += ["    if v.__class__ is dict:", f"        d[{key}] = {copy}"]
            elif isinstance(kind, List) and isinstance(kind.item, ModelRef):
                copy = f"{_bind(ns, spec_of(kind.item.cls))}.copy_list(v)"
                lines += ["    if v.__class__ is list:", f"        d[{key}] = {copy}"]
            elif isinstance(kind, List) and isinstance(kind.item, _SCALAR_KINDS):
                lines += ["    if v.__class__ is list:", f"        d[{key}] = v.copy()"]
            else:
                lines += [
                    "    if v.__class__ is dict or v.__class__ is list:",
                    f"        d[{key}] = {_bind(ns, copy_json)}(v)",
                ]
        lines.append("    return d")
        return "\n".join(lines)

    def _copy_list_source(self, ns: dict[str, Any]) -> str:
        """A fresh copy of a JSON array of objects typed-decoded values wrote: flat objects in one
        C call each, the flat objects inside them (``tradeDate``) key by key, C calls only."""
        dcopy = _bind(ns, dict.copy)
        lines = ["def copy_list(v):", f"    c = list(map({dcopy}, v))"]
        inner = [f for f in self.fields if not isinstance(f.kind, _SCALAR_KINDS)]
        if self.open or not all(isinstance(f.kind, ModelRef) and spec_of(f.kind.cls).flat() for f in inner):
            return f"def copy_list(v):\n    return list(map({_bind(ns, self.copy_json)}, v))"
        put, get, repeat = _bind(ns, _CONSUME), _bind(ns, operator.itemgetter), _bind(ns, itertools.repeat)
        for f in inner:
            key = json.dumps(f.key)
            targets = "c"
            if not f.required or f.nullable:
                lines.append(f"    t = [d for d in c if d.get({key}).__class__ is dict]")
                targets = "t"
            lines.append(
                f"    {put}(map({_bind(ns, dict.__setitem__)}, {targets}, {repeat}({key}), map({dcopy}, map({get}({key}), {targets}))))"
            )
        lines.append("    return c")
        return "\n".join(lines)

    def _to_json_source(self, ns: dict[str, Any], typed: bool) -> str:
        # The usual case costs one class test per field; anything else (UNSET, null, a value
        # kept as sent) takes the second branch.
        lines = ["def to_json(o):"]
        if typed:
            # Decoded by the typed path and never changed: the JSON the server sent, written
            # from the kept wire value the first time and kept (a fresh copy handed out each
            # time, sharing nothing mutable with the model). A model that can hold lists or
            # free-form values (here or deeper) is written from its fields once they were read:
            # they may have been changed in place.
            copy = _bind(ns, self.copy_json)
            kept = [
                "try:",
                f"    return {_bind(ns, _GET_JSON)}(o).copy()"
                if self.flat()
                else f"    return {copy}({_bind(ns, _GET_JSON)}(o))",
                "except AttributeError:",
                "    pass",
                "try:",
                f"    w = {_bind(ns, _GET_WIRE)}(o)",
                "except AttributeError:",
                "    pass",
                "else:",
                f"    j = {_bind(ns, _msgspec.to_builtins)}(w)",
                f"    {_bind(ns, _SET_JSON)}(o, j)",
                "    return j.copy()" if self.flat() else f"    return {copy}(j)",
            ]
            if self.deep_mutable():  # only while no field was read (filled fields set extras last)
                kept = [
                    "try:",
                    f"    {_bind(ns, _GET_EXTRAS)}(o)",
                    "except AttributeError:",
                    *("    " + x for x in kept),
                ]
            lines += ["    " + x for x in kept]
        lines.append("    d = {}")
        other = _bind(ns, json_form)
        for f in self.fields:
            key = json.dumps(f.key)
            lines += [f"    v = o.{f.attr}"]
            test = f.kind.json_test(ns)
            if test != "False":
                lines += [f"    if {test}:", f"        d[{key}] = {f.kind.json_value(ns)}", "    elif v is not UNSET:"]
            else:
                lines += ["    if v is not UNSET:"]
            lines.append(f"        d[{key}] = {other}(v)")
        lines += [
            "    a = o.additional_properties",
            "    if a is not NO_EXTRAS and a:",
            f"        d.update({_bind(ns, copy_json)}(a))",
            "    return d",
        ]
        return "\n".join(lines)

    def _extras(self, d: dict[str, Any], own: bool) -> Mapping[str, Any]:
        found = {k: v for k, v in d.items() if k not in self.keys}
        if not self.open:
            for k in found:
                drift.report(self.name, k, "unknown_field", "field not declared in the spec")
        return Extras(found if own else copy_json(found))

    # Entry points --------------------------------------------------------------------------
    def decode_items(self, model: str, key: str, items: list[Any], own: bool) -> list[Any]:
        """A JSON array of these objects: checked as a whole first, then item by item."""
        if self.wire is not None:
            try:
                return list(map(self.from_wire, _msgspec.convert(items, self.list_wire)))
            except TYPED_REFUSALS:
                pass
        out = []
        for n, item in enumerate(items, 1):
            if item.__class__ is dict:
                out.append(self.decode_object(item, own))
            else:
                out.append(bad(model, key, "array of objects", item, False, False))
            if not n & _CHECK_EVERY and _limits.late():
                raise errors.DecodeTimeout(f"{model}.{key}")
        return out

    def _own_dict(self, d: dict[str, Any]) -> Any:
        if _depth_over(d, _TYPED_DEPTH):
            raise _WireRefused
        return self.decode_dict(d, True)

    def _tolerant_from_json(self, raw: Any) -> Any:
        data = loads(raw, self.name)
        if data.__class__ is not dict:
            raise errors.DecodeError(f"{self.name}: expected a JSON object, got {json_type(data)}")
        return self.decode_dict(data, True)

    def decode_object(self, d: dict[str, Any], own: bool) -> Any:
        if self.wire is not None:
            try:
                return self.from_wire(_msgspec.convert(d, self.wire))
            except TYPED_REFUSALS:
                pass
        return self.decode_dict(d, own)

    def request_json(self, value: Model, prefix: str = "") -> dict[str, Any]:
        """The validated JSON object of a request body (InvalidRequest names the field)."""
        out: dict[str, Any] = {}
        for f in self.fields:
            v = getattr(value, f.attr)
            path = prefix + f.key
            if v is UNSET:
                if f.required:
                    raise errors.InvalidRequest("required", path)
                continue
            if v is None:
                if not f.nullable:
                    raise errors.InvalidRequest("may not be null", path)
                out[f.key] = None
                continue
            out[f.key] = f.kind.check(v, path)
        for k, v in value.additional_properties.items():
            out[k] = check_json(v, prefix + k)
        return out


def _compile(source: str, name: str, ns: dict[str, Any]) -> Any:
    code = compile(source, f"<tradovate_api generated {name}>", "exec")
    local: dict[str, Any] = {}
    exec(code, ns, local)
    return local[name]


class Extras(Mapping[str, Any]):
    """The keys of a JSON object its model does not declare: read-only, picklable."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] = MappingProxyType({})) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(redact(self._data))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Extras, (self._data,))


NO_EXTRAS: Final[Mapping[str, Any]] = Extras()


def _as_extras(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return value if value.__class__ is Extras else Extras(value)


def spec_of(cls: type[Model]) -> ModelSpec:
    return cls.__dict__["_spec"]  # type: ignore[no-any-return]


def fields(cls: type[Model], *table: F, open_: bool = False) -> None:
    """Attach a model's field table (called once, right after the class in its module)."""
    type.__setattr__(cls, "_spec", ModelSpec(cls, table, open_))


class _Source:
    # ``_wire``: the checked wire value a model was decoded from by the typed path (never set
    # otherwise, nor on a copy made by attrs.evolve or pickle); the model's fields are filled
    # from it on first read, and to_dict writes it back. ``_json``: the JSON object written from
    # it by the first to_dict, kept (to_dict hands out fresh copies of it).
    __slots__ = ("_json", "_wire")


_CONSUME: Final[Callable[[Any], None]] = deque(maxlen=0).extend
_GET_WIRE: Final = _Source.__dict__["_wire"].__get__  # AttributeError when not set (no __getattr__)
_SET_WIRE: Final = _Source.__dict__["_wire"].__set__
_GET_JSON: Final = _Source.__dict__["_json"].__get__
_SET_JSON: Final = _Source.__dict__["_json"].__set__


@attrs.define(repr=False, eq=False, weakref_slot=False, on_setattr=attrs.setters.NO_OP)
class Model(_Source):
    """Base of every generated model: an immutable value decoded from or encoded to JSON.

    ``additional_properties`` holds keys the spec does not declare (kept, and reported as drift
    unless the schema is open). ``to_dict()`` returns a new JSON object every time; nothing in it
    is shared with the model. Build changed copies with ``attrs.evolve(model, field=value)``;
    undeclared keys travel along.
    """

    _spec: ClassVar[ModelSpec]
    additional_properties: Mapping[str, Any] = attrs.field(
        default=NO_EXTRAS, kw_only=True, hash=False, converter=_as_extras
    )

    if not TYPE_CHECKING:  # (type checkers would take every misspelt attribute for a field)

        def __getattr__(self, name: str) -> Any:
            # Only reached for a slot not set: a model decoded by the typed path fills its
            # fields from its wire value on first read (every field at once).
            try:
                wire = _GET_WIRE(self)
            except AttributeError:
                wire = None
            spec = self._spec
            if wire is None or name not in spec.lazy_names:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            spec.fill(self, wire)
            return object.__getattribute__(self, name)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this value: a new dict, sharing nothing with the model."""
        return self._spec.to_json(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a parsed JSON object. Never fails on spec drift (see ``drift``).

        Raises:
            errors.DecodeError: ``src_dict`` is not a JSON object (or nests absurdly deep).
        """
        if not isinstance(src_dict, Mapping):
            raise errors.DecodeError(f"{cls.__name__}: expected a JSON object, got {json_type(src_dict)}")
        if _depth_over(src_dict if src_dict.__class__ is dict else dict(src_dict), _MAX_DEPTH):
            raise errors.DecodeError(f"{cls.__name__}: JSON nested deeper than {_MAX_DEPTH} levels")
        d = src_dict if src_dict.__class__ is dict else dict(src_dict)
        return cls._spec.decode_object(d, False)  # type: ignore[no-any-return]

    def with_extras(self, **extra: Any) -> Self:
        """A copy with undeclared JSON keys added (sent as given; values must be JSON)."""
        clash = self._spec.keys.intersection(extra)
        if clash:
            raise errors.InvalidRequest(f"{sorted(clash)} are declared fields; use attrs.evolve")
        return attrs.evolve(self, additional_properties={**self.additional_properties, **extra})

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        parts = []
        spec = self._spec
        for f in spec.fields:
            value = getattr(self, f.attr, UNSET)
            if value is UNSET:
                continue
            hidden = f.attr in spec.secrets and value
            parts.append(f"{f.attr}=<redacted>" if hidden else f"{f.attr}={value!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(parts)})"


_GET_EXTRAS: Final = Model.__dict__["additional_properties"].__get__
_SET_EXTRAS: Final = Model.__dict__["additional_properties"].__set__


# ---------------------------------------------------------------------------------------------
# Whole documents


def decode_json(cls: type[M], raw: Any) -> M:
    """JSON text of one object -> model: the typed path, the tolerant one if that refuses."""
    try:
        return cls._spec.from_json(raw)  # type: ignore[no-any-return]
    except TYPED_REFUSALS:  # drift or invalid JSON: the tolerant path reports it, typed
        return cls._spec._tolerant_from_json(raw)  # type: ignore[no-any-return]


def decode_json_list(cls: type[M], raw: Any) -> list[M]:
    """JSON text of an array of objects -> list of models."""
    spec = cls._spec
    if spec.wire is not None:
        try:
            return list(map(spec.from_wire, spec.list_decoder.decode(raw)))
        except TYPED_REFUSALS:
            pass
    data = loads(raw, f"list of {cls.__name__}")
    if data.__class__ is not list:
        raise errors.DecodeError(f"list of {cls.__name__}: expected a JSON array, got {json_type(data)}")
    return spec.decode_items(cls.__name__, "[]", data, True)


def request_json(cls: type[Model], body: Any) -> dict[str, Any]:
    """The validated JSON object of a request body of type ``cls``."""
    if not isinstance(body, cls):
        raise errors.InvalidRequest(f"the body must be a {cls.__name__}, got {type(body).__name__}", "body")
    return cls._spec.request_json(body)


# ---------------------------------------------------------------------------------------------
# Open enums


_MAX_OPEN_VALUES: Final = 1024  # unlisted values remembered per enum (equal either way)


class OpenStrEnum(enum.StrEnum):
    """A string enum that can hold values the spec does not list.

    ``Cls("X")`` stays strict (``ValueError`` for an unknown value), and requests only accept
    listed members. Decoding an unlisted value gives a value of the enum type that keeps the raw
    string, compares equal to it, serialises unchanged and has ``is_known == False``.
    """

    @classmethod
    def _open_value(cls, value: str) -> Self:
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
        cache: dict[str, Self] | None = cls.__dict__.get("_open_values")
        if cache is None:
            cache = {}
            type.__setattr__(cls, "_open_values", cache)
        found = cache.get(value)
        if found is None:
            found = str.__new__(cls, value)
            found._name_ = value
            found._value_ = value
            if len(cache) < _MAX_OPEN_VALUES:  # a server inventing values cannot grow it forever
                cache[value] = found
        return found

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list."""
        return type(self)._value2member_map_.get(self._value_) is self

    def __str__(self) -> str:
        return str(self._value_)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (open_enum_value, (type(self), self._value_))


def open_enum_value(cls: type[E], value: str) -> E:
    """Unpickling helper: the member or open value of ``cls`` for ``value``."""
    return cls._open_value(value)


def deprecated_alias(old: str, new: str) -> None:
    """Warn that a model attribute was renamed (generated models call it from their old names)."""
    import warnings  # noqa: PLC0415 - only a deprecated name loads it

    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=3)
