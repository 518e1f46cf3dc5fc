from .._codec import OpenStrEnum

__all__ = ["SpreadType"]


class SpreadType(OpenStrEnum):
    """Strategy type of a spread contract (SpreadDefinition).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    BUNDLE = "Bundle"
    BUNDLESPREAD = "BundleSpread"
    BUTTERFLY = "Butterfly"
    CALENDARSPREAD = "CalendarSpread"
    CONDOR = "Condor"
    CRACK = "Crack"
    DOUBLEBUTTERFLY = "DoubleButterfly"
    GENERAL = "General"
    INTERCOMMODITYSPREAD = "IntercommoditySpread"
    LAGGEDINTERCOMMODITYSPREAD = "LaggedIntercommoditySpread"
    PACK = "Pack"
    PACKBUTTERFLY = "PackButterfly"
    PACKSPREAD = "PackSpread"
    REDUCEDTICKCALENDARSPREAD = "ReducedTickCalendarSpread"
    REVERSEINTERCOMMODITYSPREAD = "ReverseIntercommoditySpread"
    REVERSESPREAD = "ReverseSpread"
    STRIP = "Strip"
    TREASURYINTERCOMMODITYSPREAD = "TreasuryIntercommoditySpread"
