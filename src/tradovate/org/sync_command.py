"""``tradovate org-sync`` (see :mod:`.commands`)."""

from .commands import sync_main as main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
