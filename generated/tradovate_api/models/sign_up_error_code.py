from .._codec import OpenStrEnum

__all__ = ["SignUpErrorCode"]


class SignUpErrorCode(OpenStrEnum):
    """Outcome of a sign-up request; `Success` when the user was created.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    DATAERROR = "DataError"
    EMAILALREADYREGISTERED = "EmailAlreadyRegistered"
    EMAILANDPASSWORDCOMPROMISED = "EmailAndPasswordCompromised"
    EMAILPOLICYFAILED = "EmailPolicyFailed"
    FAILEDRECAPTCHA = "FailedRecaptcha"
    PASSWORDCOMPROMISED = "PasswordCompromised"
    SUCCESS = "Success"
    UNKNOWNERROR = "UnknownError"
    USERALREADYEXISTS = "UserAlreadyExists"
    WEAKPASSWORD = "WeakPassword"
    WRONGCHALLENGE = "WrongChallenge"
    WRONGCHALLENGEORIGIN = "WrongChallengeOrigin"
