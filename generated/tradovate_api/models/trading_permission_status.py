from .._codec import OpenStrEnum

__all__ = ["TradingPermissionStatus"]


class TradingPermissionStatus(OpenStrEnum):
    """State of a TradingPermission, which lets one user trade another user's account.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    ACCEPTED = "Accepted"
    APPROVED = "Approved"
    DECLINED = "Declined"
    REQUESTED = "Requested"
    REVOKED = "Revoked"
