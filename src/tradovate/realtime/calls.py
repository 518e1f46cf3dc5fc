"""Socket requests as data, before and after the protocol core: an endpoint's REST operation,
validation (query line, body line: ``InvalidRequest`` before anything is sent, as the REST
client checks), the request the call policy sees (:class:`SocketRequest`, :class:`SocketCall`:
budgets and penalty holds shared with REST by operation id), an answer's outcome (the typed
result or error, as the REST client gives it) and frames redacted for logs.

Pure functions and values, no state: :class:`.protocol.Protocol` (the sans-I/O state machine)
registers and frames a prepared request; :mod:`.connection` sends it through the call policy.
Every name is re-exported by :mod:`.protocol`.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Mapping
from typing import Any, Final, NamedTuple
from urllib.parse import parse_qsl, urlencode

from tradovate_api import Response as ApiResponse
from tradovate_api import errors
from tradovate_api import runtime as rt
from tradovate_api.runtime import OPERATIONS, Operation, RateLimit, check_failure, model_class, query_value

from .events import AUTHORIZE, Response
from .frames import build_request

__all__ = [
    "HEARTBEAT",
    "SocketCall",
    "SocketRequest",
    "encode_body",
    "encode_query",
    "operation_for",
    "outcome",
    "prepare_request",
    "redact_frame",
]

HEARTBEAT: Final = "[]"
_INT64: Final = -(2**63)  # the least int64; the flat-JSON fast path leaves others to check_json


# ---------------------------------------------------------------------------------------------
# Requests: endpoint -> operation, frames


def _index() -> dict[str, Operation[Any]]:
    return {op.path.lstrip("/").lower(): op for op in OPERATIONS.values()}


_BY_ENDPOINT: Final = _index()


def operation_for(endpoint: str) -> Operation[Any] | None:
    """The REST operation an endpoint names (``order/placeorder`` -> ``placeOrder``), if any.
    Matched case-insensitively, as the server does."""
    return _BY_ENDPOINT.get(endpoint.lower())


def encode_query(query: Mapping[str, Any] | str | None, op: Operation[Any] | None) -> str:
    """The query line: ``k=v&k2=v2`` (lists comma-joined, validated like the REST client does)."""
    if query is None:
        return ""
    if isinstance(query, str):
        query = query.lstrip("?")
        if "\n" in query or "\r" in query:
            raise errors.InvalidRequest("may not contain a line break", "query")
        if op is None or not op.query:
            return query
        query = _typed_query(query, op)  # a query line is held to the same checks as a mapping
    arrays = op.arrays if op is not None else ()
    kinds = dict(op.query) if op is not None else {}
    pairs = {str(k): query_value(str(k), v, str(k) in arrays, kinds.get(str(k))) for k, v in query.items()}
    return urlencode(pairs, safe=",")


_INTEGER_TEXT: Final = re.compile(r"[+-]?[0-9]+")
_NUMBER_KINDS: Final = frozenset({"int64", "int32", "count"})


def _typed_query(line: str, op: Operation[Any]) -> dict[str, Any]:
    """A query line's parameters as values of their declared kinds (integers parsed from their
    text, ``InvalidRequest`` naming the parameter for text that is not one), others as text."""
    kinds = dict(op.query)
    typed: dict[str, Any] = {}
    for name, text in parse_qsl(line, keep_blank_values=True):
        kind = kinds.get(name)
        if kind in _NUMBER_KINDS:
            items = text.split(",") if name in op.arrays else [text]
            for item in items:
                if _INTEGER_TEXT.fullmatch(item) is None or len(item) > 40:
                    raise errors.InvalidRequest(f"expected an integer, got {item[:40]!r}", name)
            values = [int(item) for item in items]
            typed[name] = values if name in op.arrays else values[0]
        elif kind == "bool" and text in ("true", "false"):
            typed[name] = text == "true"
        elif kind == "number":
            try:
                typed[name] = float(text)
            except ValueError:
                raise errors.InvalidRequest(f"expected a number, got {text[:40]!r}", name) from None
        else:
            typed[name] = text
    return typed


def encode_body(body: Any, op: Operation[Any] | None) -> str:
    """The body line: the operation's request model validated (a model instance or a mapping
    of its JSON form), or any JSON value for endpoints without a REST twin."""
    return "" if body is None else _body_line(body, op)[0]


def _body_line(body: Any, op: Operation[Any] | None) -> tuple[str, Any]:
    """The body line and the JSON value it encodes (validated, never the caller's object)."""
    if op is not None and op.body is not None:
        cls = model_class(op.body)
        if not isinstance(body, cls):
            if not isinstance(body, Mapping):
                raise errors.InvalidRequest(f"the body must be a {cls.__name__} or its JSON object", "body")
            body = cls.from_dict(rt.check_json(body, "body"))
        data = rt.request_json(cls, body)
        rt.check_request(op.body, data)
        return _dumps(data), data
    if _flat_json(body):
        try:
            return _dumps(body), dict(body)
        except ValueError:  # a lone surrogate: check_json names the field
            pass
    data = rt.check_json(body, "body")
    return _dumps(data), data


class SocketRequest(NamedTuple):
    """A validated socket request, as data (the frame is made when it is sent, with its id).

    ``json``: the body's JSON value as validated (``None``: no body); ``body``: its text, the
    body line. Secrets may be in both: never logged or shown (``repr`` hides them)."""

    endpoint: str
    query: str
    body: str
    json: Any
    idempotent: bool

    def __repr__(self) -> str:
        return f"SocketRequest({self.endpoint!r}, <{len(self.query)}+{len(self.body)} chars>)"

    def with_ticket(self, ticket: str) -> SocketRequest | None:
        """The same request carrying a penalty ticket (``None`` if its body is not a JSON object).

        The docs say: the original body plus ``"p-ticket"``. The object the body was validated as
        gets the member (no text is read back); a request without a body gets
        ``{"p-ticket": ...}`` as its body: a socket request has no HTTP method, its body line is
        always there, and the docs name the body as the ticket's place (the REST client puts it
        in the query string of a GET; whether the socket also reads it from the query line is
        UNCONFIRMED, the body is the documented one)."""
        if self.json is None:
            data: dict[str, Any] = {"p-ticket": ticket}
        elif self.json.__class__ is dict:
            data = {**self.json, "p-ticket": ticket}
        else:
            return None
        return self._replace(body=_dumps(data), json=data)


# ``SocketRequest(...)`` without the Python frame of a NamedTuple's ``__new__`` (one per request).
_new_request: Final = functools.partial(tuple.__new__, SocketRequest)
_CHECKED: Final[dict[str, Operation[Any] | None]] = {}  # endpoint names checked, and their operations


def prepare_request(
    endpoint: str,
    query: Mapping[str, Any] | str | None = None,
    body: Any = None,
    idempotent: bool | None = None,
) -> SocketRequest:
    """Validate a request (``InvalidRequest`` before anything is sent, as the REST client's
    checks: typed query parameters, the body's model, integers within int64, the order rules).
    ``idempotent`` defaults to the REST operation's (unknown endpoints count as state-changing:
    their answer lost is ``OutcomeUnknown``)."""
    try:
        op = _CHECKED[endpoint]
    except (KeyError, TypeError):
        op = _check_endpoint(endpoint)
    query_line = "" if query is None else encode_query(query, op)
    body_line, data = ("", None) if body is None else _body_line(body, op)
    if idempotent is None:
        idempotent = op.idempotent if op is not None else False
    return _new_request((endpoint, query_line, body_line, data, idempotent))


def _check_endpoint(endpoint: str) -> Operation[Any] | None:
    """Check an endpoint name (remembered); its operation, if it has one."""
    if not isinstance(endpoint, str):
        raise errors.InvalidRequest("must be a string", "endpoint")
    build_request(endpoint, 0)  # refuses names that would break the framing
    if endpoint.lower() == AUTHORIZE:
        raise errors.InvalidRequest("use authorize()", "endpoint")
    op = operation_for(endpoint)
    if len(_CHECKED) < 4096:
        _CHECKED[endpoint] = op
    return op


_CALLS: Final[dict[tuple[str, bool], SocketCall]] = {}  # (endpoint, idempotent) -> its call
_ONCE_PER_CONNECTION: Final = frozenset({"user/syncrequest"})  # never sent again by the call policy


class SocketCall(NamedTuple):
    """A socket request as the call policy (``tradovate_api.Guards``) sees it: the operation's
    identity for budgets and penalty holds (a REST operation's id, so the same operation sent
    over REST and over a socket shares them; else the endpoint's name, lower case), and the
    answer as an exchange.

    ``idempotent`` here says whether the policy may send the request again after a 5xx or a
    failed connection (read retries): a read may, except ``user/syncrequest``, which is sent
    exactly once per connection (the docs; a second one on the same socket is a violation).
    Whether a lost answer is ``OutcomeUnknown`` is the request's own ``idempotent``."""

    operation_id: str
    idempotent: bool
    rate_limit: RateLimit | None
    endpoint: str

    @classmethod
    def of(cls, request: SocketRequest) -> SocketCall:
        key = (request.endpoint, request.idempotent)
        call = _CALLS.get(key)
        if call is None:
            endpoint = request.endpoint
            op = _CHECKED[endpoint] if endpoint in _CHECKED else operation_for(endpoint)
            again = request.idempotent and endpoint.lower() not in _ONCE_PER_CONNECTION
            if op is not None:
                call = cls(op.operation_id, again, op.rate_limit, endpoint)
            else:
                call = cls(endpoint.lower(), again, None, endpoint)
            if len(_CALLS) < 4096:
                _CALLS[key] = call
        return call

    def response(self, answer: Response) -> ApiResponse[Response]:
        """The answer as an exchange: its status, the typed refusal (a penalty ticket included)
        in ``error``, and the answer itself in ``parsed`` (what the connection returns)."""
        error = answer.error
        return ApiResponse(
            status_code=answer.status,
            content=b"",
            headers={},
            parsed=answer,
            error=None if error is None else error.exception(self.endpoint, answer.idempotent),
        )


# The same bytes as ``rt.dumps`` (standard library, compact, no NaN), without building a new
# encoder per call.
_ENCODER: Final = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _dumps(value: Any) -> str:
    text: str = _ENCODER.encode(value)
    if not text.isascii():
        text.encode()  # UnicodeEncodeError (a ValueError) for a lone surrogate
    return text


def _flat_json(body: Any) -> bool:
    """Whether ``body`` is a JSON object of plain scalars (the common request; no deep check needed)."""
    if body.__class__ is not dict:
        return False
    for k, v in body.items():
        if k.__class__ is not str:
            return False
        c = v.__class__
        if (
            c is str
            or c is bool
            or v is None
            or (c is float and math.isfinite(v))
            or (c is int and _INT64 <= v < -_INT64)
        ):
            continue
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Outcomes: a response -> the caller's result or typed error


def outcome(response: Response, endpoint: str | None = None) -> Any:
    """The result of a response, as the REST client returns it: the operation's model (or list)
    when the endpoint is a REST operation, else ``data`` as parsed. Raises the typed error of a
    refusal (``ApiError`` by status, ``PenaltyTicket``, ``OperationFailed``/``OrderRejected``, ...;
    ``OutcomeUnknown`` for a 5xx or an unreadable answer of a state-changing request)."""
    endpoint = endpoint or response.endpoint or "?"
    op = operation_for(endpoint)
    if response.error is not None:
        if op is not None and response.error.kind == "refused" and op.failure is not None and op.result is not None:
            check_failure(op, op.failure, model_class(op.result), response.data)
        exc = response.error.exception(endpoint, response.idempotent)
        if isinstance(exc, errors.PenaltyTicket) and exc.captcha and not isinstance(exc, errors.CaptchaRequired):
            exc = errors.CaptchaRequired(exc.operation, exc.ticket, exc.time)  # only a person can lift it
        raise exc
    if op is None or op.result is None:
        return response.data
    try:
        cls = model_class(op.result)
        if op.failure is not None:
            check_failure(op, op.failure, cls, response.data)
        if op.many:
            if not isinstance(response.data, list):
                raise errors.DecodeError(f"{endpoint}: expected a JSON array, got {rt.json_type(response.data)}")
            return [cls.from_dict(item) for item in response.data]
        return cls.from_dict(response.data)
    except errors.DecodeError as exc:
        if response.idempotent:
            raise
        raise errors.OutcomeUnknown(endpoint, f"unreadable answer: {exc}") from None


# ---------------------------------------------------------------------------------------------
# Redaction for logs


def redact_frame(frame: str) -> str:
    """A frame for a log line: ``authorize`` bodies replaced, secret JSON keys (tokens, passwords,
    penalty tickets, ...) and secret query parameters redacted, long frames shortened."""
    if frame in (HEARTBEAT, "o", "h"):
        return frame
    if frame[:1] in ("a", "c") and frame[1:2] == "[":
        try:
            text = frame[:1] + rt.dumps(rt.redact(rt.loads(frame[1:], "frame"))).decode()
        except errors.DecodeError:
            text = frame[:1] + "<unreadable JSON>"
        return _shorten(text)
    parts = frame.split("\n", 3)
    if len(parts) != 4:
        return _shorten(frame) if not frame.lower().startswith(AUTHORIZE) else "authorize <redacted>"
    endpoint, rid, query, body = parts
    if endpoint.lower() == AUTHORIZE:
        return f"{endpoint}\n{rid}\n\n<redacted>"
    if query:
        query = "&".join(
            (p.split("=", 1)[0] + "=<redacted>") if rt.is_secret_key(p.split("=", 1)[0]) else p
            for p in query.split("&")
        )
    if body:
        try:
            body = rt.dumps(rt.redact(rt.loads(body, "body"))).decode()
        except errors.DecodeError:
            body = "<unreadable JSON>"
    return _shorten(f"{endpoint}\n{rid}\n{query}\n{body}")


def _shorten(text: str, limit: int = 2000) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} chars)"
