from .._codec import OpenStrEnum

__all__ = ["ExpireMarketDataSubscriptionErrorCode"]


class ExpireMarketDataSubscriptionErrorCode(OpenStrEnum):
    """Why `expireMarketDataSubscription` failed, in ExpireMarketDataSubscriptionResponse.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Server-side failure.
    INTERNALERROR = "InternalError"
    #: More than 100 ids in one request.
    TOOMANYSUBSCRIPTIONS = "TooManySubscriptions"
    #: At least one id belongs to a user outside the caller's organization.
    USERSNOTINORGANIZATION = "UsersNotInOrganization"
