from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec

__all__ = ["ApiHosts"]

_KEYS: frozenset[str] = frozenset([])
_new = _codec.new_object


class _ApiHostsSlots:
    __slots__ = ("additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ApiHosts(_ApiHostsSlots, _codec.Model):
    """Host names to use for this user, keyed by role (seen: live, demo, mdLive, mdDemo, replay,
    reportingLive, reportingDemo); values are host names without scheme.
    """

    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ApiHostsRaw(_ApiHostsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ApiHosts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ApiHosts = _new(_ApiHostsRaw)
    if not d:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ApiHosts, d, _KEYS, report=False)
    o._json = d
    o.__class__ = ApiHosts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ApiHosts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ApiHosts = _new(_ApiHostsRaw)
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ApiHosts
    return o


_Wire: Any = _codec.wire_struct(
    "ApiHosts",
    [],
)


ApiHosts._info = _codec.model_info(
    (),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
