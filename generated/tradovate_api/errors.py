"""Every way a call can fail, as one exception hierarchy.

::

    ``TradovateError``
    ├── ``InvalidRequest``      the arguments are wrong; nothing was sent (also a ``ValueError``)
    │   ├── ``NotAuthenticated``    the operation needs a token and the client has none
    │   └── ``BackendUnavailable``  the HTTP backend asked for is not installed or not usable here
    ├── ``InsecureConfiguration`` a setting would weaken TLS or send credentials in clear (also a ``ValueError``)
    ├── ``RequestNotSent``      the request never reached the server; safe to send again
    ├── ``TransportError``      a read-only call lost its connection while waiting for the answer
    │   ├── ``DeadlineExceeded``    ...or ran past the call's total deadline (``DecodeTimeout``: decoding did)
    │   └── ``ResponseTooLarge``    ...or its answer was larger than ``max_response_bytes``
    ├── ``OutcomeUnknown``      a state-changing call may have been executed, but its result is unknown
    ├── ``PenaltyTicket``       the server rate-limited the call (HTTP 200 with ``p-ticket``); not executed
    │   └── ``CaptchaRequired``     ...and only a person can lift it (``p-captcha``): stop, tell the operator
    ├── ``CallRefused``         the client's guards refused the call without sending it (see ``_guards``)
    │   ├── ``BreakerOpen``         a 429/423 answer stopped all calls until ``closes_at``
    │   └── ``BudgetExhausted``     the operation's hourly budget (the spec's ``x-rate-limit``) is spent
    ├── ``OperationFailed``     the server answered 200 but refused the operation (``errorText``, ``failureReason``)
    │   ├── ``AuthenticationFailed``  a login or token renewal was refused
    │   └── ``OrderRejected``         an order command was refused
    ├── ``DecodeError``         a response is not the JSON shape the operation returns (also a ``ValueError``)
    ├── ``SpecDriftError``      strict decoding met data the spec does not describe (see ``drift``)
    └── ``ApiError``            the server answered with an error status
        ├── ``BadRequest`` (400), ``Unauthorized`` (401), ``Forbidden`` (403), ``NotFound`` (404)
        ├── ``LockoutWarning`` (423: the next failures lock the user out), ``RateLimited`` (429)
        ├── ``ServerError`` (5xx; for state-changing calls ``OutcomeUnknown`` is raised instead)
        └── ``UnexpectedStatus`` (anything else)

Messages never contain request bodies, header values or tokens. An error status keeps the
server's words: ``ApiError.text`` (and ``OutcomeUnknown.text`` for a 5xx to a state-changing
call) is the explanation the answer carried (``errorText``, ``message``, ... of a JSON body, or a
plain-text body), redacted by :func:`server_text` (values under credential-named keys, bearer
tokens, ``key=value`` secrets and long opaque tokens are replaced; control characters dropped;
at most ``MAX_TEXT`` characters), and it ends the message: ``BadRequest: orderItem: HTTP 400:
Invalid query parameter 'id'``. The raw body is on ``content``, left out of every repr.
"""

from __future__ import annotations

import datetime
import html
import json
import re
from contextvars import ContextVar, Token
from typing import Any, Final


class TradovateError(Exception):
    """Base class of every error this package raises."""


