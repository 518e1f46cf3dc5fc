from .._codec import OpenStrEnum

__all__ = ["PromoCodeSource"]


class PromoCodeSource(OpenStrEnum):
    """How a promo code reached a user (UserPromoCode).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Applied by an administrator.
    ADMIN = "Admin"
    #: Typed in by the user.
    INPUT = "Input"
    #: Came in through a link.
    URL = "URL"
