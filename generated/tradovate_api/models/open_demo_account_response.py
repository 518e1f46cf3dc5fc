from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OpenDemoAccountResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "accountId"])
_new = _codec.new_object


class _OpenDemoAccountResponseSlots:
    __slots__ = ("error_text", "account_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OpenDemoAccountResponse(_OpenDemoAccountResponseSlots, _codec.Model):
    """Result of openDemoAccount.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        account_id (``accountId``): Id of the new Account.
    """

    error_text: str | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OpenDemoAccountResponseRaw(_OpenDemoAccountResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OpenDemoAccountResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OpenDemoAccountResponse = _new(_OpenDemoAccountResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccountResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OpenDemoAccountResponse, "accountId", "integer", v, False, False)
    o.account_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OpenDemoAccountResponse, d, _KEYS)
    o._json = d
    o.__class__ = OpenDemoAccountResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OpenDemoAccountResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OpenDemoAccountResponse = _new(_OpenDemoAccountResponseRaw)
    o.error_text = w.error_text
    o.account_id = w.account_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OpenDemoAccountResponse
    return o


_Wire: Any = _codec.wire_struct(
    "OpenDemoAccountResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("account_id", "accountId", int, UNSET),
    ],
)


OpenDemoAccountResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
