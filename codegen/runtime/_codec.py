"""Runtime support for the generated models: decoding, JSON forms and open enums.

Copied into the generated package by ``make gen`` (edit it in ``codegen/runtime/``).

How a generated model works
---------------------------
Each model is a mutable attrs class whose slots live in a plain base class. A decoded model keeps
the JSON object it was decoded from (its *JSON form*) next to its typed attributes:

- ``Model._from_json(d)`` (generated, one straight-line function per model) checks and converts
  every field of ``d`` and keeps ``d`` itself as the JSON form. Divergences from the spec are
  reported to :mod:`.drift` and the value is kept as sent.
- Setting an attribute writes the converted value through to the JSON form, so the JSON form
  stays equal to what the typed attributes say. Nested models share their JSON form with their
  parent, so a change anywhere below is visible from the top.
- ``to_dict()`` returns a new top-level dict built from the JSON form. List attributes are checked
  (by identity, in C) and rebuilt only if the list was changed in place. Nested containers in the
  result are shared with the model: copy them before changing them.

A model built by its constructor has no JSON form until the first ``to_dict()``.
"""

from __future__ import annotations

import datetime
import enum
import gc
import json
import operator
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, NamedTuple, TypeVar

from . import drift
from .types import UNSET

if TYPE_CHECKING:
    from typing import Self

T = TypeVar("T")
E = TypeVar("E", bound="OpenStrEnum")


class Extras(Mapping[str, Any]):
    """The fields of an object the spec does not declare: read-only (change them with
    ``model[key] = value`` so the JSON form follows), picklable, equal to an equal dict."""

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
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Extras, (self._data,))


NO_EXTRAS: Final[Mapping[str, Any]] = Extras()
new_object: Final[Callable[[type], Any]] = object.__new__
fromisoformat: Final = datetime.datetime.fromisoformat
_object_setattr: Final = object.__setattr__
_get_json_slot: Final = operator.attrgetter("_json")

# Keys of additional properties whose values are hidden in reprs.
_SECRET_WORDS: Final = ("token", "password", "secret", "ticket", "captcha", "sec", "code")

# ---------------------------------------------------------------------------------------------
# Decoding


_JSON_TYPES: Final = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def json_type(value: object) -> str:
    """The JSON type name of a decoded value, for drift messages (never the value itself)."""
    return _JSON_TYPES.get(value.__class__) or type(value).__name__


def bad(model: type, key: str, expected: str, value: Any, required: bool, nullable: bool) -> Any:
    """Handle a value that failed a field's fast type check: report it and keep it as sent."""
    if value is UNSET:
        if required:
            drift.report(model.__name__, key, "missing_required", "required field omitted")
        return UNSET
    if value is None:
        if not nullable:
            drift.report(model.__name__, key, "null_value", f"null where {expected} is declared")
        return None
    drift.report(model.__name__, key, "wrong_type", f"{json_type(value)} where {expected} is declared")
    return value


def bad_format(model: type, key: str, expected: str, value: Any) -> Any:
    drift.report(model.__name__, key, "bad_format", f"string is not a valid {expected}")
    return value


def unknown_enum(model: type, key: str, enum_cls: type[E], value: str) -> E:
    """A string that is not a member of ``enum_cls``: report it and return an open value."""
    drift.report(model.__name__, key, "unknown_enum_value", f"{enum_cls.__name__} has no value {value!r}")
    return enum_cls._open_value(value)


def extras(model: type, d: dict[str, Any], known: frozenset[str], report: bool = True) -> Mapping[str, Any]:
    """The keys of ``d`` the model does not declare, as a read-only mapping."""
    found = Extras({k: v for k, v in d.items() if k not in known})
    if report:
        for k in found:
            drift.report(model.__name__, k, "unknown_field", "field not declared in the spec")
    return found


def decode_datetime(model: type, key: str, value: Any, required: bool, nullable: bool) -> Any:
    if value.__class__ is str:
        try:
            return fromisoformat(value)
        except ValueError:
            return bad_format(model, key, "date-time", value)
    return bad(model, key, "date-time", value, required, nullable)


def decode_date(model: type, key: str, value: Any, required: bool, nullable: bool) -> Any:
    if value.__class__ is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return bad_format(model, key, "date", value)
    return bad(model, key, "date", value, required, nullable)


def decode_enum(model: type, key: str, enum_cls: type[E], value: Any, required: bool, nullable: bool) -> Any:
    if value.__class__ is str:
        member = enum_cls._value2member_map_.get(value)
        return member if member is not None else unknown_enum(model, key, enum_cls, value)
    return bad(model, key, "string", value, required, nullable)


