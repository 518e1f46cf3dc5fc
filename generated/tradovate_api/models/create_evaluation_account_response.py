from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CreateEvaluationAccountResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "accountId", "tradingPermissionId"])
_new = _codec.new_object


class _CreateEvaluationAccountResponseSlots:
    __slots__ = ("error_text", "account_id", "trading_permission_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateEvaluationAccountResponse(_CreateEvaluationAccountResponseSlots, _codec.Model):
    """Outcome for one account of a createEvaluationAccounts call.

    Attributes:
        error_text (``errorText``): Why this account was not created; empty on success.
        account_id (``accountId``): Id of the created Account.
        trading_permission_id (``tradingPermissionId``): Id of the TradingPermission given to the account's user.
    """

    error_text: str | Unset = UNSET
    account_id: int | Unset = UNSET
    trading_permission_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateEvaluationAccountResponseRaw(_CreateEvaluationAccountResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateEvaluationAccountResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateEvaluationAccountResponse = _new(_CreateEvaluationAccountResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationAccountResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationAccountResponse, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("tradingPermissionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationAccountResponse, "tradingPermissionId", "integer", v, False, False)
    o.trading_permission_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateEvaluationAccountResponse, d, _KEYS)
    o._json = d
    o.__class__ = CreateEvaluationAccountResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateEvaluationAccountResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateEvaluationAccountResponse = _new(_CreateEvaluationAccountResponseRaw)
    o.error_text = w.error_text
    o.account_id = w.account_id
    o.trading_permission_id = w.trading_permission_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateEvaluationAccountResponse
    return o


_Wire: Any = _codec.wire_struct(
    "CreateEvaluationAccountResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("trading_permission_id", "tradingPermissionId", int, UNSET),
    ],
)


CreateEvaluationAccountResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("trading_permission_id", "tradingPermissionId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
