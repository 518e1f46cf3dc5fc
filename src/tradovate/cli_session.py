"""Where the ``tradovate`` command connects, as whom, and how a command is run.

- :func:`environment`: the hosts (``--rest-url``/``--ws-url``/``--md-url``/``--replay-url``,
  then ``TRADOVATE_*_URL``, then ``--env``);
- :func:`credentials`: the login, from the environment only (arguments are visible to every user
  of the machine); :func:`token_store`: ``TRADOVATE_TOKEN_DIR``;
- :func:`open_session`, :func:`connected`: a session, and a started socket client made within
  ``--connect-timeout``;
- :func:`run_async`: a command written as a coroutine, as the parser's ``run``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping
from typing import Any, TextIO

import attrs

from . import cli_runtime as runtime
from .cli_runtime import UsageError
from .session import DEMO, LIVE, Credentials, Environment, Session
from .tokens import FileTokenStore

__all__ = ["Runner", "connected", "credentials", "environment", "open_session", "run_async", "token_store"]

Runner = Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int]


def environment(args: argparse.Namespace, environ: Mapping[str, str]) -> Environment:
    """The hosts: flags, then the environment's ``TRADOVATE_*_URL``, then ``--env``."""
    base = LIVE if args.env == "live" else DEMO
    chosen: dict[str, str] = {}
    for key, variable in (("rest", "REST"), ("ws", "WS"), ("md", "MD"), ("replay", "REPLAY")):
        value = getattr(args, f"{key}_url") or environ.get(f"TRADOVATE_{variable}_URL")
        if value:
            chosen[f"{key}_url"] = value
    if not chosen:
        return base
    return attrs.evolve(base, name="custom", **chosen)


def credentials(environ: Mapping[str, str]) -> Credentials:
    """The login from the environment (name and password are required)."""
    found = {field: environ[var] for field, var in runtime.CREDENTIAL_VARIABLES.items() if environ.get(var)}
    missing = [runtime.CREDENTIAL_VARIABLES[f] for f in ("name", "password") if f not in found]
    if missing:
        raise UsageError(f"set {' and '.join(missing)} in the environment (credentials are never taken from arguments)")
    return Credentials(**found)


def token_store(environ: Mapping[str, str]) -> FileTokenStore | None:
    """``TRADOVATE_TOKEN_DIR``: keep tokens there (owner-only files) so runs reuse a valid one."""
    directory = environ.get("TRADOVATE_TOKEN_DIR")
    return FileTokenStore(directory) if directory else None


@contextlib.asynccontextmanager
async def open_session(args: argparse.Namespace, environ: Mapping[str, str]) -> AsyncIterator[Session]:
    session = Session(credentials(environ), environment(args, environ), token_store=token_store(environ))
    async with session:
        yield session


@contextlib.asynccontextmanager
async def connected(
    args: argparse.Namespace, environ: Mapping[str, str], client: Callable[[Session], Any], within: float | None = None
) -> AsyncIterator[Any]:
    """A session and a started socket client (``client(session)``), made within
    ``--connect-timeout`` (or ``within`` seconds if less; else :class:`NotConnected` with the
    last failure); closed, bounded, at the end."""
    seconds = args.connect_timeout if within is None else min(within, args.connect_timeout)
    async with contextlib.AsyncExitStack() as stack:
        limit = asyncio.timeout(seconds)
        try:
            async with limit:
                session = await stack.enter_async_context(open_session(args, environ))
                opened = client(session)
                stack.push_async_callback(runtime.bounded, opened.close)
                await opened.start()
        except TimeoutError:
            if limit.expired():
                raise runtime.not_connected("no connection", seconds) from None
            raise
        yield opened


def run_async(fn: Callable[[argparse.Namespace, TextIO, Mapping[str, str]], Coroutine[Any, Any, int]]) -> Runner:
    """A command written as a coroutine, run on a new event loop."""

    def run(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        return asyncio.run(fn(args, out, environ))

    return run
