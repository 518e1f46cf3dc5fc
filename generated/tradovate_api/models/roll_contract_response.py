from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .contract import Contract
from .contract import _decode as _decode_Contract
from .contract import _from_wire as _from_wire_Contract
from .contract import _Wire as _Contract_wire

__all__ = ["RollContractResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "contract"])
_new = _codec.new_object


class _RollContractResponseSlots:
    __slots__ = ("error_text", "contract", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RollContractResponse(_RollContractResponseSlots, _codec.Model):
    """Result of `rollContract`: the contract to roll to, or `errorText`.

    Attributes:
        error_text (``errorText``): Set when no contract was found or the request failed.
        contract (``contract``): Contract to roll to.
    """

    error_text: str | Unset = UNSET
    contract: Contract | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RollContractResponseRaw(_RollContractResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RollContractResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RollContractResponse = _new(_RollContractResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RollContractResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("contract", UNSET)
    if v.__class__ is dict:
        v = _decode_Contract(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RollContractResponse, "contract", "object", v, False, False)
    o.contract = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RollContractResponse, d, _KEYS)
    o._json = d
    o.__class__ = RollContractResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RollContractResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RollContractResponse = _new(_RollContractResponseRaw)
    o.error_text = w.error_text
    v = w.contract
    if v.__class__ is _Contract_wire:
        v = _from_wire_Contract(v, d["contract"])
    o.contract = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RollContractResponse
    return o


_Wire: Any = _codec.wire_struct(
    "RollContractResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("contract", "contract", _Contract_wire, UNSET),
    ],
)


RollContractResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("contract", "contract", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
