"""An account on the loopback WebSocket server (:mod:`wsserver`): sync snapshots, ``props`` and orders.

    async with WsServer() as ws:
        server = AccountServer(ws)
        server.put("order", {...})                   # state only (as if changed during an outage)
        await server.upsert("order", {...})          # state, and a props event to synced sockets

``user/syncrequest`` answers the state of the requested entity types (one per connection; a
second one is refused with ``s:400``) and subscribes the socket to ``props``. ``order/placeorder``
creates an order and its ``New`` command (with the ``clOrdId``), answers ``{"orderId"}``, then
sends the props; ``place_mode`` can instead drop the connection after creating the order
(``drop-after``), before (``drop-before``), or before and create it right after the next sync's
snapshot was sent, its events following the snapshot (``late``).

``split``: above 1, a sync asking for ``splitResponses`` is answered in that many parts (one frame
each, the same request id; split as the simulator does, :func:`tradovate.sim.ws.split_snapshot`);
``split_sent`` (default all) sends only that many of them, the test sends the others.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Any

from wsserver import ServerConn, WsServer

from tradovate.realtime.mirror import ENTITY_TYPES
from tradovate.sim.ws import split_snapshot

ACCOUNT = 1001
CONTRACT = 3001


class AccountServer:
    def __init__(self, ws: WsServer) -> None:
        self.ws = ws
        self.state: dict[str, dict[int, dict[str, Any]]] = {}
        self.subscribed: dict[int, tuple[ServerConn, frozenset[str]]] = {}  # conn number -> types
        self.sync_bodies: list[tuple[int, dict[str, Any]]] = []
        self.placed: list[tuple[int, dict[str, Any]]] = []
        self.place_mode = "answer"  # or "drop-after" (order created), "drop-before" or "late"
        self.late: list[dict[str, Any]] = []  # placements held by the "late" mode
        self.sync_status = 200
        self.split = 0
        self.split_sent: int | None = None
        self.parts: list[dict[str, Any]] = []  # the parts of the last split answer
        self._next_id = 500
        ws.handlers["user/syncrequest"] = self._sync
        ws.handlers["order/placeorder"] = self._place

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    # -- state -------------------------------------------------------------------------------------
    def put(self, entity_type: str, entity: dict[str, Any]) -> None:
        """Change the state without telling anyone (what happens while a client is away)."""
        self.state.setdefault(entity_type, {})[entity["id"]] = entity

    def remove(self, entity_type: str, ident: int) -> dict[str, Any]:
        return self.state[entity_type].pop(ident)

    async def upsert(self, entity_type: str, entity: dict[str, Any], event_type: str = "Updated") -> None:
        self.put(entity_type, entity)
        await self.tell(entity_type, event_type, entity)

    async def delete(self, entity_type: str, ident: int) -> None:
        await self.tell(entity_type, "Deleted", self.remove(entity_type, ident))

    async def tell(self, entity_type: str, event_type: str, entity: Any) -> None:
        for conn, types in list(self.subscribed.values()):
            if not conn.closed and entity_type in types:
                await conn.props(entity_type, event_type, entity)

    async def tell_many(self, events: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Several props events in one ``a[...]`` frame (state updated too)."""
        for entity_type, event_type, entity in events:
            if event_type == "Deleted":
                self.state.get(entity_type, {}).pop(entity["id"], None)
            else:
                self.put(entity_type, entity)
        items = [{"e": "props", "d": {"entityType": t, "eventType": k, "entity": e}} for t, k, e in events]
        for conn, _ in list(self.subscribed.values()):
            if not conn.closed:
                await conn.send_items(*items)

    def snapshot(self, types: frozenset[str]) -> dict[str, Any]:
        out: dict[str, Any] = {"users": [{"id": 7, "name": "trader"}], "contractGroups": []}
        for name in types:
            info = ENTITY_TYPES.get(name)
            if info is not None:
                out[info.plural] = list(self.state.get(name, {}).values())
        return out

    def as_sync(self) -> dict[str, list[dict[str, Any]]]:
        """The state keyed like a snapshot, sorted by id (to compare with a mirror's dump)."""
        return {
            ENTITY_TYPES[name].plural: sorted(items.values(), key=lambda e: e["id"])
            for name, items in self.state.items()
            if items
        }

    # -- handlers ----------------------------------------------------------------------------------
    def _sync(self, conn: ServerConn, rid: int, query: str, body: str) -> dict[str, Any] | Awaitable[None]:
        data = json.loads(body) if body else {}
        self.sync_bodies.append((conn.number, data))
        if conn.number in self.subscribed:
            return {"s": 400, "i": rid, "d": "Only one user/syncrequest is allowed per connection"}
        if self.sync_status != 200:
            return {"s": self.sync_status, "i": rid, "d": "sync refused"}
        types = frozenset(data.get("entityTypes", []))
        self.subscribed[conn.number] = (conn, types)
        if self.split > 1 and data.get("splitResponses") is True:
            self.parts = split_snapshot(self.snapshot(types), self.split)
            return self._send_parts(conn, rid, self.parts[: self.split_sent])
        if self.late:
            return self._send_parts(conn, rid, [self.snapshot(types)])
        return {"s": 200, "i": rid, "d": self.snapshot(types)}

    async def _send_parts(self, conn: ServerConn, rid: int, parts: list[dict[str, Any]]) -> None:
        for part in parts:
            if not conn.closed:
                await conn.send_items({"s": 200, "i": rid, "d": part})
        late, self.late = self.late, []
        for data in late:  # executed after the snapshot was sent: its events follow it
            order, command = self._create(data)
            await self.tell("order", "Created", order)
            await self.tell("command", "Created", command)

    async def _place(self, conn: ServerConn, rid: int, query: str, body: str) -> None:
        data = json.loads(body)
        self.placed.append((conn.number, data))
        if self.place_mode in ("drop-before", "late"):
            if self.place_mode == "late":
                self.late.append(data)
            conn.abort()
            return
        order, command = self._create(data)
        if self.place_mode == "drop-after":
            conn.abort()
            return
        await conn.send_items({"s": 200, "i": rid, "d": {"orderId": order["id"]}})
        await self.tell("order", "Created", order)
        await self.tell("command", "Created", command)

    def _create(self, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """A placement executed: its order and ``New`` command, in the state."""
        order = {
            "id": self.next_id(),
            "accountId": data.get("accountId", ACCOUNT),
            "contractId": CONTRACT,
            "timestamp": "2026-11-20T15:00:00.000Z",
            "action": data["action"],
            "ordStatus": "Working",
            "admin": False,
        }
        command = {
            "id": self.next_id(),
            "orderId": order["id"],
            "timestamp": "2026-11-20T15:00:00.000Z",
            "clOrdId": data.get("clOrdId"),
            "commandType": "New",
            "commandStatus": "AtExecution",
        }
        self.put("order", order)
        self.put("command", command)
        return order, command

    async def fill(self, order_id: int, qty: int = 1, price: float = 6000.25) -> None:
        """The order fills: a fill, the order Filled, the position moved (one event each)."""
        fill = {
            "id": self.next_id(),
            "orderId": order_id,
            "contractId": CONTRACT,
            "timestamp": "2026-11-20T15:00:01.000Z",
            "tradeDate": {"year": 2026, "month": 11, "day": 20},
            "action": "Buy",
            "qty": qty,
            "price": price,
            "active": True,
            "finallyPaired": 0,
        }
        await self.upsert("fill", fill, "Created")
        await self.upsert("order", {**self.state["order"][order_id], "ordStatus": "Filled"})
