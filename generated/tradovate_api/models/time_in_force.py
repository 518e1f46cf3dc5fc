from .._codec import OpenStrEnum

__all__ = ["TimeInForce"]


class TimeInForce(OpenStrEnum):
    """How long an order stays working.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Until the end of the trading day.
    DAY = "Day"
    #: Fill or kill: fill completely now or cancel.
    FOK = "FOK"
    #: Good till cancelled.
    GTC = "GTC"
    #: Good till the given expiry time.
    GTD = "GTD"
    #: Immediate or cancel: fill what is possible now, cancel the rest.
    IOC = "IOC"
