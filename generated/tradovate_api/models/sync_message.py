from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .account import Account
from .account import _decode as _decode_Account
from .account import _from_wire as _from_wire_Account
from .account import _Wire as _Account_wire
from .account_risk_status import AccountRiskStatus
from .account_risk_status import _decode as _decode_AccountRiskStatus
from .account_risk_status import _from_wire as _from_wire_AccountRiskStatus
from .account_risk_status import _Wire as _AccountRiskStatus_wire
from .annual_review import AnnualReview
from .annual_review import _decode as _decode_AnnualReview
from .annual_review import _from_wire as _from_wire_AnnualReview
from .annual_review import _Wire as _AnnualReview_wire
from .cash_balance import CashBalance
from .cash_balance import _decode as _decode_CashBalance
from .cash_balance import _from_wire as _from_wire_CashBalance
from .cash_balance import _Wire as _CashBalance_wire
from .command import Command
from .command import _decode as _decode_Command
from .command import _from_wire as _from_wire_Command
from .command import _Wire as _Command_wire
from .command_report import CommandReport
from .command_report import _decode as _decode_CommandReport
from .command_report import _from_wire as _from_wire_CommandReport
from .command_report import _Wire as _CommandReport_wire
from .contract import Contract
from .contract import _decode as _decode_Contract
from .contract import _from_wire as _from_wire_Contract
from .contract import _Wire as _Contract_wire
from .contract_group import ContractGroup
from .contract_group import _decode as _decode_ContractGroup
from .contract_group import _from_wire as _from_wire_ContractGroup
from .contract_group import _Wire as _ContractGroup_wire
from .contract_maturity import ContractMaturity
from .contract_maturity import _decode as _decode_ContractMaturity
from .contract_maturity import _from_wire as _from_wire_ContractMaturity
from .contract_maturity import _Wire as _ContractMaturity_wire
from .currency import Currency
from .currency import _decode as _decode_Currency
from .currency import _from_wire as _from_wire_Currency
from .currency import _Wire as _Currency_wire
from .exchange import Exchange
from .exchange import _decode as _decode_Exchange
from .exchange import _from_wire as _from_wire_Exchange
from .exchange import _Wire as _Exchange_wire
from .execution_report import ExecutionReport
from .execution_report import _decode as _decode_ExecutionReport
from .execution_report import _from_wire as _from_wire_ExecutionReport
from .execution_report import _Wire as _ExecutionReport_wire
from .fill import Fill
from .fill import _decode as _decode_Fill
from .fill import _from_wire as _from_wire_Fill
from .fill import _Wire as _Fill_wire
from .fill_fee import FillFee
from .fill_fee import _decode as _decode_FillFee
from .fill_fee import _from_wire as _from_wire_FillFee
from .fill_fee import _Wire as _FillFee_wire
from .fill_pair import FillPair
from .fill_pair import _decode as _decode_FillPair
from .fill_pair import _from_wire as _from_wire_FillPair
from .fill_pair import _Wire as _FillPair_wire
from .margin_snapshot import MarginSnapshot
from .margin_snapshot import _decode as _decode_MarginSnapshot
from .margin_snapshot import _from_wire as _from_wire_MarginSnapshot
from .margin_snapshot import _Wire as _MarginSnapshot_wire
from .order import Order
from .order import _decode as _decode_Order
from .order import _from_wire as _from_wire_Order
from .order import _Wire as _Order_wire
from .order_strategy import OrderStrategy
from .order_strategy import _decode as _decode_OrderStrategy
from .order_strategy import _from_wire as _from_wire_OrderStrategy
from .order_strategy import _Wire as _OrderStrategy_wire
from .order_strategy_link import OrderStrategyLink
from .order_strategy_link import _decode as _decode_OrderStrategyLink
from .order_strategy_link import _from_wire as _from_wire_OrderStrategyLink
from .order_strategy_link import _Wire as _OrderStrategyLink_wire
from .order_strategy_type import OrderStrategyType
from .order_strategy_type import _decode as _decode_OrderStrategyType
from .order_strategy_type import _from_wire as _from_wire_OrderStrategyType
from .order_strategy_type import _Wire as _OrderStrategyType_wire
from .order_version import OrderVersion
from .order_version import _decode as _decode_OrderVersion
from .order_version import _from_wire as _from_wire_OrderVersion
from .order_version import _Wire as _OrderVersion_wire
from .position import Position
from .position import _decode as _decode_Position
from .position import _from_wire as _from_wire_Position
from .position import _Wire as _Position_wire
from .product import Product
from .product import _decode as _decode_Product
from .product import _from_wire as _from_wire_Product
from .product import _Wire as _Product_wire
from .property_ import Property
from .property_ import _decode as _decode_Property
from .property_ import _from_wire as _from_wire_Property
from .property_ import _Wire as _Property_wire
from .spread_definition import SpreadDefinition
from .spread_definition import _decode as _decode_SpreadDefinition
from .spread_definition import _from_wire as _from_wire_SpreadDefinition
from .spread_definition import _Wire as _SpreadDefinition_wire
from .trading_permission import TradingPermission
from .trading_permission import _decode as _decode_TradingPermission
from .trading_permission import _from_wire as _from_wire_TradingPermission
from .trading_permission import _Wire as _TradingPermission_wire
from .user import User
from .user import _decode as _decode_User
from .user import _from_wire as _from_wire_User
from .user import _Wire as _User_wire
from .user_account_auto_liq import UserAccountAutoLiq
from .user_account_auto_liq import _decode as _decode_UserAccountAutoLiq
from .user_account_auto_liq import _from_wire as _from_wire_UserAccountAutoLiq
from .user_account_auto_liq import _Wire as _UserAccountAutoLiq_wire
from .user_plugin import UserPlugin
from .user_plugin import _decode as _decode_UserPlugin
from .user_plugin import _from_wire as _from_wire_UserPlugin
from .user_plugin import _Wire as _UserPlugin_wire
from .user_promo_code import UserPromoCode
from .user_promo_code import _decode as _decode_UserPromoCode
from .user_promo_code import _from_wire as _from_wire_UserPromoCode
from .user_promo_code import _Wire as _UserPromoCode_wire
from .user_property import UserProperty
from .user_property import _decode as _decode_UserProperty
from .user_property import _from_wire as _from_wire_UserProperty
from .user_property import _Wire as _UserProperty_wire
from .user_read_status import UserReadStatus
from .user_read_status import _decode as _decode_UserReadStatus
from .user_read_status import _from_wire as _from_wire_UserReadStatus
from .user_read_status import _Wire as _UserReadStatus_wire

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
_new = _codec.new_object


