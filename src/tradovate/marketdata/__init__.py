"""Market data on the md and replay sockets: quotes, depth of market, histograms, charts, tick
charts and market replay.

::

    async with Session(credentials, DEMO) as session, MarketDataClient.from_session(session) as md:
        quotes = await md.quotes("ESZ6", "NQZ6")       # Quote values and Gap markers
        async for item in quotes:
            if isinstance(item, Quote):
                print(item.contract_id, item.bid, item.offer)
        chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(100))
        df = chart.to_frame()                           # pandas (or "polars"), optional extras

- :class:`MarketDataClient` / :class:`ReplayClient`: subscriptions (reference-counted), charts,
  history paging, replay clock; streams of typed values with :class:`Gap` markers.
- :func:`decode_frame`: one socket frame → typed messages (the hot path); :func:`to_wire` back.
- :class:`TickDecoder`: tick-chart packets → exact :class:`Tick` values.
- :mod:`.commands`: what ``tradovate quotes`` / ``chart`` / ``replay`` print.
"""

from ..streams import Gap, Stream
from .charts import Chart, ChartDescription, ChartState, TimeRange, bars_to_frame
from .client import MarketDataClient
from .decode import MarketData, decode_frame, decode_messages
from .encode import tick_to_dict, to_wire
from .errors import SubscriptionRefused, UnknownSymbol
from .replay import ReplayCheck, ReplayClient
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
