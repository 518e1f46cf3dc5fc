from .._codec import OpenStrEnum

__all__ = ["HibpHint"]


class HibpHint(OpenStrEnum):
    """Which credentials were found in a known data breach; returned in AccessTokenResponse.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: The e-mail and password appear together in a breach list.
    EMAILANDPASSWORDCOMPROMISED = "EmailAndPasswordCompromised"
    #: The password appears in a breach list.
    PASSWORDCOMPROMISED = "PasswordCompromised"
