"""A real HTTP server on 127.0.0.1 for tests: records every request, answers from a route table."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def params(self) -> dict[str, str]:
        return dict(parse_qsl(self.query, keep_blank_values=True))

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    # "close": drop the connection without answering (after reading the request).
    action: str = ""

    @classmethod
    def json(cls, value: Any, status: int = 200) -> Reply:
        return cls(status=status, body=json.dumps(value).encode())


Route = Reply | Callable[[Recorded], Reply]


@dataclass
class Loopback:
    base_url: str
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    default: Route = field(default_factory=lambda: Reply(404, b'"Not found"'))

    def route(self, method: str, path: str, reply: Route) -> None:
        self.routes[(method.upper(), path.lower())] = reply

    def answer(self, recorded: Recorded) -> Reply:
        self.requests.append(recorded)
        route = self.routes.get((recorded.method, recorded.path.lower()), self.default)
        return route(recorded) if callable(route) else route

    @property
    def last(self) -> Recorded:
        return self.requests[-1]


@contextmanager
def serve(prefix: str = "/v1") -> Iterator[Loopback]:
    """Serve on an ephemeral port; routes are matched on the path below ``prefix``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # small answers leave at once (no 40 ms delayed-ACK stall)

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            path = parts.path[len(prefix) :] if parts.path.startswith(prefix) else parts.path
            recorded = Recorded(
                method=self.command,
                path=path,
                query=parts.query,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=body,
            )
            reply = server.answer(recorded)
            if reply.action == "close":
                self.close_connection = True
                self.connection.shutdown(2)
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = _handle

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a client that timed out and hung up is part of some tests

    httpd = Server(("127.0.0.1", 0), Handler)
    host, port = httpd.server_address[:2]
    server = Loopback(base_url=f"http://{host!s}:{port}{prefix}")
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), name="loopback-http", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
