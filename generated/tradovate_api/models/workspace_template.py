from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["WorkspaceTemplate"]

_KEYS: frozenset[str] = frozenset(["name", "id"])
_new = _codec.new_object


class _WorkspaceTemplateSlots:
    __slots__ = ("name", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class WorkspaceTemplate(_WorkspaceTemplateSlots, _codec.Model):
    """A named workspace layout that an organisation provides to its users.

    Attributes:
        name (``name``): Name of the template.
        id (``id``)
    """

    name: str
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _WorkspaceTemplateRaw(_WorkspaceTemplateSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> WorkspaceTemplate:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: WorkspaceTemplate = _new(_WorkspaceTemplateRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(WorkspaceTemplate, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(WorkspaceTemplate, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(WorkspaceTemplate, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(WorkspaceTemplate, d, _KEYS)
    o._json = d
    o.__class__ = WorkspaceTemplate
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> WorkspaceTemplate:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: WorkspaceTemplate = _new(_WorkspaceTemplateRaw)
    o.name = w.name
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = WorkspaceTemplate
    return o


_Wire: Any = _codec.wire_struct(
    "WorkspaceTemplate",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


WorkspaceTemplate._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
