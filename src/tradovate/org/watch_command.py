"""``tradovate org-watch`` (see :mod:`.commands`)."""

from .commands import watch_main as main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
