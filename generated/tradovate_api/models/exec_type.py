from .._codec import OpenStrEnum

__all__ = ["ExecType"]


class ExecType(OpenStrEnum):
    """Kind of event an ExecutionReport describes, in the style of FIX ExecType.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Order cancelled.
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    DONEFORDAY = "DoneForDay"
    #: Order expired under its time in force.
    EXPIRED = "Expired"
    #: Order accepted.
    NEW = "New"
    #: Status report only; nothing changed.
    ORDERSTATUS = "OrderStatus"
    #: Cancellation in progress.
    PENDINGCANCEL = "PendingCancel"
    #: Placement in progress.
    PENDINGNEW = "PendingNew"
    #: Modification in progress.
    PENDINGREPLACE = "PendingReplace"
    #: Order or request refused.
    REJECTED = "Rejected"
    #: Modification applied.
    REPLACED = "Replaced"
    STOPPED = "Stopped"
    SUSPENDED = "Suspended"
    #: Order (partly) filled.
    TRADE = "Trade"
    #: An earlier fill was busted.
    TRADECANCEL = "TradeCancel"
    #: An earlier fill was corrected.
    TRADECORRECT = "TradeCorrect"
