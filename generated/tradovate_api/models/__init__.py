"""The data models of the Tradovate Partner API.

Models are imported on first use, so importing this package is cheap; ``from
tradovate_api.models import Order`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_trading_permission import AcceptTradingPermission
    from .access_token_request import AccessTokenRequest
    from .access_token_response import AccessTokenResponse
    from .account import Account
    from .account_risk_status import AccountRiskStatus
    from .account_risk_status_response import AccountRiskStatusResponse
    from .account_type import AccountType
    from .action import Action
    from .activate_second_market_data_subscription_renewal import ActivateSecondMarketDataSubscriptionRenewal
    from .add_entitlement_subscription import AddEntitlementSubscription
    from .add_market_data_subscription import AddMarketDataSubscription
    from .add_second_market_data_subscription import AddSecondMarketDataSubscription
    from .add_tradovate_subscription import AddTradovateSubscription
    from .adjust_cash import AdjustCash
    from .admin_action import AdminAction
    from .admin_action_reason_code import AdminActionReasonCode
    from .admin_alert import AdminAlert
    from .admin_alert_signal import AdminAlertSignal
    from .admin_alert_signal_response import AdminAlertSignalResponse
    from .alert import Alert
    from .alert_response import AlertResponse
    from .alert_signal import AlertSignal
    from .alert_status import AlertStatus
    from .annual_review import AnnualReview
    from .annual_review_status import AnnualReviewStatus
    from .api_hosts import ApiHosts
    from .cancel_everything import CancelEverything
    from .cancel_everything_response import CancelEverythingResponse
    from .cancel_order import CancelOrder
    from .cancel_second_market_data_subscription import CancelSecondMarketDataSubscription
    from .cancel_second_market_data_subscription_renewal import CancelSecondMarketDataSubscriptionRenewal
    from .cancel_tradovate_subscription import CancelTradovateSubscription
    from .cash_balance import CashBalance
    from .cash_balance_log import CashBalanceLog
    from .cash_balance_snapshot import CashBalanceSnapshot
    from .cash_change_type import CashChangeType
    from .change_demo_balance import ChangeDemoBalance
    from .change_plugin_permission import ChangePluginPermission
    from .check_duplicate import CheckDuplicate
    from .clearing_house import ClearingHouse
    from .command import Command
    from .command_report import CommandReport
    from .command_result import CommandResult
    from .command_status import CommandStatus
    from .command_type import CommandType
    from .complete_alert_signal import CompleteAlertSignal
    from .contact_info import ContactInfo
    from .contract import Contract
    from .contract_group import ContractGroup
    from .contract_margin import ContractMargin
    from .contract_maturity import ContractMaturity
    from .create_alert import CreateAlert
    from .create_evaluation_account_response import CreateEvaluationAccountResponse
    from .create_evaluation_accounts import CreateEvaluationAccounts
    from .create_evaluation_accounts_response import CreateEvaluationAccountsResponse
    from .create_evaluation_user_response import CreateEvaluationUserResponse
    from .create_evaluation_users import CreateEvaluationUsers
    from .create_evaluation_users_response import CreateEvaluationUsersResponse
    from .create_partner_sub_account_request import CreatePartnerSubAccountRequest
    from .create_partner_sub_account_request_response import CreatePartnerSubAccountRequestResponse
    from .create_trading_permission import CreateTradingPermission
    from .currency import Currency
    from .currency_rate import CurrencyRate
    from .delete_alert import DeleteAlert
    from .delete_result_response import DeleteResultResponse
    from .delete_user_account_position_limit import DeleteUserAccountPositionLimit
    from .delete_user_account_risk_parameter import DeleteUserAccountRiskParameter
    from .dismiss_alert import DismissAlert
    from .document_process import DocumentProcess
    from .document_type import DocumentType
    from .dry_run import DryRun
    from .dry_run_order import DryRunOrder
    from .dry_run_response import DryRunResponse
    from .duration_units import DurationUnits
    from .entitlement import Entitlement
    from .entitlement_subscription_response import EntitlementSubscriptionResponse
    from .estimated_fill_fee import EstimatedFillFee
    from .evaluation_account import EvaluationAccount
    from .evaluation_user import EvaluationUser
    from .exchange import Exchange
    from .exec_type import ExecType
    from .execution_report import ExecutionReport
    from .expire_market_data_subscription import ExpireMarketDataSubscription
    from .expire_market_data_subscription_error_code import ExpireMarketDataSubscriptionErrorCode
    from .expire_market_data_subscription_response import ExpireMarketDataSubscriptionResponse
    from .expire_user_lockout import ExpireUserLockout
    from .extra_pre_trade_risk import ExtraPreTradeRisk
    from .extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
    from .extra_pre_trade_risk_products import ExtraPreTradeRiskProducts
    from .fill import Fill
    from .fill_fee import FillFee
    from .fill_pair import FillPair
    from .get_account_trading_permissions import GetAccountTradingPermissions
    from .get_cash_balance_snapshot import GetCashBalanceSnapshot
    from .get_partner_sub_account_request_status import GetPartnerSubAccountRequestStatus
    from .get_product_fee_params import GetProductFeeParams
    from .get_second_market_data_subscription_cost import GetSecondMarketDataSubscriptionCost
    from .hibp_hint import HibpHint
    from .identity_check_result import IdentityCheckResult
    from .interrupt_order_strategy import InterruptOrderStrategy
    from .legal_entity_type import LegalEntityType
    from .legal_status import LegalStatus
    from .liquidate_position import LiquidatePosition
    from .liquidate_positions import LiquidatePositions
    from .margin_account_type import MarginAccountType
    from .margin_snapshot import MarginSnapshot
    from .mark_read_alert_signal import MarkReadAlertSignal
    from .market_data_subscription import MarketDataSubscription
    from .market_data_subscription_exchange_scope import MarketDataSubscriptionExchangeScope
    from .market_data_subscription_plan import MarketDataSubscriptionPlan
    from .market_data_subscription_response import MarketDataSubscriptionResponse
    from .market_data_type import MarketDataType
    from .modify_alert import ModifyAlert
    from .modify_credentials import ModifyCredentials
    from .modify_email_address import ModifyEmailAddress
    from .modify_order import ModifyOrder
    from .modify_order_strategy import ModifyOrderStrategy
    from .modify_password import ModifyPassword
    from .o_auth_me_response import OAuthMeResponse
    from .o_auth_token import OAuthToken
    from .o_auth_token_response import OAuthTokenResponse
    from .open_demo_account import OpenDemoAccount
    from .open_demo_account_response import OpenDemoAccountResponse
    from .ord_status import OrdStatus
    from .order import Order
    from .order_strategy import OrderStrategy
    from .order_strategy_bracket import OrderStrategyBracket
    from .order_strategy_entry_version import OrderStrategyEntryVersion
    from .order_strategy_link import OrderStrategyLink
    from .order_strategy_params import OrderStrategyParams
    from .order_strategy_status import OrderStrategyStatus
    from .order_strategy_status_response import OrderStrategyStatusResponse
    from .order_strategy_type import OrderStrategyType
    from .order_type import OrderType
    from .order_version import OrderVersion
    from .org_workspace_template_response import OrgWorkspaceTemplateResponse
    from .organization import Organization
    from .partner_sub_account_request_status_response import PartnerSubAccountRequestStatusResponse
    from .penalty_ticket import PenaltyTicket
    from .permissioned_account_auto_liq import PermissionedAccountAutoLiq
    from .person_type import PersonType
    from .place_oco import PlaceOCO
    from .place_oco_result import PlaceOcoResult
    from .place_order import PlaceOrder
    from .place_order_result import PlaceOrderResult
    from .place_oso import PlaceOSO
    from .place_oso_result import PlaceOsoResult
    from .poa_contact import POAContact
    from .position import Position
    from .position_limit_total_by import PositionLimitTotalBy
    from .post_trade_risk import PostTradeRisk
    from .pre_trade_risk import PreTradeRisk
    from .pre_trade_risk_parameter import PreTradeRiskParameter
    from .price_format_type import PriceFormatType
    from .product import Product
    from .product_fee_params import ProductFeeParams
    from .product_fee_params_response import ProductFeeParamsResponse
    from .product_margin import ProductMargin
    from .product_session import ProductSession
    from .product_status import ProductStatus
    from .product_type import ProductType
    from .professional_status import ProfessionalStatus
    from .promo_code_source import PromoCodeSource
    from .property_ import Property
    from .property_type import PropertyType
    from .purchase_type import PurchaseType
    from .reject_reason import RejectReason
    from .request_trading_permission import RequestTradingPermission
    from .reset_alert import ResetAlert
    from .reset_auto_liq_status import ResetAutoLiqStatus
    from .reset_demo_account_state import ResetDemoAccountState
    from .restrained_order_version import RestrainedOrderVersion
    from .revoke_trading_permission import RevokeTradingPermission
    from .revoke_trading_permissions import RevokeTradingPermissions
    from .risk_evaluation_details import RiskEvaluationDetails
    from .roll_contract import RollContract
    from .roll_contract_base import RollContractBase
    from .roll_contract_response import RollContractResponse
    from .roll_contracts import RollContracts
    from .roll_contracts_response import RollContractsResponse
    from .roll_contracts_response_contracts import RollContractsResponseContracts
    from .second_market_data_subscription import SecondMarketDataSubscription
    from .second_market_data_subscription_cost_response import SecondMarketDataSubscriptionCostResponse
    from .second_market_data_subscription_response import SecondMarketDataSubscriptionResponse
    from .set_account_notes import SetAccountNotes
    from .set_admin_auto_liq_action import SetAdminAutoLiqAction
    from .sharding_expression import ShardingExpression
    from .sign_up_error_code import SignUpErrorCode
    from .sign_up_organization_member import SignUpOrganizationMember
    from .sign_up_response import SignUpResponse
    from .simple_response import SimpleResponse
    from .spread_definition import SpreadDefinition
    from .spread_type import SpreadType
    from .start_order_strategy import StartOrderStrategy
    from .sub_account_request_status import SubAccountRequestStatus
    from .submit_customer_application_document import SubmitCustomerApplicationDocument
    from .submit_customer_application_document_response import SubmitCustomerApplicationDocumentResponse
    from .submit_partner_sub_account_document import SubmitPartnerSubAccountDocument
    from .submit_partner_sub_account_document_response import SubmitPartnerSubAccountDocumentResponse
    from .subscription_error_code import SubscriptionErrorCode
    from .switch_risk_category import SwitchRiskCategory
    from .sync_message import SyncMessage
    from .sync_request import SyncRequest
    from .take_alert_signal_ownership import TakeAlertSignalOwnership
    from .time_in_force import TimeInForce
    from .trade_date import TradeDate
    from .trade_time import TradeTime
    from .trading_permission import TradingPermission
    from .trading_permission_response import TradingPermissionResponse
    from .trading_permission_status import TradingPermissionStatus
    from .trading_permissions_response import TradingPermissionsResponse
    from .tradovate_subscription import TradovateSubscription
    from .tradovate_subscription_plan import TradovateSubscriptionPlan
    from .tradovate_subscription_response import TradovateSubscriptionResponse
    from .trailing_max_drawdown_mode import TrailingMaxDrawdownMode
    from .update_contact_country import UpdateContactCountry
    from .update_contact_info import UpdateContactInfo
    from .update_contact_info_name import UpdateContactInfoName
    from .update_contact_info_response import UpdateContactInfoResponse
    from .update_max_net_liq import UpdateMaxNetLiq
    from .update_user_auto_liq import UpdateUserAutoLiq
    from .update_user_auto_liq_item import UpdateUserAutoLiqItem
    from .update_user_auto_liq_item_response import UpdateUserAutoLiqItemResponse
    from .update_user_auto_liq_response import UpdateUserAutoLiqResponse
    from .update_user_auto_liqs import UpdateUserAutoLiqs
    from .update_user_auto_liqs_response import UpdateUserAutoLiqsResponse
    from .user import User
    from .user_account_auto_liq import UserAccountAutoLiq
    from .user_account_position_limit import UserAccountPositionLimit
    from .user_account_risk_parameter import UserAccountRiskParameter
    from .user_plugin import UserPlugin
    from .user_promo_code import UserPromoCode
    from .user_property import UserProperty
    from .user_read_status import UserReadStatus
    from .user_session import UserSession
    from .user_session_stats import UserSessionStats
    from .user_status import UserStatus
    from .user_status_message import UserStatusMessage
    from .withdrawal_reject_reason import WithdrawalRejectReason
    from .workspace_template import WorkspaceTemplate

_MODULES = {
    "AcceptTradingPermission": "accept_trading_permission",
    "AccessTokenRequest": "access_token_request",
    "AccessTokenResponse": "access_token_response",
    "Account": "account",
    "AccountRiskStatus": "account_risk_status",
    "AccountRiskStatusResponse": "account_risk_status_response",
    "AccountType": "account_type",
    "Action": "action",
    "ActivateSecondMarketDataSubscriptionRenewal": "activate_second_market_data_subscription_renewal",
    "AddEntitlementSubscription": "add_entitlement_subscription",
    "AddMarketDataSubscription": "add_market_data_subscription",
    "AddSecondMarketDataSubscription": "add_second_market_data_subscription",
    "AddTradovateSubscription": "add_tradovate_subscription",
    "AdjustCash": "adjust_cash",
    "AdminAction": "admin_action",
    "AdminActionReasonCode": "admin_action_reason_code",
    "AdminAlert": "admin_alert",
    "AdminAlertSignal": "admin_alert_signal",
    "AdminAlertSignalResponse": "admin_alert_signal_response",
    "Alert": "alert",
    "AlertResponse": "alert_response",
    "AlertSignal": "alert_signal",
    "AlertStatus": "alert_status",
    "AnnualReview": "annual_review",
    "AnnualReviewStatus": "annual_review_status",
    "ApiHosts": "api_hosts",
    "CancelEverything": "cancel_everything",
    "CancelEverythingResponse": "cancel_everything_response",
    "CancelOrder": "cancel_order",
    "CancelSecondMarketDataSubscription": "cancel_second_market_data_subscription",
    "CancelSecondMarketDataSubscriptionRenewal": "cancel_second_market_data_subscription_renewal",
    "CancelTradovateSubscription": "cancel_tradovate_subscription",
    "CashBalance": "cash_balance",
    "CashBalanceLog": "cash_balance_log",
    "CashBalanceSnapshot": "cash_balance_snapshot",
    "CashChangeType": "cash_change_type",
    "ChangeDemoBalance": "change_demo_balance",
    "ChangePluginPermission": "change_plugin_permission",
    "CheckDuplicate": "check_duplicate",
    "ClearingHouse": "clearing_house",
    "Command": "command",
    "CommandReport": "command_report",
    "CommandResult": "command_result",
    "CommandStatus": "command_status",
    "CommandType": "command_type",
    "CompleteAlertSignal": "complete_alert_signal",
    "ContactInfo": "contact_info",
    "Contract": "contract",
    "ContractGroup": "contract_group",
    "ContractMargin": "contract_margin",
    "ContractMaturity": "contract_maturity",
    "CreateAlert": "create_alert",
    "CreateEvaluationAccountResponse": "create_evaluation_account_response",
    "CreateEvaluationAccounts": "create_evaluation_accounts",
    "CreateEvaluationAccountsResponse": "create_evaluation_accounts_response",
    "CreateEvaluationUserResponse": "create_evaluation_user_response",
    "CreateEvaluationUsers": "create_evaluation_users",
    "CreateEvaluationUsersResponse": "create_evaluation_users_response",
    "CreatePartnerSubAccountRequest": "create_partner_sub_account_request",
    "CreatePartnerSubAccountRequestResponse": "create_partner_sub_account_request_response",
    "CreateTradingPermission": "create_trading_permission",
    "Currency": "currency",
    "CurrencyRate": "currency_rate",
    "DeleteAlert": "delete_alert",
    "DeleteResultResponse": "delete_result_response",
    "DeleteUserAccountPositionLimit": "delete_user_account_position_limit",
    "DeleteUserAccountRiskParameter": "delete_user_account_risk_parameter",
    "DismissAlert": "dismiss_alert",
    "DocumentProcess": "document_process",
    "DocumentType": "document_type",
    "DryRun": "dry_run",
    "DryRunOrder": "dry_run_order",
    "DryRunResponse": "dry_run_response",
    "DurationUnits": "duration_units",
    "Entitlement": "entitlement",
    "EntitlementSubscriptionResponse": "entitlement_subscription_response",
    "EstimatedFillFee": "estimated_fill_fee",
    "EvaluationAccount": "evaluation_account",
    "EvaluationUser": "evaluation_user",
    "Exchange": "exchange",
    "ExecType": "exec_type",
    "ExecutionReport": "execution_report",
    "ExpireMarketDataSubscription": "expire_market_data_subscription",
    "ExpireMarketDataSubscriptionErrorCode": "expire_market_data_subscription_error_code",
    "ExpireMarketDataSubscriptionResponse": "expire_market_data_subscription_response",
    "ExpireUserLockout": "expire_user_lockout",
    "ExtraPreTradeRisk": "extra_pre_trade_risk",
    "ExtraPreTradeRiskContracts": "extra_pre_trade_risk_contracts",
    "ExtraPreTradeRiskProducts": "extra_pre_trade_risk_products",
    "Fill": "fill",
    "FillFee": "fill_fee",
    "FillPair": "fill_pair",
    "GetAccountTradingPermissions": "get_account_trading_permissions",
    "GetCashBalanceSnapshot": "get_cash_balance_snapshot",
    "GetPartnerSubAccountRequestStatus": "get_partner_sub_account_request_status",
    "GetProductFeeParams": "get_product_fee_params",
    "GetSecondMarketDataSubscriptionCost": "get_second_market_data_subscription_cost",
    "HibpHint": "hibp_hint",
    "IdentityCheckResult": "identity_check_result",
    "InterruptOrderStrategy": "interrupt_order_strategy",
    "LegalEntityType": "legal_entity_type",
    "LegalStatus": "legal_status",
    "LiquidatePosition": "liquidate_position",
    "LiquidatePositions": "liquidate_positions",
    "MarginAccountType": "margin_account_type",
    "MarginSnapshot": "margin_snapshot",
    "MarkReadAlertSignal": "mark_read_alert_signal",
    "MarketDataSubscription": "market_data_subscription",
    "MarketDataSubscriptionExchangeScope": "market_data_subscription_exchange_scope",
    "MarketDataSubscriptionPlan": "market_data_subscription_plan",
    "MarketDataSubscriptionResponse": "market_data_subscription_response",
    "MarketDataType": "market_data_type",
    "ModifyAlert": "modify_alert",
    "ModifyCredentials": "modify_credentials",
    "ModifyEmailAddress": "modify_email_address",
    "ModifyOrder": "modify_order",
    "ModifyOrderStrategy": "modify_order_strategy",
    "ModifyPassword": "modify_password",
    "OAuthMeResponse": "o_auth_me_response",
    "OAuthToken": "o_auth_token",
    "OAuthTokenResponse": "o_auth_token_response",
    "OpenDemoAccount": "open_demo_account",
    "OpenDemoAccountResponse": "open_demo_account_response",
    "OrdStatus": "ord_status",
    "Order": "order",
    "OrderStrategy": "order_strategy",
    "OrderStrategyBracket": "order_strategy_bracket",
    "OrderStrategyEntryVersion": "order_strategy_entry_version",
    "OrderStrategyLink": "order_strategy_link",
    "OrderStrategyParams": "order_strategy_params",
    "OrderStrategyStatus": "order_strategy_status",
    "OrderStrategyStatusResponse": "order_strategy_status_response",
    "OrderStrategyType": "order_strategy_type",
    "OrderType": "order_type",
    "OrderVersion": "order_version",
    "OrgWorkspaceTemplateResponse": "org_workspace_template_response",
    "Organization": "organization",
    "POAContact": "poa_contact",
    "PartnerSubAccountRequestStatusResponse": "partner_sub_account_request_status_response",
    "PenaltyTicket": "penalty_ticket",
    "PermissionedAccountAutoLiq": "permissioned_account_auto_liq",
    "PersonType": "person_type",
    "PlaceOCO": "place_oco",
    "PlaceOSO": "place_oso",
    "PlaceOcoResult": "place_oco_result",
    "PlaceOrder": "place_order",
    "PlaceOrderResult": "place_order_result",
    "PlaceOsoResult": "place_oso_result",
    "Position": "position",
    "PositionLimitTotalBy": "position_limit_total_by",
    "PostTradeRisk": "post_trade_risk",
    "PreTradeRisk": "pre_trade_risk",
    "PreTradeRiskParameter": "pre_trade_risk_parameter",
    "PriceFormatType": "price_format_type",
    "Product": "product",
    "ProductFeeParams": "product_fee_params",
    "ProductFeeParamsResponse": "product_fee_params_response",
    "ProductMargin": "product_margin",
    "ProductSession": "product_session",
    "ProductStatus": "product_status",
    "ProductType": "product_type",
    "ProfessionalStatus": "professional_status",
    "PromoCodeSource": "promo_code_source",
    "Property": "property_",
    "PropertyType": "property_type",
    "PurchaseType": "purchase_type",
    "RejectReason": "reject_reason",
    "RequestTradingPermission": "request_trading_permission",
    "ResetAlert": "reset_alert",
    "ResetAutoLiqStatus": "reset_auto_liq_status",
    "ResetDemoAccountState": "reset_demo_account_state",
    "RestrainedOrderVersion": "restrained_order_version",
    "RevokeTradingPermission": "revoke_trading_permission",
    "RevokeTradingPermissions": "revoke_trading_permissions",
    "RiskEvaluationDetails": "risk_evaluation_details",
    "RollContract": "roll_contract",
    "RollContractBase": "roll_contract_base",
    "RollContractResponse": "roll_contract_response",
    "RollContracts": "roll_contracts",
    "RollContractsResponse": "roll_contracts_response",
    "RollContractsResponseContracts": "roll_contracts_response_contracts",
    "SecondMarketDataSubscription": "second_market_data_subscription",
    "SecondMarketDataSubscriptionCostResponse": "second_market_data_subscription_cost_response",
    "SecondMarketDataSubscriptionResponse": "second_market_data_subscription_response",
    "SetAccountNotes": "set_account_notes",
    "SetAdminAutoLiqAction": "set_admin_auto_liq_action",
    "ShardingExpression": "sharding_expression",
    "SignUpErrorCode": "sign_up_error_code",
    "SignUpOrganizationMember": "sign_up_organization_member",
    "SignUpResponse": "sign_up_response",
    "SimpleResponse": "simple_response",
    "SpreadDefinition": "spread_definition",
    "SpreadType": "spread_type",
    "StartOrderStrategy": "start_order_strategy",
    "SubAccountRequestStatus": "sub_account_request_status",
    "SubmitCustomerApplicationDocument": "submit_customer_application_document",
    "SubmitCustomerApplicationDocumentResponse": "submit_customer_application_document_response",
    "SubmitPartnerSubAccountDocument": "submit_partner_sub_account_document",
    "SubmitPartnerSubAccountDocumentResponse": "submit_partner_sub_account_document_response",
    "SubscriptionErrorCode": "subscription_error_code",
    "SwitchRiskCategory": "switch_risk_category",
    "SyncMessage": "sync_message",
    "SyncRequest": "sync_request",
    "TakeAlertSignalOwnership": "take_alert_signal_ownership",
    "TimeInForce": "time_in_force",
    "TradeDate": "trade_date",
    "TradeTime": "trade_time",
    "TradingPermission": "trading_permission",
    "TradingPermissionResponse": "trading_permission_response",
    "TradingPermissionStatus": "trading_permission_status",
    "TradingPermissionsResponse": "trading_permissions_response",
    "TradovateSubscription": "tradovate_subscription",
    "TradovateSubscriptionPlan": "tradovate_subscription_plan",
    "TradovateSubscriptionResponse": "tradovate_subscription_response",
    "TrailingMaxDrawdownMode": "trailing_max_drawdown_mode",
    "UpdateContactCountry": "update_contact_country",
    "UpdateContactInfo": "update_contact_info",
    "UpdateContactInfoName": "update_contact_info_name",
    "UpdateContactInfoResponse": "update_contact_info_response",
    "UpdateMaxNetLiq": "update_max_net_liq",
    "UpdateUserAutoLiq": "update_user_auto_liq",
    "UpdateUserAutoLiqItem": "update_user_auto_liq_item",
    "UpdateUserAutoLiqItemResponse": "update_user_auto_liq_item_response",
    "UpdateUserAutoLiqResponse": "update_user_auto_liq_response",
    "UpdateUserAutoLiqs": "update_user_auto_liqs",
    "UpdateUserAutoLiqsResponse": "update_user_auto_liqs_response",
    "User": "user",
    "UserAccountAutoLiq": "user_account_auto_liq",
    "UserAccountPositionLimit": "user_account_position_limit",
    "UserAccountRiskParameter": "user_account_risk_parameter",
    "UserPlugin": "user_plugin",
    "UserPromoCode": "user_promo_code",
    "UserProperty": "user_property",
    "UserReadStatus": "user_read_status",
    "UserSession": "user_session",
    "UserSessionStats": "user_session_stats",
    "UserStatus": "user_status",
    "UserStatusMessage": "user_status_message",
    "WithdrawalRejectReason": "withdrawal_reject_reason",
    "WorkspaceTemplate": "workspace_template",
}

__all__ = (
    "AcceptTradingPermission",
    "AccessTokenRequest",
    "AccessTokenResponse",
    "Account",
    "AccountRiskStatus",
    "AccountRiskStatusResponse",
    "AccountType",
    "Action",
    "ActivateSecondMarketDataSubscriptionRenewal",
    "AddEntitlementSubscription",
    "AddMarketDataSubscription",
    "AddSecondMarketDataSubscription",
    "AddTradovateSubscription",
    "AdjustCash",
    "AdminAction",
    "AdminActionReasonCode",
    "AdminAlert",
    "AdminAlertSignal",
    "AdminAlertSignalResponse",
    "Alert",
    "AlertResponse",
    "AlertSignal",
    "AlertStatus",
    "AnnualReview",
    "AnnualReviewStatus",
    "ApiHosts",
    "CancelEverything",
    "CancelEverythingResponse",
    "CancelOrder",
    "CancelSecondMarketDataSubscription",
    "CancelSecondMarketDataSubscriptionRenewal",
    "CancelTradovateSubscription",
    "CashBalance",
    "CashBalanceLog",
    "CashBalanceSnapshot",
    "CashChangeType",
    "ChangeDemoBalance",
    "ChangePluginPermission",
    "CheckDuplicate",
    "ClearingHouse",
    "Command",
    "CommandReport",
    "CommandResult",
    "CommandStatus",
    "CommandType",
    "CompleteAlertSignal",
    "ContactInfo",
    "Contract",
    "ContractGroup",
    "ContractMargin",
    "ContractMaturity",
    "CreateAlert",
    "CreateEvaluationAccountResponse",
    "CreateEvaluationAccounts",
    "CreateEvaluationAccountsResponse",
    "CreateEvaluationUserResponse",
    "CreateEvaluationUsers",
    "CreateEvaluationUsersResponse",
    "CreatePartnerSubAccountRequest",
    "CreatePartnerSubAccountRequestResponse",
    "CreateTradingPermission",
    "Currency",
    "CurrencyRate",
    "DeleteAlert",
    "DeleteResultResponse",
    "DeleteUserAccountPositionLimit",
    "DeleteUserAccountRiskParameter",
    "DismissAlert",
    "DocumentProcess",
    "DocumentType",
    "DryRun",
    "DryRunOrder",
    "DryRunResponse",
    "DurationUnits",
    "Entitlement",
    "EntitlementSubscriptionResponse",
    "EstimatedFillFee",
    "EvaluationAccount",
    "EvaluationUser",
    "Exchange",
    "ExecType",
    "ExecutionReport",
    "ExpireMarketDataSubscription",
    "ExpireMarketDataSubscriptionErrorCode",
    "ExpireMarketDataSubscriptionResponse",
    "ExpireUserLockout",
    "ExtraPreTradeRisk",
    "ExtraPreTradeRiskContracts",
    "ExtraPreTradeRiskProducts",
    "Fill",
    "FillFee",
    "FillPair",
    "GetAccountTradingPermissions",
    "GetCashBalanceSnapshot",
    "GetPartnerSubAccountRequestStatus",
    "GetProductFeeParams",
    "GetSecondMarketDataSubscriptionCost",
    "HibpHint",
    "IdentityCheckResult",
    "InterruptOrderStrategy",
    "LegalEntityType",
    "LegalStatus",
    "LiquidatePosition",
    "LiquidatePositions",
    "MarginAccountType",
    "MarginSnapshot",
    "MarkReadAlertSignal",
    "MarketDataSubscription",
    "MarketDataSubscriptionExchangeScope",
    "MarketDataSubscriptionPlan",
    "MarketDataSubscriptionResponse",
    "MarketDataType",
    "ModifyAlert",
    "ModifyCredentials",
    "ModifyEmailAddress",
    "ModifyOrder",
    "ModifyOrderStrategy",
    "ModifyPassword",
    "OAuthMeResponse",
    "OAuthToken",
    "OAuthTokenResponse",
    "OpenDemoAccount",
    "OpenDemoAccountResponse",
    "OrdStatus",
    "Order",
    "OrderStrategy",
    "OrderStrategyBracket",
    "OrderStrategyEntryVersion",
    "OrderStrategyLink",
    "OrderStrategyParams",
    "OrderStrategyStatus",
    "OrderStrategyStatusResponse",
    "OrderStrategyType",
    "OrderType",
    "OrderVersion",
    "OrgWorkspaceTemplateResponse",
    "Organization",
    "POAContact",
    "PartnerSubAccountRequestStatusResponse",
    "PenaltyTicket",
    "PermissionedAccountAutoLiq",
    "PersonType",
    "PlaceOCO",
    "PlaceOSO",
    "PlaceOcoResult",
    "PlaceOrder",
    "PlaceOrderResult",
    "PlaceOsoResult",
    "Position",
    "PositionLimitTotalBy",
    "PostTradeRisk",
    "PreTradeRisk",
    "PreTradeRiskParameter",
    "PriceFormatType",
    "Product",
    "ProductFeeParams",
    "ProductFeeParamsResponse",
    "ProductMargin",
    "ProductSession",
    "ProductStatus",
    "ProductType",
    "ProfessionalStatus",
    "PromoCodeSource",
    "Property",
    "PropertyType",
    "PurchaseType",
    "RejectReason",
    "RequestTradingPermission",
    "ResetAlert",
    "ResetAutoLiqStatus",
    "ResetDemoAccountState",
    "RestrainedOrderVersion",
    "RevokeTradingPermission",
    "RevokeTradingPermissions",
    "RiskEvaluationDetails",
    "RollContract",
    "RollContractBase",
    "RollContractResponse",
    "RollContracts",
    "RollContractsResponse",
    "RollContractsResponseContracts",
    "SecondMarketDataSubscription",
    "SecondMarketDataSubscriptionCostResponse",
    "SecondMarketDataSubscriptionResponse",
    "SetAccountNotes",
    "SetAdminAutoLiqAction",
    "ShardingExpression",
    "SignUpErrorCode",
    "SignUpOrganizationMember",
    "SignUpResponse",
    "SimpleResponse",
    "SpreadDefinition",
    "SpreadType",
    "StartOrderStrategy",
    "SubAccountRequestStatus",
    "SubmitCustomerApplicationDocument",
    "SubmitCustomerApplicationDocumentResponse",
    "SubmitPartnerSubAccountDocument",
    "SubmitPartnerSubAccountDocumentResponse",
    "SubscriptionErrorCode",
    "SwitchRiskCategory",
    "SyncMessage",
    "SyncRequest",
    "TakeAlertSignalOwnership",
    "TimeInForce",
    "TradeDate",
    "TradeTime",
    "TradingPermission",
    "TradingPermissionResponse",
    "TradingPermissionStatus",
    "TradingPermissionsResponse",
    "TradovateSubscription",
    "TradovateSubscriptionPlan",
    "TradovateSubscriptionResponse",
    "TrailingMaxDrawdownMode",
    "UpdateContactCountry",
    "UpdateContactInfo",
    "UpdateContactInfoName",
    "UpdateContactInfoResponse",
    "UpdateMaxNetLiq",
    "UpdateUserAutoLiq",
    "UpdateUserAutoLiqItem",
    "UpdateUserAutoLiqItemResponse",
    "UpdateUserAutoLiqResponse",
    "UpdateUserAutoLiqs",
    "UpdateUserAutoLiqsResponse",
    "User",
    "UserAccountAutoLiq",
    "UserAccountPositionLimit",
    "UserAccountRiskParameter",
    "UserPlugin",
    "UserPromoCode",
    "UserProperty",
    "UserReadStatus",
    "UserSession",
    "UserSessionStats",
    "UserStatus",
    "UserStatusMessage",
    "WithdrawalRejectReason",
    "WorkspaceTemplate",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
