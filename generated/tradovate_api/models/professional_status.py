from .._codec import OpenStrEnum

__all__ = ["ProfessionalStatus"]


class ProfessionalStatus(OpenStrEnum):
    """Subscriber status a market data plan is meant for.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: For both.
    EITHER = "Either"
    #: For non-professional subscribers.
    NONPROFESSIONAL = "NonProfessional"
    #: For professional subscribers.
    PROFESSIONAL = "Professional"
