"""The simulator on its own thread and event loop, for blocking code and tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .server import Simulator

__all__ = ["SimulatorThread"]

T = TypeVar("T")


class SimulatorThread:
    """A :class:`Simulator` on its own thread and event loop, for blocking code and tests.

    ``with SimulatorThread(seed=1) as sim:`` — ``sim.rest_url`` etc. as on :class:`Simulator`;
    ``sim.call(fn, *args)`` runs ``fn`` on the simulator's loop and returns its result (use it
    for anything that touches the simulator's state, e.g. ``sim.call(sim.sim.advance, 5)``).
    """

    def __init__(self, **options: Any) -> None:
        self.sim = Simulator(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sim, name)

    def __enter__(self) -> SimulatorThread:
        self._thread = threading.Thread(target=self._run, name="tradovate-sim", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self

    def __exit__(self, *exc: object) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the simulator's loop; its result (or exception)."""
        assert self._loop is not None

        async def run() -> T:
            return fn(*args)

        return asyncio.run_coroutine_threadsafe(run(), self._loop).result(30)

    def advance(self, steps: int = 1) -> None:
        self.call(self.sim.advance, steps)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            try:
                await self.sim.__aenter__()
            except BaseException as exc:
                self._error = exc
                self._ready.set()
                return
            self._ready.set()
            try:
                await self._stop.wait()
            finally:
                await self.sim.close()

        asyncio.run(main())
