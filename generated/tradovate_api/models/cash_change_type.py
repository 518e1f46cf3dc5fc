from .._codec import OpenStrEnum

__all__ = ["CashChangeType"]


class CashChangeType(OpenStrEnum):
    """Kind of cash movement on an account: fees, commissions, transfers, adjustments and so on; in cash
    balance log entries and cash adjustments.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    ACCOUNTCLOSUREFEE = "AccountClosureFee"
    ADDUSERFEE = "AddUserFee"
    AUTOMATICRECONCILIATION = "AutomaticReconciliation"
    BROKERAGEFEE = "BrokerageFee"
    CANCELLEDPAIREDTRADE = "CancelledPairedTrade"
    CASHSETTLEMENT = "CashSettlement"
    CHALLENGEPAYOUT = "ChallengePayout"
    CLEARINGFEE = "ClearingFee"
    COMMISSION = "Commission"
    COURTESY = "Courtesy"
    CURRENCYCONVERSION = "CurrencyConversion"
    CURRENCYCONVERSIONFEE = "CurrencyConversionFee"
    DEBIT = "Debit"
    DEPOSITFEE = "DepositFee"
    DESKFEE = "DeskFee"
    DORMANTFEE = "DormantFee"
    ENTITLEMENTSUBSCRIPTION = "EntitlementSubscription"
    ESCHEATMENT = "Escheatment"
    EXCHANGEFEE = "ExchangeFee"
    FUNDINGRATE = "FundingRate"
    FUNDTRANSACTION = "FundTransaction"
    FUNDTRANSACTIONFEE = "FundTransactionFee"
    GOODWILLCREDIT = "GoodwillCredit"
    INACTIVITYFEE = "InactivityFee"
    IPFEE = "IPFee"
    LIQUIDATIONFEE = "LiquidationFee"
    LIQUIDATIONFEE2 = "LiquidationFee2"
    MANUALADJUSTMENT = "ManualAdjustment"
    MARKETDATASUBSCRIPTION = "MarketDataSubscription"
    NEWSESSION = "NewSession"
    NFAFEE = "NfaFee"
    NSFCHECKFEE = "NsfCheckFee"
    OPTIONSTRADE = "OptionsTrade"
    ORDERROUTINGFEE = "OrderRoutingFee"
    PROMO = "PROMO"
    RITHMICFEE = "RithmicFee"
    SEATLEASEPAYMENT = "SeatLeasePayment"
    STOPPAYMENTFEE = "StopPaymentFee"
    SWAPTRADE = "SwapTrade"
    THIRDPARTYFEE = "ThirdPartyFee"
    TRADEPAIRED = "TradePaired"
    TRADOVATESUBSCRIPTION = "TradovateSubscription"
