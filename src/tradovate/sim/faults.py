"""Fault injection: what the simulator does wrong on purpose, on request.

Two kinds of faults:

*Request rules* change how matching requests are answered, over REST and/or the sockets. Each
rule matches an endpoint (``"order/placeorder"``, case-insensitive; ``None`` = every endpoint),
a transport (``"rest"``, ``"ws"`` or ``"any"``), skips its first ``skip`` matches and then applies
``count`` times (``None``: until removed):

========================  =================================================================
``status``                answer HTTP ``status`` (e.g. 429, 500) with an empty body, not executed
``penalty``               answer a penalty ticket (``p-ticket``, ``p-time``, ``p-captcha``), not
                          executed; a retry carrying the ticket after ``p-time`` is served
``lockout``               every request answers 429 for ``seconds`` (from the first match on)
``delay``                 answer ``seconds`` late (executed at once, answered later)
``withhold``              execute, never answer (the socket stays open; REST waits until the
                          client gives up)
``drop``                  close the connection without answering, before executing
``lose_answer``           execute, then close the connection without answering (an order that
                          was placed but whose answer was lost)
``late_execution``        sockets only: close the connection without answering, and execute the
                          request right after the next ``user/syncrequest`` snapshot is sent
                          (a placement the server received and executed after the client's
                          fresh snapshot)
``malformed``             answer with bytes that are not JSON (REST body / socket frame)
``close_after``           execute and answer, then close the socket ``1000 "Bye"`` (what
                          Tradovate does after a protocol violation); sockets only
``refuse_upgrade``        refuse the WebSocket handshake with HTTP ``status`` (401, 403,
                          429, ...) and a short text; a 429 carries ``Retry-After: seconds``
                          (0: none). Its ``endpoint`` is the socket: ``"user"``, ``"md"``,
                          ``"replay"`` or ``None`` for every socket
========================  =================================================================

*Socket actions* act at once on the open sockets (optionally only those of one port kind,
``"user"`` or ``"md"``): :meth:`Faults.drop_connections` (TCP reset), :meth:`Faults.close_silently`
(TCP close without a WebSocket close frame), :meth:`Faults.send_close_frame` (a ``c[code,"reason"]``
frame, then close), :meth:`Faults.send_shutdown` (a ``shutdown`` event, then close),
:meth:`Faults.send_malformed` (a frame no client can parse), :meth:`Faults.stop_heartbeats`,
:meth:`Faults.bye` (kind ``bye``: a WebSocket close ``1000 "Bye"`` after what is queued, on the
user and the md/replay sockets alike — what Tradovate sends on a protocol violation, and what a
client must tell from a close it asked for: the server's normal close is not the end of the day).

The same faults come from a scenario file (``"faults": [{"kind": "status", "endpoint":
"order/placeorder", "status": 429, "count": 1}, {"kind": "shutdown", "after_seconds": 2}]``) and
from the command line (``--fault status:order/placeorder,status=429,count=1``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .ws import Connection

__all__ = ["REQUEST_KINDS", "SOCKET_KINDS", "UPGRADE_KINDS", "Faults", "Rule", "parse_fault"]

REQUEST_KINDS: Final = frozenset(
    {"status", "penalty", "lockout", "delay", "withhold", "drop", "lose_answer", "malformed", "close_after"}
    | {"refuse_upgrade", "late_execution"}
)
UPGRADE_KINDS: Final = frozenset({"refuse_upgrade"})
SOCKET_KINDS: Final = frozenset(
    {
        "drop_connections",
        "close_silently",
        "close_frame",
        "shutdown",
        "malformed_frame",
        "stop_heartbeats",
        "resume_heartbeats",
        "bye",
    }
)


@dataclass
class Rule:
    """One request rule (see the module doc)."""

    kind: str
    endpoint: str | None = None
    transport: str = "any"
    count: int | None = 1
    skip: int = 0
    status: int = 429
    seconds: float = 1.0
    captcha: bool = False
    until: float = 0.0  # lockout: time.time() when it ends (set on first match)
    applied: int = 0

    def matches(self, endpoint: str, transport: str) -> bool:
        if self.transport not in ("any", transport):
            return False
        return self.endpoint is None or self.endpoint == endpoint


@dataclass
class Faults:
    """The fault registry of one simulator (see the module doc). Safe to call from any thread."""

    rules: list[Rule] = field(default_factory=list)
    connections: set[Connection] = field(default_factory=set)
    loop: asyncio.AbstractEventLoop | None = None
    heartbeats: bool = True
    applied: dict[str, int] = field(default_factory=dict)  # kind -> times applied (for reports)
    md_sockets: list[Any] = field(default_factory=list)  # handlers with an async drop() (md_socket.MdSocket)
    late: list[Callable[[], None]] = field(default_factory=list)  # requests held by late_execution
    _md_tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ---------------------------------------------------------------------------------------
    # request rules

    def add(self, kind: str, endpoint: str | None = None, *, count: int | None = 1, **params: Any) -> Rule:
        """Add a request rule; ``params`` are :class:`Rule` fields (``status``, ``seconds``, ``transport``...)."""
        if kind not in REQUEST_KINDS:
            raise ValueError(f"unknown fault kind {kind!r} (one of {sorted(REQUEST_KINDS)})")
        if kind in ("close_after", "late_execution"):
            params.setdefault("transport", "ws")
        rule = Rule(kind, endpoint.strip("/").lower() if endpoint else None, count=count, **params)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
        self.heartbeats = True

    def status(self, status: int = 429, endpoint: str | None = None, count: int | None = 1, **kw: Any) -> Rule:
        return self.add("status", endpoint, count=count, status=status, **kw)

    def penalty(
        self, endpoint: str, seconds: float = 1.0, captcha: bool = False, count: int | None = 1, **kw: Any
    ) -> Rule:
        return self.add("penalty", endpoint, count=count, seconds=seconds, captcha=captcha, **kw)

    def lockout(self, seconds: float, endpoint: str | None = None, **kw: Any) -> Rule:
        return self.add("lockout", endpoint, count=None, seconds=seconds, **kw)

    def delay(self, endpoint: str | None, seconds: float, count: int | None = 1, **kw: Any) -> Rule:
        return self.add("delay", endpoint, count=count, seconds=seconds, **kw)

    def withhold(self, endpoint: str | None, count: int | None = 1, **kw: Any) -> Rule:
        return self.add("withhold", endpoint, count=count, **kw)

    def drop_request(self, endpoint: str | None, count: int | None = 1, **kw: Any) -> Rule:
        return self.add("drop", endpoint, count=count, **kw)

    def lose_answer(self, endpoint: str | None = "order/placeorder", count: int | None = 1, **kw: Any) -> Rule:
        return self.add("lose_answer", endpoint, count=count, **kw)

    def malformed_answer(self, endpoint: str | None, count: int | None = 1, **kw: Any) -> Rule:
        return self.add("malformed", endpoint, count=count, **kw)

    def close_after(self, endpoint: str | None = "user/syncrequest", count: int | None = None, **kw: Any) -> Rule:
        """Answer ``endpoint`` over the socket, then close ``1000 "Bye"``."""
        return self.add("close_after", endpoint, count=count, **kw)

    def late_execution(self, endpoint: str | None = "order/placeorder", count: int | None = 1, **kw: Any) -> Rule:
        return self.add("late_execution", endpoint, count=count, **kw)

    def hold_late(self, execute: Callable[[], None]) -> None:
        """Keep a request received under ``late_execution`` until the next snapshot."""
        with self._lock:
            self.late.append(execute)

    def run_late(self) -> int:
        """Execute the held requests (on the simulator's loop, after a snapshot); how many."""
        with self._lock:
            held, self.late = self.late, []
        for execute in held:
            execute()
        return len(held)

    def refuse_upgrade(
        self, status: int = 403, socket: str | None = None, seconds: float = 0.0, count: int | None = 1
    ) -> Rule:
        """Refuse the handshake of ``socket`` (``"user"``, ``"md"``, ``"replay"``, ``None``: any)
        with HTTP ``status``; a 429 carries ``Retry-After: seconds`` unless 0."""
        return self.add("refuse_upgrade", socket, count=count, status=status, seconds=seconds)

    def take_upgrade(self, socket: str) -> Rule | None:
        """The ``refuse_upgrade`` rule for a handshake on ``socket``, if any (used up by one)."""
        return self.take(socket, "any", upgrade=True)

    def take(self, endpoint: str, transport: str, *, upgrade: bool = False) -> Rule | None:
        """The rule that applies to this request, if any (its count is used up by one)."""
        now = time.time()
        with self._lock:
            for rule in self.rules:
                if (rule.kind in UPGRADE_KINDS) is not upgrade or not rule.matches(endpoint, transport):
                    continue
                if rule.kind == "lockout":
                    if rule.until == 0.0:
                        rule.until = now + rule.seconds
                    if now >= rule.until:
                        self.rules.remove(rule)
                        return None
                    self._count(rule)
                    return rule
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                if rule.count is not None:
                    rule.count -= 1
                    if rule.count <= 0:
                        self.rules.remove(rule)
                self._count(rule)
                return rule
        return None

    def _count(self, rule: Rule) -> None:
        rule.applied += 1
        self.applied[rule.kind] = self.applied.get(rule.kind, 0) + 1

    # ---------------------------------------------------------------------------------------
    # socket actions

    def _each(self, kind: str | None, action: Callable[[Connection], None], name: str) -> int:
        """Run ``action`` on every open user socket (of ``kind``) on the simulator's loop; how many."""

        def run() -> int:
            targets = [c for c in list(self.connections) if kind is None or c.kind == kind]
            for conn in targets:
                action(conn)
            with self._lock:
                self.applied[name] = self.applied.get(name, 0) + len(targets)
            return len(targets)

        return self._on_loop(run)

    def _on_loop(self, fn: Callable[[], int]) -> int:
        """``fn()`` on the simulator's loop: at once from the loop's thread, else waited for."""
        loop = self.loop
        if loop is None:
            return 0
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            return fn()
        done: concurrent.futures.Future[int] = concurrent.futures.Future()

        def call() -> None:
            try:
                done.set_result(fn())
            except Exception as exc:  # handed to the calling thread
                done.set_exception(exc)

        loop.call_soon_threadsafe(call)
        return done.result(10)

    def drop_connections(self, kind: str | None = None) -> int:
        """Reset every open socket's TCP connection (no close frame, no FIN handshake).

        The market-data and replay sockets (``kind`` ``None`` or ``"md"``) are closed by their own
        handler's ``drop()`` (:mod:`.md_socket`), which closes with code 1011.
        """
        if kind in (None, "md"):
            self._drop_md()
        return self._each(kind, lambda c: c.abort(), "drop_connections")

    def _drop_md(self) -> None:
        loop = self.loop
        if loop is None or not self.md_sockets:
            return

        def run() -> int:
            for sock in self.md_sockets:
                task = loop.create_task(sock.drop())
                self._md_tasks.add(task)
                task.add_done_callback(self._md_tasks.discard)
            return len(self.md_sockets)

        self._on_loop(run)

    def close_silently(self, kind: str | None = None) -> int:
        """Close every open socket's TCP connection without a WebSocket close frame."""
        return self._each(kind, lambda c: c.close_transport(), "close_silently")

    def send_close_frame(self, code: int = 3000, reason: str = "Go away!", kind: str | None = None) -> int:
        """Send a SockJS-style ``c[code,"reason"]`` frame on every open socket, then close it."""
        return self._each(kind, lambda c: c.send_close_frame(code, reason), "close_frame")

    def send_shutdown(
        self, reason_code: str = "Maintenance", reason: str | None = None, kind: str | None = None
    ) -> int:
        """Send a ``shutdown`` event on every open socket, then close it."""
        return self._each(kind, lambda c: c.send_shutdown(reason_code, reason), "shutdown")

    def send_malformed(self, text: str = "a[{not json", kind: str | None = None) -> int:
        """Send a frame no client can parse on every open socket."""
        return self._each(kind, lambda c: c.send_raw(text), "malformed_frame")

    def bye(self, kind: str | None = None) -> int:
        """Close every open socket ``1000 "Bye"`` (``kind``: ``"user"``, ``"md"`` or ``None`` for
        all), after what is already queued for it; how many."""
        count = 0
        if kind in (None, "md") and self.md_sockets:
            count += self._on_loop(lambda: sum(int(sock.bye()) for sock in self.md_sockets if hasattr(sock, "bye")))
            with self._lock:
                self.applied["bye"] = self.applied.get("bye", 0) + count
        if kind in (None, "user"):
            count += self._each("user", lambda c: c.bye(), "bye")
        return count

    def stop_heartbeats(self, stop: bool = True) -> None:
        """Stop (or resume) the server's ``h`` frames on every socket."""
        self.heartbeats = not stop
        with self._lock:
            key = "stop_heartbeats" if stop else "resume_heartbeats"
            self.applied[key] = self.applied.get(key, 0) + 1

    def socket_action(self, kind: str, params: dict[str, Any]) -> None:
        """Run a socket action by name (scenario files, the command line)."""
        target = params.get("socket")
        if kind == "drop_connections":
            self.drop_connections(target)
        elif kind == "close_silently":
            self.close_silently(target)
        elif kind == "close_frame":
            self.send_close_frame(int(params.get("code", 3000)), str(params.get("reason", "Go away!")), target)
        elif kind == "shutdown":
            self.send_shutdown(str(params.get("reasonCode", "Maintenance")), params.get("reason"), target)
        elif kind == "malformed_frame":
            self.send_malformed(str(params.get("text", "a[{not json")), target)
        elif kind == "stop_heartbeats":
            self.stop_heartbeats(True)
        elif kind == "resume_heartbeats":
            self.stop_heartbeats(False)
        elif kind == "bye":
            self.bye(target)
        else:
            raise ValueError(f"unknown socket action {kind!r} (one of {sorted(SOCKET_KINDS)})")

    def load(self, entries: Iterable[dict[str, Any]]) -> list[tuple[float, str, dict[str, Any]]]:
        """Add the request rules of a scenario; return its timed socket actions ``(after_seconds, kind, params)``."""
        timed: list[tuple[float, str, dict[str, Any]]] = []
        for entry in entries:
            entry = dict(entry)
            kind = str(entry.pop("kind"))
            if kind in SOCKET_KINDS:
                timed.append((float(entry.pop("after_seconds", 0.0)), kind, entry))
                continue
            endpoint = entry.pop("endpoint", None)
            count = entry.pop("count", 1)
            self.add(kind, endpoint, count=count, **entry)
        return timed


def parse_fault(text: str) -> dict[str, Any]:
    """``KIND[:ENDPOINT][,key=value...]`` (the ``--fault`` option) as a scenario entry."""
    head, _, rest = text.partition(",")
    kind, _, endpoint = head.partition(":")
    entry: dict[str, Any] = {"kind": kind.strip()}
    if endpoint:
        entry["endpoint"] = endpoint.strip()
    for item in filter(None, rest.split(",")):
        key, _, value = item.partition("=")
        entry[key.strip()] = _scalar(value.strip())
    if entry["kind"] not in REQUEST_KINDS | SOCKET_KINDS:
        raise ValueError(f"unknown fault kind {entry['kind']!r}")
    return entry


def _scalar(value: str) -> Any:
    if value in ("true", "false"):
        return value == "true"
    if value in ("none", "null"):
        return None
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return value
