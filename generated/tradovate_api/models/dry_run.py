from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .dry_run_order import DryRunOrder
from .extra_pre_trade_risk import ExtraPreTradeRisk

__all__ = ["DryRun"]

_KEYS: frozenset[str] = frozenset(["accountId", "orders", "extraPreTradeRisk"])


class _DryRunSlots:
    __slots__ = ("account_id", "orders", "extra_pre_trade_risk", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DryRun(_DryRunSlots):
    """Orders to test against an account's risk rules without placing them.

    Attributes:
        account_id (``accountId``): Id of the Account to evaluate the orders for.
        orders (``orders``): The hypothetical orders, evaluated together; at most four.
        extra_pre_trade_risk (``extraPreTradeRisk``)
    """

    account_id: int
    orders: list[DryRunOrder]
    extra_pre_trade_risk: ExtraPreTradeRisk | Unset = UNSET
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
        o: Self = _codec.new_object(_DryRunRaw)
        g = d.get
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
        v = g("orders", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orders", DryRunOrder._from_json, v)
        else:
            v = _codec.bad(cls, "orders", "array", v, True, False)
        o.orders = v
        v = g("extraPreTradeRisk", UNSET)
        if v.__class__ is dict:
            v = ExtraPreTradeRisk._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "extraPreTradeRisk", "object", v, False, False)
        o.extra_pre_trade_risk = v
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


class _DryRunRaw(_DryRunSlots):
    __slots__ = ()


DryRun._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("orders", "orders", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("extra_pre_trade_risk", "extraPreTradeRisk", _codec.model_json),
    ),
)
