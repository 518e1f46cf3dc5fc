from .._codec import OpenStrEnum

__all__ = ["MarketDataType"]


class MarketDataType(OpenStrEnum):
    """Depth of data a market data subscription plan delivers.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Full depth of market.
    DOM = "DOM"
    #: Top of book: best bid, best offer and trades.
    TOP = "Top"