def decode_models(
    model: type,
    key: str,
    decode: Callable[[dict[str, Any]], T],
    items: list[Any],
    wire: Any = None,
    from_wire: Callable[[Any, dict[str, Any]], T] | None = None,
) -> list[Any]:
    """Decode a JSON array of objects; items that are not objects are reported and kept.

    With a wire type (msgspec installed), the whole array is validated in one C call and built
    from the validated values; only if that fails is each item taken on its own.
    """
    if wire is not None and from_wire is not None:
        try:
            return list(map(from_wire, _convert(items, _wire_list(wire)), items))
        except _ValidationError:
            return [decode_one(model, key, item, decode, wire, from_wire) for item in items]
    if not items or set(map(type, items)) == {dict}:
        return list(map(decode, items))
    out: list[Any] = []
    for item in items:
        if item.__class__ is dict:
            out.append(decode(item))
        else:
            out.append(bad(model, key, "array of objects", item, False, False))
    return out


def decode_one(
    model: type,
    key: str,
    item: Any,
    decode: Callable[[dict[str, Any]], T],
    wire: Any,
    from_wire: Callable[[Any, dict[str, Any]], T],
) -> Any:
    if item.__class__ is not dict:
        return bad(model, key, "array of objects", item, False, False)
    return decode_object(item, wire, from_wire, decode)


def decode_object(
    d: dict[str, Any],
    wire: Any,
    from_wire: Callable[[Any, dict[str, Any]], T],
    decode: Callable[[dict[str, Any]], T],
) -> T:
    """The fast path when the object matches the spec exactly, the tolerant one otherwise."""
    if wire is not None:
        try:
            validated = _convert(d, wire)
        except _ValidationError:
            return decode(d)
        return from_wire(validated, d)
    return decode(d)


def decode_items(
    model: type, key: str, decode: Callable[[type, str, Any, bool, bool], Any], items: list[Any]
) -> list[Any]:
    """Decode a JSON array of scalars with the per-value decoder ``decode``."""
    return [decode(model, key, item, True, False) for item in items]


def scalar_decoder(expected: str, *classes: type) -> Callable[[type, str, Any, bool, bool], Any]:
    def decode(model: type, key: str, value: Any, required: bool, nullable: bool) -> Any:
        if value.__class__ in classes:
            return value
        return bad(model, key, expected, value, required, nullable)

    return decode


decode_int: Final = scalar_decoder("integer", int)
decode_number: Final = scalar_decoder("number", int, float)
decode_str: Final = scalar_decoder("string", str)
decode_bool: Final = scalar_decoder("boolean", bool)


def enum_decoder(enum_cls: type[E]) -> Callable[[type, str, Any, bool, bool], Any]:
    def decode(model: type, key: str, value: Any, required: bool, nullable: bool) -> Any:
        return decode_enum(model, key, enum_cls, value, required, nullable)

    return decode


def copy_json(value: Any) -> Any:
    """A deep copy of a JSON value: dicts (and other mappings) and lists (and tuples) are copied,
    anything else is shared."""
    if value.__class__ is dict or isinstance(value, Mapping):
        return {k: v if v.__class__ in _SCALARS else copy_json(v) for k, v in value.items()}
    if value.__class__ is list or value.__class__ is tuple:
        return [v if v.__class__ in _SCALARS else copy_json(v) for v in value]
    return value


_SCALARS: Final = frozenset({str, int, float, bool, type(None)})


# ---------------------------------------------------------------------------------------------
# Wire types: the fast path (only with msgspec installed)
#
# For each model the generated module declares a msgspec Struct mirroring its JSON object
# exactly: declared keys only (unknown keys are an error), strict JSON types, enum members,
# RFC 3339 date-times. ``msgspec.convert`` checks a parsed object against it in C; when it
# passes there is no drift to report and the model is built from the checked values without
# any per-field test. When it fails, the tolerant decoder takes that object and reports.


class _NoValidationError(Exception):
    pass


try:
    import msgspec as _msgspec

    _convert: Callable[[Any, Any], Any] = _msgspec.convert
    _ValidationError: type[Exception] = _msgspec.ValidationError
except ImportError:  # pragma: no cover - exercised by the vendoring test
    _msgspec = None  # type: ignore[assignment]
    _convert = None  # type: ignore[assignment]
    _ValidationError = _NoValidationError

NUMBER: Final[Any] = int | float
REQUIRED: Final = object()
_wire_lists: dict[Any, Any] = {}


def wire_struct(name: str, fields: list[tuple[str, str, Any, Any]]) -> Any:
    """A msgspec Struct for a model's JSON object, or None without msgspec (or if a part is None).

    ``fields`` are (attribute, JSON key, type, default or REQUIRED).
    """
    if _msgspec is None or any(t is None for _, _, t, _ in fields):
        return None
    spec: list[Any] = []
    for attr, _, kind, default in fields:
        spec.append((attr, kind) if default is REQUIRED else (attr, kind, default))
    return _msgspec.defstruct(
        f"{name}Wire",
        spec,
        rename={attr: key for attr, key, _, _ in fields},
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
        module=__name__,
    )


