from .._codec import OpenStrEnum

__all__ = ["RejectReason"]


class RejectReason(OpenStrEnum):
    """Why an order or command was refused; `Success` when it was not. Found in order results, command
    reports and execution reports.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    ACCOUNTCLOSED = "AccountClosed"
    ADVANCEDTRAILINGSTOPUNSUPPORTED = "AdvancedTrailingStopUnsupported"
    ANOTHERCOMMANDPENDING = "AnotherCommandPending"
    BACKMONTHPROHIBITED = "BackMonthProhibited"
    EXECUTIONPROVIDERNOTCONFIGURED = "ExecutionProviderNotConfigured"
    EXECUTIONPROVIDERUNAVAILABLE = "ExecutionProviderUnavailable"
    INVALIDCONTRACT = "InvalidContract"
    INVALIDPRICE = "InvalidPrice"
    KEYINFORMATIONDOCUMENTREQUIRED = "KeyInformationDocumentRequired"
    LIQUIDATIONONLY = "LiquidationOnly"
    LIQUIDATIONONLYBEFOREEXPIRATION = "LiquidationOnlyBeforeExpiration"
    MAXORDERQTYISNOTSPECIFIED = "MaxOrderQtyIsNotSpecified"
    MAXORDERQTYLIMITREACHED = "MaxOrderQtyLimitReached"
    MAXPOSLIMITMISCONFIGURED = "MaxPosLimitMisconfigured"
    MAXPOSLIMITREACHED = "MaxPosLimitReached"
    MAXTOTALPOSLIMITREACHED = "MaxTotalPosLimitReached"
    MULTIPLEACCOUNTPLANREQUIRED = "MultipleAccountPlanRequired"
    NOQUOTE = "NoQuote"
    NOTENOUGHLIQUIDITY = "NotEnoughLiquidity"
    OTHEREXECUTIONRELATED = "OtherExecutionRelated"
    PARENTREJECTED = "ParentRejected"
    RISKCHECKTIMEOUT = "RiskCheckTimeout"
    SESSIONCLOSED = "SessionClosed"
    SSFRISKDISCLOSUREACKNOWLEDGMENTREQUIRED = "SSFRiskDisclosureAcknowledgmentRequired"
    SUCCESS = "Success"
    TOOLATE = "TooLate"
    TRADINGLOCKED = "TradingLocked"
    TRAILINGSTOPNONORDERQTYMODIFY = "TrailingStopNonOrderQtyModify"
    UNAUTHORIZED = "Unauthorized"
    UNKNOWNREASON = "UnknownReason"
    UNSUPPORTED = "Unsupported"
