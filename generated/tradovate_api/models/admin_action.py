from .._codec import OpenStrEnum

__all__ = ["AdminAction"]


class AdminAction(OpenStrEnum):
    """Risk action imposed on an account by an administrator or the risk system; in AccountRiskStatus and
    `setAdminAutoLiqAction`.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Internal: auto-liquidation held off for about a minute while liquidate-only mode may apply.
    AGREEDONLIQONLYMODEBYAUTOLIQ = "AgreedOnLiqOnlyModeByAutoLiq"
    #: Internal, reserved.
    AGREEDONLIQUIDATIONBYAUTOLIQ = "AgreedOnLiquidationByAutoLiq"
    #: Internal: auto-liquidation switched off for the account.
    DISABLEAUTOLIQ = "DisableAutoLiq"
    #: Close all positions now and lock the account.
    LIQUIDATEIMMEDIATELY = "LiquidateImmediately"
    #: From now on accept only orders that reduce positions; positions stay open.
    LIQUIDATEONLYMODEIMMEDIATELY = "LiquidateOnlyModeImmediately"
    #: Lock the account now; every order is refused, positions stay open.
    LOCKTRADINGIMMEDIATELY = "LockTradingImmediately"
    #: No restriction; setting it lifts a lock or liquidate-only state.
    NORMAL = "Normal"
    #: Internal: auto-liquidation paused for about a minute.
    PLACEAUTOLIQONHOLD = "PlaceAutoLiqOnHold"
