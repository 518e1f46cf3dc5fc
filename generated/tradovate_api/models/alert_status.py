from .._codec import OpenStrEnum

__all__ = ["AlertStatus"]


class AlertStatus(OpenStrEnum):
    """Lifecycle state of a user Alert.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Being watched.
    ACTIVE = "Active"
    #: Past `validUntil`.
    EXPIRED = "Expired"
    #: Could not be evaluated; see `Alert.failure`.
    FAILED = "Failed"
    INACTIVE = "Inactive"
    #: Fired as many times as `triggerLimits` allows.
    TRIGGEREDOUT = "TriggeredOut"
