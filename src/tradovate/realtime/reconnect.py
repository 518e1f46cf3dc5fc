"""When to connect again, and when to stop: the reconnect policy of :class:`.connection.Connection`,
without I/O (the connection feeds it each attempt's outcome and sleeps the delay it returns).

- **Backoff** (:class:`Backoff`): ``initial * factor**n`` capped at ``cap``, each delay scaled by a
  random factor in ``[1 - jitter, 1]``. It starts over only after a connection *stayed healthy*
  (usable — authorized and ``on_connected`` done — for ``healthy_after`` seconds), never merely
  because one authorized: a server that answers and then closes at once (Tradovate closes
  ``1000 "Bye"`` on a protocol violation) meets ever longer waits, so the ``user/syncrequest`` each
  connection sends cannot storm. With the defaults (0.5 s doubling to 30 s, healthy after 60 s)
  a server closing every connection right after its sync sees at most 8 connections in its
  first minute, then one every 24 to 30 s.
- **One backoff per user and server** (:class:`ReconnectDelays`): the delays are drawn from an
  object a connection is given (``Connection(delays=...)``); a ``tradovate.Session`` hands one
  per socket URL to every socket it opens there (each ``AccountSession``). Shared, it spaces the
  user's reconnects *one after another* by one escalating backoff (each attempt waits its delay
  after the later of now and the previous attempt's time), as the server counts syncs per user
  and IP: four sockets that a server closes after every sync make their 4 first connections,
  then about as many reconnects in the first minute as one socket alone (10 in all, not 32).
  A server back after a drop of healthy sockets gets them back within a few seconds, one after
  another. Every other count (failed attempts in a row, refused tokens) stays per connection.
- **Shutdown notices**: ``ConnectionQuotaReached`` / ``IPQuotaReached`` wait ``quota_delay`` at
  least, ``Maintenance`` ``maintenance_delay`` at least.
- **A refused upgrade** (:class:`.errors.UpgradeRefused`, the HTTP answer to the WebSocket
  handshake): ``Retry-After`` is waited out (at least; capped by ``max_retry_after``). 401/403
  mean the token or the user is refused: the token's owner is told (``on_auth_refused``, which
  renews it) and the upgrade is tried ``upgrade_auth_retries`` more times (default 1); refused
  again, the socket ends with the error. Any other status is retried with the backoff. Redirects
  (3xx) are not followed: the token goes to the URL given, never to a ``Location``.
- **A refused ``authorize``** (``AuthenticationFailed``) is counted with the 401/403 upgrades
  when the owner was told (``on_auth_refused``: it drops the token, the next attempt logs in
  again); refused again after that, the socket ends with it. Without an owner to tell, it is
  retried with the backoff (whoever supplies the token may still replace it). A server that accepts a token once and then
  refuses every later one costs one extra login, not one per reconnect (Tradovate allows a
  handful of logins an hour). A connection that becomes usable clears the count.
- Settings found unsafe before a connect (a TLS context weakened after it was given) end the
  socket with ``InsecureConfiguration``.
- Why these choices: Tradovate documents neither its handshake refusals nor its reconnect
  expectations beyond "exponential backoff" and a budget of 300 ``user/syncrequest`` per hour
  per IP; 401/403/429 are read as REST reads them, and ``healthy_after`` (60 s) keeps one
  misbehaving connection's syncs far below that budget. All of it is configurable.
- On the first connection every refused upgrade that is not retried reaches the caller of
  ``connect()`` at once (a 429 included, with its ``retry_after``: starting a session does not
  block for the server's lockout), as does ``max_attempts`` failed attempts in a row.
"""

from __future__ import annotations

import email.utils
import math
import random
import re
import time
from collections.abc import Iterator
from typing import Final

import attrs

from tradovate_api import errors

from .errors import ServerShutdown, UpgradeRefused

__all__ = ["Backoff", "Decision", "ReconnectDelays", "ReconnectPolicy", "upgrade_refused"]

AUTH_STATUSES = frozenset({401, 403})


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0 or value == float("inf"):
        raise errors.InvalidRequest("must be a finite number >= 0", attribute.name)


