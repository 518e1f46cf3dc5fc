from .._codec import OpenStrEnum

__all__ = ["ProductType"]


class ProductType(OpenStrEnum):
    """Kind of instrument a Product is; also used to scope risk rules.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    COMMONSTOCK = "CommonStock"
    #: Continuous series that follows the front contract, for charts.
    CONTINUOUS = "Continuous"
    CRYPTOCURRENCY = "Cryptocurrency"
    #: Futures contracts.
    FUTURES = "Futures"
    #: Market statistics such as breadth indicators; not tradable.
    MARKETINTERNALS = "MarketInternals"
    #: Options contracts.
    OPTIONS = "Options"
    #: Multi-leg spread contracts.
    SPREAD = "Spread"
    SWAP = "Swap"
