from .._codec import OpenStrEnum

__all__ = ["UserStatus"]


class UserStatus(OpenStrEnum):
    """State of a user's login and registration.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Can log in and use the platform.
    ACTIVE = "Active"
    #: User closed.
    CLOSED = "Closed"
    #: Sign-up started but not finished.
    INITIATED = "Initiated"
    #: Temporarily locked out.
    TEMPORARYLOCKED = "TemporaryLocked"
    #: E-mail address not yet confirmed.
    UNCONFIRMEDEMAIL = "UnconfirmedEmail"
