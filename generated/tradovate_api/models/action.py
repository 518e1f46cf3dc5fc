from .._codec import OpenStrEnum

__all__ = ["Action"]


class Action(OpenStrEnum):
    """Side of an order, fill or execution: buy or sell.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    BUY = "Buy"
    SELL = "Sell"
