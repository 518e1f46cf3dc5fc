"""Field kinds: one class per kind of value a model field can hold, and a model's field table.

Part of the codec (see :mod:`._codec`). Each kind gives its msgspec type (the typed path), the
checks msgspec cannot make, its tolerant test and conversion, its JSON form and its request
validation, as source text the model's compiled functions are made of.
"""

from __future__ import annotations

import datetime
import enum
import importlib
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

import attrs

from . import errors
from ._json import (
    _MAX_DEPTH,
    SentDateTime,
    _free_json,
    _WireRefused,
    copy_json,
    datetime_json,
    sent_datetime,
    written_datetime,
)
from ._tolerant import _decode_date, _decode_datetime, decode_items, unknown_enum
from ._values import Model, OpenStrEnum, json_form

if TYPE_CHECKING:
    from ._spec import ModelSpec

_fromiso: Final = datetime.datetime.fromisoformat


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


def _wire_datetime(v: str) -> Any:
    """A date-time msgspec checked as text, parsed while building: anything but a date-time with a
    timezone sends the document to the tolerant path (which keeps the text and reports it)."""
    try:
        parsed = sent_datetime(v)  # keeps the text: written back as sent
    except ValueError:
        raise _WireRefused from None
    if parsed.tzinfo is None:
        raise _WireRefused
    return parsed


class DateTime(Kind):
    expected = "date-time"

    def wire(self) -> Any:
        return str

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        return f"{_bind(ns, sent_datetime)}(v)"  # checked while decoding (check_lines); keeps the text

    def build_lines(self, ns: dict[str, Any], checking: bool) -> list[str]:
        """Source lines turning the wire text ``v`` into the attribute value ``v``: the spelling
        :func:`datetime_json` writes (``2026-11-20T14:30:58.485Z``, milliseconds not ``000``) is
        parsed inline into a plain datetime, anything else by :func:`sent_datetime` (keeps the
        text). ``checking``: the text was not checked yet (a failure refuses the document)."""
        slow = _bind(ns, _wire_datetime if checking else sent_datetime)
        parse = [f"v = {_bind(ns, _fromiso)}(t)"]
        if checking:
            parse = ["try:", f"    {parse[0]}", "except ValueError:", "    raise _WireRefused from None"]
        return [
            "t = v",
            'if len(t) == 24 and t[23] == "Z" and t[19] == "." and t[10] == "T" and t[7] == "-":',
            *("    " + x for x in parse),
            "    if not v.microsecond:",  # ".000Z": datetime_json would write no fraction
            f"        v = {slow}(t)",
            "else:",
            f"    v = {slow}(t)",
        ]

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
        return f"v.__class__ is {_bind(ns, SentDateTime)} or v.__class__ is {_bind(ns, datetime.datetime)}"

    def json_value(self, ns: dict[str, Any]) -> str:
        return f"{_bind(ns, written_datetime)}(v)"  # the server's text if it sent it

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


class ModelRef(Kind):
    """A model inside a model: its class, or its name in a package (a generated model names the
    models inside it: they are imported when first needed, so importing a model stays cheap)."""

    expected = "object"

    def __init__(self, cls: type[Model] | str, package: str = "") -> None:
        self._ref = cls
        self._package = package

    @property
    def cls(self) -> type[Model]:
        ref = self._ref
        if isinstance(ref, str):
            ref = self._ref = getattr(importlib.import_module(self._package), ref)
        return ref

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ModelRef) and self.cls is other.cls

    def __hash__(self) -> int:
        return hash(self.cls)

    def __repr__(self) -> str:
        return f"ModelRef({self.cls.__name__})"

    def wire(self) -> Any:
        return spec_of(self.cls).wire

    def good(self) -> str:
        return "v.__class__ is dict"

    def convert(self, ns: dict[str, Any], ctx: str) -> str | None:
        return f"{_bind(ns, spec_of(self.cls))}.decode_object(v, own)"

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        return f"{_build_of(ns, self.cls)}(v)"

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
            return f"v if own else {_bind(ns, copy_json)}(v)"
        return f"{_bind(ns, decode_items)}({ctx}, {_bind(ns, item)}, v)"

    def from_wire(self, ns: dict[str, Any]) -> str | None:
        if isinstance(self.item, ModelRef):
            return f"list(map({_build_of(ns, self.item.cls)}, v))"
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
        return f"v if own else {_bind(ns, copy_json)}(v)"

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


@attrs.frozen
class F:
    """One field of a model: attribute name, JSON key, kind, and its flags in the spec."""

    attr: str
    key: str
    kind: Kind
    required: bool = True
    nullable: bool = False
    secret: bool = False


def _build_of(ns: dict[str, Any], cls: type[Model]) -> str:
    """Source of the ``build`` function of ``cls``'s spec: the function itself once compiled (a
    model holding itself refers to it through its spec)."""
    spec = spec_of(cls)
    build = spec.__dict__.get("build")
    return _bind(ns, build) if build is not None else f"{_bind(ns, spec)}.build"


def spec_of(cls: type[Model]) -> ModelSpec:
    return cls.__dict__["_spec"]  # type: ignore[no-any-return]
