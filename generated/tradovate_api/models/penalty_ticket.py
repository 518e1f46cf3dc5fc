from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

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
class PenaltyTicket(_PenaltyTicketSlots):
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
