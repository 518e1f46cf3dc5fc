from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .roll_contracts_response_contracts import RollContractsResponseContracts
from .roll_contracts_response_contracts import _decode as _decode_RollContractsResponseContracts
from .roll_contracts_response_contracts import _from_wire as _from_wire_RollContractsResponseContracts
from .roll_contracts_response_contracts import _Wire as _RollContractsResponseContracts_wire

__all__ = ["RollContractsResponse"]

_KEYS: frozenset[str] = frozenset(["contracts", "errorText"])
_new = _codec.new_object


class _RollContractsResponseSlots:
    __slots__ = ("contracts", "error_text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RollContractsResponse(_RollContractsResponseSlots, _codec.Model):
    """Result of `rollContracts`.

    Attributes:
        contracts (``contracts``): Contracts found, keyed (apparently) by the requested name.
        error_text (``errorText``): Set when the request failed.
    """

    contracts: RollContractsResponseContracts
    error_text: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RollContractsResponseRaw(_RollContractsResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RollContractsResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RollContractsResponse = _new(_RollContractsResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["contracts"]
    except KeyError:
        v = _codec.bad(RollContractsResponse, "contracts", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_RollContractsResponseContracts(v)
        else:
            v = _codec.bad(RollContractsResponse, "contracts", "object", v, True, False)
    o.contracts = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RollContractsResponse, "errorText", "string", v, False, False)
    o.error_text = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RollContractsResponse, d, _KEYS)
    o._json = d
    o.__class__ = RollContractsResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RollContractsResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RollContractsResponse = _new(_RollContractsResponseRaw)
    v = w.contracts
    if v.__class__ is _RollContractsResponseContracts_wire:
        v = _from_wire_RollContractsResponseContracts(v, d["contracts"])
    o.contracts = v
    o.error_text = w.error_text
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RollContractsResponse
    return o


_Wire: Any = _codec.wire_struct(
    "RollContractsResponse",
    [
        ("contracts", "contracts", _RollContractsResponseContracts_wire, _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
    ],
)


RollContractsResponse._info = _codec.model_info(
    (
        _codec.Field("contracts", "contracts", _codec.model_json),
        _codec.Field("error_text", "errorText", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
