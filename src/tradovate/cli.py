"""The ``tradovate`` command.

    tradovate [--env demo|live] [--rest-url URL] [--ws-url URL] [--md-url URL] [--log-level LEVEL] COMMAND ...

Connection: ``--env`` picks Tradovate's demo or live hosts; ``--rest-url``/``--ws-url``/``--md-url``
(or ``TRADOVATE_REST_URL``, ``TRADOVATE_WS_URL``, ``TRADOVATE_MD_URL``) point at any other server,
such as the local simulator. Credentials come from the environment only, never from arguments
(arguments are visible to every user of the machine): ``TRADOVATE_USERNAME``,
``TRADOVATE_PASSWORD``, ``TRADOVATE_APP_ID``, ``TRADOVATE_APP_VERSION``, ``TRADOVATE_CID``,
``TRADOVATE_SEC`` (and optionally ``TRADOVATE_DEVICE_ID``).

Exit codes: 0 done; 1 the server refused or failed; 2 bad usage or an invalid request (nothing
was sent); 3 the outcome of a state-changing call is unknown (look it up before retrying);
4 authentication failed.
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
from typing import Any, NoReturn, TextIO

import attrs

from tradovate_api import Tradovate, errors
from tradovate_api.runtime import OPERATIONS, model_class

from . import cli_doctor, cli_trading, cli_watch
from .marketdata import commands
from .marketdata.client import MarketDataClient
from .marketdata.replay import ReplayClient
from .realtime.account import AccountSession
from .session import DEMO, LIVE, Credentials, Environment, Session
from .streams import Gap
from .tokens import FileTokenStore

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNKNOWN, EXIT_AUTH = 0, 1, 2, 3, 4

CREDENTIAL_VARIABLES: Mapping[str, str] = {
    "name": "TRADOVATE_USERNAME",
    "password": "TRADOVATE_PASSWORD",
    "app_id": "TRADOVATE_APP_ID",
    "app_version": "TRADOVATE_APP_VERSION",
    "cid": "TRADOVATE_CID",
    "sec": "TRADOVATE_SEC",
    "device_id": "TRADOVATE_DEVICE_ID",
}


Runner = Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int]


class UsageError(Exception):
    """A command line that cannot be run (exit code 2)."""


# ---------------------------------------------------------------------------------------------
# Connection and credentials


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
    found = {field: environ[var] for field, var in CREDENTIAL_VARIABLES.items() if environ.get(var)}
    missing = [CREDENTIAL_VARIABLES[f] for f in ("name", "password") if f not in found]
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


def json_line(out: TextIO, value: Any) -> None:
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
    op = find_operation(args.operation)
    params, body = call_arguments(op, parse_pairs(args.pairs), args.body)
    op.request(params, body)  # validate before logging in: an invalid call costs no login
    with Tradovate(environment(args, environ).rest_url, token=environ.get("TRADOVATE_TOKEN") or None) as tv:
        if op.auth and tv.token is None:
            login = credentials(environ)
            tv.login(**{f.name: getattr(login, f.name) for f in attrs.fields(Credentials)})
        response = tv._exchange(op, params, body)
    if response.error is not None:
        raise response.error
    json.dump(to_json(response.parsed), out, indent=None if args.compact else 2, ensure_ascii=False)
    out.write("\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# tradovate sync


async def sync(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    events = open(args.events, "w", encoding="utf-8") if args.events else out  # noqa: SIM115 - closed below
    try:
        async with open_session(args, environ) as session:
            account = AccountSession(session)
            changes = account.mirror.changes(maxsize=1_000_000)  # subscribed before the snapshot
            notices = account.events()
            async with account:
                deadline = asyncio.get_running_loop().time() + args.seconds

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
                try:
                    await asyncio.sleep(max(0.0, deadline - asyncio.get_running_loop().time()))
                finally:
                    changes.close()
                    notices.close()
                    await asyncio.gather(*tasks, return_exceptions=True)
                if not account.ready:
                    raise errors.TransportError("user/syncrequest", "the mirror was not synced when the run ended")
                if args.state:
                    with open(args.state, "wb") as f:
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
    async with open_session(args, environ) as session, MarketDataClient.from_session(session) as md:
        await commands.print_quotes(md, [symbol(s) for s in args.symbols], out, limit=args.limit)
    return EXIT_OK


async def chart(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    description = commands.bar_spec(args.bars)
    async with open_session(args, environ) as session, MarketDataClient.from_session(session) as md:
        await commands.print_chart(md, symbol(args.symbol), description, args.last, out, fmt=args.format)
    return EXIT_OK


async def replay(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    async with open_session(args, environ) as session, ReplayClient.from_session(session) as client:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tradovate", description="Tradovate Partner API from the command line.")
    parser.add_argument(
        "--env", choices=["demo", "live"], default="demo", help="Tradovate's demo (default) or live hosts"
    )
    parser.add_argument("--rest-url", help="REST root, e.g. http://127.0.0.1:8080/v1 (env TRADOVATE_REST_URL)")
    parser.add_argument("--ws-url", help="user WebSocket URL (env TRADOVATE_WS_URL)")
    parser.add_argument("--md-url", help="market-data WebSocket URL (env TRADOVATE_MD_URL)")
    parser.add_argument("--replay-url", help="replay WebSocket URL (env TRADOVATE_REPLAY_URL)")
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=["debug", "info", "warning", "error"],
        help="log to stderr at this level (debug logs every request and frame, secrets redacted)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    call = commands.add_parser("call", help="call any REST operation; JSON out")
    call.add_argument("operation", help="operationId (orderList), path (order/list) or method (orders.list)")
    call.add_argument("pairs", nargs="*", metavar="key=value", help="query parameters, or fields of the body")
    call.add_argument("--body", help="the request body as JSON (or @FILE); key=value pairs are merged into it")
    call.add_argument("--compact", action="store_true", help="one line of JSON")
    call.set_defaults(run=run_call)

    sync_ = commands.add_parser("sync", help="keep a live mirror of the user's entities; changes as JSON lines")
    sync_.add_argument(
        "--for", dest="seconds", type=float, default=60.0, metavar="SECONDS", help="run time (default 60)"
    )
    sync_.add_argument("--events", metavar="FILE.jsonl", help="write changes here instead of standard output")
    sync_.add_argument("--state", metavar="FILE.json", help="at the end, write the mirror (entities as sent)")
    sync_.set_defaults(run=_asyncio(sync))

    quotes_ = commands.add_parser("quotes", help="stream quotes, one JSON line per update")
    quotes_.add_argument("symbols", nargs="+", metavar="SYMBOL", help="contract name (ESZ6) or id")
    quotes_.add_argument("--limit", type=int, help="stop after this many lines")
    quotes_.set_defaults(run=_asyncio(quotes))

    chart_ = commands.add_parser("chart", help="the last bars of a chart, as JSON lines or CSV")
    chart_.add_argument("symbol", metavar="SYMBOL")
    chart_.add_argument("--bars", default="1m", help="1m, 5m, 1h, 1d or tick (default 1m)")
    chart_.add_argument("--last", type=int, default=100, metavar="N", help="how many bars (default 100)")
    chart_.add_argument("--format", choices=["json", "csv"], default="json")
    chart_.set_defaults(run=_asyncio(chart))

    replay_ = commands.add_parser("replay", help="start a market replay and print its clock")
    replay_.add_argument("--start", type=timestamp, required=True, help="replay start, ISO 8601 with offset")
    replay_.add_argument("--speed", type=int, default=100, help="percent of real time, 0-400 (default 100)")
    replay_.add_argument("--balance", type=float, help="initial balance of the replay account")
    replay_.add_argument("--until", type=timestamp, help="stop at this replay time")
    replay_.add_argument("--limit", type=int, help="stop after this many clock lines")
    replay_.set_defaults(run=_asyncio(replay))

    cli_trading.register(commands, open_session, _asyncio)
    cli_doctor.register(commands, environment, _asyncio)
    cli_watch.register(commands, open_session, _asyncio)

    for name, module, helptext in EXTERNAL_COMMANDS:
        sub = commands.add_parser(name, help=helptext, add_help=False)
        sub.add_argument("rest", nargs=argparse.REMAINDER)
        sub.set_defaults(run=_external(module))
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
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)  # this is the program, not a library call: it owns the process's logging
    root.setLevel(args.log_level.upper())
    try:
        return int(args.run(args, out or sys.stdout, env))
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
    finally:
        root.removeHandler(handler)
        root.setLevel(level)  # main() is also called in-process (tests, embedding): leave logging as found


if __name__ == "__main__":
    raise SystemExit(main())
