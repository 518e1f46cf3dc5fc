from .._codec import OpenStrEnum

__all__ = ["WithdrawalRejectReason"]


class WithdrawalRejectReason(OpenStrEnum):
    """Why a cash balance snapshot gives no withdrawable amount.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Not enough data to work out the amount.
    NODATA = "NoData"
    #: A change of contact details is pending.
    PENDINGCONTACTINFOCHANGE = "PendingContactInfoChange"
