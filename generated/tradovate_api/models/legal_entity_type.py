from .._codec import OpenStrEnum

__all__ = ["LegalEntityType"]


class LegalEntityType(OpenStrEnum):
    """Offering an Entitlement is sold under.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    NTCORE = "NTCore"
    SIMPLUSBETA = "SimPlusBeta"
