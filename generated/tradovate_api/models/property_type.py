from .._codec import OpenStrEnum

__all__ = ["PropertyType"]


class PropertyType(OpenStrEnum):
    """Value type of a configurable Property.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    BOOLEAN = "Boolean"
    ENUM = "Enum"
    INTEGER = "Integer"
    STRING = "String"
