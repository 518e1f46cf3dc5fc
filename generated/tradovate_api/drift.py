"""Spec drift: what the server sent that our OpenAPI description does not promise.

Decoding never fails because of drift. Unknown fields are kept in ``additional_properties``,
unknown enum values become open enum values, omitted required fields stay ``UNSET``, nulls and
values of the wrong JSON type are kept as sent. Each such divergence is *reported* here:

- counted per ``(model, field, kind)`` (see :func:`counts`; past ``MAX_DISTINCT`` distinct
  counters, new fields are counted together under ``OTHER_FIELDS``),
- logged once per ``(model, field)`` on the ``tradovate_api.drift`` logger (the log names the
  field and the kind of divergence, never the value, which could be a secret),
- or, in strict mode, raised as :class:`~tradovate_api.errors.SpecDriftError`.

Strict mode is for tests and for maintainers following upstream changes::

    with drift.strict():
        Order.from_dict(payload)      # raises SpecDriftError on any divergence

Strict mode is a context variable: set inside a ``with`` block it holds for that block, the
current thread and the asyncio tasks started from it, never for other tasks or threads.
``set_strict`` sets the default for the whole process (for test suites).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Final, Literal

from .errors import SpecDriftError

__all__ = [
    "DriftKind",
    "counts",
    "is_strict",
    "reset",
    "set_strict",
    "strict",
]

DriftKind = Literal[
    "unknown_field",
    "unknown_enum_value",
    "missing_required",
    "null_value",
    "wrong_type",
    "bad_format",
]

log: Final = logging.getLogger("tradovate_api.drift")

MAX_DISTINCT: Final = 10_000  # distinct (model, field, kind) counters kept
OTHER_FIELDS: Final = "<other fields>"  # where divergences beyond that are counted

_lock = threading.Lock()
_counts: Counter[tuple[str, str, str]] = Counter()
_logged: set[tuple[str, str]] = set()
_strict_global = False
_strict_local: ContextVar[bool | None] = ContextVar("tradovate_api_strict_drift", default=None)
_refusal: ContextVar[bool] = ContextVar("tradovate_api_drift_refusal", default=False)


def is_strict() -> bool:
    """Whether drift raises instead of being counted and logged (in this context)."""
    local = _strict_local.get()
    return _strict_global if local is None else local


def set_strict(value: bool) -> None:
    """Switch strict mode for the whole process."""
    global _strict_global
    _strict_global = value


@contextlib.contextmanager
def strict(value: bool = True) -> Iterator[None]:
    """Switch strict mode inside a ``with`` block (this context only: see the module doc)."""
    token = _strict_local.set(value)
    try:
        yield
    finally:
        _strict_local.reset(token)


@contextlib.contextmanager
def refusal() -> Iterator[None]:
    """Decoding the body of a refusal (``x-failure``): the fields only a success carries (a
    result's required fields) may be missing there, which is not drift. Other divergences count."""
    token = _refusal.set(True)
    try:
        yield
    finally:
        _refusal.reset(token)


def report(model: str, field: str, kind: DriftKind, detail: str) -> None:
    """Record one divergence. ``detail`` must not contain payload values except enum values."""
    if kind == "missing_required" and _refusal.get():
        return
    if is_strict():
        raise SpecDriftError(model, field, kind, detail)
    key = (model, field)
    with _lock:
        counter = (model, field, kind)
        if counter not in _counts and len(_counts) >= MAX_DISTINCT:
            # A server inventing field names cannot grow the counters without bound.
            counter, key = (model, OTHER_FIELDS, kind), (model, OTHER_FIELDS)
        _counts[counter] += 1
        first = key not in _logged
        if first:
            _logged.add(key)
    if first:
        log.warning("spec drift in %s.%s: %s (%s); kept as sent", model, field, kind, detail)


def counts() -> dict[tuple[str, str, str], int]:
    """A snapshot of the drift counters: ``{(model, field, kind): occurrences}``."""
    with _lock:
        return dict(_counts)


def reset() -> None:
    """Forget counters and which fields were already logged."""
    with _lock:
        _counts.clear()
        _logged.clear()
