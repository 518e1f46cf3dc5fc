from .._codec import OpenStrEnum

__all__ = ["PositionLimitTotalBy"]


class PositionLimitTotalBy(OpenStrEnum):
    """Level at which positions are added up for a position limit (UserAccountPositionLimit, PreTradeRisk).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Each contract on its own.
    CONTRACT = "Contract"
    #: All products of a contract group.
    CONTRACTGROUP = "ContractGroup"
    #: All products of a risk-discount contract group.
    DISCOUNTGROUP = "DiscountGroup"
    #: All products of an exchange.
    EXCHANGE = "Exchange"
    #: A family of fungible products together.
    FUNGIBLEPRODUCT = "FungibleProduct"
    #: All positions of the account together.
    OVERALL = "Overall"
    #: All contracts of a product.
    PRODUCT = "Product"
    #: All products of a type.
    PRODUCTTYPE = "ProductType"
