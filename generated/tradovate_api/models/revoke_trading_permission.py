from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["RevokeTradingPermission"]

_KEYS: frozenset[str] = frozenset(["tradingPermissionId"])
_new = _codec.new_object


class _RevokeTradingPermissionSlots:
    __slots__ = ("trading_permission_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RevokeTradingPermission(_RevokeTradingPermissionSlots):
    """Request body of revokeTradingPermission.

    Attributes:
        trading_permission_id (``tradingPermissionId``): Id of the TradingPermission to revoke.
    """

    trading_permission_id: int
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


class _RevokeTradingPermissionRaw(_RevokeTradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RevokeTradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RevokeTradingPermission = _new(_RevokeTradingPermissionRaw)
    missing = 0
    try:
        v = d["tradingPermissionId"]
    except KeyError:
        v = _codec.bad(RevokeTradingPermission, "tradingPermissionId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RevokeTradingPermission, "tradingPermissionId", "integer", v, True, False)
    o.trading_permission_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RevokeTradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = RevokeTradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RevokeTradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RevokeTradingPermission = _new(_RevokeTradingPermissionRaw)
    o.trading_permission_id = w.trading_permission_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RevokeTradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "RevokeTradingPermission",
    [
        ("trading_permission_id", "tradingPermissionId", int, _codec.REQUIRED),
    ],
)


RevokeTradingPermission._info = _codec.model_info(
    (_codec.Field("trading_permission_id", "tradingPermissionId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
