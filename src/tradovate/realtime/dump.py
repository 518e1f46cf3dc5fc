"""The mirror written out: :func:`to_json` (a deep copy of every stored entity, keyed like
``SyncMessage``) and :func:`dumps` (compact JSON bytes encoded straight from the stored values).

Copying is the cost of ``to_json``, so each table is copied the cheapest way its shapes allow
(shapes are tracked per entity as values are stored, see :class:`.table.Table`): a table whose
entities hold no object or array is copied in one C call per entity (a shallow copy of a flat
object is a deep one); one whose entities hold at most flat objects under known keys (the
``tradeDate`` of fills, positions, some execution reports) in one Python loop;
anything deeper is copied by :func:`copy_json`. The result shares no container with the mirror.

That is the floor of a fresh copy: with the collector off, ``to_json`` of the benchmark's
43k-entity snapshot costs about what ``orjson.dumps`` of the parsed snapshot does; the rest is
the collector's, which tracks every copy holding an object (CPython tracks any dict holding a
dict) and walks them as they are made (``tests/bench/mirror_bench.py`` section 3).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .changes import Raw
from .entity_types import ENTITY_TYPES
from .table import Table

__all__ = ["copy_entity", "copy_json", "dumps", "own_entity", "own_json", "to_json"]

_NESTED: Final = frozenset({dict, list})
# What JSON holds besides objects and arrays: shared, never copied.
_ATOMS: Final = frozenset({str, int, float, bool, type(None)})
# Whether the collector tracks an object: a dict it does not track holds no container (CPython
# tracks a dict from the moment it holds one), so a shallow copy of it is a deep one. A tracked
# dict may hold none (it stays tracked once one was removed): the slow path is still right.
_tracked: Final = gc.is_tracked


def to_json(tables: Iterable[Table], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Every table's entities (deep copies) under its ``SyncMessage`` key, then the snapshot's
    other keys (``extra``, copied) not already written."""
    out: dict[str, Any] = {}
    for table in tables:
        info = ENTITY_TYPES.get(table.name)
        out[info.plural if info is not None else table.name] = _copies(table)
    for key, value in extra.items():
        out.setdefault(key, copy_json(value))
    return out


def dumps(tables: Iterable[Table], extra: Mapping[str, Any]) -> bytes:
    """:func:`to_json` as compact JSON bytes (standard library), encoded from the stored values
    themselves: bytes alias nothing, so nothing is copied."""
    out: dict[str, Any] = {}
    for table in tables:
        info = ENTITY_TYPES.get(table.name)
        out[info.plural if info is not None else table.name] = [*table.store.values(), *table.unkeyed]
    for key, value in extra.items():
        out.setdefault(key, value)
    return json.dumps(out, separators=(",", ":"), ensure_ascii=False).encode()


def copy_entity(raw: Raw) -> Raw:
    """A deep copy of a JSON object: one C call when it holds no object or array."""
    out = raw.copy()
    if _tracked(raw):
        for k, v in raw.items():
            if v.__class__ is dict:
                out[k] = copy_json(v) if _tracked(v) else v.copy()
            elif v.__class__ is list:
                out[k] = copy_json(v)
    return out


def copy_json(value: Any) -> Any:
    """A deep copy of parsed JSON: containers copied in C, only the nested ones visited."""
    if value.__class__ is dict:
        out = value.copy()
        if _tracked(value):
            for k, v in value.items():
                if v.__class__ is dict or v.__class__ is list:
                    out[k] = copy_json(v)
        return out
    if value.__class__ is list:
        return [copy_json(v) if v.__class__ is dict or v.__class__ is list else v for v in value]
    return value


def own_entity(raw: Raw) -> Raw:
    """:func:`copy_entity` of a caller's object, to be stored: any other mapping or sequence in it
    (``OrderedDict``, ``defaultdict``, tuple, ...) becomes a plain dict or list, so what the
    mirror stores is plain JSON, which the fast copies above rely on. A dict the collector does
    not track may still hold a tuple (the empty one, or one of atoms it untracked): looked for in C."""
    out = raw.copy()
    if _tracked(raw) or tuple in map(type, raw.values()):
        for k, v in raw.items():
            if v.__class__ not in _ATOMS:
                out[k] = own_json(v)
    return out


