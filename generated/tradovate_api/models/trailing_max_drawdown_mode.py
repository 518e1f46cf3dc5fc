from .._codec import OpenStrEnum

__all__ = ["TrailingMaxDrawdownMode"]


class TrailingMaxDrawdownMode(OpenStrEnum):
    """How the trailing max drawdown threshold of an account is updated (UserAccountAutoLiq and related).

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    #: Threshold moves up only with end-of-day values.
    EOD = "EOD"
    #: Threshold follows the intraday peak.
    REALTIME = "RealTime"