def _wire_list(wire: Any) -> Any:
    found = _wire_lists.get(wire)
    if found is None:
        found = _wire_lists[wire] = list[wire]
    return found


# ---------------------------------------------------------------------------------------------
# JSON forms


def datetime_json(value: Any) -> Any:
    """``2026-11-23T14:05:09.120Z``: UTC with milliseconds, microseconds or none, as the server writes."""
    if not isinstance(value, datetime.datetime):
        return value
    if value.tzinfo is None:
        raise ValueError("naive datetime: give date-times a timezone (for example datetime.UTC)")
    value = value.astimezone(datetime.UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    micro = value.microsecond
    if micro:
        text += f".{micro // 1000:03d}" if micro % 1000 == 0 else f".{micro:06d}"
    return text + "Z"


def date_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


def enum_json(value: Any) -> Any:
    return value._value_ if isinstance(value, enum.Enum) else value


def model_json(value: Any) -> Any:
    form = getattr(value, "_json_form", None)
    return form() if form is not None else value


def plain_json(value: Any) -> Any:
    return value


def list_json(item_json: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def to_json(value: Any) -> Any:
        return [item_json(v) for v in value] if isinstance(value, list | tuple) else value

    return to_json


class Check(enum.IntEnum):
    """How ``to_dict`` makes sure a field's JSON form is current."""

    NONE = 0  # scalars and models without lists: kept current by write-through
    MODEL = 1  # a model that contains lists: ask it for its JSON form
    LIST_OF_MODELS = 2  # items are flat models: compare their JSON forms by identity
    LIST_OF_DEEP_MODELS = 3  # items contain lists: ask each item
    LIST_OF_VALUES = 4  # scalars or enums: compare with ==
    LIST_REBUILD = 5  # items need conversion (date-times): rebuild


class Field(NamedTuple):
    attr: str
    key: str
    to_json: Callable[[Any], Any]
    check: Check = Check.NONE
    secret: bool = False


class ModelInfo(NamedTuple):
    fields: tuple[Field, ...]
    by_attr: Mapping[str, Field]
    keys: frozenset[str]
    checked: tuple[Field, ...]
    decode: Callable[[dict[str, Any]], Any]  # tolerant decoder
    wire: Any  # msgspec Struct for the fast path, or None
    from_wire: Callable[[Any, dict[str, Any]], Any]


def model_info(
    fields: tuple[Field, ...],
    decode: Callable[[dict[str, Any]], Any],
    wire: Any,
    from_wire: Callable[[Any, dict[str, Any]], Any],
) -> ModelInfo:
    return ModelInfo(
        fields=fields,
        by_attr={f.attr: f for f in fields},
        keys=frozenset(f.key for f in fields),
        checked=tuple(f for f in fields if f.check),
        decode=decode,
        wire=wire,
        from_wire=from_wire,
    )


def decode_list_of(model: Any, key: str, items: list[Any]) -> list[Any]:
    """Decode a JSON array of ``model`` objects (fast path first, see :func:`decode_models`)."""
    info: ModelInfo = model._info
    return decode_models(model, key, info.decode, items, info.wire, info.from_wire)


def _verify(field: Field, value: Any, current: Any) -> Any:
    """Return ``current`` if it is still the JSON form of ``value``, else a new JSON form."""
    check = field.check
    if check is Check.MODEL:
        return model_json(value)
    if not isinstance(value, list):
        return field.to_json(value)
    if check is Check.LIST_OF_VALUES:
        return current if value == current else field.to_json(value)
    if check is Check.LIST_REBUILD or current.__class__ is not list or len(current) != len(value):
        return field.to_json(value)
    if check is Check.LIST_OF_MODELS:
        # List equality compares identical items by identity, in C: for unchanged items this
        # is a pointer comparison per item.
        try:
            if list(map(_get_json_slot, value)) == current:
                return current
        except AttributeError:
            pass
        return field.to_json(value)
    forms = [model_json(v) for v in value]
    return current if forms == current else forms


def json_form(model: Any) -> dict[str, Any]:
    """The model's JSON form, made current (not a copy)."""
    info: ModelInfo = model._info
    form: dict[str, Any] | None = getattr(model, "_json", None)
    if form is None:
        form = {}
        for f in info.fields:
            value = getattr(model, f.attr)
            if value is not UNSET:
                form[f.key] = f.to_json(value)
        form.update(model.additional_properties)
        _object_setattr(model, "_json", form)
        return form
    for f in info.checked:
        value = getattr(model, f.attr)
        if value is UNSET or value is None:
            continue
        current = form.get(f.key)
        fresh = _verify(f, value, current)
        if fresh is not current:
            form[f.key] = fresh
    return form


def to_dict(model: Any) -> dict[str, Any]:
    return json_form(model).copy()


def model_setattr(model: Any, name: str, value: Any) -> None:
    """``__setattr__`` of generated models: set, then write through to the JSON form."""
    if name == "additional_properties":
        value = _set_extras(model, value)
    _object_setattr(model, name, value)
    form: dict[str, Any] | None = getattr(model, "_json", None)
    if form is None:
        return
    field = model._info.by_attr.get(name)
    if field is None:
        return
    if value is UNSET:
        form.pop(field.key, None)
    else:
        form[field.key] = field.to_json(value)


def _set_extras(model: Any, value: Mapping[str, Any]) -> Mapping[str, Any]:
    info: ModelInfo = model._info
    clash = info.keys.intersection(value)
    if clash:
        raise KeyError(f"{sorted(clash)} are declared fields of {type(model).__name__}; set the attributes instead")
    fresh = Extras(value)
    form: dict[str, Any] | None = getattr(model, "_json", None)
    if form is not None:
        for key in [k for k in form if k not in info.keys]:
            del form[key]
        form.update(fresh)
    return fresh


def model_setitem(model: Any, key: str, value: Any) -> None:
    extra = dict(model.additional_properties)
    extra[key] = value
    model.additional_properties = extra


def model_delitem(model: Any, key: str) -> None:
    extra = dict(model.additional_properties)
    del extra[key]
    model.additional_properties = extra


def _secret_key(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in _SECRET_WORDS)


def model_repr(model: Any) -> str:
    parts = []
    for f in model._info.fields:
        value = getattr(model, f.attr, UNSET)
        if value is UNSET:
            continue
        parts.append(f"{f.attr}=<redacted>" if f.secret and value else f"{f.attr}={value!r}")
    extra = model.additional_properties
    if extra:
        shown = {k: ("<redacted>" if _secret_key(k) else v) for k, v in extra.items()}
        parts.append(f"additional_properties={shown!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


class Model:
    """Base of every generated model: the JSON form, write-through, extras, repr and decoding.

    Each model module adds its fields (as slots and attrs fields), ``_decode`` (tolerant),
    ``_from_wire`` (fast) and ``_Wire``, tied together in the class's ``_info``.
    """

    __slots__ = ()
    _info: ClassVar[ModelInfo]
    additional_properties: Mapping[str, Any]

    __setattr__ = model_setattr
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object (copied first). Never fails on spec drift; see ``drift``."""
        return cls._from_json(copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        """Decode ``d`` in place: it becomes the value's JSON form (the caller must own it)."""
        info = cls._info
        return decode_object(d, info.wire, info.from_wire, info.decode)  # type: ignore[no-any-return]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        model_delitem(self, key)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties


# ---------------------------------------------------------------------------------------------
# Open enums


class OpenStrEnum(enum.StrEnum):
    """A string enum that can hold values the spec does not list.

    ``Cls("X")`` stays strict (``ValueError`` for an unknown value), so requests only carry
    values the caller chose. Decoding uses :meth:`_open_value`, which returns a value of the
    enum type that keeps the raw string, compares equal to it and serialises unchanged.
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


# ---------------------------------------------------------------------------------------------
# Whole documents


def _json_loads() -> Callable[[Any], Any]:
    try:
        import msgspec.json

        return msgspec.json.Decoder().decode
    except ImportError:
        pass
    try:
        import orjson

        return orjson.loads
    except ImportError:
        return json.loads


def _json_dumps() -> Callable[[Any], bytes]:
    try:
        import orjson

        return orjson.dumps
    except ImportError:
        pass
    try:
        import msgspec.json

        return msgspec.json.Encoder().encode
    except ImportError:
        return lambda value: json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


loads: Final = _json_loads()
dumps: Final = _json_dumps()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Build a large tree of new, long-lived objects without the cyclic collector in the way.

    A sync snapshot allocates hundreds of thousands of containers. With the collector running,
    every few hundred allocations start a young-generation pass over the half-built tree, and
    the same objects are scanned again as they are promoted. Instead, the collector is paused
    while the tree is built, and the new objects are then moved straight to the oldest
    generation (``gc.freeze(); gc.unfreeze()``), where the next full collection will look at
    them like at any other long-lived object. Nothing built here forms a reference cycle, and
    the collector's previous state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def json_object(model: type, data: Any) -> dict[str, Any]:
    if data.__class__ is not dict:
        from .errors import DecodeError

        raise DecodeError(f"{model.__name__}: expected a JSON object, got {json_type(data)}")
    return data


def json_array(model: type, data: Any) -> list[Any]:
    if data.__class__ is not list:
        from .errors import DecodeError

        raise DecodeError(f"list of {model.__name__}: expected a JSON array, got {json_type(data)}")
    return data
