from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

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
class RollContracts(_RollContractsSlots):
    """Body of `rollContracts`.

    Attributes:
        roll_contracts (``rollContracts``): One lookup per contract.
    """

    roll_contracts: list[RollContractBase]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        """Decode ``d`` in place: it becomes the value's JSON form (the caller must own it)."""
        return cast(Self, _codec.decode_object(d, _Wire, _from_wire, _decode))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
