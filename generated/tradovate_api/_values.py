"""The model values: the base class of every generated model, its undeclared keys, open enums.

Part of the codec (see :mod:`._codec`). A model decoded by the typed path holds its checked wire
value (``_wire``); one holding arrays of models fills its fields from it on first read
(:func:`lazy_getattr`). What each model does is compiled by :class:`._spec.ModelSpec`.
"""

from __future__ import annotations

import datetime
import enum
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

import attrs

from . import errors
from ._json import _MAX_DEPTH, _depth_over, copy_json, json_type, written_datetime
from ._secrets import redact
from .types import UNSET

if TYPE_CHECKING:
    from typing import Self

    from ._spec import ModelSpec

E = TypeVar("E", bound="OpenStrEnum")


def json_form(value: Any) -> Any:
    """A new JSON value for anything a model attribute may hold (a model, an enum, a date-time,
    a value kept as sent); containers are copied, so nothing is shared with the model."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value._value_
    if isinstance(value, datetime.datetime):
        return written_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return copy_json(value)


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

    @classmethod
    def _from_json(cls, raw: Any) -> Self:
        # JSON text -> model by the typed path (decode() calls it, TYPED_REFUSALS: the tolerant
        # path's turn). Compiling the model's spec replaces this with its compiled function.
        return cls._spec.from_json(raw)  # type: ignore[no-any-return]

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


_FILLING: Final = threading.RLock()  # held while a lazy model's fields are filled


def lazy_getattr(self: Model, name: str) -> Any:
    """``__getattr__`` of a model whose decode() builds no field (one holding arrays of models,
    such as SyncMessage): only reached for a slot not set, it fills every field from the wire
    value on first read. (Only those classes get it: a class with ``__getattr__`` reads every
    attribute through a slower hook.)"""
    if name[0] != "_":
        try:
            wire = _GET_WIRE(self)
        except AttributeError:
            wire = None
        spec = self._spec
        if wire is not None and name in spec.lazy_names:
            # Filled once, under the lock: threads reading a value first at once all get the
            # same objects (a second fill would hand out other lists). Once filled, the slots
            # are read directly (this hook is not reached again).
            with _FILLING:
                try:
                    return object.__getattribute__(self, name)
                except AttributeError:
                    spec.fill(self, wire)
            return object.__getattribute__(self, name)
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


_GET_EXTRAS: Final = Model.__dict__["additional_properties"].__get__
_SET_EXTRAS: Final = Model.__dict__["additional_properties"].__set__


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
