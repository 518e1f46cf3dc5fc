from .._codec import OpenStrEnum

__all__ = ["OrderType"]


class OrderType(OpenStrEnum):
    """Order type used when placing or modifying orders and in order versions.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Fill at the given price or better.
    LIMIT = "Limit"
    #: Becomes a limit order once the trigger price trades.
    LIMITIFTOUCHED = "LimitIfTouched"
    #: Fill at the best available price.
    MARKET = "Market"
    #: Market if touched: becomes a market order once the price trades.
    MIT = "MIT"
    QTS = "QTS"
    #: Becomes a market order once the stop price trades.
    STOP = "Stop"
    #: Becomes a limit order once the stop price trades.
    STOPLIMIT = "StopLimit"
    #: Stop whose price follows the market by a fixed distance.
    TRAILINGSTOP = "TrailingStop"
    #: Trailing stop that becomes a limit order.
    TRAILINGSTOPLIMIT = "TrailingStopLimit"
