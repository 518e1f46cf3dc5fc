"""The ``tradovate`` command.

    tradovate [--env demo|live] [--rest-url URL] [--ws-url URL] [--md-url URL] [--log-level LEVEL] COMMAND ...

Connection: ``--env`` picks Tradovate's demo or live hosts; ``--rest-url``/``--ws-url``/``--md-url``
(or ``TRADOVATE_REST_URL``, ``TRADOVATE_WS_URL``, ``TRADOVATE_MD_URL``) point at any other server,
such as the local simulator. Credentials come from the environment only, never from arguments
(arguments are visible to every user of the machine): ``TRADOVATE_USERNAME``,
``TRADOVATE_PASSWORD``, ``TRADOVATE_APP_ID``, ``TRADOVATE_APP_VERSION``, ``TRADOVATE_CID``,
``TRADOVATE_SEC`` (and optionally ``TRADOVATE_DEVICE_ID``).

Global options are also accepted after the command (``tradovate sync --log-level debug``).

Exit codes: 0 done (also when the reader of the output went away: ``| head -2``); 1 the server
refused or failed, or no connection was made in time; 2 bad usage or an invalid request (nothing
was sent); 3 the outcome of a state-changing call is unknown (look it up before retrying);
4 authentication failed; 130 interrupted (Ctrl-C).

Never silent, never stuck: ``sync --for N`` (and ``quotes --for N``) ends after N seconds whatever
the connection's state; a connection that cannot be made ends the command within
``--connect-timeout`` (or ``--for``) with its last failure on stderr. Files with account data
(``--state``, ``--events``) are written readable by their owner only (0600).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import importlib
import json
import logging
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from typing import IO, Any, NoReturn, TextIO

import attrs

from tradovate_api import Tradovate, errors
from tradovate_api.runtime import OPERATIONS, model_class

from . import cli_doctor, cli_trading, cli_watch
from . import cli_runtime as runtime
from .marketdata import commands
from .marketdata.client import MarketDataClient
from .marketdata.replay import ReplayClient
from .realtime.account import AccountSession
from .session import DEMO, LIVE, Credentials, Environment, Session
from .streams import Gap
from .tokens import FileTokenStore

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNKNOWN, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


Runner = Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int]


class UsageError(Exception):
    """A command line that cannot be run (exit code 2)."""


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


def json_line(out: IO[Any], value: Any) -> None:
    out.write(json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n")
    out.flush()


# ---------------------------------------------------------------------------------------------
# tradovate call


def find_operation(name: str) -> Any:
    """An operation by operationId (``orderList``), path (``order/list``) or method (``orders.list``)."""
    wanted = name.strip().lower()
    for op in OPERATIONS.values():
        if wanted in (op.operation_id.lower(), op.path.strip("/").lower(), f"{op.namespace}.{op.name}".lower()):
            return op
    raise UsageError(
        f"no operation {name!r} (try an operationId such as orderList, a path such as order/list, or orders.list)"
    )


def parse_value(text: str) -> Any:
    """``key=value``: the value as JSON when it reads as JSON (numbers, true, null, [..], {..}), else text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_pairs(pairs: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"expected key=value, got {pair!r}")
        out[key] = parse_value(value)
    return out


