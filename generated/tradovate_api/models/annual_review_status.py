from .._codec import OpenStrEnum

__all__ = ["AnnualReviewStatus"]


class AnnualReviewStatus(OpenStrEnum):
    """State of a customer's annual review (AnnualReview).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    CLOSED = "Closed"
    OPEN = "Open"
    PROCESSED = "Processed"
