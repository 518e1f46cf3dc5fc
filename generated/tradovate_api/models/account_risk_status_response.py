from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .account_risk_status import AccountRiskStatus
from .account_risk_status import _decode as _decode_AccountRiskStatus
from .account_risk_status import _from_wire as _from_wire_AccountRiskStatus
from .account_risk_status import _Wire as _AccountRiskStatus_wire

__all__ = ["AccountRiskStatusResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "accountRiskStatus"])
_new = _codec.new_object


class _AccountRiskStatusResponseSlots:
    __slots__ = ("error_text", "account_risk_status", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AccountRiskStatusResponse(_AccountRiskStatusResponseSlots, _codec.Model):
    """Result of an account risk action: the updated AccountRiskStatus, or `errorText`.

    Attributes:
        error_text (``errorText``): Set when the action failed.
        account_risk_status (``accountRiskStatus``)
    """

    error_text: str | Unset = UNSET
    account_risk_status: AccountRiskStatus | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AccountRiskStatusResponseRaw(_AccountRiskStatusResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AccountRiskStatusResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AccountRiskStatusResponse = _new(_AccountRiskStatusResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatusResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("accountRiskStatus", UNSET)
    if v.__class__ is dict:
        v = _decode_AccountRiskStatus(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatusResponse, "accountRiskStatus", "object", v, False, False)
    o.account_risk_status = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AccountRiskStatusResponse, d, _KEYS)
    o._json = d
    o.__class__ = AccountRiskStatusResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AccountRiskStatusResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AccountRiskStatusResponse = _new(_AccountRiskStatusResponseRaw)
    o.error_text = w.error_text
    v = w.account_risk_status
    if v.__class__ is _AccountRiskStatus_wire:
        v = _from_wire_AccountRiskStatus(v, d["accountRiskStatus"])
    o.account_risk_status = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AccountRiskStatusResponse
    return o


_Wire: Any = _codec.wire_struct(
    "AccountRiskStatusResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("account_risk_status", "accountRiskStatus", _AccountRiskStatus_wire, UNSET),
    ],
)


AccountRiskStatusResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("account_risk_status", "accountRiskStatus", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
