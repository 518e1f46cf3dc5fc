from .._codec import OpenStrEnum

__all__ = ["OrdStatus"]


class OrdStatus(OpenStrEnum):
    """State of an order; in Order, ExecutionReport and CommandReport.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Cancelled before it was completely filled.
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    #: Ended by its time in force.
    EXPIRED = "Expired"
    #: Completely filled.
    FILLED = "Filled"
    #: Cancellation sent, not yet acknowledged.
    PENDINGCANCEL = "PendingCancel"
    #: Placement sent, not yet acknowledged.
    PENDINGNEW = "PendingNew"
    #: Modification sent, not yet acknowledged.
    PENDINGREPLACE = "PendingReplace"
    #: Refused.
    REJECTED = "Rejected"
    SUSPENDED = "Suspended"
    UNKNOWN = "Unknown"
    #: Live at the exchange, not completely filled.
    WORKING = "Working"
