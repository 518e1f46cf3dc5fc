from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .roll_contract_base import RollContractBase
from .roll_contract_base import _decode as _decode_RollContractBase
from .roll_contract_base import _from_wire as _from_wire_RollContractBase
from .roll_contract_base import _Wire as _RollContractBase_wire

__all__ = ["RollContracts"]

_KEYS: frozenset[str] = frozenset(["rollContracts"])
_new = _codec.new_object


class _RollContractsSlots:
    __slots__ = ("roll_contracts", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RollContracts(_RollContractsSlots, _codec.Model):
    """Body of `rollContracts`.

    Attributes:
        roll_contracts (``rollContracts``): One lookup per contract.
    """

    roll_contracts: list[RollContractBase]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RollContractsRaw(_RollContractsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RollContracts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RollContracts = _new(_RollContractsRaw)
    missing = 0
    try:
        v = d["rollContracts"]
    except KeyError:
        v = _codec.bad(RollContracts, "rollContracts", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                RollContracts,
                "rollContracts",
                _decode_RollContractBase,
                v,
                _RollContractBase_wire,
                _from_wire_RollContractBase,
            )
        else:
            v = _codec.bad(RollContracts, "rollContracts", "array", v, True, False)
    o.roll_contracts = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RollContracts, d, _KEYS)
    o._json = d
    o.__class__ = RollContracts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RollContracts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RollContracts = _new(_RollContractsRaw)
    v = w.roll_contracts
    if v.__class__ is list:
        v = _codec.decode_models(
            RollContracts,
            "rollContracts",
            _decode_RollContractBase,
            v,
            _RollContractBase_wire,
            _from_wire_RollContractBase,
        )
    o.roll_contracts = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RollContracts
    return o


_Wire: Any = _codec.wire_struct(
    "RollContracts",
    [
        ("roll_contracts", "rollContracts", list[Any], _codec.REQUIRED),
    ],
)


RollContracts._info = _codec.model_info(
    (
        _codec.Field(
            "roll_contracts", "rollContracts", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
