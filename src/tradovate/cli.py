"""The ``tradovate`` command.

    tradovate [--env demo|live] [--rest-url URL] [--ws-url URL] [--md-url URL] [--log-level LEVEL] COMMAND ...

Connection: ``--env`` picks Tradovate's demo or live hosts; ``--rest-url``/``--ws-url``/``--md-url``
(or ``TRADOVATE_REST_URL``, ``TRADOVATE_WS_URL``, ``TRADOVATE_MD_URL``) point at any other server,
such as the local simulator. Credentials come from the environment only, never from arguments
(arguments are visible to every user of the machine): ``TRADOVATE_USERNAME``,
``TRADOVATE_PASSWORD``, ``TRADOVATE_APP_ID``, ``TRADOVATE_APP_VERSION``, ``TRADOVATE_CID``,
``TRADOVATE_SEC`` (and optionally ``TRADOVATE_DEVICE_ID``).

Global options are also accepted after the command (``tradovate sync --log-level debug``).
Long work (a chart paged over several requests, a sync waiting for a large snapshot) shows its
progress on stderr when stderr is a terminal; ``--quiet`` silences it; piped, nothing is shown.

One module per part: this one parses and runs (exit codes, failures as one line);
:mod:`.cli_session` connects (hosts, credentials, token store); :mod:`.cli_runtime` is how the
command behaves as a program; the commands are in :mod:`.cli_call`, :mod:`.cli_sync`,
:mod:`.cli_market`, :mod:`.cli_trading`, :mod:`.cli_watch`, :mod:`.cli_doctor`;
:mod:`.cli_progress` draws progress.

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
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

from tradovate_api import errors

from . import cli_call, cli_doctor, cli_market, cli_sync, cli_trading, cli_watch
from . import cli_runtime as runtime
from .cli_runtime import UsageError as UsageError  # re-exported: tradovate.org.commands connects as we do
from .cli_session import Runner, open_session, run_async
from .cli_session import credentials as credentials
from .cli_session import environment as environment
from .cli_session import token_store as token_store

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNKNOWN, EXIT_AUTH, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


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
    ("--quiet", {"action": "store_true", "default": False, "help": "no progress on stderr (shown only on a terminal)"}),
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

    cli_call.register(commands)
    cli_sync.register(commands)
    cli_market.register(commands)
    cli_trading.register(commands, open_session, run_async)
    cli_doctor.register(commands, environment, run_async)
    cli_watch.register(commands, open_session, run_async)

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
