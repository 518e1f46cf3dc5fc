from .._codec import OpenStrEnum

__all__ = ["PersonType"]


class PersonType(OpenStrEnum):
    """Role of the person a customer application document is about.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    APPLICANT = "Applicant"
    ENTITYOPENER = "EntityOpener"
    ENTITYRESPONSIBLEPERSON = "EntityResponsiblePerson"
    ENTITYSTAKEHOLDER1 = "EntityStakeholder1"
    ENTITYSTAKEHOLDER2 = "EntityStakeholder2"
    JOINTAPPLICANT = "JointApplicant"
    JOINTTHIRDPARTYPERSON = "JointThirdPartyPerson"
    SUBACCOUNT = "SubAccount"
    THIRDPARTYPERSON = "ThirdPartyPerson"