class _SyncMessageSlots:
    __slots__ = ("users", "contract_groups", "user_properties", "properties", "accounts", "account_risk_statuses", "margin_snapshots", "user_account_auto_liqs", "cash_balances", "currencies", "positions", "fill_pairs", "orders", "contracts", "contract_maturities", "products", "exchanges", "spread_definitions", "commands", "command_reports", "execution_reports", "order_versions", "fills", "fill_fees", "order_strategies", "order_strategy_links", "user_plugins", "annual_reviews", "user_read_statuses", "user_promo_codes", "order_strategy_types", "trading_permissions", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SyncMessage(_SyncMessageSlots, _codec.Model):
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


class _SyncMessageRaw(_SyncMessageSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SyncMessage:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SyncMessage = _new(_SyncMessageRaw)
    missing = 0
    g = d.get
    try:
        v = d["users"]
    except KeyError:
        v = _codec.bad(SyncMessage, "users", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(SyncMessage, "users", _decode_User, v, _User_wire, _from_wire_User)
        else:
            v = _codec.bad(SyncMessage, "users", "array", v, True, False)
    o.users = v
    try:
        v = d["contractGroups"]
    except KeyError:
        v = _codec.bad(SyncMessage, "contractGroups", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                SyncMessage, "contractGroups", _decode_ContractGroup, v, _ContractGroup_wire, _from_wire_ContractGroup
            )
        else:
            v = _codec.bad(SyncMessage, "contractGroups", "array", v, True, False)
    o.contract_groups = v
    v = g("userProperties", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userProperties", _decode_UserProperty, v, _UserProperty_wire, _from_wire_UserProperty
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "userProperties", "array", v, False, False)
    o.user_properties = v
    v = g("properties", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "properties", _decode_Property, v, _Property_wire, _from_wire_Property)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "properties", "array", v, False, False)
    o.properties = v
    v = g("accounts", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "accounts", _decode_Account, v, _Account_wire, _from_wire_Account)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "accounts", "array", v, False, False)
    o.accounts = v
    v = g("accountRiskStatuses", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "accountRiskStatuses",
            _decode_AccountRiskStatus,
            v,
            _AccountRiskStatus_wire,
            _from_wire_AccountRiskStatus,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "accountRiskStatuses", "array", v, False, False)
    o.account_risk_statuses = v
    v = g("marginSnapshots", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "marginSnapshots", _decode_MarginSnapshot, v, _MarginSnapshot_wire, _from_wire_MarginSnapshot
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "marginSnapshots", "array", v, False, False)
    o.margin_snapshots = v
    v = g("userAccountAutoLiqs", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "userAccountAutoLiqs",
            _decode_UserAccountAutoLiq,
            v,
            _UserAccountAutoLiq_wire,
            _from_wire_UserAccountAutoLiq,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "userAccountAutoLiqs", "array", v, False, False)
    o.user_account_auto_liqs = v
    v = g("cashBalances", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "cashBalances", _decode_CashBalance, v, _CashBalance_wire, _from_wire_CashBalance
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "cashBalances", "array", v, False, False)
    o.cash_balances = v
    v = g("currencies", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "currencies", _decode_Currency, v, _Currency_wire, _from_wire_Currency)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "currencies", "array", v, False, False)
    o.currencies = v
    v = g("positions", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "positions", _decode_Position, v, _Position_wire, _from_wire_Position)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "positions", "array", v, False, False)
    o.positions = v
    v = g("fillPairs", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fillPairs", _decode_FillPair, v, _FillPair_wire, _from_wire_FillPair)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "fillPairs", "array", v, False, False)
    o.fill_pairs = v
    v = g("orders", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "orders", _decode_Order, v, _Order_wire, _from_wire_Order)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "orders", "array", v, False, False)
    o.orders = v
    v = g("contracts", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "contracts", _decode_Contract, v, _Contract_wire, _from_wire_Contract)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "contracts", "array", v, False, False)
    o.contracts = v
    v = g("contractMaturities", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "contractMaturities",
            _decode_ContractMaturity,
            v,
            _ContractMaturity_wire,
            _from_wire_ContractMaturity,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "contractMaturities", "array", v, False, False)
    o.contract_maturities = v
    v = g("products", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "products", _decode_Product, v, _Product_wire, _from_wire_Product)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "products", "array", v, False, False)
    o.products = v
    v = g("exchanges", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "exchanges", _decode_Exchange, v, _Exchange_wire, _from_wire_Exchange)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "exchanges", "array", v, False, False)
    o.exchanges = v
    v = g("spreadDefinitions", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "spreadDefinitions",
            _decode_SpreadDefinition,
            v,
            _SpreadDefinition_wire,
            _from_wire_SpreadDefinition,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "spreadDefinitions", "array", v, False, False)
    o.spread_definitions = v
    v = g("commands", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "commands", _decode_Command, v, _Command_wire, _from_wire_Command)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "commands", "array", v, False, False)
    o.commands = v
    v = g("commandReports", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "commandReports", _decode_CommandReport, v, _CommandReport_wire, _from_wire_CommandReport
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "commandReports", "array", v, False, False)
    o.command_reports = v
    v = g("executionReports", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "executionReports",
            _decode_ExecutionReport,
            v,
            _ExecutionReport_wire,
            _from_wire_ExecutionReport,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "executionReports", "array", v, False, False)
    o.execution_reports = v
    v = g("orderVersions", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "orderVersions", _decode_OrderVersion, v, _OrderVersion_wire, _from_wire_OrderVersion
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "orderVersions", "array", v, False, False)
    o.order_versions = v
    v = g("fills", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fills", _decode_Fill, v, _Fill_wire, _from_wire_Fill)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "fills", "array", v, False, False)
    o.fills = v
    v = g("fillFees", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fillFees", _decode_FillFee, v, _FillFee_wire, _from_wire_FillFee)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "fillFees", "array", v, False, False)
    o.fill_fees = v
    v = g("orderStrategies", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "orderStrategies", _decode_OrderStrategy, v, _OrderStrategy_wire, _from_wire_OrderStrategy
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "orderStrategies", "array", v, False, False)
    o.order_strategies = v
    v = g("orderStrategyLinks", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "orderStrategyLinks",
            _decode_OrderStrategyLink,
            v,
            _OrderStrategyLink_wire,
            _from_wire_OrderStrategyLink,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "orderStrategyLinks", "array", v, False, False)
    o.order_strategy_links = v
    v = g("userPlugins", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userPlugins", _decode_UserPlugin, v, _UserPlugin_wire, _from_wire_UserPlugin
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "userPlugins", "array", v, False, False)
    o.user_plugins = v
    v = g("annualReviews", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "annualReviews", _decode_AnnualReview, v, _AnnualReview_wire, _from_wire_AnnualReview
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "annualReviews", "array", v, False, False)
    o.annual_reviews = v
    v = g("userReadStatuses", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userReadStatuses", _decode_UserReadStatus, v, _UserReadStatus_wire, _from_wire_UserReadStatus
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "userReadStatuses", "array", v, False, False)
    o.user_read_statuses = v
    v = g("userPromoCodes", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userPromoCodes", _decode_UserPromoCode, v, _UserPromoCode_wire, _from_wire_UserPromoCode
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "userPromoCodes", "array", v, False, False)
    o.user_promo_codes = v
    v = g("orderStrategyTypes", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "orderStrategyTypes",
            _decode_OrderStrategyType,
            v,
            _OrderStrategyType_wire,
            _from_wire_OrderStrategyType,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "orderStrategyTypes", "array", v, False, False)
    o.order_strategy_types = v
    v = g("tradingPermissions", UNSET)
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "tradingPermissions",
            _decode_TradingPermission,
            v,
            _TradingPermission_wire,
            _from_wire_TradingPermission,
        )
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SyncMessage, "tradingPermissions", "array", v, False, False)
    o.trading_permissions = v
    if len(d) + missing == 32:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SyncMessage, d, _KEYS)
    o._json = d
    o.__class__ = SyncMessage
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SyncMessage:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SyncMessage = _new(_SyncMessageRaw)
    v = w.users
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "users", _decode_User, v, _User_wire, _from_wire_User)
    o.users = v
    v = w.contract_groups
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "contractGroups", _decode_ContractGroup, v, _ContractGroup_wire, _from_wire_ContractGroup
        )
    o.contract_groups = v
    v = w.user_properties
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userProperties", _decode_UserProperty, v, _UserProperty_wire, _from_wire_UserProperty
        )
    o.user_properties = v
    v = w.properties
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "properties", _decode_Property, v, _Property_wire, _from_wire_Property)
    o.properties = v
    v = w.accounts
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "accounts", _decode_Account, v, _Account_wire, _from_wire_Account)
    o.accounts = v
    v = w.account_risk_statuses
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "accountRiskStatuses",
            _decode_AccountRiskStatus,
            v,
            _AccountRiskStatus_wire,
            _from_wire_AccountRiskStatus,
        )
    o.account_risk_statuses = v
    v = w.margin_snapshots
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "marginSnapshots", _decode_MarginSnapshot, v, _MarginSnapshot_wire, _from_wire_MarginSnapshot
        )
    o.margin_snapshots = v
    v = w.user_account_auto_liqs
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "userAccountAutoLiqs",
            _decode_UserAccountAutoLiq,
            v,
            _UserAccountAutoLiq_wire,
            _from_wire_UserAccountAutoLiq,
        )
    o.user_account_auto_liqs = v
    v = w.cash_balances
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "cashBalances", _decode_CashBalance, v, _CashBalance_wire, _from_wire_CashBalance
        )
    o.cash_balances = v
    v = w.currencies
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "currencies", _decode_Currency, v, _Currency_wire, _from_wire_Currency)
    o.currencies = v
    v = w.positions
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "positions", _decode_Position, v, _Position_wire, _from_wire_Position)
    o.positions = v
    v = w.fill_pairs
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fillPairs", _decode_FillPair, v, _FillPair_wire, _from_wire_FillPair)
    o.fill_pairs = v
    v = w.orders
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "orders", _decode_Order, v, _Order_wire, _from_wire_Order)
    o.orders = v
    v = w.contracts
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "contracts", _decode_Contract, v, _Contract_wire, _from_wire_Contract)
    o.contracts = v
    v = w.contract_maturities
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "contractMaturities",
            _decode_ContractMaturity,
            v,
            _ContractMaturity_wire,
            _from_wire_ContractMaturity,
        )
    o.contract_maturities = v
    v = w.products
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "products", _decode_Product, v, _Product_wire, _from_wire_Product)
    o.products = v
    v = w.exchanges
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "exchanges", _decode_Exchange, v, _Exchange_wire, _from_wire_Exchange)
    o.exchanges = v
    v = w.spread_definitions
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "spreadDefinitions",
            _decode_SpreadDefinition,
            v,
            _SpreadDefinition_wire,
            _from_wire_SpreadDefinition,
        )
    o.spread_definitions = v
    v = w.commands
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "commands", _decode_Command, v, _Command_wire, _from_wire_Command)
    o.commands = v
    v = w.command_reports
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "commandReports", _decode_CommandReport, v, _CommandReport_wire, _from_wire_CommandReport
        )
    o.command_reports = v
    v = w.execution_reports
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "executionReports",
            _decode_ExecutionReport,
            v,
            _ExecutionReport_wire,
            _from_wire_ExecutionReport,
        )
    o.execution_reports = v
    v = w.order_versions
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "orderVersions", _decode_OrderVersion, v, _OrderVersion_wire, _from_wire_OrderVersion
        )
    o.order_versions = v
    v = w.fills
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fills", _decode_Fill, v, _Fill_wire, _from_wire_Fill)
    o.fills = v
    v = w.fill_fees
    if v.__class__ is list:
        v = _codec.decode_models(SyncMessage, "fillFees", _decode_FillFee, v, _FillFee_wire, _from_wire_FillFee)
    o.fill_fees = v
    v = w.order_strategies
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "orderStrategies", _decode_OrderStrategy, v, _OrderStrategy_wire, _from_wire_OrderStrategy
        )
    o.order_strategies = v
    v = w.order_strategy_links
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "orderStrategyLinks",
            _decode_OrderStrategyLink,
            v,
            _OrderStrategyLink_wire,
            _from_wire_OrderStrategyLink,
        )
    o.order_strategy_links = v
    v = w.user_plugins
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userPlugins", _decode_UserPlugin, v, _UserPlugin_wire, _from_wire_UserPlugin
        )
    o.user_plugins = v
    v = w.annual_reviews
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "annualReviews", _decode_AnnualReview, v, _AnnualReview_wire, _from_wire_AnnualReview
        )
    o.annual_reviews = v
    v = w.user_read_statuses
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userReadStatuses", _decode_UserReadStatus, v, _UserReadStatus_wire, _from_wire_UserReadStatus
        )
    o.user_read_statuses = v
    v = w.user_promo_codes
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage, "userPromoCodes", _decode_UserPromoCode, v, _UserPromoCode_wire, _from_wire_UserPromoCode
        )
    o.user_promo_codes = v
    v = w.order_strategy_types
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "orderStrategyTypes",
            _decode_OrderStrategyType,
            v,
            _OrderStrategyType_wire,
            _from_wire_OrderStrategyType,
        )
    o.order_strategy_types = v
    v = w.trading_permissions
    if v.__class__ is list:
        v = _codec.decode_models(
            SyncMessage,
            "tradingPermissions",
            _decode_TradingPermission,
            v,
            _TradingPermission_wire,
            _from_wire_TradingPermission,
        )
    o.trading_permissions = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SyncMessage
    return o


