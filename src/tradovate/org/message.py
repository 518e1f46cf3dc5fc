"""What a worker publishes and a consumer reads: one JSON object per message.

Every message belongs to one *key*: an ``accountId`` (> 0), or ``-(shard + 1)`` for the
organisation-wide entities one shard's sync carries (users, contracts, products, ...; the same
ones on every shard). A key's messages go to one partition (``key % partitions``: one Redis
stream, one NATS subject) in the order they were made, so a consumer sees them in order.

``{"k": "e", ...}`` an event: one entity changed (``t`` type, ``o`` ``Created``/``Updated``/
``Deleted``, ``i`` id, ``v`` the version the server gave (``timestamp``, or the order's
``ordStatus``; ``null`` when the type has none), ``x`` the entity exactly as the server sent it.

``{"k": "s", ...}`` a snapshot of one key: its fresh truth (``x``: ``{entityType: [entity, ...]}``,
everything the worker's mirror holds for the key) and why (``w``: ``sync``, ``resync``,
``overflow``, ``request``: a consumer asked for it), cut into parts of consecutive ``q`` when large (``p`` part, ``n`` parts). A
consumer replaces what it held for the key with it once it has every part.

Both carry ``a`` the key, ``e`` the epoch, ``q`` the sequence number and ``ts`` the worker's wall
time (seconds) when it saw the change. An epoch is one worker's sync of one shard: the lease's
fencing token (it only grows, across all shards and workers) times 2**20 plus the number of the
sync within that lease. A new epoch starts with a snapshot at ``q`` 1; ``q`` grows by one per
message of the key in that epoch. So ``(e, q)`` is each message's idempotency key: a consumer
applies ``(e, q)`` after ``(e, q - 1)`` and nothing older, which gives per-key order and
exactly-once effect whatever the engine redelivers; the engine's own de-duplication (NATS
``Nats-Msg-Id``) uses ``msg_id`` = ``key:e:q``. :func:`entity_key` is the idempotency key of the
entity version (type, id, version) for consumers that act per entity.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Final, NamedTuple

from tradovate_api import errors
from tradovate_api.runtime import parse_json

__all__ = [
    "EPOCH_SHIFT",
    "PART_BYTES",
    "EVENT",
    "SNAPSHOT",
    "Message",
    "account_of",
    "bundle",
    "decode",
    "decode_all",
    "encode_event",
    "encode_snapshot",
    "entity_key",
    "epoch_of",
    "version_of",
]

EVENT: Final = "e"
SNAPSHOT: Final = "s"
EPOCH_SHIFT: Final = 20
#: About how large one snapshot message may grow before the snapshot is cut into parts.
PART_BYTES: Final = 256 * 1024

_ENCODER: Final = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=True)


def epoch_of(fence: int, sync_number: int) -> int:
    """The epoch of a lease's ``fence`` and the ``sync_number``-th sync under it."""
    return (fence << EPOCH_SHIFT) | (sync_number & ((1 << EPOCH_SHIFT) - 1))


def version_of(entity_type: str, raw: Mapping[str, Any]) -> Any:
    """The version the server gives an entity: ``ordStatus`` for orders, else ``timestamp``."""
    if entity_type == "order":
        return raw.get("ordStatus")
    return raw.get("timestamp")


def entity_key(entity_type: str, raw: Mapping[str, Any]) -> tuple[str, Any, Any]:
    """(entity type, id, version): what identifies one version of one entity."""
    return (entity_type, raw.get("id"), version_of(entity_type, raw))


# Entity types whose id is their account's id (one per account).
_PER_ACCOUNT: Final = frozenset({"accountRiskStatus", "marginSnapshot", "userAccountAutoLiq"})
# Fields that point at a parent carrying the account, in the order they are tried.
_PARENTS: Final = (
    ("orderId", "order"),
    ("commandId", "command"),
    ("positionId", "position"),
    ("orderStrategyId", "orderStrategy"),
)


def account_of(entity_type: str, raw: Mapping[str, Any], owner: Mapping[tuple[str, int], int]) -> int | None:
    """The account an entity belongs to: its ``accountId``, its own id for the per-account types,
    or its parent's account (``owner``: (type, id) -> account of what is already known)."""
    value = raw.get("accountId")
    if value.__class__ is int:
        return int(value)
    if entity_type == "account" or entity_type in _PER_ACCOUNT:
        ident = raw.get("id")
        return int(ident) if ident.__class__ is int else None
    if entity_type == "fillFee":  # its id is its fill's
        ident = raw.get("id")
        return owner.get(("fill", ident)) if ident.__class__ is int else None
    for field, parent in _PARENTS:
        ident = raw.get(field)
        if ident.__class__ is int:
            return owner.get((parent, ident))
    return None


def _fast_dumps() -> Callable[[Any], bytes] | None:
    try:
        import orjson  # noqa: PLC0415 - optional speedup (the dev set has it)
    except ImportError:
        return None
    dumps: Callable[[Any], bytes] = orjson.dumps
    return dumps


_DUMPS: Final = _fast_dumps()
# The project's parser (msgspec, orjson or the standard library; the same values whichever: big
# integers kept exactly, non-finite numbers and lone surrogates refused).
_LOADS: Final = parse_json


def _json(value: Any) -> str:
    """``value`` as compact JSON text (orjson when installed; the standard library otherwise, or
    for what orjson refuses, such as integers beyond 64 bits)."""
    if _DUMPS is not None:
        try:
            return _DUMPS(value).decode()
        except TypeError:
            pass
    return _ENCODER.encode(value)


def _head(kind: str, key: int, epoch: int, seq: int, ts: float) -> str:
    return f'{{"k":"{kind}","a":{key},"e":{epoch},"q":{seq},"ts":{ts:.6f}'


