from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["Contract"]

_KEYS: frozenset[str] = frozenset(["name", "contractMaturityId", "id", "timestamp", "status", "providerTickSize"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ContractSlots:
    __slots__ = ("name", "contract_maturity_id", "id", "timestamp", "status", "provider_tick_size", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Contract(_ContractSlots, _codec.Model):
    """A tradable instrument: one maturity of a product, known by its symbol (for example `ESZ6`).

    Attributes:
        name (``name``): Contract symbol: product code, month code and year digit(s).
        contract_maturity_id (``contractMaturityId``): Id of the ContractMaturity this contract belongs to.
        id (``id``)
        timestamp (``timestamp``): When the contract record was created; often absent.
        status (``status``): State of the contract definition; seen: `DefinitionChecked`.
        provider_tick_size (``providerTickSize``): Tick size reported by the price provider, in price points.
    """

    name: str
    contract_maturity_id: int
    id: int | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    provider_tick_size: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ContractRaw(_ContractSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Contract:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Contract = _new(_ContractRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Contract, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Contract, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["contractMaturityId"]
    except KeyError:
        v = _codec.bad(Contract, "contractMaturityId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Contract, "contractMaturityId", "integer", v, True, False)
    o.contract_maturity_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Contract, "id", "integer", v, False, False)
    o.id = v
    v = g("timestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(Contract, "timestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Contract, "timestamp", "date-time", v, False, False)
    o.timestamp = v
    v = g("status", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Contract, "status", "string", v, False, False)
    o.status = v
    v = g("providerTickSize", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Contract, "providerTickSize", "number", v, False, False)
    o.provider_tick_size = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Contract, d, _KEYS)
    o._json = d
    o.__class__ = Contract
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Contract:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Contract = _new(_ContractRaw)
    o.name = w.name
    o.contract_maturity_id = w.contract_maturity_id
    o.id = w.id
    o.timestamp = w.timestamp
    o.status = w.status
    o.provider_tick_size = w.provider_tick_size
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Contract
    return o


_Wire: Any = _codec.wire_struct(
    "Contract",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("contract_maturity_id", "contractMaturityId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("timestamp", "timestamp", datetime.datetime, UNSET),
        ("status", "status", str, UNSET),
        ("provider_tick_size", "providerTickSize", _codec.NUMBER, UNSET),
    ],
)


Contract._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("contract_maturity_id", "contractMaturityId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("status", "status", _codec.plain_json),
        _codec.Field("provider_tick_size", "providerTickSize", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
