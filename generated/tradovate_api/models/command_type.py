from .._codec import OpenStrEnum

__all__ = ["CommandType"]


class CommandType(OpenStrEnum):
    """What a Command asks for.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Cancel a working order.
    CANCEL = "Cancel"
    #: Change a working order.
    MODIFY = "Modify"
    #: Place a new order.
    NEW = "New"
