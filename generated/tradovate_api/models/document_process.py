from .._codec import OpenStrEnum

__all__ = ["DocumentProcess"]


class DocumentProcess(OpenStrEnum):
    """Review process a customer application document belongs to (identity, AML, NFA and so on).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    AML_FPV = "AML_FPV"
    BANKRUPTCY = "Bankruptcy"
    COMPLIANCE = "Compliance"
    IDENTITY = "Identity"
    NFA = "NFA"
    SUBACCOUNTREQUEST = "SubAccountRequest"
    WATCHLIST = "Watchlist"
