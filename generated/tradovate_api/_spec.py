"""What one model does, compiled on first use from its field table (:class:`ModelSpec`).

Part of the codec (see :mod:`._codec`): the tolerant decoder, the typed path's checks, lazy
values and fill, the written-back JSON and its copies, and the request encoder.

Threads: a model is compiled once, under one lock, by the first thread that uses it; the others
wait for it, and nobody sees a half-compiled model (once compiled, no lock is taken).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

from . import _limits, drift, errors
from ._json import (
    _CHECK_EVERY,
    _TYPED_DEPTH,
    TYPED_REFUSALS,
    _depth_over,
    _free_json,
    _WireRefused,
    copy_json,
    json_type,
    loads,
)
from ._kinds import _SCALAR_KINDS, Any_, DateTime, F, List, ModelRef, _bind, check_json, spec_of
from ._secrets import is_secret_key
from ._tolerant import _compile, bad
from ._values import (
    _SET_EXTRAS,
    _SET_WIRE,
    NO_EXTRAS,
    Extras,
    Model,
    lazy_getattr,
)
from ._written import copy_list_source, copy_source, to_json_source
from .types import UNSET

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - exercised by the vendoring test
    _msgspec = None  # type: ignore[assignment]

_new: Final = object.__new__
# Held while a model compiles (one for all: compiling one model compiles the models inside it,
# so one lock per model could deadlock two threads compiling two models that hold each other).
_COMPILING: Final = threading.RLock()


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
        self._compiled = False  # set once every compiled attribute is (see __getattr__)
        self._building = False

    def __repr__(self) -> str:
        return f"<ModelSpec {self.name}>"

    # Compiled on first use: --------------------------------------------------------------
    wire: Any
    json_decoder: Any
    list_decoder: Any
    list_wire: Any
    check: Callable[[Any], None] | None  # the checks of a wire value msgspec cannot make (None: none)
    build: Callable[[Any], Any]  # a checked wire value -> its model, every field built
    fill: Callable[[Any, Any], None]  # fills the fields of a model decode() made from its wire value
    from_wire: Callable[[Any], Any]
    from_json: Callable[[Any], Any]
    decode_dict: Callable[[dict[str, Any], bool], Any]
    to_json: Callable[[Any], dict[str, Any]]
    copy_json: Callable[[dict[str, Any]], dict[str, Any]]  # a fresh copy of a model's kept JSON
    copy_list: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]  # ... of an array of them
    raw_cls: type

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute not set: once compiled, never (no cost on the hot path).
        # Several threads may meet a model first at once: one compiles it under the lock, the
        # others wait for it; the flag is set only once everything is built. (The compiling
        # thread itself, reading an attribute not built yet, gets AttributeError.) The attribute
        # is looked up again: it may have been set since this thread missed it.
        if name[:2] == "__":
            raise AttributeError(name)
        if not self._compiled:
            with _COMPILING:
                if not self._compiled:
                    if self._building:
                        raise AttributeError(name)
                    self._compile()
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(name) from None

    def _compile(self) -> None:
        self._building = True
        try:
            self._build()
        finally:
            self._building = False
        self._compiled = True

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

    def lazy(self) -> bool:
        """Whether decode() builds no field of this model: one holding arrays of models (building
        them is the cost; their fields are built on first read, through ``lazy_getattr``)."""
        return not self.eager() and any(
            isinstance(f.kind, List) and isinstance(f.kind.item, ModelRef) for f in self.fields
        )

    def check_lines(self, ns: dict[str, Any], var: str, depth: int) -> list[str]:
        lines: list[str] = []
        for f in self.fields:
            lines += f.kind.check_lines(ns, f"{var}.{f.attr}", depth)
        return lines

    def _build(self) -> None:
        # The tolerant path fills a plain instance of the slots base (fast stores, no frozen
        # checks), then gives it the model's class: the two have the same memory layout.
        base = next(c for c in self.cls.__mro__ if c.__name__ == "_Slots")
        # object's own __init__: ``_raw()`` is the cheapest way to make one (no attrs __init__)
        self.raw_cls = type(f"_{self.name}Raw", (base,), {"__slots__": (), "__init__": object.__init__})
        ns: dict[str, Any] = {"UNSET": UNSET, "_new": _new, "_raw": self.raw_cls, "_cls": self.cls}
        ns["NO_EXTRAS"] = NO_EXTRAS
        ns["_extras"] = self._extras
        ns["_bad"] = bad
        ns["_WireRefused"] = _WireRefused
        self.decode_dict = _compile(self._decode_source(ns), "decode_dict", ns)
        typed = _msgspec is not None and not self.open
        self.copy_json = _compile(copy_source(self, ns), "copy_json", ns)
        self.copy_list = _compile(copy_list_source(self, ns), "copy_list", ns)
        self.to_json = _compile(to_json_source(self, ns, typed), "to_json", ns)
        if "to_dict" not in self.cls.__dict__:  # the model's to_dict is this function (one call fewer)
            type.__setattr__(self.cls, "to_dict", self.to_json)
        if _msgspec is not None and self.open:
            # msgspec would drop the undeclared keys an open object may carry: check it as a
            # JSON object only and decode it with the tolerant path, which keeps them.
            self.json_decoder = _msgspec.json.Decoder(dict[str, Any])
            self.list_wire = list[dict[str, Any]]
            self.list_decoder = _msgspec.json.Decoder(self.list_wire)
            self.from_wire = self.build = self._own_dict
            self.from_json = self._tolerant_from_json
            self.wire = dict[str, Any]
        elif typed:
            spec: list[Any] = []
            for f in self.fields:
                kind = f.kind.wire() | None if f.nullable else f.kind.wire()
                # An omitted optional field takes the default UNSET (never validated by msgspec).
                spec.append((f.attr, kind) if f.required else (f.attr, kind, UNSET))
            wire = _msgspec.defstruct(
                f"{self.name}Wire",
                spec,
                rename={f.attr: f.key for f in self.fields},
                kw_only=True,
                forbid_unknown_fields=not self.open,
                gc=False,
                omit_defaults=True,
                module=__name__,
            )
            self.json_decoder = _msgspec.json.Decoder(wire)
            self.list_wire = list.__class_getitem__(wire)
            self.list_decoder = _msgspec.json.Decoder(self.list_wire)
            ns["_dec"] = self.json_decoder.decode
            ns["_set_wire"] = _SET_WIRE
            self.check = _compile(self._check_source(ns), "check", ns) if self.needs_check() else None
            self.build = _compile(self._fill_source(ns, build=True), "build", ns)
            self.fill = _compile(self._fill_source(ns), "fill", ns)
            if self.lazy():  # before from_json hands out a value that needs it
                type.__setattr__(self.cls, "__getattr__", lazy_getattr)
            self.from_wire = _compile(self._from_wire_source(ns), "from_wire", ns)
            self.from_json = _compile(self._from_json_source(ns), "from_json", ns)
            self.wire = wire
        else:
            self.from_json = self._tolerant_from_json
            self.wire = None
        # decode() calls the model's own function (one class attribute read, no spec lookups;
        # a plain function: read from the class it is itself, and the interpreter's cached read)
        type.__setattr__(self.cls, "_from_json", self.from_json)

    def _decode_source(self, ns: dict[str, Any]) -> str:
        name = self.name
        lines = ["def decode_dict(d, own):", "    o = _raw()", "    missing = 0", "    g = d.get"]
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

    def _from_wire_source(self, ns: dict[str, Any]) -> str:
        # A parsed JSON object (from_dict) or array item, checked by msgspec.convert: built at once.
        check = [f"    {_bind(ns, self.check)}(w)"] if self.check is not None else []
        return "\n".join(["def from_wire(w):", *check, f"    return {_bind(ns, self.build)}(w)"])

    def _from_json_source(self, ns: dict[str, Any]) -> str:
        # decode(): the checked wire value's fields are built at once (a model holding arrays
        # of models builds none: it fills every field from its wire value on first read).
        lines = ["def from_json(raw):", "    w = _dec(raw)"]
        if self._inline():  # checked while built (a date-time parsed once), one call
            return "\n".join(lines + self._fill_source(ns, build=True, checking=True).splitlines()[1:])
        if self.check is not None:  # inline: one call fewer for a small message
            lines += ["    try:", *("        " + x for x in self.check_lines(ns, "w", 0))]
            lines += ["    except ValueError:", "        raise _WireRefused from None"]
        if self.lazy():
            lines += ["    o = _new(_cls)", "    _set_wire(o, w)", "    return o"]
        else:  # build's body, inline (one call fewer for a small message)
            lines += self._fill_source(ns, build=True).splitlines()[1:]
        return "\n".join(lines)

    def _inline(self) -> bool:
        """Whether decode() checks each value while building it: no array of models, and no
        model inside that needs a check of its own (``Fill.tradeDate`` does not)."""
        return not self.lazy() and not any(
            isinstance(f.kind, List)
            or (isinstance(f.kind, ModelRef) and (spec_of(f.kind.cls) is self or spec_of(f.kind.cls).needs_check()))
            for f in self.fields
        )

    def _fill_source(self, ns: dict[str, Any], build: bool = False, checking: bool = False) -> str:
        # build: a new object of the slots base is filled (fast stores, no frozen checks; nobody
        # sees it yet), then given the model's class (same memory layout). fill: the fields of
        # a model someone holds are set through their slots, the model's class never changed;
        # additional_properties last (a model whose additional_properties is set is complete).
        slots = {name: value for c in reversed(self.cls.__mro__) for name, value in vars(c).items()}
        lines = ["def build(w):", "    o = _raw()"] if build else ["def fill(o, w):"]
        for f in self.fields:
            kind = f.kind
            guarded = f.nullable or not f.required
            value = f"w.{f.attr}"
            if isinstance(kind, DateTime):  # the usual spelling parsed inline (no call)
                lines.append(f"    v = w.{f.attr}")
                body = kind.build_lines(ns, checking)
                if guarded:
                    body = ["if v.__class__ is str:", *("    " + x for x in body)]
                lines += ["    " + x for x in body]
                value = "v"
            else:
                conv = kind.from_wire(ns)
                if checking and isinstance(kind, Any_):
                    conv = f"{_bind(ns, _free_json)}(v)"
                if conv is not None:
                    guard = "v is not None and v is not UNSET" if guarded else ""
                    lines.append(f"    v = w.{f.attr}")
                    value = f"({conv}) if {guard} else v" if guard else conv
            lines.append(
                f"    o.{f.attr} = {value}" if build else f"    {_bind(ns, slots[f.attr].__set__)}(o, {value})"
            )
        if build:
            lines += [
                "    o.additional_properties = NO_EXTRAS",
                "    o._wire = w",
                "    o.__class__ = _cls",
                "    return o",
            ]
        else:
            lines.append(f"    {_bind(ns, _SET_EXTRAS)}(o, NO_EXTRAS)")
        return "\n".join(lines)

    def _extras(self, d: dict[str, Any], own: bool) -> Mapping[str, Any]:
        found = {k: v for k, v in d.items() if k not in self.keys}
        if not self.open:
            for k in found:
                drift.report(self.name, k, "unknown_field", "field not declared in the spec")
        return Extras(found if own else copy_json(found))

    # Entry points --------------------------------------------------------------------------
    def shares_input(self, _seen: frozenset[ModelSpec] = frozenset()) -> bool:
        """Whether a value the typed path decodes from parsed JSON would hold containers of it
        (msgspec hands free-form values over as they are; an open object keeps its undeclared
        values): decoding a caller's JSON (``own`` false) copies it first."""
        found: bool | None = self.__dict__.get("_shares_input")
        if found is None:
            seen = _seen | {self}
            found = self.open or any(
                isinstance(k, Any_)
                or (isinstance(k, ModelRef) and spec_of(k.cls) not in seen and spec_of(k.cls).shares_input(seen))
                for k in (f.kind.item if isinstance(f.kind, List) else f.kind for f in self.fields)
            )
            if not _seen:
                self.__dict__["_shares_input"] = found
        return found

    def decode_items(self, model: str, key: str, items: list[Any], own: bool) -> list[Any]:
        """A JSON array of these objects: checked as a whole first, then item by item."""
        if self.wire is not None:
            if not own and self.shares_input():
                items, own = copy_json(items), True
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
            if not own and self.shares_input():
                d, own = copy_json(d), True
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


def fields(cls: type[Model], *table: F, open_: bool = False) -> None:
    """Attach a model's field table (called once, right after the class in its module)."""
    type.__setattr__(cls, "_spec", ModelSpec(cls, table, open_))
