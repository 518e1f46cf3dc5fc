"""Market data on the md and replay sockets: quotes, depth of market, histograms, charts, tick
charts and market replay.

- :class:`MarketDataClient` / :class:`ReplayClient`: subscriptions (reference-counted), charts,
  history paging, replay clock; streams of typed values with :class:`Gap` markers.
- :func:`decode_frame`: one socket frame → typed messages (the hot path).
- :class:`TickDecoder`: tick-chart packets → exact :class:`Tick` values.
"""

from .charts import Chart, ChartDescription, ChartState, TimeRange, bars_to_frame
from .client import MarketDataClient
from .decode import MarketData, decode_frame, decode_messages
from .encode import tick_to_dict, to_wire
from .errors import SubscriptionRefused, UnknownSymbol
from .replay import ReplayCheck, ReplayClient
from .streams import Gap, Stream
from .subscriptions import Subscription
from .ticks import Tick, TickDecoder, decode_ticks
from .types import Bar, ChartPacket, DomBook, DomLevel, Histogram, Quote, QuoteEntry, ReplayClock, Unrecognized

__all__ = [
    "Bar",
    "Chart",
    "ChartDescription",
    "ChartPacket",
    "ChartState",
    "DomBook",
    "DomLevel",
    "Gap",
    "Histogram",
    "MarketData",
    "MarketDataClient",
    "Quote",
    "QuoteEntry",
    "ReplayCheck",
    "ReplayClient",
    "ReplayClock",
    "Stream",
    "Subscription",
    "SubscriptionRefused",
    "Tick",
    "TickDecoder",
    "TimeRange",
    "Unrecognized",
    "UnknownSymbol",
    "bars_to_frame",
    "decode_frame",
    "decode_messages",
    "decode_ticks",
    "tick_to_dict",
    "to_wire",
]
