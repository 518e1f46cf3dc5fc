"""The call policy: penalty tickets, the 429/423 breaker, hourly budgets, read retries.

Hand-written, not generated. Every method of ``Tradovate`` and ``AsyncTradovate`` goes through
:meth:`Guards.call` / :meth:`Guards.acall`, and so does every request of a ``tradovate``
WebSocket connection. The policy is written once, without I/O, as a plain object
(:class:`CallState`) that is told what happened (an answer, a failure) and says what to do next
(the call is over, or sleep this long and send this request). Every driver runs those steps in a
plain loop: the sync and async HTTP clients (:meth:`Guards.call`, :meth:`Guards.acall`) and the
socket connection (no generator and no step object per answer: a call's round trip is the hot
path); :meth:`Guards.flow` is the same loop as a generator (the ``httpx.Auth.auth_flow`` idea)
for a driver that wants one. What a driver hands in (see :class:`Call` and
:class:`Request`):

- the call's identity: ``operation_id`` (budgets and penalty holds are kept per operation id, so
  a REST placement and a socket placement share them), ``idempotent``, ``rate_limit``;
- its request, already validated and kept as data: sending it is the driver's ``send`` step
  (an HTTP exchange; a socket frame and its answer), and ``request.with_ticket(ticket)`` is the
  same request carrying a penalty ticket (``None``: it cannot carry one), made without
  re-reading any bytes;
- ``call.response(answer)``: the answer as a :class:`~.types.Response` (status, headers, the
  typed error if it is a refusal; ``parsed`` is what the driver returns).

- **Penalty ticket** (HTTP 200 with ``p-ticket``/``p-time``): wait ``p-time`` seconds on the
  monotonic clock, then send the same request once more with the ticket added, if the wait fits
  in the call's total deadline; penalised again, or no time left: :class:`~.errors.PenaltyTicket`.
  ``p-captcha: true``: :class:`~.errors.CaptchaRequired` at once, and the operation is refused
  locally for ``breaker_seconds`` (only a person can lift that penalty).
- **Breaker**: a 429 or 423 answer opens it; every later call of the client fails fast with
  :class:`~.errors.BreakerOpen` (carrying when it may close) without touching the network,
  because calls during the lockout prolong it. ``breaker_seconds`` (an hour, as the docs say)
  or the answer's numeric ``Retry-After``, whichever is longer. ``reset_breaker()`` for an operator.
- **Budgets**: the spec's ``x-rate-limit`` of an operation (calls per rolling hour, counting
  every call or only failures) is enforced before sending: :class:`~.errors.BudgetExhausted`
  instead of a server penalty. A call that may have reached the server counts (a lost answer
  counts as a failure); one that was refused before sending does not.
- **Read retries** (``read_retries``, 0 by default): an idempotent operation that could not
  connect, lost its connection or got a 5xx is sent again after a jittered, capped exponential
  backoff, within the call's deadline. State-changing calls are never retried this way: a lost
  answer stays :class:`~.errors.OutcomeUnknown`.

Guards hold state (breaker, budget windows, penalty holds); pass one ``Guards`` to every client
and socket that share a user and an IP (the server counts per user and per IP; a
``tradovate.Session`` does so). Tests inject a :class:`Clock`.
"""

from __future__ import annotations

import datetime
import functools
import logging
import math
import random
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Mapping
from types import MappingProxyType
from typing import Any, Final, Generic, NamedTuple, Protocol, Self, TypeVar

import attrs

from . import errors
from .types import Response

_log = logging.getLogger("tradovate_api.guards")

HOUR: Final = 3600.0
_BREAKER_STATUSES: Final = frozenset({423, 429})


class Clock(Protocol):
    """Where the guards read time and wait; :data:`SYSTEM_CLOCK` unless a test injects one."""

    def monotonic(self) -> float: ...
    def wall(self) -> float: ...  # seconds since the epoch, only to report when a breaker closes
    def sleep(self, seconds: float) -> None: ...
    def asleep(self, seconds: float) -> Awaitable[None]: ...


class SystemClock:
    """The real clock: ``time.monotonic``, ``time.time``, ``time.sleep``, ``asyncio.sleep``."""

    # The C functions themselves: read on every call, so no Python frame around them.
    monotonic = staticmethod(time.monotonic)
    wall = staticmethod(time.time)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # noqa: PLC0415 - asyncio loads with the async client's first wait

        await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK: Final = SystemClock()


