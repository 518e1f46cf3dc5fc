"""The user socket: ``/v1/websocket`` on the REST port (aiohttp).

One :class:`Connection` per socket:

- sends ``o`` at once, then ``h`` whenever nothing else was sent for ``heartbeat_interval``
  seconds (unless heartbeats are stopped by a fault);
- closes the TCP connection without a close frame when the client sent nothing (not even its
  ``[]`` heartbeat) for ``client_timeout`` seconds, or did not authorize within
  ``authorize_timeout`` — deployed clients report such closes as abnormal, which is what this
  reproduces (the real timeouts are not documented; both are options);
- ``authorize`` with an access token (raw or JSON-quoted) answers ``s:200``; a bad one
  ``s:401 "Invalid access token"``; any other request before that ``s:401``;
- ``user/syncrequest`` answers the snapshot and subscribes the socket to later ``props``
  events (filtered by ``entityTypes``, ``accounts`` and the sharding expression); a second
  syncrequest on the same socket is refused (``s:400``) unless ``second_sync="replace"``.
  ``splitResponses`` is accepted; the snapshot comes as one response unless ``split_snapshot``
  is above 1 (then as that many answers with the request's id, sent back to back, see
  :func:`split_snapshot`): the real split format is not documented (the reference marks it
  UNCONFIRMED). Placements held by a ``late_execution`` fault execute right after a snapshot
  (all its parts) is queued, so their events follow it;
- any REST operation by its path (``order/placeorder``, ``account/list``...) is answered as
  REST would (:mod:`.api`); an unknown endpoint ``s:404 "Not found: <endpoint>"``;
- everything queued for the socket leaves in order; consecutive messages share one ``a[...]``
  frame (up to ``batch``; ``batch=1``: each in its own frame, as the real server sends). A response
  goes out before the ``props`` events its request caused. With ``pacing`` (:mod:`.pacing`) the
  events of a trail are spread out: answer → acknowledgement → fills → position → cash, seeded
  gaps between the phases;
- a frame that is not a request (no endpoint and id) closes the socket ``1000 "Bye"``, as the
  real server does on a protocol violation (``on_violation="ignore"``: dropped silently);
- ``s:404 "Not found: ..."`` answers carry ``d`` double-encoded (a JSON string holding a JSON
  string, ``"d":"\"Not found: x\""``), as a 2025 capture of the demo socket shows; a 2019 one
  shows it plain (``double_encode_404=False``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from aiohttp import WSMsgType, web

from tradovate.realtime.errors import ProtocolViolation

from . import framing
from .api import Answer, Call, SyncFilter, parse_body
from .auth import Session
from .faults import Rule
from .liveness import Liveness
from .pacing import Pacer, phase
from .socket_options import Paced, SocketOptions, encode_404
from .store import Event, dumps
from .sync import sync_filter as sync_filter  # the old import path keeps working

if TYPE_CHECKING:
    from .server import Simulator

__all__ = ["Connection", "SocketOptions"]

_log = logging.getLogger(__name__)

_CLOSE: Final = object()  # queue marker: close the socket after what was queued before
_BYE: Final = object()  # queue marker: close 1000 "Bye" after what was queued (faults close_after, bye; a violation)


def split_snapshot(snapshot: dict[str, Any], parts: int) -> list[dict[str, Any]]:
    """A snapshot as ``parts`` SyncMessages: ``users`` and ``contractGroups`` (required in every
    message) whole in the first, empty in the others; the items of every other collection dealt
    out in turn, so that any part may hold some of any collection (the hardest case for a client
    that would read a part as the whole)."""
    out: list[dict[str, Any]] = [{"users": [], "contractGroups": []} for _ in range(parts)]
    out[0]["users"] = snapshot.get("users", [])
    out[0]["contractGroups"] = snapshot.get("contractGroups", [])
    for key, items in snapshot.items():
        if key in ("users", "contractGroups"):
            continue
        if not isinstance(items, list):
            out[0][key] = items
            continue
        for n, item in enumerate(items):
            out[n % parts].setdefault(key, []).append(item)
    return out


class Connection:
    """One user socket (see the module doc)."""

    kind = "user"

    def __init__(self, sim: Simulator, request: web.Request) -> None:
        self.sim = sim
        self.request = request
        self.transport = request.transport
        self.ws = web.WebSocketResponse(autoping=True, max_msg_size=16 * 1024 * 1024)
        self.session: Session | None = None
        self.sync: SyncFilter | None = None
        self.outbox: asyncio.Queue[Any] = asyncio.Queue()
        self.holding: list[Any] | None = None
        loop = asyncio.get_running_loop()
        self.loop = loop
        options = sim.socket_options
        self.liveness = Liveness(options.client_timeout, options.authorize_timeout)
        self.last_sent = loop.time()
        sim.sockets_opened += 1
        pacer = Pacer(options.pacing, options.pacing_jitter, seed=sim.seed * 1_000_003 + sim.sockets_opened)
        self.pacer = pacer if pacer.enabled else None
        self.tasks: set[asyncio.Task[Any]] = set()
        self.closed = False

    # ---------------------------------------------------------------------------------------
    # output

    def send_message(self, data: bytes | Paced) -> None:
        """Queue one message object (it goes out inside an ``a[...]`` frame)."""
        if self.holding is not None:
            self.holding.append(data)
        else:
            self.outbox.put_nowait(data)

    def send_raw(self, text: str) -> None:
        """Queue one frame exactly as given."""
        self.outbox.put_nowait(text)

    def send_event(self, name: str, data: Any) -> None:
        self.send_message(dumps({"e": name, "d": data}))

    def on_store_event(self, event: Event) -> None:
        flt = self.sync
        if flt is not None and flt.wants_event(event):
            if self.pacer is not None:
                self.send_message(Paced(phase(event.entity_type, event.entity), event.data))
            else:
                self.send_message(event.data)

    async def _writer(self) -> None:
        ws = self.ws
        interval = self.sim.socket_options.heartbeat_interval
        pacer = self.pacer
        pending: Any = None  # an item taken while batching, sent next
        while True:
            if pending is not None:
                item, pending = pending, None
            else:
                if pacer is not None and self.outbox.empty():
                    pacer.reset()  # idle: whatever comes next starts a new trail
                try:
                    item = await asyncio.wait_for(self.outbox.get(), interval)
                except TimeoutError:
                    if self.sim.faults.heartbeats and not ws.closed:
                        with contextlib.suppress(ConnectionError, RuntimeError):
                            await ws.send_str(framing.HEARTBEAT)
                            self.last_sent = self.loop.time()
                    continue
            if item is None:
                return
            if item is _CLOSE or item is _BYE:
                with contextlib.suppress(Exception):
                    await ws.close(code=1000, message=b"Bye" if item is _BYE else b"")
                return
            if isinstance(item, Paced):
                assert pacer is not None
                wait = pacer.wait(item.phase)
                if wait > 0:
                    await asyncio.sleep(wait)
                text = framing.array([item.data])
            elif isinstance(item, bytes):
                if pacer is not None:
                    pacer.reset()  # a response: the trail it sets off starts after it
                batch = [item]
                while len(batch) < self.sim.socket_options.batch and not self.outbox.empty():
                    nxt = self.outbox.get_nowait()
                    if not isinstance(nxt, bytes):
                        pending = nxt
                        break
                    batch.append(nxt)
                text = framing.array(batch)
            else:
                text = item
            if ws.closed:
                return
            try:
                await ws.send_str(text)
            except (ConnectionError, RuntimeError):
                return
            self.last_sent = self.loop.time()

    # ---------------------------------------------------------------------------------------
    # faults (called on the loop)

    def abort(self) -> None:
        if self.transport is not None:
            self.transport.abort()

    def close_transport(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def send_close_frame(self, code: int, reason: str) -> None:
        self.send_raw(framing.close(code, reason))
        self.outbox.put_nowait(_CLOSE)

    def send_shutdown(self, reason_code: str, reason: str | None) -> None:
        data: dict[str, Any] = {"reasonCode": reason_code}
        if reason is not None:
            data["reason"] = reason
        self.send_event("shutdown", data)
        self.outbox.put_nowait(_CLOSE)

    # ---------------------------------------------------------------------------------------
    # input

    async def serve(self) -> web.WebSocketResponse:
        ws = self.ws
        await ws.prepare(self.request)
        sim = self.sim
        sim.faults.connections.add(self)
        sim.store.listeners.append(self.on_store_event)
        writer = asyncio.create_task(self._writer())
        watchdog = asyncio.create_task(self.liveness.watch(lambda: self.session is not None, self.close_transport))
        self.send_raw(framing.OPEN)
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                self.liveness.received()
                await self._on_text(message.data)
        finally:
            self.closed = True
            sim.faults.connections.discard(self)
            with contextlib.suppress(ValueError):
                sim.store.listeners.remove(self.on_store_event)
            watchdog.cancel()
            for task in list(self.tasks):
                task.cancel()
            self.outbox.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer
        return ws

    def bye(self) -> None:
        """Close ``1000 "Bye"`` after what is already queued (a protocol violation, the ``bye`` fault)."""
        self.outbox.put_nowait(_BYE)

    async def _on_text(self, text: str) -> None:
        try:
            request = framing.parse(text)
        except ProtocolViolation:
            # not a request: nothing to answer (there is no id); the real server says goodbye
            if self.sim.socket_options.on_violation == "bye":
                self.bye()
            return
        if request is None:
            return  # client heartbeat
        endpoint = request.endpoint.lower()
        if endpoint == "authorize":
            session = self.sim.auth.session(request.token())
            if session is None:
                self.send_message(framing.response(request.id, 401, "Invalid access token"))
            else:
                self.session = session
                self.send_message(framing.response(request.id, 200))
            return
        if self.session is None:
            self.send_message(framing.response(request.id, 401, "Access is denied"))
            return
        rule = self.sim.faults.take(endpoint, "ws")
        latency = self.sim.socket_options.latency.get(endpoint, 0.0)
        if rule is None and not latency:
            reply, held = self._execute(request, endpoint, None)
            self._send_all(reply, held)
            return
        task = asyncio.create_task(self._slow(request, endpoint, rule, latency))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _slow(self, request: framing.Request, endpoint: str, rule: Rule | None, latency: float) -> None:
        if latency:
            await asyncio.sleep(latency)
        reply, held = self._execute(request, endpoint, rule)
        if rule is not None and rule.kind == "delay":
            self._send_all(None, held)  # what happened is announced; the answer comes late
            await asyncio.sleep(rule.seconds)
            held = []
        self._send_all(reply, held)
        if rule is not None and rule.kind == "close_after":
            self.outbox.put_nowait(_BYE)

    def _send_all(self, reply: bytes | None, held: list[bytes]) -> None:
        if reply is not None:
            self.outbox.put_nowait(reply)
        for data in held:
            self.outbox.put_nowait(data)

    def _execute(self, request: framing.Request, endpoint: str, rule: Rule | None) -> tuple[bytes | None, list[bytes]]:
        """Run one request: (the reply to send, if any; the events it caused, in order)."""
        kind = rule.kind if rule is not None else None
        if rule is not None and kind in ("status", "lockout"):
            status = rule.status if kind == "status" else 429
            return framing.response(request.id, status, None if status == 429 else "Injected failure"), []
        if rule is not None and kind == "penalty":
            return framing.response(request.id, 200, self.sim.auth.penalty(endpoint, rule.seconds, rule.captcha)), []
        if kind == "drop":
            self.abort()
            return None, []
        if kind == "late_execution":  # received, then the socket is cut; executed after the next snapshot
            self.sim.faults.hold_late(self._late(request))
            self.abort()
            return None, []
        if kind == "malformed":
            self.send_raw('a[{"s":200,"i":' + str(request.id) + ',"d":{')
            return None, []
        self.holding = []
        try:
            answer = self._answer(request, endpoint)
        except Exception:  # a simulator bug must not take the socket down
            _log.exception("simulator error answering %s", endpoint)
            answer = Answer(500, "Internal server error")
        finally:
            held, self.holding = self.holding, None
        if kind == "lose_answer":
            self._send_all(None, held)
            self.abort()
            return None, []
        if kind == "withhold":
            return None, held
        data = (
            None
            if answer.status == 429
            else encode_404(answer.status, answer.body, self.sim.socket_options.double_encode_404)
        )
        return framing.response(request.id, answer.status, data), held

    def _types_omitted(self, flt: SyncFilter, body: Any) -> None:
        """Apply ``sync_without_types`` to a syncrequest without ``entityTypes`` (see SocketOptions)."""
        if not isinstance(body, dict) or body.get("entityTypes") is not None:
            return
        classic = body.get("users") is not None or body.get("accounts") is not None
        if self.sim.socket_options.sync_without_types == "classic" and classic:
            flt.entity_types = None  # every entity type of these users / accounts
        elif self.sim.socket_options.sync_without_types == "empty":
            flt.entity_types = frozenset()

    def _late(self, request: framing.Request) -> Callable[[], None]:
        """``request`` executed later, as its sender (its answer has nowhere to go)."""
        session = self.session

        def execute() -> None:
            try:
                body = parse_body(request.body)
                self.sim.api.handle(Call(request.endpoint, request.params, body, session=session, transport="ws"))
            except Exception:  # a simulator bug must not take the socket down
                _log.exception("simulator error executing a held %s", request.endpoint)

        return execute

    def _answer(self, request: framing.Request, endpoint: str) -> Answer:
        try:
            body = parse_body(request.body)
        except ValueError:
            return Answer(400, "The request body is not valid JSON")
        assert self.session is not None
        if endpoint == "user/syncrequest":
            if self.sync is not None and self.sim.socket_options.second_sync != "replace":
                return Answer(400, "Only one user/syncrequest is allowed per connection")
            flt = self.sim.api.sync_filter(self.session, body)
            if isinstance(flt, Answer):
                return flt
            self._types_omitted(flt, body)
            self.sync = flt
            snapshot = self.sim.api.snapshot(flt)
            parts = self.sim.socket_options.split_snapshot
            if parts > 1 and isinstance(body, dict) and body.get("splitResponses") is True:
                first, *rest = split_snapshot(snapshot, parts)
                if self.holding is not None:  # the later parts follow the answer, before any event
                    self.holding[:0] = [framing.response(request.id, 200, part) for part in rest]
                snapshot = first
            self.sim.faults.run_late()  # their events follow the snapshot
            return Answer(200, snapshot)
        call = Call(request.endpoint, request.params, body, session=self.session, transport="ws")
        return self.sim.api.handle(call)
