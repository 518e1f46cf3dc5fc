"""The server side of the socket framing (no I/O): the shared frame module, read leniently.

The frames themselves (``o``, ``h``, ``a[...]``, ``c[code,"reason"]``, requests) are
:mod:`tradovate.realtime.frames`, the module the client uses; the simulator parses requests in
its lenient mode (what deployed clients send: missing trailing fields, a query of
``undefined``, a JSON-quoted token) and adds the one server-only piece, the response object.
"""

from __future__ import annotations

from typing import Any

from tradovate.realtime.frames import HEARTBEAT, OPEN, Request, array, close, is_heartbeat, parse_request

from .store import dumps

__all__ = ["HEARTBEAT", "OPEN", "Request", "array", "close", "parse", "response"]


def parse(text: str) -> Request | None:
    """A client frame: ``None`` for a heartbeat; ``ProtocolViolation`` for anything that is not
    a request."""
    if is_heartbeat(text):
        return None
    return parse_request(text, lenient=True)


def response(request_id: int, status: int, data: Any = None) -> bytes:
    """One response object: ``{"s":200,"i":7,"d":...}`` (no ``d`` when ``data`` is None)."""
    message: dict[str, Any] = {"s": status, "i": request_id}
    if data is not None:
        message["d"] = data
    return dumps(message)
