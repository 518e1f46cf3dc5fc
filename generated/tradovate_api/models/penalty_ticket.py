from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["PenaltyTicket"]

_KEYS: frozenset[str] = frozenset(["p-ticket", "p-time", "p-captcha"])
_new = _codec.new_object


class _PenaltyTicketSlots:
    __slots__ = ("p_ticket", "p_time", "p_captcha", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PenaltyTicket(_PenaltyTicketSlots, _codec.Model):
    """Body a rate-limited operation returns with HTTP 200 in place of its normal result; the request was
    not carried out. Wait `p-time` seconds, then send the same request again with `p-ticket` added to
    its JSON body. If `p-captcha` is true the operation cannot be completed from a third-party
    application; the user must wait about an hour.

    Attributes:
        p_ticket (``p-ticket``): Opaque ticket (tied to the caller's IP) to send back on the retry.
        p_time (``p-time``): Seconds to wait before the retry.
        p_captcha (``p-captcha``): True when the retry is not possible from a third-party application.
    """

    p_ticket: str
    p_time: int
    p_captcha: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PenaltyTicketRaw(_PenaltyTicketSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PenaltyTicket:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PenaltyTicket = _new(_PenaltyTicketRaw)
    missing = 0
    g = d.get
    try:
        v = d["p-ticket"]
    except KeyError:
        v = _codec.bad(PenaltyTicket, "p-ticket", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(PenaltyTicket, "p-ticket", "string", v, True, False)
    o.p_ticket = v
    try:
        v = d["p-time"]
    except KeyError:
        v = _codec.bad(PenaltyTicket, "p-time", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(PenaltyTicket, "p-time", "integer", v, True, False)
    o.p_time = v
    v = g("p-captcha", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PenaltyTicket, "p-captcha", "boolean", v, False, False)
    o.p_captcha = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PenaltyTicket, d, _KEYS)
    o._json = d
    o.__class__ = PenaltyTicket
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PenaltyTicket:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PenaltyTicket = _new(_PenaltyTicketRaw)
    o.p_ticket = w.p_ticket
    o.p_time = w.p_time
    o.p_captcha = w.p_captcha
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PenaltyTicket
    return o


_Wire: Any = _codec.wire_struct(
    "PenaltyTicket",
    [
        ("p_ticket", "p-ticket", str, _codec.REQUIRED),
        ("p_time", "p-time", int, _codec.REQUIRED),
        ("p_captcha", "p-captcha", bool, UNSET),
    ],
)


PenaltyTicket._info = _codec.model_info(
    (
        _codec.Field("p_ticket", "p-ticket", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("p_time", "p-time", _codec.plain_json),
        _codec.Field("p_captcha", "p-captcha", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
