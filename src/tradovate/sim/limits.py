"""Endpoint-level rate limits, as the spec's ``x-rate-limit`` gives them (off unless asked for).

Per operation: at most ``per_hour`` requests in a rolling hour (counting every request, or only
refused ones, as the operation's limit says). Past it, the request is not executed and the
answer is a penalty ticket (HTTP 200, ``p-ticket`` / ``p-time`` = the operation's back-off);
the same request sent again with the ticket after ``p-time`` seconds is executed. All clients of
one simulator share one window per operation (they all come from the loopback address, and the
real server counts per IP address).

Scenario: ``"limits": {"enabled": true, "backoff_scale": 1.0}`` (``backoff_scale`` shortens the
back-offs for tests).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from tradovate_api.runtime import Operation

from .auth import Auth

__all__ = ["Admission", "LimitOptions", "RateLimits"]

_HOUR = 3600.0


class Admission(NamedTuple):
    """What :meth:`RateLimits.before` decided about one request."""

    penalty: dict[str, Any] | None  # the answer instead of executing, or None
    body: Any  # without its ticket
    query: Mapping[str, str]  # without its ticket
    ticketed: bool = False  # it carried a valid ticket: the penalty it answers is served


@dataclass
class LimitOptions:
    enabled: bool = False
    backoff_scale: float = 1.0


@dataclass
class RateLimits:
    auth: Auth
    options: LimitOptions = field(default_factory=LimitOptions)
    now: Callable[[], float] = time.monotonic
    windows: dict[str, deque[float]] = field(default_factory=dict)

    def before(self, op: Operation[Any], body: Any, query: Mapping[str, str] | None = None) -> Admission:
        """Whether to execute a request: a penalty to answer instead, or the body and query to
        execute with, the ticket taken out.

        A penalty ticket is redeemed wherever it came from (these limits, an injected fault, the
        login penalty) and whether or not the limits are on: a valid ticket whose ``p-time`` is up
        lets the request through once; an unknown, used or early one earns a new penalty. It is
        read from the JSON body (where the docs put it) or, for a request without one, from the
        query string: our REST client sends a GET's ticket there, and where the real server reads
        it on a GET is UNCONFIRMED.
        """
        query = query if query is not None else {}
        endpoint = op.path.strip("/").lower()
        limit = getattr(op, "rate_limit", None) if self.options.enabled else None
        seconds = limit.backoff_seconds * self.options.backoff_scale if limit is not None else None
        if isinstance(body, dict) and "p-ticket" in body:
            ticket = body["p-ticket"]
            body = {k: v for k, v in body.items() if k != "p-ticket"}
        elif "p-ticket" in query:
            ticket = query["p-ticket"]
            query = {k: v for k, v in query.items() if k != "p-ticket"}
        else:
            if limit is not None and len(self._window(endpoint)) >= limit.per_hour:
                return Admission(self.auth.penalty(endpoint, seconds), body, query)
            return Admission(None, body, query)
        if self.auth.redeem(endpoint, ticket):
            return Admission(None, body, query, ticketed=True)
        return Admission(self.auth.penalty(endpoint, seconds), body, query)

    def after(self, op: Operation[Any], status: int, answer: Any) -> None:
        """Count an executed request against its operation's window."""
        limit = getattr(op, "rate_limit", None)
        if not self.options.enabled or limit is None:
            return
        refused = status != 200 or (
            isinstance(answer, dict) and any(answer.get(k) for k in ("errorText", "failureReason", "error"))
        )
        if limit.counts_successes or refused:
            self._window(op.path.strip("/").lower()).append(self.now())

    def _window(self, endpoint: str) -> deque[float]:
        window = self.windows.setdefault(endpoint, deque())
        cutoff = self.now() - _HOUR
        while window and window[0] <= cutoff:
            window.popleft()
        return window
