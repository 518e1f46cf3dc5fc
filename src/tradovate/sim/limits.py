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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tradovate_api._http import Operation

from .auth import Auth

__all__ = ["LimitOptions", "RateLimits"]

_HOUR = 3600.0


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

    def before(self, op: Operation[Any], body: Any) -> tuple[dict[str, Any] | None, Any]:
        """(a penalty to answer instead, or None; the body to execute, without its ticket)."""
        limit = getattr(op, "rate_limit", None)
        if not self.options.enabled or limit is None:
            return None, body
        endpoint = op.path.strip("/").lower()
        if isinstance(body, dict) and "p-ticket" in body:
            if self.auth.redeem(endpoint, body["p-ticket"]):
                return None, {k: v for k, v in body.items() if k != "p-ticket"}
            return self.auth.penalty(endpoint, limit.backoff_seconds * self.options.backoff_scale), body
        window = self._window(endpoint)
        if len(window) >= limit.per_hour:
            return self.auth.penalty(endpoint, limit.backoff_seconds * self.options.backoff_scale), body
        return None, body

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
