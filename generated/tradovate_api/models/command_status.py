from .._codec import OpenStrEnum

__all__ = ["CommandStatus"]


class CommandStatus(OpenStrEnum):
    """Processing state of a Command (a request to place, modify or cancel an order), also reported in
    CommandReport.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    ATEXECUTION = "AtExecution"
    EXECUTIONREJECTED = "ExecutionRejected"
    EXECUTIONSTOPPED = "ExecutionStopped"
    EXECUTIONSUSPENDED = "ExecutionSuspended"
    ONHOLD = "OnHold"
    PENDING = "Pending"
    PENDINGEXECUTION = "PendingExecution"
    REPLACED = "Replaced"
    RISKPASSED = "RiskPassed"
    RISKREJECTED = "RiskRejected"
