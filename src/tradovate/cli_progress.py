"""Progress of long work (paging a long chart history, a large sync), shown on stderr.

Shown only where someone watches it: when stderr is a terminal and ``--quiet`` was not given.
Piped or redirected, nothing at all is written (a log file or a script reading stderr gets no
control characters). It never goes to stdout, where the data goes.

Bounded: one line, redrawn in place (at most one redraw per ``every`` seconds, cut to the
terminal's width), and erased when the work is done, so the terminal is left as it was. The
line is drawn as ``text + erase-to-end + carriage return``: the cursor stays at the start of the
line, so a log record written meanwhile overwrites it rather than being appended to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import time
from collections.abc import AsyncIterator, Callable
from typing import TextIO

__all__ = ["Progress", "ticking"]

ERASE = "\x1b[K"  # erase from the cursor to the end of the line


class Progress:
    """One line of progress on ``stream`` (``None``: silent), redrawn at most once per ``every``
    seconds of ``clock``."""

    def __init__(
        self, stream: TextIO | None, *, every: float = 0.2, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stream = stream
        self.every = every
        self.clock = clock
        self.drawn = 0  # redraws so far
        self._last: float | None = None
        self._shown = False

    @classmethod
    def on_stderr(cls, quiet: bool = False) -> Progress:
        """Progress on stderr if it is a terminal and not ``quiet``; else a silent one."""
        stream = sys.stderr
        try:
            watched = not quiet and stream is not None and stream.isatty()
        except (AttributeError, ValueError):  # a replaced or closed stderr
            watched = False
        return cls(stream if watched else None)

    @property
    def active(self) -> bool:
        return self.stream is not None

    def show(self, text: str, *, now: bool = False) -> None:
        """Draw ``text`` in place of the line (skipped if the last redraw is more recent than
        ``every`` seconds, unless ``now``)."""
        if self.stream is None:
            return
        moment = self.clock()
        if not now and self._last is not None and moment - self._last < self.every:
            return
        self._last = moment
        width = max(10, shutil.get_terminal_size((80, 24)).columns - 1)
        self._write(text[:width] + ERASE + "\r")
        self.drawn += 1
        self._shown = True

    def done(self) -> None:
        """Erase the line (if one was drawn)."""
        if self.stream is not None and self._shown:
            self._write(ERASE)
            self._shown = False

    def _write(self, text: str) -> None:
        stream = self.stream
        if stream is None:
            return
        try:
            stream.write(text)
            stream.flush()
        except (OSError, ValueError):  # the terminal went away: progress is not worth failing for
            self.stream = None


@contextlib.asynccontextmanager
async def ticking(progress: Progress, describe: Callable[[], str]) -> AsyncIterator[None]:
    """While the body runs, redraw ``describe()`` every ``progress.every`` seconds (for work
    that tells nothing while it waits, such as a snapshot on its way); erased at the end."""

    async def tick() -> None:
        while True:
            progress.show(describe(), now=True)
            await asyncio.sleep(progress.every)

    task = asyncio.create_task(tick()) if progress.active else None
    try:
        yield
    finally:
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        progress.done()
