"""How the ``tradovate`` command behaves as a program, apart from what each command does.

- Never stuck, never silent: :func:`running_for` ends a run after ``--for`` seconds whatever is
  happening inside; :func:`bounded` gives closing a bounded time; :class:`NotConnected` names
  the sockets' last failure (kept by :func:`stderr_logging` at any ``--log-level``).
- Account data on disk: :func:`private_file` (0600, also when the file existed).
- Numeric options: :func:`number` (argparse types; bad values are usage errors, exit 2, before
  anything is sent).
- A closed pipe: :func:`quiet_stdout`.
- A command line that cannot be run: :class:`UsageError` (exit 2).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import math
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import IO, Any, TextIO

from tradovate_api import errors

__all__ = [
    "COUNT",
    "SECONDS",
    "NotConnected",
    "UsageError",
    "bounded",
    "json_line",
    "not_connected",
    "number",
    "private_file",
    "quiet_stdout",
    "running_for",
    "stderr_logging",
]

# Where the command line reads each field of the login (never from arguments: those are visible
# to every user of the machine).
CREDENTIAL_VARIABLES: Mapping[str, str] = {
    "name": "TRADOVATE_USERNAME",
    "password": "TRADOVATE_PASSWORD",
    "app_id": "TRADOVATE_APP_ID",
    "app_version": "TRADOVATE_APP_VERSION",
    "cid": "TRADOVATE_CID",
    "sec": "TRADOVATE_SEC",
    "device_id": "TRADOVATE_DEVICE_ID",
}

CLOSE_WITHIN = 5.0  # seconds given to closing a socket or session at the end of a run
SOCKET_LOGGERS = ("tradovate.realtime", "tradovate.marketdata")


class UsageError(Exception):
    """A command line that cannot be run (exit code 2)."""


class NotConnected(errors.TradovateError):
    """No connection (or no synced mirror) within the time the command line allowed (exit 1);
    the message carries the sockets' last failure as they logged it (secrets redacted)."""


class _LastWords(logging.Handler):
    """Keeps the last failure the sockets told (INFO and above), to name why a connection failed
    when the command ends without one, whatever the ``--log-level``."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.last: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        text = str(record.msg)
        if record.levelno >= logging.WARNING or "lost" in text or "fail" in text or "refused" in text:
            self.last = record.getMessage()


_LAST_WORDS: ContextVar[_LastWords | None] = ContextVar("tradovate_cli_last_words", default=None)


@contextlib.contextmanager
def stderr_logging(level: str) -> Iterator[None]:
    """Log to stderr at ``level`` while the command runs, keeping the sockets' last failure; the
    program owns the process's logging meanwhile, and leaves it as found (``main()`` is also
    called in-process: tests, embedding)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(level.upper())
    root = logging.getLogger()
    words = _LastWords()
    sockets = [logging.getLogger(name) for name in SOCKET_LOGGERS]
    saved = [(root, root.level), *((logger, logger.level) for logger in sockets)]
    root.addHandler(handler)
    root.setLevel(level.upper())
    for logger in sockets:  # their INFO records reach the keeper; the stderr handler filters by level
        logger.addHandler(words)
        logger.setLevel(min(logger.getEffectiveLevel(), logging.INFO))
    token = _LAST_WORDS.set(words)
    try:
        yield
    finally:
        _LAST_WORDS.reset(token)
        root.removeHandler(handler)
        for logger in sockets:
            logger.removeHandler(words)
        for logger, saved_level in saved:
            logger.setLevel(saved_level)


def not_connected(what: str, seconds: float) -> NotConnected:
    """``NotConnected("<what> within <seconds>s; last: <the sockets' last failure>")``."""
    words = _LAST_WORDS.get()
    last = words.last if words is not None else None
    return NotConnected(f"{what} within {seconds:g}s" + (f"; last: {last}" if last else ""))


async def bounded(close: Callable[[], Awaitable[Any]]) -> None:
    """Closing at the end of a run never keeps the command from ending."""
    try:
        async with asyncio.timeout(CLOSE_WITHIN):
            await close()
    except (TimeoutError, errors.TradovateError, OSError):
        pass


@contextlib.asynccontextmanager
async def running_for(seconds: float | None) -> AsyncIterator[None]:
    """``--for``: what runs inside ends quietly after ``seconds`` (``None``: no limit)."""
    limit = asyncio.timeout(seconds)
    try:
        async with limit:
            yield
    except TimeoutError:
        if not limit.expired():
            raise


def private_file(path: str, mode: str = "w") -> IO[Any]:
    """A file for account data: created (or truncated) readable and writable by its owner only.
    A symbolic link is not followed (``OSError``): it could point the account data, and the
    0600 mode, at another file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT: set it
        return os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8")
    except BaseException:
        os.close(fd)
        raise


def number(kind: type[int] | type[float], low: float, high: float | None = None, *, above: bool = False) -> Any:
    """An argparse type: a finite ``kind`` in ``[low, high]`` (``(low, high]`` with ``above``)."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {'an integer' if kind is int else 'a number'}: {text!r}") from None
        if not math.isfinite(value) or value < low or (above and value == low) or (high is not None and value > high):
            bound = f"> {low:g}" if above else f">= {low:g}"
            upper = f" and <= {high:g}" if high is not None else ""
            raise argparse.ArgumentTypeError(f"must be {bound}{upper}, not {text}")
        return value

    return parse


SECONDS = number(float, 0, 10**7, above=True)
COUNT = number(int, 1)


def json_line(out: IO[Any], value: Any) -> None:
    """One JSON value on one line, written at once (a reader of a pipe sees it now)."""
    out.write(json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n")
    out.flush()


def quiet_stdout(stream: TextIO) -> None:
    """After a broken pipe: standard output goes nowhere, so the interpreter's last flush at exit
    does not fail again (the Python documentation's recipe for SIGPIPE)."""
    if stream is not sys.stdout:
        return
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
