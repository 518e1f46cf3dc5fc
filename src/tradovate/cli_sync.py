"""``tradovate sync``: a live mirror of the user's entities, its changes as JSON lines.

    tradovate sync --for 60                          # changes on stdout for a minute
    tradovate sync --events changes.jsonl --state mirror.json

Every change is one JSON line (``{"event": "Change", ...}``), so are the session's notices
(``Synced``, ``Resynced``, ``Disconnected``) and the places where changes may be missing
(``{"event": "Gap", ...}``). Files with account data are written 0600. While logging in,
connecting and waiting for the snapshot (long for a user with many accounts), the phase and the
time spent are shown on stderr when it is a terminal (:mod:`.cli_progress`; ``--quiet``: not).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import Mapping
from typing import Any, TextIO

import attrs

from . import cli_runtime as runtime
from .cli_progress import Progress, ticking
from .cli_session import open_session, run_async
from .realtime.account import AccountSession
from .streams import Gap

__all__ = ["register", "sync"]


async def sync(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    """The mirror's changes for ``--for`` seconds, counted from the start: logging in and
    connecting included, so the run ends on time whatever the connection's state. Not synced
    by then: :class:`NotConnected` (exit 1) with the connection's last failure."""
    events = runtime.private_file(args.events) if args.events else out
    loop = asyncio.get_running_loop()
    began = loop.time()
    account: AccountSession | None = None
    step = "still logging in"

    def phase() -> str:
        if account is None:
            doing = "logging in"
        elif account.connection.ready:
            doing = "connected, receiving the snapshot of the accounts"
        else:
            doing = "connecting"
        return f"tradovate sync: {doing} ({loop.time() - began:.0f}s)"

    try:
        async with contextlib.AsyncExitStack() as stack:
            async with runtime.running_for(args.seconds):
                async with ticking(Progress.on_stderr(args.quiet), phase):
                    session = await stack.enter_async_context(open_session(args, environ))
                    step = "still connecting"
                    account = AccountSession(session)
                    changes = account.mirror.changes(maxsize=1_000_000)  # subscribed before the snapshot
                    notices = account.events()
                    stack.push_async_callback(runtime.bounded, account.close)

                    async def print_notices() -> None:
                        async for event in notices:
                            runtime.json_line(events, {"event": type(event).__name__, **_notice(event)})

                    async def print_changes() -> None:
                        async for change in changes:
                            if isinstance(change, Gap):
                                runtime.json_line(
                                    events, {"event": "Gap", "reason": change.reason, "missed": change.lost}
                                )
                            else:
                                runtime.json_line(events, {"event": "Change", **change.to_json()})

                    tasks = [asyncio.create_task(print_notices()), asyncio.create_task(print_changes())]

                    async def stop_printing() -> None:
                        changes.close()
                        notices.close()
                        ended = await asyncio.gather(*tasks, return_exceptions=True)
                        for result in ended:  # a closed output (BrokenPipeError) ends the command
                            if isinstance(result, Exception):
                                raise result

                    stack.push_async_callback(stop_printing)
                    await account.start()
                step = "synced, then lost"
                # until --for ends, or a printer fails (its error is raised by stop_printing)
                await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            if account is None or not account.ready:
                raise runtime.not_connected(f"the mirror was not synced ({step})", args.seconds)
            if args.state:
                with runtime.private_file(args.state, "wb") as f:
                    f.write(account.mirror.dumps())
    finally:
        if events is not out:
            events.close()
    return 0


def _notice(event: Any) -> dict[str, Any]:
    fields = attrs.asdict(event, recurse=True) if attrs.has(type(event)) else {"detail": repr(event)}
    return {
        k: (v if isinstance(v, int | float | str | bool | type(None) | dict | list) else str(v))
        for k, v in fields.items()
    }


def register(commands: Any) -> None:
    """Add ``sync`` to the command line's subparsers."""
    parser = commands.add_parser("sync", help="keep a live mirror of the user's entities; changes as JSON lines")
    parser.add_argument(
        "--for", dest="seconds", type=runtime.SECONDS, default=60.0, metavar="SECONDS", help="run time (default 60)"
    )
    parser.add_argument("--events", metavar="FILE.jsonl", help="write changes here instead of standard output (0600)")
    parser.add_argument("--state", metavar="FILE.json", help="at the end, write the mirror (entities as sent; 0600)")
    parser.set_defaults(run=run_async(sync))
