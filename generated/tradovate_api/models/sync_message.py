from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .account import Account
from .account_risk_status import AccountRiskStatus
from .annual_review import AnnualReview
from .cash_balance import CashBalance
from .command import Command
from .command_report import CommandReport
from .contract import Contract
from .contract_group import ContractGroup
from .contract_maturity import ContractMaturity
from .currency import Currency
from .exchange import Exchange
from .execution_report import ExecutionReport
from .fill import Fill
from .fill_fee import FillFee
from .fill_pair import FillPair
from .margin_snapshot import MarginSnapshot
from .order import Order
from .order_strategy import OrderStrategy
from .order_strategy_link import OrderStrategyLink
from .order_strategy_type import OrderStrategyType
from .order_version import OrderVersion
from .position import Position
from .product import Product
from .property_ import Property
from .spread_definition import SpreadDefinition
from .trading_permission import TradingPermission
from .user import User
from .user_account_auto_liq import UserAccountAutoLiq
from .user_plugin import UserPlugin
from .user_promo_code import UserPromoCode
from .user_property import UserProperty
from .user_read_status import UserReadStatus

__all__ = ["SyncMessage"]

_KEYS: frozenset[str] = frozenset(
    [
        "users",
        "contractGroups",
        "userProperties",
        "properties",
        "accounts",
        "accountRiskStatuses",
        "marginSnapshots",
        "userAccountAutoLiqs",
        "cashBalances",
        "currencies",
        "positions",
        "fillPairs",
        "orders",
        "contracts",
        "contractMaturities",
        "products",
        "exchanges",
        "spreadDefinitions",
        "commands",
        "commandReports",
        "executionReports",
        "orderVersions",
        "fills",
        "fillFees",
        "orderStrategies",
        "orderStrategyLinks",
        "userPlugins",
        "annualReviews",
        "userReadStatuses",
        "userPromoCodes",
        "orderStrategyTypes",
        "tradingPermissions",
    ]
)