def encode_event(
    key: int, epoch: int, seq: int, ts: float, entity_type: str, event_type: str, ident: int | None, raw: Any
) -> bytes:
    """An event message (see the module doc): one encoder call (orjson when installed; the
    standard library for what orjson refuses, such as integers beyond 64 bits)."""
    if raw.__class__ is dict:
        version = raw.get("ordStatus") if entity_type == "order" else raw.get("timestamp")
    else:
        version = version_of(entity_type, raw) if isinstance(raw, Mapping) else None
    obj = {"k": EVENT, "a": key, "e": epoch, "q": seq, "ts": ts, "t": entity_type, "o": event_type}
    obj["i"], obj["v"], obj["x"] = ident, version, raw
    if _DUMPS is not None:
        try:
            return _DUMPS(obj)
        except TypeError:
            pass
    return _ENCODER.encode(obj).encode()


def encode_snapshot(
    key: int, epoch: int, seq: int, ts: float, why: str, entities: Mapping[str, list[Any]], max_bytes: int = PART_BYTES
) -> list[bytes]:
    """A snapshot of one key, in as many parts (consecutive ``q``) as keep each under about
    ``max_bytes`` (``p``: the part's number, ``n``: how many; a consumer applies the snapshot
    once it holds every part)."""
    enc = _json
    parts: list[dict[str, list[str]]] = [{}]
    size = 0
    for entity_type, items in entities.items():
        parts[-1].setdefault(entity_type, [])
        for item in items:
            text = enc(item)
            if size and size + len(text) > max_bytes:
                parts.append({entity_type: []})
                size = 0
            parts[-1][entity_type].append(text)
            size += len(text) + 1
    count = len(parts)
    out = []
    for n, part in enumerate(parts):
        body = ",".join(f"{enc(t)}:[{','.join(items)}]" for t, items in part.items())
        out.append(
            f'{_head(SNAPSHOT, key, epoch, seq + n, ts)},"w":{enc(why)},"p":{n},"n":{count},"x":{{{body}}}}}'.encode()
        )
    return out


class Message(NamedTuple):
    """One decoded message (see the module doc); a tuple (made per message: the cheapest)."""

    kind: str
    key: int
    epoch: int
    seq: int
    ts: float
    entity_type: str | None = None
    event_type: str | None = None
    id: int | None = None
    version: Any = None
    entity: Any = None  # the entity (event) or {entityType: [entities]} (snapshot)
    why: str | None = None
    part: int = 0  # a snapshot's part number and number of parts
    parts: int = 1

    @property
    def msg_id(self) -> str:
        return f"{self.key}:{self.epoch}:{self.seq}"


def _int(value: Any) -> int:
    if value.__class__ is not int:
        raise ValueError(value)
    return int(value)


_tuple: Final = tuple.__new__  # a Message made without the named tuple's own __new__ (one call less)


def bundle(messages: list[bytes]) -> bytes:
    """Several messages of one partition as one engine record (a JSON array, in order)."""
    return b"[" + b",".join(messages) + b"]"


def decode_all(data: bytes | str) -> list[Message | errors.DecodeError]:
    """The messages of one engine record (one message, or a bundle of them), in order; one that
    cannot be read is its ``errors.DecodeError`` (with the reason) in its place."""
    try:
        obj = _LOADS(data)
    except Exception as exc:  # each parser has its own errors (and RecursionError)
        return [errors.DecodeError(f"organisation message: not JSON ({exc})"[:200])]
    items = obj if isinstance(obj, list) else [obj]
    out: list[Message | errors.DecodeError] = []
    for item in items:
        try:
            out.append(_message(item))
        except errors.DecodeError as exc:
            out.append(exc)
    return out


def decode(data: bytes | str) -> Message:
    """One message from its bytes. Raises ``errors.DecodeError`` (with the reason) on anything else."""
    try:
        obj = _LOADS(data)
    except Exception as exc:  # each parser has its own errors (and RecursionError)
        raise errors.DecodeError(f"organisation message: not JSON ({exc})"[:200]) from None
    return _message(obj)


def _message(obj: Any) -> Message:
    try:
        if obj.__class__ is not dict:
            raise ValueError("not an object")
        kind, key, epoch, seq, ts = obj["k"], obj["a"], obj["e"], obj["q"], obj["ts"]
        if key.__class__ is not int or epoch.__class__ is not int or seq.__class__ is not int:
            raise ValueError("a/e/q")
        if ts.__class__ is not float:
            ts = float(ts)
        if kind == EVENT:
            entity_type, event_type = obj["t"], obj["o"]
            if entity_type.__class__ is not str or event_type.__class__ is not str:
                raise ValueError("t/o")
            ident = obj.get("i")
            return _tuple(
                Message, (EVENT, key, epoch, seq, ts, entity_type, event_type,
                          ident if ident.__class__ is int else None, obj.get("v"), obj["x"], None, 0, 1),
            )  # fmt: skip
        head = (key, epoch, seq, ts)
        if kind == SNAPSHOT:
            entities = obj["x"]
            if not isinstance(entities, dict) or not all(isinstance(v, list) for v in entities.values()):
                raise ValueError("x")
            part, parts = _int(obj.get("p", 0)), _int(obj.get("n", 1))
            if not 0 <= part < parts:
                raise ValueError("p/n")
            return Message(SNAPSHOT, *head, entity=entities, why=str(obj.get("w")), part=part, parts=parts)
        raise ValueError(f"kind {kind!r}")
    except (ValueError, KeyError, TypeError) as exc:
        raise errors.DecodeError(f"organisation message: {type(exc).__name__} {exc}"[:200]) from None