@attrs.frozen
class Backoff:
    """Reconnect delays (see the module doc). ``healthy_after``: how long a connection must stay
    usable before the delays start over from ``initial``."""

    initial: float = attrs.field(default=0.5, validator=_positive)
    factor: float = attrs.field(default=2.0, validator=_positive)
    cap: float = attrs.field(default=30.0, validator=_positive)
    jitter: float = attrs.field(default=0.2, validator=_positive)
    healthy_after: float = attrs.field(default=60.0, validator=_positive)

    def __attrs_post_init__(self) -> None:
        if self.factor < 1.0:
            raise errors.InvalidRequest("must be at least 1", "factor")
        if self.jitter > 1.0:
            raise errors.InvalidRequest("must be between 0 and 1", "jitter")

    def delays(self, rng: random.Random) -> Iterator[float]:
        delay = min(self.initial, self.cap)
        while True:
            yield delay * (1.0 - self.jitter * rng.random())
            delay = min(self.cap, delay * self.factor)


class ReconnectDelays:
    """The escalating delays of :class:`Backoff`, as state one or several connections share
    (see the module doc): each failed or short-lived connection takes the next delay, and a
    connection that stayed healthy (``backoff.healthy_after``) starts them over for all.
    ``seed`` seeds the jitter (tests), or ``rng`` draws it. Used from one event loop (no lock)."""

    def __init__(
        self, backoff: Backoff | None = None, *, seed: int | None = None, rng: random.Random | None = None
    ) -> None:
        self.backoff = backoff if backoff is not None else Backoff()
        if not isinstance(self.backoff, Backoff):
            raise errors.InvalidRequest("must be a Backoff", "backoff")
        self._rng = rng if rng is not None else random.Random(seed)
        self._delays = self.backoff.delays(self._rng)
        self._last = -math.inf  # when the latest attempt drawn is due (spacing, see next())

    def __repr__(self) -> str:
        return f"<ReconnectDelays {self.backoff!r}>"

    def next(self, now: float | None = None) -> float:
        """The wait before the next attempt (the delays grow with each). With ``now`` (the
        caller's monotonic time), attempts are spaced: the wait ends a delay after the later of
        ``now`` and the previous attempt's time, so sockets sharing these delays take turns."""
        delay = next(self._delays)
        if now is None:
            return delay
        at = max(now, self._last) + delay
        self._last = at
        return at - now

    def start_over(self) -> None:
        """A connection stayed healthy: the next delay is ``backoff.initial`` again."""
        self._delays = self.backoff.delays(self._rng)


@attrs.frozen
class Decision:
    """What to do after an attempt: wait ``delay`` seconds and connect again, or end with
    ``error`` (``None`` with ``end``: stop without an error to report)."""

    delay: float
    end: bool = False
    error: BaseException | None = None


