from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ChangePluginPermission"]

_KEYS: frozenset[str] = frozenset(["pluginName", "approval", "userId"])
_new = _codec.new_object


class _ChangePluginPermissionSlots:
    __slots__ = ("plugin_name", "approval", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ChangePluginPermission(_ChangePluginPermissionSlots, _codec.Model):
    """Request body of changePluginPermission.

    Attributes:
        plugin_name (``pluginName``): Name of the plug-in.
        approval (``approval``): True to allow the plug-in, false to disallow it.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    plugin_name: str
    approval: bool
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ChangePluginPermissionRaw(_ChangePluginPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ChangePluginPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ChangePluginPermission = _new(_ChangePluginPermissionRaw)
    missing = 0
    g = d.get
    try:
        v = d["pluginName"]
    except KeyError:
        v = _codec.bad(ChangePluginPermission, "pluginName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ChangePluginPermission, "pluginName", "string", v, True, False)
    o.plugin_name = v
    try:
        v = d["approval"]
    except KeyError:
        v = _codec.bad(ChangePluginPermission, "approval", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(ChangePluginPermission, "approval", "boolean", v, True, False)
    o.approval = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ChangePluginPermission, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ChangePluginPermission, d, _KEYS)
    o._json = d
    o.__class__ = ChangePluginPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ChangePluginPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ChangePluginPermission = _new(_ChangePluginPermissionRaw)
    o.plugin_name = w.plugin_name
    o.approval = w.approval
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ChangePluginPermission
    return o


_Wire: Any = _codec.wire_struct(
    "ChangePluginPermission",
    [
        ("plugin_name", "pluginName", str, _codec.REQUIRED),
        ("approval", "approval", bool, _codec.REQUIRED),
        ("user_id", "userId", int, UNSET),
    ],
)


ChangePluginPermission._info = _codec.model_info(
    (
        _codec.Field("plugin_name", "pluginName", _codec.plain_json),
        _codec.Field("approval", "approval", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
