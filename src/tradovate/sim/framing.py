"""The server side of the socket framing (no I/O).

Server → client text frames: ``o`` (open), ``h`` (heartbeat), ``a[...]`` (one or more messages),
``c[code,"reason"]`` (close). Client → server: ``[]`` (heartbeat) or a request
``endpoint\\nid\\nquery\\nbody``. Parsing is lenient where deployed clients are: missing trailing
fields, a body of ``undefined``, a JSON-quoted token.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import parse_qsl

from .store import dumps

__all__ = ["HEARTBEAT", "OPEN", "Request", "array", "close", "parse", "response"]

OPEN: Final = "o"
HEARTBEAT: Final = "h"


@dataclass(frozen=True)
class Request:
    endpoint: str
    id: int
    query: str
    body: str

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def token(self) -> str:
        """The body of ``authorize``: a raw token, or a JSON-quoted one."""
        text = self.body.strip()
        if text.startswith('"'):
            try:
                value = json.loads(text)
            except ValueError:
                return text
            return value if isinstance(value, str) else text
        return text


def parse(text: str) -> Request | None:
    """A client frame: ``None`` for a heartbeat; ``ValueError`` for anything that is not a request."""
    if text.strip() == "[]":
        return None
    parts = text.split("\n", 3)
    if len(parts) < 2:
        raise ValueError("not a request frame")
    parts += [""] * (4 - len(parts))
    endpoint, rid, query, body = parts
    rid = rid.strip()
    if not rid.isascii() or not rid.isdigit():
        raise ValueError("the request id is not an integer")
    if query == "undefined":
        query = ""
    return Request(endpoint.strip(), int(rid), query.strip(), body)


def array(messages: Iterable[bytes]) -> str:
    """One ``a[...]`` frame of already encoded message objects."""
    return "a[" + b",".join(messages).decode() + "]"


def response(request_id: int, status: int, data: Any = None) -> bytes:
    """One response object: ``{"s":200,"i":7,"d":...}`` (no ``d`` when ``data`` is None)."""
    message: dict[str, Any] = {"s": status, "i": request_id}
    if data is not None:
        message["d"] = data
    return dumps(message)


def close(code: int, reason: str) -> str:
    return "c" + json.dumps([code, reason], separators=(",", ":"))
