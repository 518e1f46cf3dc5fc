from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .workspace_template import WorkspaceTemplate
from .workspace_template import _decode as _decode_WorkspaceTemplate
from .workspace_template import _from_wire as _from_wire_WorkspaceTemplate
from .workspace_template import _Wire as _WorkspaceTemplate_wire

__all__ = ["OrgWorkspaceTemplateResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "workspaceTemplate"])
_new = _codec.new_object


class _OrgWorkspaceTemplateResponseSlots:
    __slots__ = ("error_text", "workspace_template", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrgWorkspaceTemplateResponse(_OrgWorkspaceTemplateResponseSlots, _codec.Model):
    """Result of getOrgWorkspaceTemplate.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        workspace_template (``workspaceTemplate``): The organisation's active workspace template.
    """

    error_text: str | Unset = UNSET
    workspace_template: WorkspaceTemplate | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrgWorkspaceTemplateResponseRaw(_OrgWorkspaceTemplateResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrgWorkspaceTemplateResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrgWorkspaceTemplateResponse = _new(_OrgWorkspaceTemplateResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrgWorkspaceTemplateResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("workspaceTemplate", UNSET)
    if v.__class__ is dict:
        v = _decode_WorkspaceTemplate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrgWorkspaceTemplateResponse, "workspaceTemplate", "object", v, False, False)
    o.workspace_template = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrgWorkspaceTemplateResponse, d, _KEYS)
    o._json = d
    o.__class__ = OrgWorkspaceTemplateResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrgWorkspaceTemplateResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrgWorkspaceTemplateResponse = _new(_OrgWorkspaceTemplateResponseRaw)
    o.error_text = w.error_text
    v = w.workspace_template
    if v.__class__ is _WorkspaceTemplate_wire:
        v = _from_wire_WorkspaceTemplate(v, d["workspaceTemplate"])
    o.workspace_template = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrgWorkspaceTemplateResponse
    return o


_Wire: Any = _codec.wire_struct(
    "OrgWorkspaceTemplateResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("workspace_template", "workspaceTemplate", _WorkspaceTemplate_wire, UNSET),
    ],
)


OrgWorkspaceTemplateResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("workspace_template", "workspaceTemplate", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
