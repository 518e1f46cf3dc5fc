from .._codec import OpenStrEnum

__all__ = ["PriceFormatType"]


class PriceFormatType(OpenStrEnum):
    """How a product's prices are displayed; see `Product.priceFormat`.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Prices shown as decimal numbers.
    DECIMAL = "Decimal"
    #: Prices shown as whole points plus a fraction, as for Treasury futures.
    FRACTIONAL = "Fractional"
