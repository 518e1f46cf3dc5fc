"""``tradovate call``: any REST operation from the command line, JSON out.

    tradovate call orders.list                       # by method, operationId (orderList) or path
    tradovate call contract/find name=ESZ6           # query parameters as key=value
    tradovate call orders.place accountId=1 action=Buy symbol=ESZ6 orderQty=1 orderType=Market

The request is validated before anything is sent (an invalid one costs no login: exit 2).
``key=value`` values are read as JSON when they read as JSON (numbers, ``true``, ``[..]``), else
as text; ``--body`` gives the body as JSON (or ``@FILE``), pairs are merged into it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from tradovate_api import Tradovate
from tradovate_api.runtime import OPERATIONS, model_class

from .cli_runtime import UsageError
from .cli_session import environment, open_session

__all__ = ["find_operation", "register", "run_call"]


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
    return 0


def register(commands: Any) -> None:
    """Add ``call`` to the command line's subparsers."""
    call = commands.add_parser("call", help="call any REST operation; JSON out")
    call.add_argument("operation", help="operationId (orderList), path (order/list) or method (orders.list)")
    call.add_argument("pairs", nargs="*", metavar="key=value", help="query parameters, or fields of the body")
    call.add_argument("--body", help="the request body as JSON (or @FILE); key=value pairs are merged into it")
    call.add_argument("--compact", action="store_true", help="minimal JSON on one line")
    call.set_defaults(run=run_call)
