"""One operation, end to end: validate, encode, send, and turn the answer into a result or error.

Every method of the client object comes here (through :mod:`._resource`), so the rules hold for
all 350 operations:

- the request is validated before anything is sent (types, finite numbers, known enum members,
  the order rules of :mod:`._rules`); its bytes come from the standard library's encoder;
- nothing is retried here, ever: a state-changing call (every ``POST`` not marked idempotent
  in the spec) whose answer is lost is :class:`~.errors.OutcomeUnknown`;
- a ``200`` carrying a penalty ticket is :class:`~.errors.PenaltyTicket`, one carrying a refusal
  (the schema's ``x-failure``) the matching :class:`~.errors.OperationFailed`;
- every failure is one of :mod:`.errors`.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final, Generic, NamedTuple, ParamSpec, TypeVar

from . import drift, errors
from ._transport import WireRequest, WireResponse
from .types import Response, Unset

if TYPE_CHECKING:
    from types import ModuleType

T = TypeVar("T")
P = ParamSpec("P")

_MAX_ITEMS: Final = 10_000  # ids in one comma-joined query parameter


# The codec (and msgspec behind it) and the request rules load with the first request, not with
# the client: ``_loaded or _load()`` in the functions below (a global read once loaded; an
# ``import`` statement in a function costs a call into importlib on every call).
_loaded: ModuleType | None = None
_rules_check: Callable[[str, Any], None]


def _load() -> ModuleType:
    global _loaded, _rules_check  # set once, on the first request
    from . import _codec as codec  # noqa: PLC0415
    from . import _rules  # noqa: PLC0415

    _rules_check = _rules.check_request
    _loaded = codec
    return codec


_BARE_MAX: Final = 4096  # requests without parameters or body remembered (the API has some 350)
_bare: dict[int, tuple[Operation[Any], WireRequest]] = {}


def _bare_request(op: Operation[Any]) -> WireRequest:
    """The request of ``op`` without parameters or body: one immutable value per operation."""
    known = _bare.get(id(op))
    if known is not None and known[0] is op:
        return known[1]
    request = WireRequest(op.operation_id, op.method, op.path, None, None, op.auth, op.idempotent)
    if len(_bare) < _BARE_MAX:
        _bare[id(op)] = (op, request)  # the operation kept alive: its id cannot be reused
    return request


class Failure(NamedTuple):
    """Which fields of a 200 body mean the operation was refused (the schema's ``x-failure``)."""

    when: str
    reason: str | None
    text: str | None
    error: str  # OperationFailed, AuthenticationFailed or OrderRejected


class RateLimit(NamedTuple):
    """The endpoint-level limit of an operation (the spec's ``x-rate-limit``), per IP address.

    Beyond ``per_hour`` requests in a rolling hour the server answers with a penalty ticket
    instead of the result; ``backoff_seconds`` is the wait it asks for. ``counts_successes``
    False: only refused requests count against the limit.
    """

    per_hour: int
    backoff_seconds: float
    counts_successes: bool


class Operation(NamedTuple, Generic[T]):
    """One REST operation of the spec, as the client sends it (``T``: what it returns)."""

    operation_id: str
    method: str
    path: str
    namespace: str
    name: str  # the method's name in its namespace
    idempotent: bool
    auth: bool = True
    body: str | None = None  # model class name of the request body
    result: str | None = None  # model class name of the result (of each item if ``many``)
    many: bool = False
    failure: Failure | None = None
    arrays: tuple[str, ...] = ()  # query parameters that take a list (sent comma-joined)
    rate_limit: RateLimit | None = None  # the spec's x-rate-limit, if it has one
    query: tuple[tuple[str, str], ...] = ()  # query parameter -> kind (see QUERY_KINDS)

    def request(self, params: Mapping[str, Any] | None, body: Any) -> WireRequest:
        """The validated request (raises InvalidRequest before anything is sent)."""
        if not params and body is None and self.body is None:
            return _bare_request(self)  # the same immutable request every time: made once
        query = None
        if params:
            kinds = self.query
            query = {
                k: query_value(k, v, k in self.arrays, next((kind for n, kind in kinds if n == k), None))
                for k, v in params.items()
                if not isinstance(v, Unset)
            }
        payload = data = None
        if self.body is not None:
            codec = _loaded or _load()
            data = codec.request_json(model_class(self.body), body)
            _rules_check(self.body, data)
            payload = codec.dumps(data)
        return WireRequest(
            operation_id=self.operation_id,
            method=self.method,
            path=self.path,
            query=query or None,
            body=payload,
            auth=self.auth,
            idempotent=self.idempotent,
            json=data,
        )

    def response(self, wire: WireResponse) -> Response[Any]:
        """The HTTP exchange with ``parsed`` or ``error`` set."""
        parsed: Any = None
        error: errors.TradovateError | None = None
        if wire.status != 200:
            error = errors.from_status(self.operation_id, wire.status, wire.content, self.idempotent)
        else:
            try:
                parsed = self.parse(wire.content)
            except errors.DecodeError as exc:
                error = (
                    exc if self.idempotent else errors.OutcomeUnknown(self.operation_id, f"unreadable answer: {exc}")
                )
            except (errors.PenaltyTicket, errors.OperationFailed, errors.OutcomeUnknown, errors.SpecDriftError) as exc:
                error = exc
        return Response(status_code=wire.status, content=wire.content, headers=wire.headers, parsed=parsed, error=error)

    def parse(self, content: bytes) -> Any:
        codec = _loaded or _load()
        data: Any = None
        failure = self.failure
        if (
            b'"p-ticket"' in content
            or b'"failure' in content
            or b'"errorText"' in content
            or b"\\u" in content
            or (failure is not None and f'"{failure.when}"'.encode() in content)
        ):
            # Parsed before decoding whenever the body may hold a ticket or a refusal, spelled
            # plainly or with a ``\u`` escape in a key (which no byte search can rule out); a
            # refusal is checked on the JSON itself: it may lack fields a result must have.
            data = codec.loads(content, self.operation_id)
            if data.__class__ is dict:
                if "p-ticket" in data:
                    raise errors.PenaltyTicket.from_body(self.operation_id, data)
                check_refusal(self, data)
        elif self.result is not None and content.lstrip()[:1] == b'"':
            data = codec.loads(content, self.operation_id)
            if isinstance(data, str):  # words instead of a result ("Access is denied")
                words = errors.server_text(data)
                if self.idempotent:
                    raise errors.DecodeError(f"{self.operation_id}: text instead of a result: {words}")
                raise errors.OutcomeUnknown(self.operation_id, "answered with text instead of a result", 200, words)
        if self.result is None:
            return None
        cls = model_class(self.result)
        if self.many:
            return codec.decode_json_list(cls, content)
        value = codec.decode_json(cls, content)
        if not self.idempotent:
            check_accepted(self, value)
        return value


#: The refusal any operation may meet, whatever its schema declares (``errorText`` as ``auth.me``
#: sends it; ``failureReason``/``failureText`` as order commands send them).
_GENERIC_FAILURES: Final = (
    Failure("errorText", None, "errorText", "OperationFailed"),
    Failure("failureReason", "failureReason", "failureText", "OperationFailed"),
)
#: The id that proves a state-changing call was accepted, when its result has such a field.
_ACCEPTED_IDS: Final = ("order_id", "command_id")


def check_refusal(op: Operation[Any], data: dict[str, Any]) -> None:
    """Raise the operation's refusal error if ``data`` is a refusal (declared or generic)."""
    cls = model_class(op.result) if op.result is not None and not op.many else None
    if op.failure is not None and cls is not None:
        check_failure(op, op.failure, cls, data)
    error = op.failure.error if op.failure is not None else "OperationFailed"
    for generic in _GENERIC_FAILURES:
        if op.failure is not None and op.failure.when == generic.when and cls is not None:
            continue  # checked above, with the result decoded
        flag = data.get(generic.when)
        if isinstance(flag, str) and flag and flag != "Success":
            reason = data.get(generic.reason) if generic.reason else None
            text = data.get(generic.text) if generic.text else None
            raise getattr(errors, error)(
                op.operation_id,
                errors.redact_words(reason) if isinstance(reason, str) and generic.reason != generic.text else None,
                errors.redact_words(text) if isinstance(text, str) else None,
            )


def check_accepted(op: Operation[Any], value: Any) -> None:
    """OutcomeUnknown when a state-changing call's answer is neither a refusal nor carries the id
    of what it created (``{}``): the order may exist, so it is never reported as a success."""
    for name in _ACCEPTED_IDS:
        if name in getattr(value.__class__, "__slots__", ()) or hasattr(value.__class__, name):
            found = getattr(value, name, None)
            what = name.replace("_", " ")
            if found is None or isinstance(found, Unset):
                raise errors.OutcomeUnknown(op.operation_id, f"accepted answer without {what}")
            if found.__class__ is not int or found <= 0:  # drift kept a "9", or a 0
                raise errors.OutcomeUnknown(op.operation_id, f"accepted answer with an unusable {what}")
            return


class SocketEndpoint(NamedTuple):
    """An endpoint only the WebSocket API has (the spec's ``x-websocket.endpoints``).

    REST operations are also sent over the user socket under their path; they are not repeated
    here. ``request`` and ``response`` are model class names (the JSON body of the request frame,
    and the ``d`` of a 200 answer); ``failure`` says how a refusal in that ``d`` is recognised.
    """

    endpoint: str  # as sent in a request frame: ``md/getChart``
    sockets: tuple[str, ...]  # which sockets serve it: user, md, replay
    request: str | None
    response: str | None
    failure: Failure | None = None


class SocketEventData(NamedTuple):
    """The data of a pushed event (the spec's ``x-websocket.events``): ``e`` -> model of ``d``."""

    event: str
    model: str
    json_text: bool = False  # ``d`` is a JSON text holding the object (``clock``), not the object


def check_failure(op: Operation[Any], failure: Failure, cls: type[Any], data: Any) -> None:
    if data.__class__ is not dict:
        return
    flag = data.get(failure.when)
    if flag is None or flag == "" or flag == "Success" or flag is False:
        return
    reason = data.get(failure.reason) if failure.reason else None
    text = data.get(failure.text) if failure.text else None
    if failure.when not in (failure.reason, failure.text) and isinstance(flag, str):
        text = text or flag
    try:
        with drift.refusal():  # a refusal lacks the result's required fields: no drift
            value = cls.from_dict(data)
    except errors.TradovateError:  # strict drift mode: the refusal matters more
        value = None
    error: type[errors.OperationFailed] = getattr(errors, failure.error)
    raise error(  # the words get the redaction an error status's text gets
        op.operation_id,
        errors.redact_words(reason) if isinstance(reason, str) else None,
        errors.redact_words(text) if isinstance(text, str) else None,
        value,
    )


#: The kinds of query parameter an operation declares (``Operation.query``), from the spec's
#: schema: integers by format (``count``: ``minimum: 0``), text, numbers, booleans.
QUERY_KINDS: Final = {
    "int64": (-(2**63), 2**63 - 1),
    "int32": (-(2**31), 2**31 - 1),
    "count": (0, 2**31 - 1),
    "str": None,
    "number": None,
    "bool": None,
}


def _check_kind(name: str, value: Any, kind: str) -> None:
    """InvalidRequest (naming the parameter) unless ``value`` is of the declared kind."""
    if kind == "str":
        ok = isinstance(value, str)
    elif kind == "bool":
        ok = isinstance(value, bool)
    elif kind == "number":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    else:
        bounds = QUERY_KINDS[kind]
        if isinstance(value, bool) or not isinstance(value, int):
            raise errors.InvalidRequest(f"expected an integer, got {type(value).__name__}", name)
        assert bounds is not None
        if not bounds[0] <= value <= bounds[1]:
            what = "a non-negative integer" if kind == "count" else f"an integer within {kind}"
            raise errors.InvalidRequest(f"must be {what} (at most {bounds[1]})", name)
        return
    if not ok:
        expected = {"str": "text", "bool": "true or false", "number": "a number"}[kind]
        raise errors.InvalidRequest(f"expected {expected}, got {type(value).__name__}", name)


def query_value(name: str, value: Any, array: bool = False, kind: str | None = None) -> str:
    """One query parameter's text: scalars as JSON writes them, arrays comma-joined. ``kind``:
    the parameter's declared kind (of each item for an array), checked first (QUERY_KINDS)."""
    if value.__class__ is int and kind is not None:  # the common case: an id
        bounds = QUERY_KINDS.get(kind)
        if bounds is not None and bounds[0] <= value <= bounds[1]:
            return str(value)
    codec = _loaded or _load()
    if array:
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise errors.InvalidRequest(f"expected a list, got {type(value).__name__}", name)
        if not value:
            raise errors.InvalidRequest("needs at least one value", name)
        if len(value) > _MAX_ITEMS:
            raise errors.InvalidRequest(f"at most {_MAX_ITEMS} values", name)
        return ",".join(query_value(name, v, False, kind) for v in value)
    if kind is not None:
        _check_kind(name, value, kind)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(codec.check_int64(int(value), name))
    if isinstance(value, str):
        return codec.STR.check(value, name)  # type: ignore[no-any-return]
    if isinstance(value, float):
        return repr(codec.NUMBER.check(value, name))
    raise errors.InvalidRequest(f"expected a number or text, got {type(value).__name__}", name)


_models: dict[str, type[Any]] = {}


def model_class(name: str) -> type[Any]:
    """A model class by name (models load on first use, so importing the client stays cheap)."""
    cls = _models.get(name)
    if cls is None:
        models = importlib.import_module(".models", __package__)
        cls = _models[name] = getattr(models, name)
    return cls


# ---------------------------------------------------------------------------------------------
# Raw responses: ``client.raw(client.orders.place, body)`` returns the exchange, not the result

_capture: ContextVar[list[Response[Any]] | None] = ContextVar("tradovate_api_capture", default=None)


def finish(response: Response[T]) -> T:
    """The result of an exchange, or its typed error (recorded first when raw access is on)."""
    captured = _capture.get()
    if captured is not None:
        captured.append(response)
    if response.error is not None:
        raise response.error
    return response.parsed  # type: ignore[return-value]


def raw(method: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
    """Call a client method and return its HTTP exchange (status, headers, bytes, parsed result
    or typed error) instead of the result. Errors raised before an answer arrived (invalid
    request, not sent, connection lost) are raised as usual."""
    captured: list[Response[Any]] = []
    token = _capture.set(captured)
    try:
        method(*args, **kwargs)
    except errors.TradovateError:
        if not captured:
            raise
    finally:
        _capture.reset(token)
    return captured[-1]


async def araw(method: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
    """:func:`raw` for the async client: ``await client.raw(client.orders.place, body)``."""
    captured: list[Response[Any]] = []
    token = _capture.set(captured)
    try:
        await method(*args, **kwargs)
    except errors.TradovateError:
        if not captured:
            raise
    finally:
        _capture.reset(token)
    return captured[-1]