class RateLimit(Protocol):
    """An operation's endpoint-level limit (the spec's ``x-rate-limit``)."""

    @property
    def per_hour(self) -> int: ...
    @property
    def backoff_seconds(self) -> float: ...
    @property
    def counts_successes(self) -> bool: ...


@attrs.frozen
class Limit:
    """A rate limit given in :attr:`GuardSettings.rate_limits` (same shape as the spec's)."""

    per_hour: int
    backoff_seconds: float = 0.0
    counts_successes: bool = True


def _non_negative(name: str) -> Callable[[Any, Any, Any], None]:
    def check(_: object, __: object, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
            raise errors.InvalidRequest("must be a finite number >= 0", field=name)

    return check


def _retries(_: object, __: object, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise errors.InvalidRequest("must be an integer from 0 to 10", field="read_retries")


def _frozen(value: Mapping[str, RateLimit | None]) -> Mapping[str, RateLimit | None]:
    if not isinstance(value, Mapping):
        raise errors.InvalidRequest("must map operation ids to limits", field="rate_limits")
    return MappingProxyType(dict(value))


@attrs.frozen
class GuardSettings:
    """How the guards behave; immutable.

    Attributes:
        penalty_retry: Wait ``p-time`` and send once more with the ticket (True), or raise
            ``PenaltyTicket`` at once (False). The wait is the server's ``p-time`` only when it
            is a finite number of seconds within ``errors.MAX_PENALTY_SECONDS`` (an hour) and
            fits in the call's deadline; otherwise ``PenaltyTicket`` is raised, never resent.
        breaker_seconds: How long a 429/423 answer keeps every call refused (the docs: an hour).
        budgets: Refuse calls locally once an operation's hourly budget is spent.
        rate_limits: Per operation id, a limit replacing the spec's (``None``: no budget). A
            REST operation has the same id over a socket (``syncRequest`` for
            ``user/syncrequest``: 300 an hour by the spec); a socket-only endpoint's id is its
            name in lower case (``md/subscribequote``).
        read_retries: Extra attempts of an idempotent call after a connection failure or a 5xx.
        retry_backoff: The first retry waits up to this long (full jitter), doubling each time...
        retry_backoff_cap: ...up to this.
        clock: Time source and sleeper (tests inject their own).
    """

    penalty_retry: bool = True
    breaker_seconds: float = attrs.field(default=HOUR, validator=_non_negative("breaker_seconds"))
    budgets: bool = True
    rate_limits: Mapping[str, RateLimit | None] = attrs.field(factory=dict, converter=_frozen)
    read_retries: int = attrs.field(default=0, validator=_retries)
    retry_backoff: float = attrs.field(default=0.25, validator=_non_negative("retry_backoff"))
    retry_backoff_cap: float = attrs.field(default=4.0, validator=_non_negative("retry_backoff_cap"))
    clock: Clock = attrs.field(default=SYSTEM_CLOCK, repr=lambda c: type(c).__name__)


class Request(Protocol):
    """A validated request as data (``tradovate_api._transport.WireRequest``, a socket request)."""

    def with_ticket(self, ticket: str) -> Self | None:
        """The same request carrying a penalty ticket, or None if it cannot carry one."""
        ...


R = TypeVar("R", bound=Request)


class Call(Protocol):
    """What the policy needs to know of one operation (an ``Operation``, a socket endpoint)."""

    @property
    def operation_id(self) -> str: ...
    @property
    def idempotent(self) -> bool: ...
    @property
    def rate_limit(self) -> RateLimit | None: ...
    def response(self, answer: Any) -> Response[Any]: ...


class _Send(NamedTuple):
    request: Any  # the driver's request type (a Request)
    seconds: float  # what is left of the call's deadline (may be inf)


class _Sleep(NamedTuple):
    seconds: float


# ``_Send(request, seconds)`` without the Python frame of a NamedTuple's ``__new__`` (one per call).
_new_send: Final = functools.partial(tuple.__new__, _Send)


Flow = Generator[_Send | _Sleep, Any, Response[Any]]


class Guards:
    """The guards' state: breaker, budget windows, running penalties. Thread-safe."""

    def __init__(self, settings: GuardSettings | None = None) -> None:
        self.settings = settings if settings is not None else GuardSettings()
        if not isinstance(self.settings, GuardSettings):
            raise errors.InvalidRequest("must be GuardSettings", field="guards")
        self._lock = threading.Lock()
        self._random = random.Random()  # jitter only; never the module's shared generator
        self._breaker: tuple[float, int] | None = None  # (closes at, monotonic; status that opened it)
        self._calls: dict[str, deque[float]] = {}  # operation id -> monotonic times of counted calls
        self._holds: dict[str, tuple[float, str]] = {}  # operation id -> (until, why) after a penalty

    def __repr__(self) -> str:
        state = "open" if self.breaker_open() else "closed"
        return f"<Guards breaker {state}, {self.settings!r}>"

    # -- state an operator may look at or reset ------------------------------------------------

    def breaker_open(self) -> bool:
        with self._lock:
            return self._breaker is not None and self._breaker[0] > self.settings.clock.monotonic()

    def reset_breaker(self) -> None:
        """Close the breaker (and forget running penalties), e.g. after an operator checked."""
        with self._lock:
            self._breaker = None
            self._holds.clear()

    def calls_left(self, operation_id: str, limit: RateLimit) -> int:
        """How many calls the budget ``limit`` of an operation still allows this hour."""
        with self._lock:
            window = self._window(operation_id, self.settings.clock.monotonic())
            return max(limit.per_hour - len(window), 0)

    # -- drivers --------------------------------------------------------------------------------

    # Each driver runs the policy's steps (CallState) in a plain loop: no generator to resume
    # and no step object per answer on the hot path. ``flow`` is the same loop as a generator.

    def call(self, op: Call, request: Request, deadline: float, send: Callable[[Any, float], Any]) -> Response[Any]:
        """Run one guarded call with a blocking ``send``; returns the final exchange."""
        state = CallState(self, op, request, deadline)
        seconds = deadline
        while True:
            try:
                wire = send(state.request, seconds)
            except errors.TradovateError as exc:
                self.settings.clock.sleep(state.failed(exc))
            else:
                response: Response[Any] = op.response(wire)
                delay = state.answer(response)
                if delay is None:
                    return state.outcome(response)
                self.settings.clock.sleep(delay)
            seconds = state.again()

    async def acall(
        self, op: Call, request: Request, deadline: float, send: Callable[[Any, float], Awaitable[Any]]
    ) -> Response[Any]:
        """:meth:`call` with an async ``send``."""
        state = CallState(self, op, request, deadline)
        seconds = deadline
        while True:
            try:
                wire = await send(state.request, seconds)
            except errors.TradovateError as exc:
                await self.settings.clock.asleep(state.failed(exc))
            else:
                response: Response[Any] = op.response(wire)
                delay = state.answer(response)
                if delay is None:
                    return state.outcome(response)
                await self.settings.clock.asleep(delay)
            seconds = state.again()

    # -- the policy, once -----------------------------------------------------------------------

    def flow(self, op: Call, request: Request, deadline: float) -> Flow:
        """The policy as a generator (the loop of :meth:`call` and :meth:`acall`): yields
        :class:`_Send` (answer: what the driver's send returned, or the error thrown in) and
        :class:`_Sleep` steps; returns the exchange whose result or error the call ends with.
        ``deadline``: seconds the whole call may take (``math.inf``: no bound). Each step is
        :class:`CallState`'s."""
        state = CallState(self, op, request, deadline)
        seconds = deadline
        while True:
            try:
                wire = yield _new_send((state.request, seconds))
            except errors.TradovateError as exc:
                yield _Sleep(state.failed(exc))
            else:
                response: Response[Any] = op.response(wire)
                delay = state.answer(response)
                if delay is None:
                    return state.outcome(response)
                yield _Sleep(delay)
            seconds = state.again()

    def _window(self, operation_id: str, now: float) -> deque[float]:
        calls = self._calls.setdefault(operation_id, deque())
        while calls and calls[0] <= now - HOUR:
            calls.popleft()
        return calls

    def _admit(self, operation_id: str, limit: RateLimit | None, ticketed: bool) -> float | None:
        """Refuse the call (breaker, penalty, budget) or reserve its place in the budget."""
        clock = self.settings.clock
        with self._lock:
            now = clock.monotonic()
            if self._breaker is not None:
                closes, status = self._breaker
                if closes > now:
                    closes_at = datetime.datetime.fromtimestamp(clock.wall() + closes - now, datetime.UTC)
                    raise errors.BreakerOpen(operation_id, closes - now, closes_at, status)
                self._breaker = None
            hold = self._holds.get(operation_id)
            if hold is not None and not ticketed:
                if hold[0] > now:
                    raise errors.BudgetExhausted(operation_id, hold[0] - now, hold[1])
                del self._holds[operation_id]
            if limit is None:
                return None
            calls = self._window(operation_id, now)
            # The ticketed retry is the one call the server asked for: it is not refused here.
            if not ticketed and len(calls) >= limit.per_hour:
                raise errors.BudgetExhausted(
                    operation_id, calls[0] + HOUR - now, f"hourly budget of {limit.per_hour} calls spent"
                )
            calls.append(now)
            return now

    def _settle(self, operation_id: str, slot: float | None, counted: bool) -> None:
        if slot is None or counted:
            return
        with self._lock:
            calls = self._calls.get(operation_id)
            if calls is not None and slot in calls:
                calls.remove(slot)

    def _hold(self, operation_id: str, seconds: float, why: str) -> None:
        if seconds <= 0:
            return
        with self._lock:
            until = self.settings.clock.monotonic() + seconds
            if until > self._holds.get(operation_id, (0.0, ""))[0]:
                self._holds[operation_id] = (until, why)

    def _open_breaker(self, operation_id: str, status: int, headers: Mapping[str, str] | None) -> None:
        retry_after = None if headers is None else headers.get("retry-after")
        seconds = max(self.settings.breaker_seconds, _retry_after(retry_after))
        with self._lock:
            closes = self.settings.clock.monotonic() + seconds
            if self._breaker is None or closes > self._breaker[0]:
                self._breaker = (closes, status)
        _log.warning("%s: status %d; every call is refused for %.0fs", operation_id, status, seconds)

    def _retry_delay(self, op: Call, error: errors.TradovateError | None, attempt: int, end: float) -> float | None:
        """The backoff before sending an idempotent call again, or None: do not."""
        if not op.idempotent or attempt >= self.settings.read_retries:
            return None
        if isinstance(error, errors.RequestNotSent):
            retryable = isinstance(error.__cause__, Exception)  # a connection failure, not "closed"
        else:
            retryable = type(error) is errors.TransportError or isinstance(error, errors.ServerError)
        if not retryable:
            return None
        ceiling = min(self.settings.retry_backoff_cap, self.settings.retry_backoff * 2**attempt)
        with self._lock:
            delay = self._random.uniform(0.0, ceiling)
        if self.settings.clock.monotonic() + delay >= end:
            return None
        _log.info("%s: %s; sending again in %.2fs", op.operation_id, type(error).__name__, delay)
        return delay


class CallState(Generic[R]):
    """One call's way through the policy, as a plain object: the policy written once, driven by
    :meth:`Guards.flow` (the generator the HTTP clients run) and directly by the socket
    connection (no generator, no exchange object per answer).

    Made when the call starts, it admits the first send (raises ``BreakerOpen``,
    ``BudgetExhausted``; nothing sent, nothing counted). The driver then sends :attr:`request`
    within the seconds left (``deadline`` for the first send) and reports what happened:

    - :meth:`answered` (status, typed refusal or ``None``, headers): ``None`` means the answer
      is final, and the call ends with :attr:`error` (the refusal, or what replaced it:
      ``CaptchaRequired`` for a captcha penalty); a number means wait that long, call
      :meth:`again` and send :attr:`request` (now perhaps carrying a penalty ticket) once more;
    - :meth:`failed` (the send raised a typed error): raises it when the call ends with it, else
      returns the wait before :meth:`again`.
    """

    __slots__ = ("attempt", "end", "error", "guards", "limit", "op", "request", "slot", "ticketed")

    def __init__(self, guards: Guards, op: Call, request: R, deadline: float) -> None:
        settings = guards.settings
        self.guards = guards
        self.op = op
        self.request = request
        self.end = settings.clock.monotonic() + deadline
        limit: RateLimit | None = None
        if settings.budgets:
            overrides = settings.rate_limits
            limit = overrides[op.operation_id] if overrides and op.operation_id in overrides else op.rate_limit
        self.limit = limit
        self.ticketed = False
        self.attempt = 0
        self.error: errors.TradovateError | None = None
        # Nothing to check or count (no budget, breaker or hold): no lock taken.
        idle = limit is None and guards._breaker is None and not guards._holds
        self.slot = None if idle else guards._admit(op.operation_id, limit, False)

    def again(self) -> float:
        """Admit the next send (after the wait :meth:`answered`/:meth:`failed` returned); the
        seconds left of the call's deadline."""
        guards = self.guards
        limit = self.limit
        idle = limit is None and guards._breaker is None and not guards._holds
        self.slot = None if idle else guards._admit(self.op.operation_id, limit, self.ticketed)
        return self.end - guards.settings.clock.monotonic()

    def failed(self, exc: errors.TradovateError) -> float:
        """The send raised ``exc``: raised again if final, else the wait before sending again (a
        read retry)."""
        # A transport failure or a lost answer may have reached the server: it counts.
        counted = isinstance(exc, errors.TransportError | errors.OutcomeUnknown)
        self.guards._settle(self.op.operation_id, self.slot, counted=counted)
        delay = self.guards._retry_delay(self.op, exc, self.attempt, self.end)
        if delay is None:
            raise exc
        self.attempt += 1
        return delay

    def answer(self, response: Response[Any]) -> float | None:
        """:meth:`answered` for an exchange; ``None``: the call ends with :meth:`outcome`."""
        return self.answered(int(response.status_code), response.error, response.headers)

    def outcome(self, response: Response[Any]) -> Response[Any]:
        """The exchange the call ends with: ``response``, carrying :attr:`error` if the policy
        replaced the refusal (``CaptchaRequired``)."""
        final = self.error
        return response if final is response.error or final is None else _with_error(response, final)

    def answered(
        self, status: int, error: errors.TradovateError | None, headers: Mapping[str, str] | None = None
    ) -> float | None:
        """An answer came: ``None`` if it is final (the call ends with :attr:`error`), else the
        wait before sending :attr:`request` again."""
        guards = self.guards
        op = self.op
        limit = self.limit
        self.error = error
        if self.slot is not None:
            counted = error is not None or limit is None or limit.counts_successes
            guards._settle(op.operation_id, self.slot, counted=counted)
        if status in _BREAKER_STATUSES:
            guards._open_breaker(op.operation_id, status, headers)
        if error is None:
            return None
        if isinstance(error, errors.PenaltyTicket):
            if error.captcha:
                guards._hold(
                    op.operation_id, guards.settings.breaker_seconds, "captcha penalty: operator action needed"
                )
                self.error = errors.CaptchaRequired(error.operation, error.ticket, error.time)
                return None
            wait = error.time  # the server's word, even 0 (the spec's backoffSeconds is only what it usually says)
            guards._hold(op.operation_id, wait, "server penalty running")
            if self.ticketed or not guards.settings.penalty_retry or not error.ticket or not error.resendable:
                return None  # a p-time that is no sane number of seconds is not waited for
            retry = self.request.with_ticket(error.ticket)
            if retry is None or guards.settings.clock.monotonic() + wait >= self.end:
                _log.info("%s: penalty of %gs does not fit in the deadline; not retried", op.operation_id, wait)
                return None
            # Sending a state-changing call again is safe here, and only here: a penalty
            # ticket means the server did NOT execute the request ("the request was not
            # handled and the server imposed a time penalty on that request", official
            # OpenAPI, "Request Rate Limits And Time Penalty"; partner docs, penalty-tickets:
            # wait p-time, then retry with the original body plus "p-ticket"). It is sent
            # once more, unchanged but for the ticket.
            _log.info("%s: penalty ticket; waiting %gs, then sending once more", op.operation_id, wait)
            self.request, self.ticketed = retry, True
            return wait
        delay = guards._retry_delay(op, error, self.attempt, self.end)
        if delay is not None:
            self.attempt += 1
        return delay


def _with_error(response: Response[Any], error: errors.TradovateError) -> Response[Any]:
    return Response(
        status_code=int(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=response.parsed,  # a socket driver's answer; None for HTTP (finish() raises the error)
        error=error,
    )


def _retry_after(value: str | None) -> float:
    """Seconds from a numeric ``Retry-After`` header (capped at a day); 0 if absent or not a
    number. The docs mention no ``Retry-After``; a server that sends one is heard."""
    text = (value or "").strip()
    return min(float(text), 86400.0) if text.isdigit() else 0.0


__all__ = [
    "SYSTEM_CLOCK",
    "Call",
    "CallState",
    "Clock",
    "GuardSettings",
    "Guards",
    "Limit",
    "RateLimit",
    "Request",
    "SystemClock",
]
