from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SimpleResponse"]

_KEYS: frozenset[str] = frozenset(["ok", "errorText"])
_new = _codec.new_object


class _SimpleResponseSlots:
    __slots__ = ("ok", "error_text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SimpleResponse(_SimpleResponseSlots, _codec.Model):
    """Plain outcome of an action: `ok`, plus `errorText` when it failed.

    Attributes:
        ok (``ok``): True when the action succeeded.
        error_text (``errorText``): Reason the action failed.
    """

    ok: bool
    error_text: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SimpleResponseRaw(_SimpleResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SimpleResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SimpleResponse = _new(_SimpleResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["ok"]
    except KeyError:
        v = _codec.bad(SimpleResponse, "ok", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(SimpleResponse, "ok", "boolean", v, True, False)
    o.ok = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SimpleResponse, "errorText", "string", v, False, False)
    o.error_text = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SimpleResponse, d, _KEYS)
    o._json = d
    o.__class__ = SimpleResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SimpleResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SimpleResponse = _new(_SimpleResponseRaw)
    o.ok = w.ok
    o.error_text = w.error_text
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SimpleResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SimpleResponse",
    [
        ("ok", "ok", bool, _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
    ],
)


SimpleResponse._info = _codec.model_info(
    (
        _codec.Field("ok", "ok", _codec.plain_json),
        _codec.Field("error_text", "errorText", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