def own_json(value: Any) -> Any:
    """:func:`copy_json` of a caller's value, to be stored: plain dicts and lists throughout."""
    cls = value.__class__
    if cls is dict:
        return own_entity(value)
    if cls is list:
        return [v if v.__class__ in _ATOMS else own_json(v) for v in value]
    if cls in _ATOMS:
        return value
    if isinstance(value, Mapping):
        return {k: own_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [own_json(v) for v in value]
    return value


def _plan(raw: Raw) -> tuple[str, ...] | None:
    """The keys of ``raw`` holding flat objects, ``None`` if it holds anything deeper or an array."""
    flat = _NESTED.isdisjoint
    keys = []
    for k, v in raw.items():
        if v.__class__ is dict and flat(map(type, v.values())):
            keys.append(k)
        elif v.__class__ is dict or v.__class__ is list:
            return None
    return tuple(keys)


def _nested(table: Table) -> dict[int, tuple[str, ...] | None]:
    """The table's stored values that hold an object or an array, with their plans (brought up
    to date with the values stored since the last call, and ``table.plan`` with them)."""
    flat = _NESTED.isdisjoint
    store = table.store
    if table.recheck:
        table.nested = {i: _plan(r) for i, r in store.items() if _tracked(r) and not flat(map(type, r.values()))}
        table.recheck = False
    elif table.unchecked:
        nested = table.nested
        for i in table.unchecked:
            raw = store[i]
            if not _tracked(raw) or flat(map(type, raw.values())):
                nested.pop(i, None)
            else:
                nested[i] = _plan(raw)
        table.unchecked.clear()
    else:
        return table.nested
    keys: dict[str, None] = {}
    for plan in set(table.nested.values()):
        if plan is None:
            table.plan = None
            break
        keys.update(dict.fromkeys(plan))
    else:
        table.plan = tuple(keys)
    return table.nested


def _copies(table: Table) -> list[Any]:
    """Deep copies of the table's stored values, in store order, then of its unkeyed items."""
    store = table.store
    nested = _nested(table)
    plan = table.plan  # the keys of flat objects in any stored entity; None: something deeper
    if not nested:
        out = list(map(dict.copy, store.values()))
    elif plan is not None and len(plan) == 1 and len(nested) == len(store):
        # Every entity holds one flat object, under the same key (fills, positions). (Made in C
        # calls, copies first and their objects put in after, this costs more: dict.__setitem__
        # is a slot wrapper, and the second pass finds the copies out of the cache.)
        (k,) = plan
        out = []
        append = out.append
        for raw in store.values():
            copy = raw.copy()
            copy[k] = raw[k].copy()
            append(copy)
    elif plan is not None and len(plan) == 1:
        # Some entities hold a flat object under one key (execution reports: tradeDate); the
        # others hold no object or array.
        (k,) = plan
        out = []
        append = out.append
        for raw in store.values():
            copy = raw.copy()
            inner = copy.get(k)
            if inner.__class__ is dict:
                copy[k] = inner.copy()
            append(copy)
    elif plan is not None:
        out = []
        append = out.append
        for raw in store.values():
            copy = raw.copy()
            for k in plan:
                inner = copy.get(k)
                if inner.__class__ is dict:
                    copy[k] = inner.copy()
            append(copy)
    else:
        out = []
        append = out.append
        get = nested.get
        for i, raw in store.items():
            keys = get(i, ())  # () for a flat entity; a plan is never empty
            if not keys:
                append(raw.copy() if keys is not None else copy_json(raw))
            else:
                copy = raw.copy()
                for k in keys:
                    copy[k] = raw[k].copy()
                append(copy)
    if table.unkeyed:
        out += map(copy_json, table.unkeyed)
    return out
