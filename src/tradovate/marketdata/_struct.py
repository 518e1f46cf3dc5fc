"""The base class of the market-data value types, with or without msgspec.

With msgspec installed the value types are ``msgspec.Struct`` classes, so a whole frame is
parsed and checked in one C pass (that is what reaches the speed goals of the hot path).
Without it they derive from :class:`FallbackStruct`, a small pure-Python class with the same
constructor, fields, equality and repr; the tolerant decoder (:mod:`._tolerant`) builds both
kinds the same way, so results are identical either way.

``mypy`` checks the code against the msgspec form (it is installed in the dev environment).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

__all__ = ["HAVE_MSGSPEC", "INTERNAL_MARK", "Struct", "FallbackStruct", "fields_of", "wire_name"]

#: the first character of the wire key of an internal field (see :func:`wire_name`)
INTERNAL_MARK = "\uffff"


def wire_name(name: str) -> str:
    """The JSON key of a field: camelCase; a trailing underscore escapes a Python keyword.

    ``extras`` and ``unrecognized`` (what the tolerant path keeps) are never wire keys: msgspec
    needs a key for them, so they get one starting with :data:`INTERNAL_MARK` (U+FFFF, a Unicode
    noncharacter). The decoders send any text holding that character, or a ``\\u`` escape
    that could spell it, to the tolerant path (:func:`.decode.may_spell_internal`), which never
    reads these fields from the wire (such a key is kept in ``extras`` like any unknown key):
    no server key can fill them."""
    if name in ("extras", "unrecognized"):
        return INTERNAL_MARK + name
    name = name.rstrip("_")
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class FallbackStruct:
    """``msgspec.Struct`` look-alike: fields from annotations, keyword/positional constructor,
    equality by value, frozen, ``Name(a=1, ...)`` repr."""

    __struct_fields__: ClassVar[tuple[str, ...]] = ()
    __struct_defaults__: ClassVar[tuple[Any, ...]] = ()
    __slots__ = ()

    def __init_subclass__(cls, **options: Any) -> None:
        names: list[str] = []
        defaults: dict[str, Any] = {}
        for klass in reversed(cls.__mro__):
            for name in inspect.get_annotations(klass):
                if name.startswith("__") or name in names:
                    continue
                names.append(name)
        for name in names:
            for klass in cls.__mro__:
                if name in klass.__dict__ and not isinstance(klass.__dict__[name], property):
                    defaults[name] = klass.__dict__[name]
                    break
        cls.__struct_fields__ = tuple(names)
        first_default = next((i for i, n in enumerate(names) if n in defaults), len(names))
        cls.__struct_defaults__ = tuple(defaults[n] for n in names[first_default:])
        setattr(cls, "__init__", _make_init(names, defaults))  # noqa: B010 - a generated method

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"immutable type: {type(self).__name__!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__struct_fields__)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, n) for n in self.__struct_fields__))

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__struct_fields__)
        return f"{type(self).__name__}({inner})"

    def __rich_repr__(self) -> Any:  # pragma: no cover - display helper
        for n in self.__struct_fields__:
            yield n, getattr(self, n)


def _make_init(names: list[str], defaults: dict[str, Any]) -> Callable[..., None]:
    """An ``__init__`` written for these fields (as dataclasses and attrs do): a plain Python
    signature, one store per field, no per-call bookkeeping."""
    params = ", ".join(f"{n}=_defaults[{n!r}]" if n in defaults else n for n in names)
    body = "".join(f"    _set(self, {n!r}, {n})\n" for n in names) or "    pass\n"
    namespace: dict[str, Any] = {"_set": object.__setattr__, "_defaults": defaults}
    exec(f"def __init__(self, {params}):\n{body}", namespace)  # our own field names only
    init: Callable[..., None] = namespace["__init__"]
    return init


try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - the fallback is tested by forcing HAVE_MSGSPEC off
    _msgspec = None  # type: ignore[assignment]

HAVE_MSGSPEC = _msgspec is not None

if TYPE_CHECKING:
    from msgspec import Struct
elif _msgspec is not None:
    Struct = _msgspec.Struct
else:  # pragma: no cover
    Struct = FallbackStruct


def fields_of(value: Any) -> tuple[str, ...]:
    """The field names of a value type, in declaration order (both forms)."""
    fields: tuple[str, ...] = type(value).__struct_fields__
    return fields
