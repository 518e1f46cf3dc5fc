"""``python -m tradovate.sim`` (and what ``tradovate sim`` delegates to: :func:`main`)."""

import sys

from . import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
