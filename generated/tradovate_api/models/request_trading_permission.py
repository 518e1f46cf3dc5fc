from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["RequestTradingPermission"]

_KEYS: frozenset[str] = frozenset(["accountId", "ctaContact", "ctaEmail"])
_new = _codec.new_object


class _RequestTradingPermissionSlots:
    __slots__ = ("account_id", "cta_contact", "cta_email", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RequestTradingPermission(_RequestTradingPermissionSlots, _codec.Model):
    """Request body of requestTradingPermission.

    Attributes:
        account_id (``accountId``): Id of the caller's Account to share.
        cta_contact (``ctaContact``): Name of the party that should get access.
        cta_email (``ctaEmail``): Email address of the party that should get access.
    """

    account_id: int
    cta_contact: str
    cta_email: str
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RequestTradingPermissionRaw(_RequestTradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RequestTradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RequestTradingPermission = _new(_RequestTradingPermissionRaw)
    missing = 0
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(RequestTradingPermission, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RequestTradingPermission, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["ctaContact"]
    except KeyError:
        v = _codec.bad(RequestTradingPermission, "ctaContact", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(RequestTradingPermission, "ctaContact", "string", v, True, False)
    o.cta_contact = v
    try:
        v = d["ctaEmail"]
    except KeyError:
        v = _codec.bad(RequestTradingPermission, "ctaEmail", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(RequestTradingPermission, "ctaEmail", "string", v, True, False)
    o.cta_email = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RequestTradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = RequestTradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RequestTradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RequestTradingPermission = _new(_RequestTradingPermissionRaw)
    o.account_id = w.account_id
    o.cta_contact = w.cta_contact
    o.cta_email = w.cta_email
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RequestTradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "RequestTradingPermission",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("cta_contact", "ctaContact", str, _codec.REQUIRED),
        ("cta_email", "ctaEmail", str, _codec.REQUIRED),
    ],
)


RequestTradingPermission._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("cta_contact", "ctaContact", _codec.plain_json),
        _codec.Field("cta_email", "ctaEmail", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
