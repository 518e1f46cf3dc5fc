"""The Tradovate socket frame, both directions, without I/O: one module for the client and the simulator.

Server → client text frames: ``o`` (open), ``h`` (heartbeat), ``a[...]`` (a JSON array of
messages), ``c[code,"reason"]`` (close). Client → server: ``[]`` (heartbeat) or a request
``endpoint\\nid\\nquery\\nbody`` (the body may itself contain line breaks; empty fields keep
their separators).

The client writes requests with :func:`build_request` and reads the server's frames through
:func:`frame_kind`, :func:`parse_array` and :func:`parse_close` (the protocol core turns what
they refuse into events). The simulator does the reverse with the same functions.

:func:`parse_request` has two modes. **Strict** (the default) accepts exactly what
:func:`build_request` writes: four fields, a decimal id. **Lenient** (``lenient=True``, what our
simulator serves) also accepts what deployed clients send: missing trailing fields (``authorize``
with no query line, a three-field request), spaces around the id, and a query of ``undefined``
(the official JavaScript examples interpolate an unset variable).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Final, NamedTuple
from urllib.parse import parse_qsl

from tradovate_api import errors

from .errors import ProtocolViolation

__all__ = [
    "CLIENT_HEARTBEAT",
    "HEARTBEAT",
    "OPEN",
    "Request",
    "array",
    "build_request",
    "close",
    "frame_kind",
    "is_heartbeat",
    "parse_array",
    "parse_close",
    "parse_request",
]

OPEN: Final = "o"
HEARTBEAT: Final = "h"
CLIENT_HEARTBEAT: Final = "[]"
_EXCERPT: Final = 80


class Request(NamedTuple):
    """A client request frame's fields (a tuple: ``endpoint, id, query, body = request``)."""

    endpoint: str
    id: int
    query: str
    body: str

    @property
    def params(self) -> dict[str, str]:
        """The query line as a dict (``k=v&k2=v2``)."""
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def token(self) -> str:
        """The body of ``authorize``: a raw token, or a JSON-quoted one (both are sent)."""
        text = self.body.strip()
        if text.startswith('"'):
            try:
                value = json.loads(text)
            except ValueError:
                return text
            return value if isinstance(value, str) else text
        return text


# -- client → server ----------------------------------------------------------------------------


def _check_line(value: str, what: str) -> str:
    if "\n" in value or "\r" in value:
        raise errors.InvalidRequest("may not contain a line break", what)
    return value


def build_request(endpoint: str, request_id: int, query: str = "", body: str = "") -> str:
    """The request frame ``endpoint\\nid\\nquery\\nbody``; ``InvalidRequest`` for fields that
    would break the framing."""
    if not endpoint or endpoint != endpoint.strip():
        raise errors.InvalidRequest("must be a non-empty name without surrounding spaces", "endpoint")
    _check_line(endpoint, "endpoint")
    _check_line(query, "query")
    if isinstance(request_id, bool) or not isinstance(request_id, int) or request_id < 0:
        raise errors.InvalidRequest("must be a non-negative integer", "id")
    return f"{endpoint}\n{request_id}\n{query}\n{body}"


def is_heartbeat(frame: str) -> bool:
    """Whether a client frame is the heartbeat ``[]`` (surrounding spaces tolerated)."""
    return frame.strip() == CLIENT_HEARTBEAT


def parse_request(frame: str, *, lenient: bool = False) -> Request:
    """The fields of a request frame (the inverse of :func:`build_request`; see the module doc
    for the two modes). ``ProtocolViolation`` for a frame that is not a request."""
    parts = frame.split("\n", 3)
    if lenient:
        if len(parts) < 2:
            raise ProtocolViolation("a request frame has at least an endpoint and an id", frame[:_EXCERPT])
        parts += [""] * (4 - len(parts))
        endpoint, rid, query, body = parts
        endpoint, rid, query = endpoint.strip(), rid.strip(), query.strip()
        if query == "undefined":
            query = ""
    else:
        if len(parts) != 4:
            raise ProtocolViolation("a request frame has four newline-separated fields", frame[:_EXCERPT])
        endpoint, rid, query, body = parts
    if not rid.isascii() or not rid.isdigit():
        raise ProtocolViolation("request id is not a non-negative integer", frame[:_EXCERPT])
    return Request(endpoint, int(rid), query, body)


# -- server → client ----------------------------------------------------------------------------


def array(messages: Iterable[bytes]) -> str:
    """One ``a[...]`` frame of already encoded JSON messages."""
    return "a[" + b",".join(messages).decode() + "]"


def close(code: int, reason: str) -> str:
    """The close frame ``c[code,"reason"]``."""
    return "c" + json.dumps([code, reason], separators=(",", ":"), ensure_ascii=False)


def frame_kind(frame: str) -> str:
    """The kind of a server frame: ``"o"``, ``"h"``, ``"a"``, ``"c"``, or ``""`` when it is none
    of them (an ``o``/``h`` with a payload is also ``""``)."""
    kind = frame[:1]
    if kind in ("a", "c"):
        return kind
    if kind in ("o", "h") and len(frame) == 1:
        return kind
    return ""


def parse_array(frame: str, loads: Any = json.loads) -> list[Any]:
    """The messages of an ``a[...]`` frame, parsed by ``loads`` (the caller's JSON parser);
    ``ProtocolViolation`` if the payload is not a JSON array.

    There is no walk to measure the nesting depth (it cost more than the parse on a frame of 50
    props): the parsers refuse absurd nesting themselves (RecursionError, caught here), and
    everything that descends into the data later (``from_dict``, the models) checks depth."""
    try:
        items = loads(frame[1:])
    except Exception:  # every parser has its own error types (and RecursionError)
        raise ProtocolViolation(
            "message frame: not valid JSON", frame[:_EXCERPT]
        ) from None  # same words whatever the parser
    if items.__class__ is not list:
        raise ProtocolViolation("message frame payload is not a JSON array", frame[:_EXCERPT])
    return items


def parse_close(frame: str, loads: Any = json.loads) -> tuple[int | None, str | None, bool]:
    """``(code, reason, well_formed)`` of a close frame. A bare ``c`` is well formed (no code);
    a payload that is not a JSON array gives ``(None, None, False)``; fields of the wrong type
    are ``None``."""
    if len(frame) <= 1:
        return None, None, True
    try:
        payload = loads(frame[1:])
    except Exception:  # every parser has its own error types (and RecursionError)
        return None, None, False
    if not isinstance(payload, list):
        return None, None, False
    code = payload[0] if payload and isinstance(payload[0], int) and not isinstance(payload[0], bool) else None
    reason = payload[1] if len(payload) > 1 and isinstance(payload[1], str) else None
    return code, reason, True
