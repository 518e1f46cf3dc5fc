from .._codec import OpenStrEnum

__all__ = ["ProductStatus"]


class ProductStatus(OpenStrEnum):
    """Listing and verification state of a Product; also used to scope risk rules.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    INACTIVE = "Inactive"
    LOCKED = "Locked"
    READYFORCONTRACTS = "ReadyForContracts"
    READYTOTRADE = "ReadyToTrade"
    VERIFIED = "Verified"
