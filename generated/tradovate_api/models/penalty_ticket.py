from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["PenaltyTicket"]

_KEYS: frozenset[str] = frozenset(["p-ticket", "p-time", "p-captcha"])


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
        o: Self = _codec.new_object(_PenaltyTicketRaw)
        g = d.get
        v = g("p-ticket", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "p-ticket", "string", v, True, False)
        o.p_ticket = v
        v = g("p-time", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "p-time", "integer", v, True, False)
        o.p_time = v
        v = g("p-captcha", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "p-captcha", "boolean", v, False, False)
        o.p_captcha = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

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


PenaltyTicket._info = _codec.model_info(
    (
        _codec.Field("p_ticket", "p-ticket", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("p_time", "p-time", _codec.plain_json),
        _codec.Field("p_captcha", "p-captcha", _codec.plain_json),
    ),
)