class ReconnectPolicy:
    """The decisions of one connection's run (see the module doc). Pure: no I/O, no clock."""

    def __init__(
        self,
        backoff: Backoff,
        rng: random.Random,
        *,
        quota_delay: float,
        maintenance_delay: float,
        max_attempts: int | None,
        upgrade_auth_retries: int,
        max_retry_after: float,
        delays: ReconnectDelays | None = None,
    ) -> None:
        """``delays``: shared delays (their ``backoff`` then replaces ``backoff``); without
        them, the policy has its own, drawn with ``rng``."""
        self.delays = delays if delays is not None else ReconnectDelays(backoff, rng=rng)
        self.backoff = self.delays.backoff
        self.quota_delay = quota_delay
        self.maintenance_delay = maintenance_delay
        self.max_attempts = max_attempts
        self.upgrade_auth_retries = upgrade_auth_retries
        self.max_retry_after = max_retry_after
        self.failures = 0  # failed attempts in a row (an attempt that became usable is none)
        self.auth_refusals = 0  # 401/403 upgrades in a row

    def after(
        self,
        *,
        usable: bool,
        lived: float,
        error: BaseException | None,
        first: bool,
        fatal_first: bool = False,
        renewed: bool = True,
        now: float | None = None,
    ) -> Decision:
        """The decision after one attempt. ``usable``: it was authorized and ``on_connected`` ran;
        ``lived``: seconds it stayed usable; ``first``: no connection was usable yet (``connect()``
        is waiting); ``fatal_first``: on the first connection this error ends it (a refused
        token, a failed ``on_connected`` or token source); ``renewed``: the token's owner was told
        of a refused ``authorize`` (only then is it counted: a token nobody renews is retried
        with the backoff, as the owner may still replace it); ``now``: the caller's monotonic
        time, which spaces the attempts of sockets sharing :attr:`delays`."""
        if isinstance(error, errors.InsecureConfiguration):
            return Decision(0.0, True, error)  # a setting made unsafe since: never connect with it
        if usable:
            self.failures = 0
            self.auth_refusals = 0
            if lived >= self.backoff.healthy_after:
                self.delays.start_over()
        else:
            self.failures += 1
            if first and fatal_first:
                return Decision(0.0, True, error)
        delay = self.delays.next(now)
        if isinstance(error, errors.AuthenticationFailed) and renewed:  # authorize refused, owner told
            self.auth_refusals += 1
            if self.auth_refusals > self.upgrade_auth_retries:
                return Decision(0.0, True, error)
        elif isinstance(error, ServerShutdown):
            delay = max(delay, self.quota_delay if error.quota else self.maintenance_delay)
        elif isinstance(error, UpgradeRefused):
            if error.status_code in AUTH_STATUSES:
                self.auth_refusals += 1
                if self.auth_refusals > self.upgrade_auth_retries:
                    return Decision(0.0, True, error)
            elif first:
                return Decision(0.0, True, error)
            if error.retry_after is not None:
                delay = max(delay, min(error.retry_after, self.max_retry_after))
        if not usable and self.max_attempts is not None and self.failures >= self.max_attempts:
            return Decision(0.0, True, error if isinstance(error, UpgradeRefused) else None)
        return Decision(delay)

    @property
    def retry_token(self) -> bool:
        """The last refusal was a 401/403 upgrade or a refused ``authorize``, to be retried with a
        renewed token."""
        return 0 < self.auth_refusals <= self.upgrade_auth_retries


# ---------------------------------------------------------------------------------------------
# A refused handshake, typed

_SECRETISH: Final = re.compile(r"[A-Za-z0-9+/=._~-]{32,}")  # long token-like runs (JWTs, keys)
_UNPRINTABLE: Final = re.compile(r"[^\x20-\x7e]+")
# "token <value>": a credential's name followed by a long token-like word (no "=" or ":")
_NAMED: Final = re.compile(r"(?i)\b((?:access|md)?token|password|secret|sec|key|ticket)(\s+)[A-Za-z0-9+/=._~-]{16,}")


def upgrade_refused(
    status: int, phrase: str, retry_after: str | None, body: bytes | bytearray | None, token: str | None = None
) -> UpgradeRefused:
    """The typed form of an HTTP answer to the WebSocket handshake: its status, the start of the
    server's text (a JSON string or ``errorText`` unwrapped; control characters, ``token`` (the
    connection's last token) and anything that looks like a secret — ``key=value`` and
    ``"key": "value"`` pairs under a credential's name, bearer tokens, long opaque runs — removed;
    at most 200 characters), its ``Retry-After`` in seconds."""
    text = bytes(body or b"")[:2000].decode("utf-8", "replace")
    if token:
        text = text.replace(token, "<redacted>")
    text = errors.server_text(text) or ""  # a JSON body's errorText/message, redacted
    text = _NAMED.sub(r"\1\2<redacted>", text)
    text = _SECRETISH.sub("<redacted>", _UNPRINTABLE.sub(" ", text)).strip()
    if len(text) > 200:
        text = text[:200] + "..."
    if not text:  # the reason phrase, redacted the same way
        phrase = phrase.replace(token, "<redacted>") if token else phrase
        text = (errors.server_text(_UNPRINTABLE.sub(" ", phrase)) or "")[:200]
    return UpgradeRefused(status, text, _retry_after(retry_after))


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds from now: delay-seconds or an HTTP date (at most 10**9);
    ``None`` if absent or unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(min(int(value), 10**9))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    return min(max(0.0, when.timestamp() - time.time()), 1e9)
