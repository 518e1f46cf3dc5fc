"""The JSON a model writes back (``to_dict``), as source text compiled into each model's spec.

Part of the codec (see :mod:`._codec`): a model the typed path decoded and nothing changed writes
the JSON the server sent (from its kept wire value, then from the JSON kept from the second
call on, copied the cheapest way its known shape allows); any other model is written from its
fields.
"""

from __future__ import annotations

import itertools
import json
import operator
from typing import TYPE_CHECKING, Any

from ._json import copy_json
from ._kinds import _SCALAR_KINDS, List, ModelRef, _bind, spec_of
from ._values import _CONSUME, _GET_EXTRAS, _GET_JSON, _GET_WIRE, _SET_JSON, _SET_WIRE, json_form

if TYPE_CHECKING:
    from ._spec import ModelSpec

try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - exercised by the vendoring test
    _msgspec = None  # type: ignore[assignment]


def copy_source(spec: ModelSpec, ns: dict[str, Any]) -> str:
    """A fresh copy of the JSON object a typed-decoded value wrote (its shape is known: only
    the containers of the declared fields are copied, each the cheapest way)."""
    if spec.open:  # undeclared keys may hold anything
        return f"def copy_json(j):\n    return {_bind(ns, copy_json)}(j)"
    lines = ["def copy_json(j):", "    d = j.copy()"]
    for f in spec.fields:
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


def copy_list_source(spec: ModelSpec, ns: dict[str, Any]) -> str:
    """A fresh copy of a JSON array of objects typed-decoded values wrote: flat objects in one
    C call each, the flat objects inside them (``tradeDate``) key by key, C calls only."""
    dcopy = _bind(ns, dict.copy)
    lines = ["def copy_list(v):", f"    c = list(map({dcopy}, v))"]
    inner = [f for f in spec.fields if not isinstance(f.kind, _SCALAR_KINDS)]
    if spec.open or not all(isinstance(f.kind, ModelRef) and spec_of(f.kind.cls).flat() for f in inner):
        return f"def copy_list(v):\n    return list(map({_bind(ns, spec.copy_json)}, v))"
    put, get, repeat = _bind(ns, _CONSUME), _bind(ns, operator.itemgetter), _bind(ns, itertools.repeat)
    for f in inner:
        key = json.dumps(f.key)
        targets = "c"
        if not f.required or f.nullable:  # the objects holding one (C calls only, as below)
            pick, holds = _bind(ns, itertools.compress), _bind(ns, isinstance)
            values = f"map({_bind(ns, dict.get)}, c, {repeat}({key}))"
            lines.append(f"    t = list({pick}(c, map({holds}, {values}, {repeat}({_bind(ns, dict)}))))")
            targets = "t"
        lines.append(
            f"    {put}(map({_bind(ns, dict.__setitem__)}, {targets}, {repeat}({key}), map({dcopy}, map({get}({key}), {targets}))))"
        )
    lines.append("    return c")
    return "\n".join(lines)


def to_json_source(spec: ModelSpec, ns: dict[str, Any], typed: bool) -> str:
    # The usual case costs one class test per field; anything else (UNSET, null, a value
    # kept as sent) takes the second branch.
    lines = ["def to_json(o):"]
    if typed:
        # Decoded by the typed path and never changed: the JSON the server sent, written
        # from the kept wire value (msgspec). Written a second time, it is kept and fresh
        # copies of it are handed out (``_json`` is None after the first: ``None.copy()``
        # is the AttributeError that sends the second call on). A model that can hold lists
        # or free-form values (here or deeper) is written from its fields once they were
        # read: they may have been changed in place.
        copy = _bind(ns, spec.copy_json)
        get_json, set_json = _bind(ns, _GET_JSON), _bind(ns, _SET_JSON)
        first = [  # the first call hands out what it wrote; the second keeps it
            f"    j = {_bind(ns, _msgspec.to_builtins)}(w)",
            "    try:",
            f"        {get_json}(o)",
            "    except AttributeError:",
            f"        {set_json}(o, None)",
            "        return j",
        ]
        if spec.flat():
            # A model of scalars (never lazy: no __getattr__, a slot read is cheap) keeps the
            # JSON written the first time in place of its wire value, and hands out copies.
            kept = [
                "try:",
                "    w = o._wire",
                "except AttributeError:",
                "    pass",
                "else:",
                "    if w.__class__ is not dict:",
                f"        w = {_bind(ns, _msgspec.to_builtins)}(w)",
                f"        {_bind(ns, _SET_WIRE)}(o, w)",
                "    return w.copy()",
            ]
        else:
            kept = [
                "try:",
                f"    w = {_bind(ns, _GET_WIRE)}(o)",
                "except AttributeError:",
                "    pass",
                "else:",
                "    try:",
                f"        return {copy}({get_json}(o))",
                "    except AttributeError:",  # None (written once) or not set
                "        pass",
                *first,
                f"    {set_json}(o, j)",
                f"    return {copy}(j)",
            ]
        if spec.deep_mutable():  # only while no field was read (filled fields set extras last)
            kept = [
                "try:",
                f"    {_bind(ns, _GET_EXTRAS)}(o)",
                "except AttributeError:",
                *("    " + x for x in kept),
            ]
        lines += ["    " + x for x in kept]
    lines.append("    d = {}")
    other = _bind(ns, json_form)
    for f in spec.fields:
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