def call_arguments(op: Any, pairs: dict[str, Any], body_text: str | None) -> tuple[dict[str, Any] | None, Any]:
    """The query parameters and body model of one call from the command line's pieces."""
    if op.body is None:
        if body_text is not None:
            raise UsageError(f"{op.operation_id} takes no body")
        params = {
            k: ([parse_value(x) for x in v.split(",")] if k in op.arrays and isinstance(v, str) else v)
            for k, v in pairs.items()
        }
        params = {k: ([v] if k in op.arrays and not isinstance(v, list) else v) for k, v in params.items()}
        return params or None, None
    data: Any = {}
    if body_text is not None:
        raw = body_text
        if raw.startswith("@"):
            with open(raw[1:], encoding="utf-8") as f:
                raw = f.read()
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise UsageError(f"--body is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise UsageError("--body must be a JSON object")
    data.update(pairs)
    return None, model_class(op.body).from_dict(data)


def to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [to_json(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def run_call(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    """One REST call. With ``TRADOVATE_TOKEN``, or for an operation that needs no token, the
    call is made as it is; otherwise through a session, which reuses the token store
    (``TRADOVATE_TOKEN_DIR``) like the other commands and logs in only when it holds no valid
    token (a stored token the server refuses is replaced by one new login)."""
    op = find_operation(args.operation)
    params, body = call_arguments(op, parse_pairs(args.pairs), args.body)
    op.request(params, body)  # validate before logging in: an invalid call costs no login
    token = environ.get("TRADOVATE_TOKEN") or None
    if op.auth and token is None:

        async def in_session() -> Any:
            async with open_session(args, environ) as session:
                return await session.rest._exchange(op, params, body)

        response = asyncio.run(in_session())
    else:
        with Tradovate(environment(args, environ).rest_url, token=token) as tv:
            response = tv._exchange(op, params, body)
    if response.error is not None:
        raise response.error
    if args.compact:
        json.dump(to_json(response.parsed), out, separators=(",", ":"), ensure_ascii=False)
    else:
        json.dump(to_json(response.parsed), out, indent=2, ensure_ascii=False)
    out.write("\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# tradovate sync


async def sync(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    """The mirror's changes for ``--for`` seconds, counted from the start: logging in and
    connecting included, so the run ends on time whatever the connection's state. Not synced
    by then: :class:`NotConnected` (exit 1) with the connection's last failure."""
    events = runtime.private_file(args.events) if args.events else out
    try:
        async with contextlib.AsyncExitStack() as stack:
            account: AccountSession | None = None
            step = "still logging in"
            async with runtime.running_for(args.seconds):
                session = await stack.enter_async_context(open_session(args, environ))
                step = "still connecting"
                account = AccountSession(session)
                changes = account.mirror.changes(maxsize=1_000_000)  # subscribed before the snapshot
                notices = account.events()
                stack.push_async_callback(runtime.bounded, account.close)

                async def print_notices() -> None:
                    async for event in notices:
                        json_line(events, {"event": type(event).__name__, **_notice(event)})

                async def print_changes() -> None:
                    async for change in changes:
                        if isinstance(change, Gap):
                            json_line(events, {"event": "Gap", "reason": change.reason, "missed": change.lost})
                        else:
                            json_line(events, {"event": "Change", **change.to_json()})

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
    return EXIT_OK


def _notice(event: Any) -> dict[str, Any]:
    fields = attrs.asdict(event, recurse=True) if attrs.has(type(event)) else {"detail": repr(event)}
    return {
        k: (v if isinstance(v, int | float | str | bool | type(None) | dict | list) else str(v))
        for k, v in fields.items()
    }


# ---------------------------------------------------------------------------------------------
# tradovate quotes / chart / replay


def symbol(text: str) -> str | int:
    """A contract by name (``ESZ6``) or id (``1234``)."""
    return int(text) if text.isdigit() else text


async def quotes(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    """Quotes until ``--limit`` lines or ``--for`` seconds from the start, connecting included
    (not connected by then: :class:`NotConnected`)."""
    loop = asyncio.get_running_loop()
    end = None if args.seconds is None else loop.time() + args.seconds
    async with (
        connected(args, environ, MarketDataClient.from_session, args.seconds) as md,
        runtime.running_for(None if end is None else max(0.0, end - loop.time())),  # once connected
    ):
        await commands.print_quotes(md, [symbol(s) for s in args.symbols], out, limit=args.limit)
    return EXIT_OK


async def chart(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    description = commands.bar_spec(args.bars)
    async with connected(args, environ, MarketDataClient.from_session) as md:
        await commands.print_chart(
            md, symbol(args.symbol), description, args.last, out, fmt=args.format, plot=args.plot, png=args.png
        )
    return EXIT_OK


async def replay(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    async with connected(args, environ, ReplayClient.from_session) as client:
        await commands.print_replay(
            client, args.start, out, speed=args.speed, initial_balance=args.balance, until=args.until, limit=args.limit
        )
    return EXIT_OK


def timestamp(text: str) -> datetime.datetime:
    """An ISO 8601 time with its offset (``2026-11-02T14:30:00Z``)."""
    value = datetime.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time zone, e.g. 2026-11-02T14:30:00Z")
    return value


def _asyncio(fn: Callable[[argparse.Namespace, TextIO, Mapping[str, str]], Coroutine[Any, Any, int]]) -> Runner:
    def run(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        return asyncio.run(fn(args, out, environ))

    return run


# ---------------------------------------------------------------------------------------------
# The parser and the entry point


_GLOBAL_OPTIONS: Sequence[tuple[str, dict[str, Any]]] = (
    ("--env", {"choices": ["demo", "live"], "default": "demo", "help": "Tradovate's demo (default) or live hosts"}),
    ("--rest-url", {"help": "REST root, e.g. http://127.0.0.1:8080/v1 (env TRADOVATE_REST_URL)"}),
    ("--ws-url", {"help": "user WebSocket URL (env TRADOVATE_WS_URL)"}),
    ("--md-url", {"help": "market-data WebSocket URL (env TRADOVATE_MD_URL)"}),
    ("--replay-url", {"help": "replay WebSocket URL (env TRADOVATE_REPLAY_URL)"}),
    (
        "--log-level",
        {
            "default": "warning",
            "choices": ["debug", "info", "warning", "error"],
            "help": "log to stderr at this level (debug logs every request and frame, secrets redacted)",
        },
    ),
    (
        "--connect-timeout",
        {
            "type": runtime.SECONDS,
            "default": 30.0,
            "metavar": "SECONDS",
            "help": "give up when no connection is made within this time (default 30)",
        },
    ),
)


def global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """The options every command takes, before or after the command's name. After it, they
    default to nothing, so the values given before it stand; a command's own option of the same
    name wins."""
    for flag, options in _GLOBAL_OPTIONS:
        options = {**options, "default": options.get("default") if defaults else argparse.SUPPRESS}
        with contextlib.suppress(argparse.ArgumentError):
            parser.add_argument(flag, **options)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tradovate", description="Tradovate Partner API from the command line.")
    global_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    call = commands.add_parser("call", help="call any REST operation; JSON out")
    call.add_argument("operation", help="operationId (orderList), path (order/list) or method (orders.list)")
    call.add_argument("pairs", nargs="*", metavar="key=value", help="query parameters, or fields of the body")
    call.add_argument("--body", help="the request body as JSON (or @FILE); key=value pairs are merged into it")
    call.add_argument("--compact", action="store_true", help="minimal JSON on one line")
    call.set_defaults(run=run_call)

    sync_ = commands.add_parser("sync", help="keep a live mirror of the user's entities; changes as JSON lines")
    sync_.add_argument(
        "--for", dest="seconds", type=runtime.SECONDS, default=60.0, metavar="SECONDS", help="run time (default 60)"
    )
    sync_.add_argument("--events", metavar="FILE.jsonl", help="write changes here instead of standard output (0600)")
    sync_.add_argument("--state", metavar="FILE.json", help="at the end, write the mirror (entities as sent; 0600)")
    sync_.set_defaults(run=_asyncio(sync))

    quotes_ = commands.add_parser("quotes", help="stream quotes, one JSON line per update")
    quotes_.add_argument("symbols", nargs="+", metavar="SYMBOL", help="contract name (ESZ6) or id")
    quotes_.add_argument("--limit", type=runtime.COUNT, help="stop after this many lines")
    quotes_.add_argument("--for", dest="seconds", type=runtime.SECONDS, metavar="SECONDS", help="stop after this long")
    quotes_.set_defaults(run=_asyncio(quotes))

    chart_ = commands.add_parser("chart", help="the last bars of a chart, as JSON lines or CSV")
    chart_.add_argument("symbol", metavar="SYMBOL")
    chart_.add_argument("--bars", default="1m", help="1m, 5m, 1h, 1d or tick (default 1m)")
    chart_.add_argument(
        "--last",
        type=runtime.number(int, 1, 100_000),
        default=100,
        metavar="N",
        help="how many bars, the one in progress included (default 100)",
    )
    chart_.add_argument("--format", choices=["json", "csv"], default="json")
    chart_.add_argument("--plot", action="store_true", help="draw candles in the terminal instead of printing rows")
    chart_.add_argument("--png", metavar="FILE", help="draw the bars into a PNG file (the plot extra: matplotlib)")
    chart_.set_defaults(run=_asyncio(chart))

    replay_ = commands.add_parser("replay", help="start a market replay and print its clock")
    replay_.add_argument("--start", type=timestamp, required=True, help="replay start, ISO 8601 with offset")
    replay_.add_argument(
        "--speed", type=runtime.number(int, 0, 400), default=100, help="percent of real time, 0-400 (default 100)"
    )
    replay_.add_argument(
        "--balance", type=runtime.number(float, 0, above=True), help="initial balance of the replay account"
    )
    replay_.add_argument("--until", type=timestamp, help="stop at this replay time")
    replay_.add_argument("--limit", type=runtime.COUNT, help="stop after this many clock lines")
    replay_.set_defaults(run=_asyncio(replay))

    cli_trading.register(commands, open_session, _asyncio)
    cli_doctor.register(commands, environment, _asyncio)
    cli_watch.register(commands, open_session, _asyncio)

    for name, module, helptext in EXTERNAL_COMMANDS:
        sub = commands.add_parser(name, help=helptext, add_help=False)
        sub.add_argument("rest", nargs=argparse.REMAINDER)
        sub.set_defaults(run=_external(module))
    external = {name for name, _, _ in EXTERNAL_COMMANDS}
    for name, sub in commands.choices.items():  # every command, those registered above included
        if name not in external:
            global_options(sub, defaults=False)
    return parser


# Commands whose parsers live with their subsystem: ``tradovate sim --help`` is the simulator's own.
EXTERNAL_COMMANDS: Sequence[tuple[str, str, str]] = (
    ("sim", "tradovate.sim.__main__", "run the local Tradovate simulator"),
    ("org-sync", "tradovate.org.sync_command", "a worker of the organisation sync (shards -> Redis/NATS)"),
    ("org-watch", "tradovate.org.watch_command", "a consumer mirror of the organisation sync"),
)


def _external(module: str) -> Runner:
    def run(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        entry: Callable[[list[str]], int] = importlib.import_module(module).main
        return entry(list(args.rest))

    return run


def _fail(message: str, code: int) -> NoReturn:
    print(f"tradovate: {message}", file=sys.stderr)
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, environ: Mapping[str, str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # argparse leaves a subsystem's leading options (``sim --port 0``) out of REMAINDER
        if not hasattr(args, "rest"):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        args.rest = [*extra, *args.rest]
    env = os.environ if environ is None else environ
    stream = out or sys.stdout
    with runtime.stderr_logging(args.log_level):
        return _run(args, stream, env)


def _run(args: argparse.Namespace, stream: TextIO, env: Mapping[str, str]) -> int:
    try:
        return int(args.run(args, stream, env))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        runtime.quiet_stdout(stream)  # the reader went away (``| head``): nothing more to say, and no error
        return EXIT_OK
    except UsageError as exc:
        _fail(str(exc), EXIT_USAGE)
    except errors.InvalidRequest as exc:
        _fail(f"invalid request, nothing sent: {exc}", EXIT_USAGE)
    except errors.AuthenticationFailed as exc:
        _fail(f"authentication failed: {exc}", EXIT_AUTH)
    except errors.OutcomeUnknown as exc:
        _fail(f"outcome unknown (the request may have been executed; look it up before retrying): {exc}", EXIT_UNKNOWN)
    except errors.TradovateError as exc:
        _fail(f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    except OSError as exc:
        _fail(f"{type(exc).__name__}: {exc}", EXIT_FAILED)
    except Exception as exc:  # a bug, ours or a library's: one line, the traceback at debug level
        logging.getLogger("tradovate.cli").debug("unexpected failure", exc_info=True)
        _fail(f"unexpected {type(exc).__name__}: {exc} (--log-level debug shows where)", EXIT_FAILED)


if __name__ == "__main__":
    raise SystemExit(main())
