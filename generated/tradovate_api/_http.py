"""Sending one operation and turning the HTTP exchange into a result or a typed error.

Copied into the generated package by ``make gen`` (edit it in ``codegen/runtime/``). Every
generated endpoint module calls :func:`send_sync` / :func:`send_async` and :func:`result`.

Rules:
- nothing is retried here, ever;
- for an operation that changes state (every ``POST`` not marked idempotent in the spec), a
  failure after the request may have reached the server is :class:`~.errors.OutcomeUnknown`;
  a failure before it left is :class:`~.errors.RequestNotSent`;
- a ``200`` whose body is a penalty ticket is :class:`~.errors.PenaltyTicket`, not a result.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

import httpx

from . import _codec, errors
from .types import Response

if TYPE_CHECKING:
    from .client import Client

T = TypeVar("T")

# Failures that happen before any byte of the request reached the server.
_NOT_SENT: Final = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
    httpx.LocalProtocolError,
    httpx.InvalidURL,
)

# Responses at least this large (bytes) are decoded with the garbage collector paused.
_GC_PAUSE_FROM: Final = 256 * 1024


class Operation(NamedTuple):
    operation_id: str
    method: str
    path: str
    idempotent: bool


def join(values: Any, name: str, min_items: int = 0) -> str:
    """An array query parameter, sent comma-separated (``style: form, explode: false``)."""
    if isinstance(values, str | bytes) or not hasattr(values, "__iter__"):
        raise errors.InvalidRequest(f"{name}: expected a list, got {type(values).__name__}")
    items = list(values)
    if len(items) < min_items:
        raise errors.InvalidRequest(f"{name}: needs at least {min_items} value(s)")
    return ",".join(str(v) for v in items)


def _request(op: Operation, kwargs: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {"method": op.method, "url": op.path}
    if "params" in kwargs:
        request["params"] = kwargs["params"]
    if "json" in kwargs:
        request["content"] = _codec.dumps(kwargs["json"])
        request["headers"] = {"Content-Type": "application/json"}
    return request


def _transport_error(op: Operation, exc: httpx.HTTPError) -> errors.TradovateError:
    if isinstance(exc, _NOT_SENT):
        return errors.RequestNotSent(op.operation_id, exc)
    if op.idempotent:
        return errors.TransportError(op.operation_id, exc)
    return errors.OutcomeUnknown(op.operation_id, f"{type(exc).__name__} after the request may have been sent")


def _response(op: Operation, http: httpx.Response, parse: Callable[[Any], T]) -> Response[T]:
    content = http.content
    status = http.status_code
    parsed: T | None = None
    error: errors.TradovateError | None = None
    if status == 200:
        try:
            with _codec.gc_paused() if len(content) >= _GC_PAUSE_FROM else nullcontext():
                data = _codec.loads(content)
                error = _penalty(op, data)
                parsed = parse(data) if error is None else None
        except (ValueError, errors.DecodeError) as exc:
            # msgspec/orjson/json errors are all ValueError subclasses.
            decode_error = errors.DecodeError(f"{op.operation_id}: unreadable 200 response ({type(exc).__name__})")
            error = decode_error if op.idempotent else errors.OutcomeUnknown(op.operation_id, str(decode_error))
    else:
        error = errors.from_status(op.operation_id, status, content, op.idempotent)
    return Response(status_code=status, content=content, headers=http.headers, parsed=parsed, error=error)


def _penalty(op: Operation, data: Any) -> errors.PenaltyTicket | None:
    if data.__class__ is dict and "p-ticket" in data:
        return errors.PenaltyTicket.from_body(op.operation_id, data)
    return None


def send_sync(client: Client, op: Operation, kwargs: dict[str, Any], parse: Callable[[Any], T]) -> Response[T]:
    try:
        http = client.get_httpx_client().request(**_request(op, kwargs))
    except httpx.HTTPError as exc:
        raise _transport_error(op, exc) from exc
    return _response(op, http, parse)


async def send_async(client: Client, op: Operation, kwargs: dict[str, Any], parse: Callable[[Any], T]) -> Response[T]:
    try:
        http = await client.get_async_httpx_client().request(**_request(op, kwargs))
    except httpx.HTTPError as exc:
        raise _transport_error(op, exc) from exc
    return _response(op, http, parse)


def result(response: Response[T]) -> T:
    """The parsed result, or the typed error the exchange ended in."""
    if response.error is not None:
        raise response.error
    return response.parsed  # type: ignore[return-value]