class InvalidRequest(TradovateError, ValueError):
    """The call's arguments are invalid; nothing was sent.

    ``field`` names the offending argument or body field (JSON name, dotted for nested fields:
    ``bracket1.price``) when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{field}: {message}" if field else message)


class NotAuthenticated(InvalidRequest):
    """The operation needs an access token and the client has none (log in first)."""


class InsecureConfiguration(TradovateError, ValueError):
    """A client setting would switch TLS verification off or send credentials in clear text."""


class BackendUnavailable(InvalidRequest):
    """The HTTP backend asked for (``backend="aiohttp"``) is not installed, or this client
    cannot use it (the sync client runs on httpx only). Nothing was sent."""


class RequestNotSent(TradovateError):
    """The request failed before reaching the server (connection refused, DNS, pool timeout)."""

    def __init__(self, operation: str, cause: BaseException | str) -> None:
        self.operation = operation
        why = cause if isinstance(cause, str) else type(cause).__name__
        super().__init__(f"{operation}: request not sent ({why})")


class WrongEventLoop(RequestNotSent):
    """An async client was used on another event loop than the one its connections were made on
    (a second ``asyncio.run()``, another thread's loop). Nothing was sent: make one client per loop."""

    def __init__(self, operation: str, cause: BaseException | str | None = None) -> None:
        self.operation = operation
        TradovateError.__init__(
            self,
            f"{operation}: this client is bound to another event loop; nothing sent (make one client per event loop)",
        )


class TransportError(TradovateError):
    """A read-only call lost its connection after sending; sending it again is safe."""

    def __init__(self, operation: str, cause: BaseException | str) -> None:
        self.operation = operation
        why = cause if isinstance(cause, str) else type(cause).__name__
        super().__init__(f"{operation}: connection failed after sending ({why})")


class DeadlineExceeded(TransportError):
    """A read-only call did not complete within its total deadline (see ``deadline``)."""


class ResponseTooLarge(TransportError):
    """A read-only call's answer is larger than the client accepts (``max_response_bytes``,
    decompressed bytes counted); it was not read further. Not retried: it would be as large."""

    def __init__(self, operation: str, limit: int | BaseException | str) -> None:
        self.operation = operation
        self.limit = limit if isinstance(limit, int) else None
        size = f"{self.limit} bytes" if self.limit is not None else "the size limit"
        TradovateError.__init__(self, f"{operation}: answer larger than {size} (not read)")


class OutcomeUnknown(TradovateError):
    """A state-changing call (an order, a cancel, a cash adjustment, ...) may have been executed.

    The request may have reached the server but no usable answer came back (connection lost,
    deadline passed, server error, unreadable answer). It is never retried automatically: look
    the state up (orders by ``clOrdId``, positions, the user sync) before deciding.
    """

    def __init__(self, operation: str, reason: str, status_code: int | None = None, text: str | None = None) -> None:
        self.operation = operation
        self.reason = reason
        self.status_code = status_code  # the HTTP status, when an error status made it unknown
        self.text = text  # the server's explanation with it (redacted, see server_text)
        said = f": {text}" if text else ""
        super().__init__(f"{operation}: outcome unknown: {reason}{said}")


#: The longest ``p-time`` taken as the server's word (seconds). A p-time that is not a finite
#: number of seconds in ``[0, MAX_PENALTY_SECONDS]`` (text, null, NaN, negative, ``1e308``) is not
#: waited for: the call is not resent, and the operation is held locally this long instead.
#: Independently, an automatic wait never runs past the call's deadline (``_guards``).
MAX_PENALTY_SECONDS: Final = 3600.0


class PenaltyTicket(TradovateError):
    """The server rate-limited the call and did not execute it.

    Wait ``time`` seconds, then send the same request again with the ticket added to its body
    (``p-ticket``). If ``captcha`` is true, an application cannot continue: the user must wait
    (about an hour) or log in interactively. The ticket is never shown in the message or repr.
    ``stated`` is the server's ``p-time`` as sent when it was not a usable number of seconds
    (``time`` is then :data:`MAX_PENALTY_SECONDS` and the client never resends on its own).
    """

    def __init__(self, operation: str, ticket: str, time: float, captcha: bool, stated: str | None = None) -> None:
        self.operation = operation
        self.ticket = ticket
        self.time = time
        self.captcha = captcha
        self.stated = stated
        extra = ", captcha required" if captcha else ""
        if stated is None:
            super().__init__(f"{operation}: rate limited; retry after {time:g}s with the penalty ticket{extra}")
        else:
            super().__init__(
                f"{operation}: rate limited; the server's p-time {stated} is not a usable number of seconds"
                f" (not resent automatically; assume {time:g}s){extra}"
            )

    @property
    def resendable(self) -> bool:
        """Whether ``time`` is the server's own sane wait (the call may be resent after it)."""
        return self.stated is None

    def __repr__(self) -> str:
        return f"PenaltyTicket(operation={self.operation!r}, time={self.time!r}, captcha={self.captcha!r})"

    @classmethod
    def from_body(cls, operation: str, body: dict[str, Any]) -> PenaltyTicket:
        raw_time = body.get("p-time")
        ticket = body.get("p-ticket")
        ticket = ticket if isinstance(ticket, str) else ""
        captcha = body.get("p-captcha") is True
        if (
            isinstance(raw_time, int | float)
            and not isinstance(raw_time, bool)
            and 0 <= raw_time <= MAX_PENALTY_SECONDS  # False for NaN
        ):
            return cls(operation, ticket, float(raw_time), captcha)
        stated = server_text(_stated(raw_time)) or "(empty)"
        return cls(operation, ticket, MAX_PENALTY_SECONDS, captcha, stated)


def _stated(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        return f"{'-' if value < 0 else ''}an integer of {len(str(abs(value)))} digits"
    return "absent" if value is None else repr(value)[:40]


class OperationFailed(TradovateError):
    """The server answered HTTP 200 with a refusal instead of a result.

    ``reason`` is the machine-readable code when the server sent one (``failureReason``,
    ``errorCode``), ``text`` its explanation (``failureText``, ``errorText``); ``result`` is the
    decoded body, for fields such as an order id that come with the refusal.
    """

    def __init__(self, operation: str, reason: str | None, text: str | None, result: Any = None) -> None:
        self.operation = operation
        self.reason = reason if reason is None else forget_secrets(reason)
        self.text = text if text is None else forget_secrets(text)
        reason, text = self.reason, self.text
        self.result = result
        parts = [p for p in (reason, text) if p]
        super().__init__(f"{operation}: refused: {': '.join(parts) or 'no reason given'}")


class AuthenticationFailed(OperationFailed):
    """A login, OAuth exchange or token renewal was refused (bad credentials, expired token, ...)."""


class OrderRejected(OperationFailed):
    """An order command (place, modify, cancel, OSO/OCO, liquidate) was refused by the server."""


class DecodeError(TradovateError, ValueError):
    """A response is not the JSON shape the operation returns."""


class DecodeTimeout(DeadlineExceeded, DecodeError):
    """Decoding an answer ran past the call's deadline (a huge list of objects the spec does not
    describe, or a slow decoder): stopped there. A ``DeadlineExceeded`` and a ``DecodeError``; a
    state-changing call raises ``OutcomeUnknown`` instead."""

    def __init__(self, operation: str, cause: BaseException | str | None = None) -> None:
        self.operation = operation
        TradovateError.__init__(self, f"{operation}: decoding ran past the call's deadline")


class SpecDriftError(TradovateError):
    """Strict decoding met data the spec does not describe."""

    def __init__(self, model: str, field: str, kind: str, detail: str) -> None:
        self.model = model
        self.field = field
        self.kind = kind
        self.detail = detail
        super().__init__(f"{model}.{field}: {kind} ({detail})")


MAX_TEXT: Final = 300  # characters of the server's explanation kept in an error
# Keys of a JSON error body that carry its explanation, in order of preference.
_TEXT_KEYS: Final = ("errorText", "failureText", "error_description", "message", "error", "text", "reason", "detail")
_SECRET_NAME: Final = (
    r"(?:access[_-]?token|md[_-]?access[_-]?token|token|password|passwd|secret|sec|api[_-]?key|apikey"
    r"|authorization|cookie|p-ticket|ticket|jwt|cid)"
)
_SECRET_PAIR = re.compile(rf"(?i)(\b{_SECRET_NAME}\b\s*[\"']?\s*[=:]\s*[\"']?)([^\s\"',;&}}]+)")
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[^\s\"',;]+")
_OPAQUE = re.compile(r"[A-Za-z0-9_\-+/=.]{24,}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def _opaque(match: re.Match[str]) -> str:
    word = match.group(0)
    mixed = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    return "<redacted>" if mixed else word


#: The exact credentials of the call running in this task (the client's current token): removed
#: from every server text an error keeps, however short or plain they are.
_known_secrets: ContextVar[tuple[str, ...]] = ContextVar("tradovate_api_known_secrets", default=())
_MIN_SECRET: Final = 4  # a shorter "secret" would blank ordinary words out of the server's text


def known_secrets(*secrets: str | None) -> Token[tuple[str, ...]]:
    """Mark ``secrets`` as never to be shown in errors made in this context; returns the token
    for ``_known_secrets.reset``."""
    return _known_secrets.set(tuple(s for s in secrets if isinstance(s, str) and len(s) >= _MIN_SECRET))


def forget_secrets(text: str) -> str:
    """``text`` with every known secret of this context replaced by ``<redacted>``."""
    for secret in _known_secrets.get():
        if secret in text:
            text = text.replace(secret, "<redacted>")
    return text


def _redact_text(text: str) -> str:
    text = forget_secrets(_CONTROL.sub(" ", text).strip())
    text = _BEARER.sub(lambda m: f"{m.group(1)} <redacted>", text)
    text = _SECRET_PAIR.sub(lambda m: f"{m.group(1)}<redacted>", text)
    text = _OPAQUE.sub(_opaque, text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 3] + "..."


def redact_words(text: str) -> str:
    """A server's words as an error keeps them: what could be a credential redacted (the same
    rule as an error status's text), control characters blanked, the length capped."""
    return _redact_text(text)


def server_text(content: bytes | str | None) -> str | None:
    """The explanation in an error answer's body, fit for a message: the text field of a JSON
    object (``errorText``, ``message``, ...) or a plain-text body, redacted of anything that
    could be a credential. None when the body explains nothing."""
    if not content:
        return None
    if isinstance(content, bytes | bytearray | memoryview):
        raw = bytes(content[: MAX_TEXT * 64])
        text = raw.decode("utf-8", "replace")
    else:
        text = str(content)[: MAX_TEXT * 64]
    stripped = text.strip()
    if stripped[:1] in ("{", "[", '"'):
        try:
            data = json.loads(stripped)
        except (ValueError, RecursionError):
            data = None
        if isinstance(data, str):
            stripped = data
        elif isinstance(data, dict):
            found = next((data[k] for k in _TEXT_KEYS if isinstance(data.get(k), str) and data[k].strip()), None)
            if found is None:
                return None  # a JSON object without an explanation: its values may be anything
            stripped = found
        elif data is not None:
            return None
    if stripped[:1] == "<":  # an HTML error page (a gateway's): its title or first heading
        heading = _HTML_HEADING.search(stripped)
        if heading is None:
            return None
        words = " ".join(html.unescape(_HTML_TAG.sub(" ", heading.group("words"))).split())
        return _redact_text(words[:MAX_TEXT]) or None
    return _redact_text(stripped) or None


_HTML_HEADING: Final = re.compile(r"<(title|h1)\b[^>]*>(?P<words>.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG: Final = re.compile(r"<[^>]*>")


class ApiError(TradovateError):
    """The server answered with an error status.

    ``status_code`` is the status, ``text`` the server's explanation (redacted, see
    :func:`server_text`; None if the body gave none), ``content`` the raw body (never printed).
    """

    status_code: int

    def __init__(self, operation: str, status_code: int, content: bytes, text: str | None = None) -> None:
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.text = text if text is not None else server_text(content)
        said = f": {self.text}" if self.text else ""
        super().__init__(f"{operation}: HTTP {status_code}{said}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self.operation!r}, status_code={self.status_code}, text={self.text!r})"
        )


class BadRequest(ApiError):
    """400: the server could not read the request."""


class Unauthorized(ApiError):
    """401: missing, invalid or expired token, or the API key lacks a permission."""


class Forbidden(ApiError):
    """403: the user may not do this."""


class NotFound(ApiError):
    """404: no such entity or operation (check demo vs live)."""


class LockoutWarning(ApiError):
    """423: further failures will lock the user out; stop and wait."""


class RateLimited(ApiError):
    """429: the user is over a rate limit and locked out for a while (about an hour)."""


class ServerError(ApiError):
    """5xx: the server failed."""


class UnexpectedStatus(ApiError):
    """Any other status."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    423: LockoutWarning,
    429: RateLimited,
}


def from_status(operation: str, status_code: int, content: bytes, idempotent: bool) -> TradovateError:
    """The error for a non-200 answer."""
    if status_code >= 500:
        if not idempotent:
            return OutcomeUnknown(operation, f"HTTP {status_code} from the server", status_code, server_text(content))
        return ServerError(operation, status_code, content)
    return _BY_STATUS.get(status_code, UnexpectedStatus)(operation, status_code, content)


class CaptchaRequired(PenaltyTicket):
    """A penalty ticket with ``p-captcha: true``: an application cannot lift it.

    The operation was not executed and is not retried; a person must act (wait about an hour,
    or log in interactively). Until then the client refuses the operation locally.
    """

    def __init__(self, operation: str, ticket: str, time: float, captcha: bool = True) -> None:
        super().__init__(operation, ticket, time, captcha)
        self.args = (
            f"{operation}: rate limited and a captcha is required; operator action needed (wait about an hour)",
        )

    def __repr__(self) -> str:
        return f"CaptchaRequired(operation={self.operation!r}, time={self.time!r})"


class CallRefused(TradovateError):
    """The client refused the call locally; nothing was sent.

    ``retry_after`` is the number of seconds after which the call may be accepted again.
    """

    def __init__(self, operation: str, retry_after: float, message: str) -> None:
        self.operation = operation
        self.retry_after = retry_after
        super().__init__(f"{operation}: {message}; retry after {retry_after:.0f}s")


class BreakerOpen(CallRefused):
    """An earlier answer was 429 (rate limited) or 423 (lockout): every call fails fast until
    ``closes_at`` (a UTC datetime) instead of prolonging the server's lockout."""

    def __init__(self, operation: str, retry_after: float, closes_at: datetime.datetime, status: int) -> None:
        self.closes_at = closes_at
        self.status = status
        super().__init__(operation, retry_after, f"breaker open after HTTP {status}")


class BudgetExhausted(CallRefused):
    """The operation's client-side budget is spent (its ``x-rate-limit`` per hour, or a server
    penalty still running); sending it would only earn a penalty."""

    def __init__(self, operation: str, retry_after: float, reason: str) -> None:
        self.reason = reason
        super().__init__(operation, retry_after, reason)


__all__ = [
    "ApiError",
    "AuthenticationFailed",
    "BackendUnavailable",
    "BadRequest",
    "BreakerOpen",
    "BudgetExhausted",
    "CallRefused",
    "CaptchaRequired",
    "DeadlineExceeded",
    "DecodeError",
    "DecodeTimeout",
    "Forbidden",
    "InsecureConfiguration",
    "InvalidRequest",
    "LockoutWarning",
    "NotAuthenticated",
    "NotFound",
    "OperationFailed",
    "OrderRejected",
    "OutcomeUnknown",
    "PenaltyTicket",
    "RateLimited",
    "RequestNotSent",
    "ResponseTooLarge",
    "ServerError",
    "SpecDriftError",
    "TradovateError",
    "TransportError",
    "Unauthorized",
    "UnexpectedStatus",
    "WrongEventLoop",
    "from_status",
    "redact_words",
    "server_text",
]
