from .._codec import OpenStrEnum

__all__ = ["LegalStatus"]


class LegalStatus(OpenStrEnum):
    """Legal form of an account holder; `Account.legalStatus`.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    CORPORATION = "Corporation"
    #: General partnership.
    GP = "GP"
    INDIVIDUAL = "Individual"
    #: Individual retirement account.
    IRA = "IRA"
    JOINT = "Joint"
    #: Limited liability company.
    LLC = "LLC"
    #: Limited liability partnership.
    LLP = "LLP"
    #: Limited partnership.
    LP = "LP"
    PTR = "PTR"
    TRUST = "Trust"
