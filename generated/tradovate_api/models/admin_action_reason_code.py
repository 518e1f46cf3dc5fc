from .._codec import OpenStrEnum

__all__ = ["AdminActionReasonCode"]


class AdminActionReasonCode(OpenStrEnum):
    """Reason code sent with `setAdminAutoLiqAction`; `Close*` and `Restricted*` are for brokerage use,
    partners normally send `Other`.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    CLOSEAMLDECISION = "CloseAMLDecision"
    CLOSECOMPLIANCEDECISION = "CloseComplianceDecision"
    CLOSECUSTOMERREQUEST = "CloseCustomerRequest"
    CLOSEDECEASED = "CloseDeceased"
    CLOSEESCHEATMENT = "CloseEscheatment"
    CLOSEFRAUD = "CloseFraud"
    CLOSEINACTIVEUNFUNDEDACCOUNT = "CloseInactiveUnfundedAccount"
    FULLBALANCEWITHDRAWAL = "FullBalanceWithdrawal"
    OTHER = "Other"
    RESTRICTEDACCOUNTSREQUEST = "RestrictedAccountsRequest"
    RESTRICTEDAMLREQUEST = "RestrictedAMLRequest"
    RESTRICTEDCOMPLIANCEREQUEST = "RestrictedComplianceRequest"
    RESTRICTEDRISKRESTRICTION = "RestrictedRiskRestriction"
    RESTRICTEDTREASURYREQUEST = "RestrictedTreasuryRequest"
    RESTRICTEDW8EXPIRED = "RestrictedW8Expired"
