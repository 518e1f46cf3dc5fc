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
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TextIO

from tradovate_api import Tradovate, errors
from tradovate_api._http import model_class
from tradovate_api._operations import OPERATIONS
from tradovate_api._transport import DEMO_URL, LIVE_URL

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNKNOWN, EXIT_AUTH = 0, 1, 2, 3, 4

HOSTS: Mapping[str, Mapping[str, str]] = {
    "demo": {
        "rest": DEMO_URL,
        "ws": "wss://demo.tradovateapi.com/v1/websocket",
        "md": "wss://md.tradovateapi.com/v1/websocket",
    },
    "live": {
        "rest": LIVE_URL,
        "ws": "wss://live.tradovateapi.com/v1/websocket",
        "md": "wss://md.tradovateapi.com/v1/websocket",
    },
}

CREDENTIAL_VARIABLES: Mapping[str, str] = {
    "name": "TRADOVATE_USERNAME",
    "password": "TRADOVATE_PASSWORD",
    "app_id": "TRADOVATE_APP_ID",
    "app_version": "TRADOVATE_APP_VERSION",
    "cid": "TRADOVATE_CID",
    "sec": "TRADOVATE_SEC",
    "device_id": "TRADOVATE_DEVICE_ID",
}


class UsageError(Exception):
    """A command line that cannot be run (exit code 2)."""


# ---------------------------------------------------------------------------------------------
# Connection and credentials


def endpoints(args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, str]:
    """The REST, user-socket and market-data URLs: flags, then environment, then ``--env``."""
    hosts = dict(HOSTS[args.env])
    for key, flag, variable in (
        ("rest", args.rest_url, "TRADOVATE_REST_URL"),
        ("ws", args.ws_url, "TRADOVATE_WS_URL"),
        ("md", args.md_url, "TRADOVATE_MD_URL"),
    ):
        value = flag or environ.get(variable)
        if value:
            hosts[key] = value
    return hosts


def credentials(environ: Mapping[str, str]) -> dict[str, str]:
    """The login fields present in the environment (name and password are required)."""
    found = {field: environ[var] for field, var in CREDENTIAL_VARIABLES.items() if environ.get(var)}
    missing = [CREDENTIAL_VARIABLES[f] for f in ("name", "password") if f not in found]
    if missing:
        raise UsageError(f"set {' and '.join(missing)} in the environment (credentials are never taken from arguments)")
    return found


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
        params = {k: (v.split(",") if k in op.arrays and isinstance(v, str) else v) for k, v in pairs.items()}
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
    urls = endpoints(args, environ)
    with Tradovate(urls["rest"], token=environ.get("TRADOVATE_TOKEN") or None) as tv:
        if op.auth and tv.token is None:
            tv.login(**credentials(environ))
        response = tv._exchange(op, params, body)
    if response.error is not None:
        raise response.error
    json.dump(to_json(response.parsed), out, indent=None if args.compact else 2, ensure_ascii=False)
    out.write("\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------------
# The parser and the entry point


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tradovate", description="Tradovate Partner API from the command line.")
    parser.add_argument("--env", choices=sorted(HOSTS), default="demo", help="Tradovate's demo (default) or live hosts")
    parser.add_argument("--rest-url", help="REST root, e.g. http://127.0.0.1:8080/v1 (env TRADOVATE_REST_URL)")
    parser.add_argument("--ws-url", help="user WebSocket URL (env TRADOVATE_WS_URL)")
    parser.add_argument("--md-url", help="market-data WebSocket URL (env TRADOVATE_MD_URL)")
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

    for name, module, helptext in EXTERNAL_COMMANDS:
        sub = commands.add_parser(name, help=helptext, add_help=False)
        sub.add_argument("rest", nargs=argparse.REMAINDER)
        sub.set_defaults(run=_external(module))
    return parser


# Commands whose parsers live with their subsystem: ``tradovate sim --help`` is the simulator's own.
EXTERNAL_COMMANDS: Sequence[tuple[str, str, str]] = (
    ("sim", "tradovate.sim.__main__", "run the local Tradovate simulator"),
)


def _external(module: str) -> Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int]:
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


if __name__ == "__main__":
    raise SystemExit(main())
