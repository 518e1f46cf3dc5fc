from .._codec import OpenStrEnum

__all__ = ["SubAccountRequestStatus"]


class SubAccountRequestStatus(OpenStrEnum):
    """State of a partner sub-account request; usually Preapproved, then InReview, possibly InAMLReview,
    then Approved or Denied.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    APPROVED = "Approved"
    DENIED = "Denied"
    INAMLREVIEW = "InAMLReview"
    INREVIEW = "InReview"
    PENDING = "Pending"
    PREAPPROVED = "Preapproved"
