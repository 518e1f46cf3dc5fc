from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ChangeDemoBalance"]

_KEYS: frozenset[str] = frozenset(["accountId", "cashChange", "comment"])
_new = _codec.new_object


class _ChangeDemoBalanceSlots:
    __slots__ = ("account_id", "cash_change", "comment", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ChangeDemoBalance(_ChangeDemoBalanceSlots, _codec.Model):
    """Request to add to or subtract from the cash of a demo account.

    Attributes:
        account_id (``accountId``): Id of an active demo Account in the caller's organisation.
        cash_change (``cashChange``): Amount in US dollars to add (negative subtracts); must lie strictly between -1,000,000
            and 1,000,000, and the new balance may not exceed 50,000.
        comment (``comment``): Note kept with the change, up to 64 characters; the server fills in "Demo Change" if
            omitted.
    """

    account_id: int
    cash_change: float
    comment: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ChangeDemoBalanceRaw(_ChangeDemoBalanceSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ChangeDemoBalance:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ChangeDemoBalance = _new(_ChangeDemoBalanceRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(ChangeDemoBalance, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ChangeDemoBalance, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["cashChange"]
    except KeyError:
        v = _codec.bad(ChangeDemoBalance, "cashChange", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(ChangeDemoBalance, "cashChange", "number", v, True, False)
    o.cash_change = v
    v = g("comment", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ChangeDemoBalance, "comment", "string", v, False, False)
    o.comment = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ChangeDemoBalance, d, _KEYS)
    o._json = d
    o.__class__ = ChangeDemoBalance
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ChangeDemoBalance:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ChangeDemoBalance = _new(_ChangeDemoBalanceRaw)
    o.account_id = w.account_id
    o.cash_change = w.cash_change
    o.comment = w.comment
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ChangeDemoBalance
    return o


_Wire: Any = _codec.wire_struct(
    "ChangeDemoBalance",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("cash_change", "cashChange", _codec.NUMBER, _codec.REQUIRED),
        ("comment", "comment", str, UNSET),
    ],
)


ChangeDemoBalance._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("cash_change", "cashChange", _codec.plain_json),
        _codec.Field("comment", "comment", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
