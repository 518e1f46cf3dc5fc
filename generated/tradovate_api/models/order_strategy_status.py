from .._codec import OpenStrEnum

__all__ = ["OrderStrategyStatus"]


class OrderStrategyStatus(OpenStrEnum):
    """State of a server-side OrderStrategy.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    ACTIVESTRATEGY = "ActiveStrategy"
    EXECUTIONFAILED = "ExecutionFailed"
    EXECUTIONFINISHED = "ExecutionFinished"
    EXECUTIONINTERRUPTED = "ExecutionInterrupted"
    INACTIVESTRATEGY = "InactiveStrategy"
    NOTENOUGHLIQUIDITY = "NotEnoughLiquidity"
    STOPPEDBYUSER = "StoppedByUser"
