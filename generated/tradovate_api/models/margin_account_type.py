from .._codec import OpenStrEnum

__all__ = ["MarginAccountType"]


class MarginAccountType(OpenStrEnum):
    """Margin classification of an account: hedger or speculator.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    HEDGER = "Hedger"
    SPECULATOR = "Speculator"
