"""The ``tradovate`` console script, before anything heavy is imported.

Ctrl-C at any instant ends the command with exit 130 and no traceback — also while its modules
are still being imported (about a second on a busy machine), which :mod:`.cli` cannot catch
itself. A standard output that is closed (``tradovate positions >&-``) is treated like a reader
that went away (``| head``): the command runs, its output goes nowhere, no error.
"""

from __future__ import annotations

import io
import os
import sys
from typing import NoReturn

EXIT_INTERRUPTED = 130


class _Closed:
    """Stands for a closed standard output: every write is a broken pipe."""

    def write(self, text: str) -> int:
        raise BrokenPipeError("standard output is closed")

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise io.UnsupportedOperation("standard output is closed")


def main() -> NoReturn:
    try:
        if sys.stdout is None:
            sys.stdout = _Closed()
        from tradovate.cli import main as run  # noqa: PLC0415 - the heavy part, under the guard

        code = run()
    except KeyboardInterrupt:
        raise SystemExit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:  # the reader went away before the command ran (its --help, a usage error)
        _quiet()
        raise SystemExit(0) from None
    raise SystemExit(code)


def _quiet() -> None:
    """Standard output goes nowhere from now on, so the interpreter's last flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
