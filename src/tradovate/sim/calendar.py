"""The simulator's trading calendar: when each product's market is open (no I/O).

Two calendars, chosen by ``Simulator(calendar=...)``, the scenario's ``"calendar"`` or
``tradovate sim --calendar``:

- ``"always"`` (the default): every product trades at every hour — the simulator as it was, so a
  client tested on a wall clock on a Saturday still sees a moving market;
- ``"cme"``: CME Globex sessions per product group, taken from the maintained
  ``pandas_market_calendars`` library (MIT; part of the ``sim`` extra): the weekly open on Sunday
  at 17:00 CT, the daily halt (16:00-17:00 CT for equity index, energy, metals, rates and FX;
  the grain sessions with their morning break), weekends, exchange holidays and their early
  closes (Thanksgiving: equity index halts at 12:00 CT, 12:15 CT on the Friday). Times are the
  exchange's, in US Central time, so daylight saving moves them in UTC.

While a product's market is closed (:meth:`Calendar.is_open` false) the market does not move
(:mod:`.market` skips its books: quotes frozen, nothing prints, resting orders do not fill).

What may be done when (:meth:`Calendar.phase`), following CME Globex's market states:

- :data:`OPEN` (continuous trading): everything; orders match;
- :data:`PRE_OPEN` (the last :attr:`Phases.preopen` seconds before an open — 15 minutes after the
  daily halt or a break, :attr:`Phases.weekly_preopen` = 60 minutes when the market was closed
  longer than :attr:`Phases.long_gap`, i.e. the Sunday open and the opens after a holiday): orders
  that rest are entered, modified and canceled, nothing matches until the open; orders that
  cannot rest (``Market``, ``QTS``, ``IOC``, ``FOK``) are refused;
- :data:`NO_CANCEL` (the pre-open's last :attr:`Phases.no_cancel` seconds): entry as in the
  pre-open, modify and cancel refused;
- :data:`CLOSED` (the rest of the halt, weekends, holidays): every order, modify and cancel is
  refused with ``failureReason`` :data:`CLOSED_REASON` (the engine asks
  :meth:`Calendar.closed_text` and :meth:`Calendar.refusal`); working orders stay.

At the end of a trade date's last session (CME's "Close - Final") Day orders are eliminated (the
engine expires them, :mod:`.market` tells it: :meth:`~.market.Market.listen_session_end`); GTC and
GTD orders rest on. A break within a trade date (the grains' morning break) ends no Day order.

Which calendar a product follows: :data:`GROUP_CALENDARS` by its contract group (the seeded
products' groups), overridable per product with ``{"name": "cme", "products": {"ES": "<a
pandas_market_calendars name>"}}``. Sessions are computed a year at a time and kept (the library
takes ~0.1 s per year and calendar; a lookup is a binary search).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from .seed import CONTRACT_GROUPS, PRODUCTS

__all__ = [
    "CLOSED",
    "CLOSED_REASON",
    "CLOSED_TEXT",
    "GROUP_CALENDARS",
    "NO_CANCEL",
    "OPEN",
    "PRE_OPEN",
    "AlwaysOpen",
    "Calendar",
    "CmeCalendar",
    "Phases",
    "Session",
    "make_calendar",
]

#: The ``failureReason`` of an order placed while its market is closed (the spec's FailureReason).
CLOSED_REASON: Final = "SessionClosed"
#: Its ``failureText``: the beginning of the real server's text as reported in issue 15 (the
#: rest of the real sentence is not in any source we hold).
CLOSED_TEXT: Final = "Cannot place order outside of market hours"

#: What an order may do in each phase (see the module doc); the texts are ours, worded like
#: :data:`CLOSED_TEXT` (the real server's texts for these cases are not in any source we hold).
OPEN: Final = "Open"
PRE_OPEN: Final = "PreOpen"
NO_CANCEL: Final = "PreOpenNoCancel"
CLOSED: Final = "Closed"
_TEXTS: Final = {
    ("place", CLOSED): CLOSED_TEXT,
    ("modify", CLOSED): "Cannot modify order outside of market hours",
    ("cancel", CLOSED): "Cannot cancel order outside of market hours",
    ("modify", NO_CANCEL): "Cannot modify order in the pre-open no-cancel period",
    ("cancel", NO_CANCEL): "Cannot cancel order in the pre-open no-cancel period",
}
PRE_OPEN_TEXT: Final = "Orders that cannot rest are not accepted before the market opens"
_RESTING_ONLY: Final = frozenset({"Market", "QTS"})


@dataclass(frozen=True)
class Phases:
    """How long the pre-open lasts before an open (seconds; CME's figures vary per product group
    and are announced by the exchange — these are illustrative, and configurable with the
    calendar option's ``"phases"``)."""

    preopen: float = 900.0  # after the daily halt or a break
    weekly_preopen: float = 3600.0  # after a closure longer than long_gap (the week's open, holidays)
    no_cancel: float = 30.0  # the pre-open's last seconds: entry only
    long_gap: float = 4 * 3600.0


#: The pandas_market_calendars calendar of each contract group (seed.CONTRACT_GROUPS names).
GROUP_CALENDARS: Final[Mapping[str, str]] = {
    "Equity Index": "CME Globex Equity",
    "Energy": "CMEGlobex_Energy",
    "Metals": "CMEGlobex_Metals",
    "Interest Rates": "CME Globex Fixed Income",
    "Currencies": "CMEGlobex_FX",
    "Grains": "CMEGlobex_Grains",
}
_DEFAULT_CALENDAR: Final = "CME Globex Equity"
_GROUP_NAMES: Final = dict(CONTRACT_GROUPS)
_PRODUCT_CALENDARS: Final = {p.name: GROUP_CALENDARS[_GROUP_NAMES[p.group_id]] for p in PRODUCTS}


@dataclass(frozen=True)
class Session:
    """One stretch of trading: ``open`` <= t < ``close`` (UTC), and the trade date it belongs to."""

    open: datetime.datetime
    close: datetime.datetime
    trade_date: datetime.date


class Calendar:
    """When products trade. The base class is open at all times (``"always"``)."""

    name = "always"
    ends_sessions = False  # whether sessions end (Day orders expire at their close)

    def session(self, product: str, when: datetime.datetime) -> Session | None:
        """The session in force at ``when`` (``None`` while closed)."""
        return Session(datetime.datetime.min.replace(tzinfo=datetime.UTC), _FAR, when.date())

    def is_open(self, product: str, when: datetime.datetime) -> bool:
        return True  # (a calendar with sessions answers from them)

    def next_open(self, product: str, when: datetime.datetime) -> datetime.datetime | None:
        """When the market opens next (``when`` itself while open; ``None``: not within a year)."""
        return when

    def closed_text(self, product: str, when: datetime.datetime) -> str | None:
        """The ``failureText`` for an order taken at ``when`` (``None``: the market is open)."""
        return None if self.is_open(product, when) else CLOSED_TEXT

    def phase(self, product: str, when: datetime.datetime) -> str:
        """The market state at ``when``: :data:`OPEN`, :data:`PRE_OPEN`, :data:`NO_CANCEL` or
        :data:`CLOSED`."""
        return OPEN

    def refusal(self, product: str, when: datetime.datetime, request: str, body: dict[str, Any]) -> str | None:
        """Why ``request`` (``"place"``, ``"modify"``, ``"cancel"``) is refused at ``when`` (the
        ``failureText``; ``None``: accepted). ``body``: the order's fields (type, time in force)."""
        phase = self.phase(product, when)
        if phase == OPEN:
            return None
        text = _TEXTS.get((request, phase))
        cannot_rest = body.get("orderType", "Market") in _RESTING_ONLY or body.get("timeInForce") in ("IOC", "FOK")
        if text is None and request == "place" and cannot_rest:  # (pre-open: only orders that rest)
            return PRE_OPEN_TEXT
        return text

    def trade_date_ends(self, product: str, session: Session, when: datetime.datetime) -> bool:
        """Whether the trade date of ``session`` (ended by ``when``) is over: no later session of
        the same trade date follows (a break is not the end of the day)."""
        return True

    def final_closes(self, product: str, after: datetime.datetime, until: datetime.datetime) -> list[Session]:
        """The last sessions of the trade dates that closed after ``after`` and by ``until``, in
        order (a clock jumped over several closes passes every one of them)."""
        return []


AlwaysOpen = Calendar
_FAR: Final = datetime.datetime(9999, 1, 1, tzinfo=datetime.UTC)


class CmeCalendar(Calendar):
    """CME Globex sessions from ``pandas_market_calendars`` (see the module doc)."""

    name = "cme"
    ends_sessions = True

    def __init__(self, products: Mapping[str, str] | None = None, phases: Phases | None = None) -> None:
        self.phases = phases or Phases()
        self._module = _library()
        self.products = {**_PRODUCT_CALENDARS, **(products or {})}
        known = set(self._module.get_calendar_names())
        for product, calendar in self.products.items():
            if calendar not in known:
                raise ValueError(f"unknown market calendar {calendar!r} for {product}")
        self._last: dict[str, Session] = {}  # per product: the last session found (most lookups repeat it)

    def calendar_of(self, product: str) -> str:
        return self.products.get(product, _DEFAULT_CALENDAR)

    def session(self, product: str, when: datetime.datetime) -> Session | None:
        last = self._last.get(product)
        if last is not None and last.open <= when < last.close:
            return last
        found = self._find(product, when)
        if found is not None and found.open <= when:
            self._last[product] = found
            return found
        return None

    def is_open(self, product: str, when: datetime.datetime) -> bool:
        return self.session(product, when) is not None

    def next_open(self, product: str, when: datetime.datetime) -> datetime.datetime | None:
        found = self._find(product, when)
        if found is None:
            return None
        return max(found.open, when)

    def phase(self, product: str, when: datetime.datetime) -> str:
        if self.session(product, when) is not None:
            return OPEN
        found, previous = self._around(product, when)
        if found is None:
            return CLOSED
        gap = (found.open - previous.close).total_seconds() if previous is not None else float("inf")
        preopen = self.phases.weekly_preopen if gap > self.phases.long_gap else self.phases.preopen
        left = (found.open - when).total_seconds()
        if left > preopen:
            return CLOSED
        return NO_CANCEL if left <= self.phases.no_cancel else PRE_OPEN

    def trade_date_ends(self, product: str, session: Session, when: datetime.datetime) -> bool:
        following = self._find(product, max(when, session.close))
        return following is None or following.trade_date != session.trade_date

    def final_closes(self, product: str, after: datetime.datetime, until: datetime.datetime) -> list[Session]:
        found: list[Session] = []
        session = self._find(product, after)
        while session is not None and session.close <= until:
            if self.trade_date_ends(product, session, session.close):
                found.append(session)
            session = self._find(product, session.close)
        return found

    def _find(self, product: str, when: datetime.datetime) -> Session | None:
        """The first session that closes after ``when`` (open now, or the next one)."""
        return self._around(product, when)[0]

    def _around(self, product: str, when: datetime.datetime) -> tuple[Session | None, Session | None]:
        """The first session that closes after ``when`` and the one before it."""
        name = self.calendar_of(product)
        when = when.astimezone(datetime.UTC)
        previous: Session | None = None
        for year in (when.year, when.year + 1):
            closes, sessions = _sessions(name, year)
            i = bisect.bisect_right(closes, when.timestamp())
            if i < len(sessions):
                if i > 0:
                    return sessions[i], sessions[i - 1]
                if year == when.year:  # the first session of the year: the one before is last year's
                    earlier = _sessions(name, year - 1)[1]
                    return sessions[i], earlier[-1] if earlier else None
                return sessions[i], previous
            previous = sessions[-1] if sessions else previous
        return None, previous


def _library() -> Any:
    try:
        return importlib.import_module("pandas_market_calendars")
    except ImportError as exc:  # pragma: no cover - part of the sim extra
        raise ImportError(
            "the simulator's CME calendar needs pandas_market_calendars: pip install 'tradovate-partner[sim]'"
        ) from exc


@functools.lru_cache(maxsize=64)
def _sessions(name: str, year: int) -> tuple[list[float], list[Session]]:
    """The sessions of one calendar that close within ``year`` (UTC), sorted; with their close
    times as POSIX seconds for bisection. A session with a break is two sessions."""
    calendar = _library().get_calendar(name)
    schedule = calendar.schedule(start_date=f"{year - 1}-12-24", end_date=f"{year + 1}-01-08")
    start = datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)
    end = datetime.datetime(year + 1, 1, 1, tzinfo=datetime.UTC)
    sessions: list[Session] = []
    has_break = "break_start" in schedule.columns
    for label, row in schedule.iterrows():
        day = label.date()
        stretches = [(row["market_open"], row["market_close"])]
        if has_break and row["break_start"] < row["break_end"]:
            stretches = [(row["market_open"], row["break_start"]), (row["break_end"], row["market_close"])]
        for a, b in stretches:
            opened, closed = a.to_pydatetime(), b.to_pydatetime()
            if opened < closed and start <= closed < end:
                sessions.append(Session(opened, closed, day))
    sessions.sort(key=lambda s: s.close)
    return [s.close.timestamp() for s in sessions], sessions


def make_calendar(spec: Calendar | str | Mapping[str, Any] | None) -> Calendar:
    """A calendar from its option: ``None``/``"always"``, ``"cme"``, ``{"name": "cme",
    "products": {...}, "phases": {"preopen": 900, ...}}`` (:class:`Phases`) or a
    :class:`Calendar` itself."""
    if isinstance(spec, Calendar):
        return spec
    if spec is None:
        return Calendar()
    if isinstance(spec, str):
        spec = {"name": spec}
    name = str(spec.get("name", "always")).lower()
    if name == "always":
        return Calendar()
    if name == "cme":
        products = spec.get("products")
        phases = spec.get("phases")
        return CmeCalendar(
            dict(products) if isinstance(products, Mapping) else None,
            Phases(**phases) if isinstance(phases, Mapping) else None,
        )
    raise ValueError(f"unknown calendar {name!r} (always or cme)")
