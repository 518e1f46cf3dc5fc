from .._codec import OpenStrEnum

__all__ = ["DurationUnits"]


class DurationUnits(OpenStrEnum):
    """Unit of the duration of a subscription plan or entitlement.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    LIFETIME = "Lifetime"
    MONTH = "Month"
    QUARTER = "Quarter"
    WEEK = "Week"
    YEAR = "Year"
