from .._codec import OpenStrEnum

__all__ = ["SubscriptionErrorCode"]


class SubscriptionErrorCode(OpenStrEnum):
    """Outcome of buying a plan, market data subscription or entitlement; `Success` when it went through.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    CONFLICTWITHEXISTING = "ConflictWithExisting"
    DOWNGRADENOTALLOWED = "DowngradeNotAllowed"
    INCOMPATIBLECMEMARKETDATASUBSCRIPTIONPLANS = "IncompatibleCMEMarketDataSubscriptionPlans"
    INCORRECTPAYMENTMETHOD = "IncorrectPaymentMethod"
    INSUFFICIENTFUNDS = "InsufficientFunds"
    PAYMENTPROVIDERERROR = "PaymentProviderError"
    PLANDISCONTINUED = "PlanDiscontinued"
    SINGLETRIALONLY = "SingleTrialOnly"
    SUCCESS = "Success"
    UNKNOWNERROR = "UnknownError"
