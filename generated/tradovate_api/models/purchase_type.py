from .._codec import OpenStrEnum

__all__ = ["PurchaseType"]


class PurchaseType(OpenStrEnum):
    """How an Entitlement may be paid for.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Either way.
    ANY = "Any"
    #: Paid by card.
    CREDITCARD = "CreditCard"
    #: Charged to a live trading account.
    LIVEACCOUNT = "LiveAccount"