class _SyncMessageSlots:
    __slots__ = ("users", "contract_groups", "user_properties", "properties", "accounts", "account_risk_statuses", "margin_snapshots", "user_account_auto_liqs", "cash_balances", "currencies", "positions", "fill_pairs", "orders", "contracts", "contract_maturities", "products", "exchanges", "spread_definitions", "commands", "command_reports", "execution_reports", "order_versions", "fills", "fill_fees", "order_strategies", "order_strategy_links", "user_plugins", "annual_reviews", "user_read_statuses", "user_promo_codes", "order_strategy_types", "trading_permissions", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SyncMessage(_SyncMessageSlots):
    """Snapshot answering syncRequest, with one array per entity type covered.

    Attributes:
        users (``users``)
        contract_groups (``contractGroups``)
        user_properties (``userProperties``)
        properties (``properties``)
        accounts (``accounts``)
        account_risk_statuses (``accountRiskStatuses``)
        margin_snapshots (``marginSnapshots``)
        user_account_auto_liqs (``userAccountAutoLiqs``)
        cash_balances (``cashBalances``)
        currencies (``currencies``)
        positions (``positions``)
        fill_pairs (``fillPairs``): Pairs of fills that open and close a position.
        orders (``orders``)
        contracts (``contracts``)
        contract_maturities (``contractMaturities``)
        products (``products``)
        exchanges (``exchanges``)
        spread_definitions (``spreadDefinitions``)
        commands (``commands``): Order commands sent.
        command_reports (``commandReports``): Status reports on those commands.
        execution_reports (``executionReports``)
        order_versions (``orderVersions``)
        fills (``fills``)
        fill_fees (``fillFees``)
        order_strategies (``orderStrategies``)
        order_strategy_links (``orderStrategyLinks``)
        user_plugins (``userPlugins``)
        annual_reviews (``annualReviews``)
        user_read_statuses (``userReadStatuses``): News stories the user has read.
        user_promo_codes (``userPromoCodes``)
        order_strategy_types (``orderStrategyTypes``)
        trading_permissions (``tradingPermissions``): Trading permissions on the synced accounts.
    """

    users: list[User]
    contract_groups: list[ContractGroup]
    user_properties: list[UserProperty] | Unset = UNSET
    properties: list[Property] | Unset = UNSET
    accounts: list[Account] | Unset = UNSET
    account_risk_statuses: list[AccountRiskStatus] | Unset = UNSET
    margin_snapshots: list[MarginSnapshot] | Unset = UNSET
    user_account_auto_liqs: list[UserAccountAutoLiq] | Unset = UNSET
    cash_balances: list[CashBalance] | Unset = UNSET
    currencies: list[Currency] | Unset = UNSET
    positions: list[Position] | Unset = UNSET
    fill_pairs: list[FillPair] | Unset = UNSET
    orders: list[Order] | Unset = UNSET
    contracts: list[Contract] | Unset = UNSET
    contract_maturities: list[ContractMaturity] | Unset = UNSET
    products: list[Product] | Unset = UNSET
    exchanges: list[Exchange] | Unset = UNSET
    spread_definitions: list[SpreadDefinition] | Unset = UNSET
    commands: list[Command] | Unset = UNSET
    command_reports: list[CommandReport] | Unset = UNSET
    execution_reports: list[ExecutionReport] | Unset = UNSET
    order_versions: list[OrderVersion] | Unset = UNSET
    fills: list[Fill] | Unset = UNSET
    fill_fees: list[FillFee] | Unset = UNSET
    order_strategies: list[OrderStrategy] | Unset = UNSET
    order_strategy_links: list[OrderStrategyLink] | Unset = UNSET
    user_plugins: list[UserPlugin] | Unset = UNSET
    annual_reviews: list[AnnualReview] | Unset = UNSET
    user_read_statuses: list[UserReadStatus] | Unset = UNSET
    user_promo_codes: list[UserPromoCode] | Unset = UNSET
    order_strategy_types: list[OrderStrategyType] | Unset = UNSET
    trading_permissions: list[TradingPermission] | Unset = UNSET
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
        o: Self = _codec.new_object(_SyncMessageRaw)
        g = d.get
        v = g("users", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "users", User._from_json, v)
        else:
            v = _codec.bad(cls, "users", "array", v, True, False)
        o.users = v
        v = g("contractGroups", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "contractGroups", ContractGroup._from_json, v)
        else:
            v = _codec.bad(cls, "contractGroups", "array", v, True, False)
        o.contract_groups = v
        v = g("userProperties", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "userProperties", UserProperty._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userProperties", "array", v, False, False)
        o.user_properties = v
        v = g("properties", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "properties", Property._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "properties", "array", v, False, False)
        o.properties = v
        v = g("accounts", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "accounts", Account._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "accounts", "array", v, False, False)
        o.accounts = v
        v = g("accountRiskStatuses", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "accountRiskStatuses", AccountRiskStatus._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "accountRiskStatuses", "array", v, False, False)
        o.account_risk_statuses = v
        v = g("marginSnapshots", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "marginSnapshots", MarginSnapshot._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "marginSnapshots", "array", v, False, False)
        o.margin_snapshots = v
        v = g("userAccountAutoLiqs", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "userAccountAutoLiqs", UserAccountAutoLiq._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userAccountAutoLiqs", "array", v, False, False)
        o.user_account_auto_liqs = v
        v = g("cashBalances", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "cashBalances", CashBalance._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "cashBalances", "array", v, False, False)
        o.cash_balances = v
        v = g("currencies", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "currencies", Currency._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "currencies", "array", v, False, False)
        o.currencies = v
        v = g("positions", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "positions", Position._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "positions", "array", v, False, False)
        o.positions = v
        v = g("fillPairs", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "fillPairs", FillPair._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "fillPairs", "array", v, False, False)
        o.fill_pairs = v
        v = g("orders", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orders", Order._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "orders", "array", v, False, False)
        o.orders = v
        v = g("contracts", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "contracts", Contract._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "contracts", "array", v, False, False)
        o.contracts = v
        v = g("contractMaturities", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "contractMaturities", ContractMaturity._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "contractMaturities", "array", v, False, False)
        o.contract_maturities = v
        v = g("products", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "products", Product._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "products", "array", v, False, False)
        o.products = v
        v = g("exchanges", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "exchanges", Exchange._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "exchanges", "array", v, False, False)
        o.exchanges = v
        v = g("spreadDefinitions", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "spreadDefinitions", SpreadDefinition._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "spreadDefinitions", "array", v, False, False)
        o.spread_definitions = v
        v = g("commands", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "commands", Command._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "commands", "array", v, False, False)
        o.commands = v
        v = g("commandReports", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "commandReports", CommandReport._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "commandReports", "array", v, False, False)
        o.command_reports = v
        v = g("executionReports", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "executionReports", ExecutionReport._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "executionReports", "array", v, False, False)
        o.execution_reports = v
        v = g("orderVersions", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orderVersions", OrderVersion._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "orderVersions", "array", v, False, False)
        o.order_versions = v
        v = g("fills", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "fills", Fill._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "fills", "array", v, False, False)
        o.fills = v
        v = g("fillFees", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "fillFees", FillFee._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "fillFees", "array", v, False, False)
        o.fill_fees = v
        v = g("orderStrategies", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orderStrategies", OrderStrategy._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "orderStrategies", "array", v, False, False)
        o.order_strategies = v
        v = g("orderStrategyLinks", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orderStrategyLinks", OrderStrategyLink._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "orderStrategyLinks", "array", v, False, False)
        o.order_strategy_links = v
        v = g("userPlugins", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "userPlugins", UserPlugin._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userPlugins", "array", v, False, False)
        o.user_plugins = v
        v = g("annualReviews", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "annualReviews", AnnualReview._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "annualReviews", "array", v, False, False)
        o.annual_reviews = v
        v = g("userReadStatuses", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "userReadStatuses", UserReadStatus._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userReadStatuses", "array", v, False, False)
        o.user_read_statuses = v
        v = g("userPromoCodes", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "userPromoCodes", UserPromoCode._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userPromoCodes", "array", v, False, False)
        o.user_promo_codes = v
        v = g("orderStrategyTypes", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "orderStrategyTypes", OrderStrategyType._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "orderStrategyTypes", "array", v, False, False)
        o.order_strategy_types = v
        v = g("tradingPermissions", UNSET)
        if v.__class__ is list:
            v = _codec.decode_models(cls, "tradingPermissions", TradingPermission._from_json, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "tradingPermissions", "array", v, False, False)
        o.trading_permissions = v
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


class _SyncMessageRaw(_SyncMessageSlots):
    __slots__ = ()


SyncMessage._info = _codec.model_info(
    (
        _codec.Field("users", "users", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "contract_groups", "contractGroups", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "user_properties", "userProperties", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field("properties", "properties", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("accounts", "accounts", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "account_risk_statuses",
            "accountRiskStatuses",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
        _codec.Field(
            "margin_snapshots", "marginSnapshots", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "user_account_auto_liqs",
            "userAccountAutoLiqs",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
        _codec.Field("cash_balances", "cashBalances", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("currencies", "currencies", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("positions", "positions", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("fill_pairs", "fillPairs", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("orders", "orders", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("contracts", "contracts", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "contract_maturities",
            "contractMaturities",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
        _codec.Field("products", "products", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("exchanges", "exchanges", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "spread_definitions", "spreadDefinitions", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field("commands", "commands", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "command_reports", "commandReports", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "execution_reports", "executionReports", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "order_versions", "orderVersions", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field("fills", "fills", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("fill_fees", "fillFees", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "order_strategies", "orderStrategies", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "order_strategy_links",
            "orderStrategyLinks",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
        _codec.Field("user_plugins", "userPlugins", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field(
            "annual_reviews", "annualReviews", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "user_read_statuses", "userReadStatuses", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "user_promo_codes", "userPromoCodes", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field(
            "order_strategy_types",
            "orderStrategyTypes",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
        _codec.Field(
            "trading_permissions",
            "tradingPermissions",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
    ),
)
