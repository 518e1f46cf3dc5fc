from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .evaluation_account import EvaluationAccount
from .evaluation_account import _decode as _decode_EvaluationAccount
from .evaluation_account import _from_wire as _from_wire_EvaluationAccount
from .evaluation_account import _Wire as _EvaluationAccount_wire

__all__ = ["CreateEvaluationAccounts"]

_KEYS: frozenset[str] = frozenset(["accounts"])
_new = _codec.new_object


class _CreateEvaluationAccountsSlots:
    __slots__ = ("accounts", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateEvaluationAccounts(_CreateEvaluationAccountsSlots, _codec.Model):
    """Request body of createEvaluationAccounts.

    Attributes:
        accounts (``accounts``): The accounts to create, at most 100.
    """

    accounts: list[EvaluationAccount]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateEvaluationAccountsRaw(_CreateEvaluationAccountsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateEvaluationAccounts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateEvaluationAccounts = _new(_CreateEvaluationAccountsRaw)
    missing = 0
    try:
        v = d["accounts"]
    except KeyError:
        v = _codec.bad(CreateEvaluationAccounts, "accounts", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                CreateEvaluationAccounts,
                "accounts",
                _decode_EvaluationAccount,
                v,
                _EvaluationAccount_wire,
                _from_wire_EvaluationAccount,
            )
        else:
            v = _codec.bad(CreateEvaluationAccounts, "accounts", "array", v, True, False)
    o.accounts = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateEvaluationAccounts, d, _KEYS)
    o._json = d
    o.__class__ = CreateEvaluationAccounts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateEvaluationAccounts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateEvaluationAccounts = _new(_CreateEvaluationAccountsRaw)
    v = w.accounts
    if v.__class__ is list:
        v = _codec.decode_models(
            CreateEvaluationAccounts,
            "accounts",
            _decode_EvaluationAccount,
            v,
            _EvaluationAccount_wire,
            _from_wire_EvaluationAccount,
        )
    o.accounts = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateEvaluationAccounts
    return o


_Wire: Any = _codec.wire_struct(
    "CreateEvaluationAccounts",
    [
        ("accounts", "accounts", list[Any], _codec.REQUIRED),
    ],
)


CreateEvaluationAccounts._info = _codec.model_info(
    (_codec.Field("accounts", "accounts", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_DEEP_MODELS),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
