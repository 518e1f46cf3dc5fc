"""A local Tradovate simulator: REST and WebSocket on loopback, seeded and deterministic.

Start it with ``python -m tradovate.sim`` (or ``tradovate sim``) and point any Tradovate client
at the URLs it prints; log in with the demo login **name ``demo``, password ``demo``** (no
``appId``/``cid``/``sec`` needed; any given are accepted). A second user, ``alice`` /
``alice-pass``, owns one account. OAuth: the code ``demo-code`` exchanges for a token of ``demo``.

In tests::

    from tradovate.sim import Simulator, SimulatorThread

    async with Simulator(seed=1) as sim:      # sim.rest_url, sim.ws_url, sim.md_url
        ...
    with SimulatorThread(seed=1) as sim:      # for blocking code
        ...

See :mod:`.server` (the service, time and determinism), :mod:`.faults` (fault injection),
:mod:`.engine` (orders and fills), :mod:`.api` (what each operation answers), :mod:`.seed`
(the demo organisation), :mod:`.cli` (the command line and the scenario file).

Importing this package does not import aiohttp: the server modules load on first use.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from .seed import DEMO_PASSWORD, DEMO_USER

if TYPE_CHECKING:
    from .server import Simulator
    from .thread import SimulatorThread

__all__ = ["DEMO_PASSWORD", "DEMO_USER", "Simulator", "SimulatorThread", "main"]


def main(argv: list[str] | None = None) -> int:
    """The command line (``python -m tradovate.sim``, ``tradovate sim``): see :mod:`.cli`."""
    try:
        from .cli import main as cli_main  # noqa: PLC0415 - aiohttp is an optional extra
    except ImportError as exc:  # aiohttp missing: say how to get it
        if exc.name != "aiohttp" and not str(exc.name or "").startswith("aiohttp."):
            raise
        print("tradovate sim: the simulator needs aiohttp: pip install 'tradovate-partner[sim]'", file=sys.stderr)
        return 1
    return cli_main(argv)


def __getattr__(name: str) -> Any:
    if name == "Simulator":
        from . import server  # noqa: PLC0415 - aiohttp is an optional extra

        return server.Simulator
    if name == "SimulatorThread":
        from . import thread  # noqa: PLC0415 - aiohttp is an optional extra

        return thread.SimulatorThread
    raise AttributeError(name)
