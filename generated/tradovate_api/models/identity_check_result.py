from .._codec import OpenStrEnum

__all__ = ["IdentityCheckResult"]


class IdentityCheckResult(OpenStrEnum):
    """Outcome of the identity check of an AnnualReview.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    FAIL = "Fail"
    PASS = "Pass"
    REVIEWNEEDED = "ReviewNeeded"
