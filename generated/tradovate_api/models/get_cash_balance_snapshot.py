from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["GetCashBalanceSnapshot"]

_KEYS: frozenset[str] = frozenset(["accountId"])
_new = _codec.new_object


class _GetCashBalanceSnapshotSlots:
    __slots__ = ("account_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class GetCashBalanceSnapshot(_GetCashBalanceSnapshotSlots, _codec.Model):
    """Request for the current cash balance snapshot of one account.

    Attributes:
        account_id (``accountId``): Id of the Account.
    """

    account_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _GetCashBalanceSnapshotRaw(_GetCashBalanceSnapshotSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> GetCashBalanceSnapshot:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: GetCashBalanceSnapshot = _new(_GetCashBalanceSnapshotRaw)
    missing = 0
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(GetCashBalanceSnapshot, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(GetCashBalanceSnapshot, "accountId", "integer", v, True, False)
    o.account_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(GetCashBalanceSnapshot, d, _KEYS)
    o._json = d
    o.__class__ = GetCashBalanceSnapshot
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> GetCashBalanceSnapshot:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: GetCashBalanceSnapshot = _new(_GetCashBalanceSnapshotRaw)
    o.account_id = w.account_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = GetCashBalanceSnapshot
    return o


_Wire: Any = _codec.wire_struct(
    "GetCashBalanceSnapshot",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
    ],
)


GetCashBalanceSnapshot._info = _codec.model_info(
    (_codec.Field("account_id", "accountId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