_Wire: Any = _codec.wire_struct(
    "SyncMessage",
    [
        ("users", "users", list[Any], _codec.REQUIRED),
        ("contract_groups", "contractGroups", list[Any], _codec.REQUIRED),
        ("user_properties", "userProperties", list[Any], UNSET),
        ("properties", "properties", list[Any], UNSET),
        ("accounts", "accounts", list[Any], UNSET),
        ("account_risk_statuses", "accountRiskStatuses", list[Any], UNSET),
        ("margin_snapshots", "marginSnapshots", list[Any], UNSET),
        ("user_account_auto_liqs", "userAccountAutoLiqs", list[Any], UNSET),
        ("cash_balances", "cashBalances", list[Any], UNSET),
        ("currencies", "currencies", list[Any], UNSET),
        ("positions", "positions", list[Any], UNSET),
        ("fill_pairs", "fillPairs", list[Any], UNSET),
        ("orders", "orders", list[Any], UNSET),
        ("contracts", "contracts", list[Any], UNSET),
        ("contract_maturities", "contractMaturities", list[Any], UNSET),
        ("products", "products", list[Any], UNSET),
        ("exchanges", "exchanges", list[Any], UNSET),
        ("spread_definitions", "spreadDefinitions", list[Any], UNSET),
        ("commands", "commands", list[Any], UNSET),
        ("command_reports", "commandReports", list[Any], UNSET),
        ("execution_reports", "executionReports", list[Any], UNSET),
        ("order_versions", "orderVersions", list[Any], UNSET),
        ("fills", "fills", list[Any], UNSET),
        ("fill_fees", "fillFees", list[Any], UNSET),
        ("order_strategies", "orderStrategies", list[Any], UNSET),
        ("order_strategy_links", "orderStrategyLinks", list[Any], UNSET),
        ("user_plugins", "userPlugins", list[Any], UNSET),
        ("annual_reviews", "annualReviews", list[Any], UNSET),
        ("user_read_statuses", "userReadStatuses", list[Any], UNSET),
        ("user_promo_codes", "userPromoCodes", list[Any], UNSET),
        ("order_strategy_types", "orderStrategyTypes", list[Any], UNSET),
        ("trading_permissions", "tradingPermissions", list[Any], UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
