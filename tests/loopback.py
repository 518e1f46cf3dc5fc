"""Real servers on 127.0.0.1 for tests: :func:`serve`, an HTTP server that records every request
and answers from a route table; :func:`raw_server`, a TCP server whose connections a test serves
byte by byte (trickling, stalling, recording the exact bytes of each request)."""

from __future__ import annotations

import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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


# ---- a raw socket server: for answers http.server cannot give, and the exact bytes received ----


@dataclass
class RawServer:
    """What a :func:`raw_server` saw: its URL, the requests recorded as bytes, the connections."""

    url: str
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0


#: Serves one accepted connection: ``(connection, stop, server)``; ``stop`` is set at shutdown.
Serve = Callable[[socket.socket, threading.Event, RawServer], None]


def read_request(conn: socket.socket, buffer: bytes = b"") -> tuple[bytes, bytes] | None:
    """One whole request (head and body, by its ``Content-Length``) from ``buffer`` and the
    socket, and the bytes read past it; None at the end of the stream."""
    while b"\r\n\r\n" not in buffer:
        more = conn.recv(65536)
        if not more:
            return None
        buffer += more
    head, _, rest = buffer.partition(b"\r\n\r\n")
    match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
    length = int(match.group(1)) if match else 0
    while len(rest) < length:
        more = conn.recv(65536)
        if not more:
            return None
        rest += more
    return head + b"\r\n\r\n" + rest[:length], rest[length:]


@contextmanager
def raw_server(serve: Serve) -> Iterator[RawServer]:
    """A TCP server on 127.0.0.1 (URL ``http://127.0.0.1:<port>/v1``) that hands every accepted
    connection to ``serve`` in a thread of its own; a client hanging up (``OSError``) ends it."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.05)
    server = RawServer(f"http://127.0.0.1:{listener.getsockname()[1]}/v1")
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def handle(conn: socket.socket) -> None:
        with conn, suppress(OSError):  # the client hung up, as some tests want it to
            serve(conn, stop, server)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            server.connections += 1
            thread = threading.Thread(target=handle, args=(conn,), daemon=True)
            threads.append(thread)
            thread.start()

    acceptor = threading.Thread(target=accept, name="loopback-raw", daemon=True)
    acceptor.start()
    try:
        yield server
    finally:
        stop.set()
        acceptor.join(5)
        for thread in threads:
            thread.join(5)
        listener.close()
