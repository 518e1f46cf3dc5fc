"""Mutations of valid JSON payloads for the decoder fuzzer (``make fuzz``).

Each mutation starts from a valid payload of a model and breaks it the way a faulty, drifting
or hostile server could: in its structure (missing fields, nulls, wrong types, unknown enum
values, extra or huge keys, deep nesting, a different root) or in its bytes (truncation,
flipped or inserted bytes, NaN/Infinity and huge number literals, lone surrogates, invalid
UTF-8). Everything is driven by one ``random.Random``, so a failure is reproducible from its seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

Node = dict[str, Any] | list[Any]

# A placeholder string replaced in the encoded bytes by a literal json.dumps cannot write.
SLOT = "\x00slot\x00"
SLOT_TEXT = json.dumps(SLOT).encode()

NUMBER_LITERALS = [
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"nan",
    b"1e400",
    b"-1e400",
    b"1e-400",
    b"-0",
    b"-0.0",
    b"1" + b"0" * 5000,
    b"-" + b"9" * 400,
    b"123456789012345678901234567890",
    b"18446744073709551616",
    b"-9223372036854775809",
    b"9007199254740993",
    b"1.7976931348623157e308",
    b"5e-324",
    b"1E+2",
    b"0." + b"0" * 300 + b"1",
    b"01",
    b"+1",
    b".5",
    b"1.",
    b"0x10",
    b"1e",
    b"--1",
]
STRING_LITERALS = [
    b'"\\ud800"',
    b'"\\udfff"',
    b'"a\\ud83d"',
    b'"\\ud83d\\ude00"',
    b'"\\udc00\\ud800"',
    b'"\xed\xa0\x80"',  # a surrogate encoded as UTF-8 (invalid)
    b'"\xff\xfe"',
    b'"\xc0\x80"',
    b'"\x00"',
    b'"\\u0000"',
    b'"\\x41"',
    b'"\\u12"',
    b'"\t"',
    b'"\\uD800\\uD800"',
]
TOKENS = [b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"null", b"NaN", b"\x00", b"\xef\xbb\xbf", b" ", b"1"]
DATETIMES = [
    "2026-02-30T00:00:00Z",
    "2026-13-01T00:00:00Z",
    "9999-12-31T23:59:59.999999-23:59",
    "0001-01-01T00:00:00+23:59",
    "0001-01-01T00:00:00Z",
    "2026-11-20",
    "2026-11-20T14:30",
    "2026-11-20T14:30Z",
    "2026-11-20T14:30:58.485",
    "2026-11-20T14:30:58.485+05:45",
    "20261120T143058Z",
    "2026-11-20T24:00:00Z",
    "2026-11-20T14:30:58.4851234567Z",
    "",
    "Z",
    "2026-11-20T14:30:58.485\ud800",
]
SCALARS: list[Any] = [
    0,
    -1,
    1.5,
    -0.0,
    "",
    "x",
    "Buy",
    True,
    False,
    None,
    2**64,
    -(2**63) - 1,
    10**30,
    1e308,
    5e-324,
    "NaN",
    "\ud800",
    "é" * 3,
]


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth > 3 or roll < 0.6:
        return rng.choice(SCALARS)
    if roll < 0.8:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {random_key(rng): random_value(rng, depth + 1) for _ in range(rng.randrange(4))}


def random_key(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(["", "id", "a", "__class__", "additionalProperties", "to_dict", "p-ticket", "errorText"])
    if roll < 0.7:
        return "k" * rng.choice([1, 300, 300, 300, 70_000])
    if roll < 0.8:
        return "\ud800" + str(rng.randrange(9))
    return "".join(rng.choice("abcXYZ_-0 é") for _ in range(rng.randrange(1, 12)))


def containers(value: Any) -> list[Node]:
    """Every dict and list in a JSON value (iterative)."""
    out: list[Node] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            out.append(node)
            stack.extend(node)
    return out


def _slot(node: Node, rng: random.Random) -> tuple[Node, Any] | None:
    """A random (container, key or index) place in a container, if it has one."""
    if isinstance(node, dict):
        return (node, rng.choice(list(node))) if node else None
    return (node, rng.randrange(len(node))) if node else None


def nested(depth: int, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        return b"[" * depth + b"]" * depth
    return b'{"a":' * depth + b"1" + b"}" * depth


class Mutator:
    """One payload at a time: ``mutate(value)`` gives ``(what, bytes)`` of a broken variant."""

    def __init__(self, rng: random.Random, donors: list[bytes]) -> None:
        self.rng = rng
        self.donors = donors  # other encoded seeds, for splicing
        self.structure: list[tuple[str, Callable[[Any], Any]]] = [
            ("drop_key", self.drop_key),
            ("null", self.null),
            ("wrong_type", self.wrong_type),
            ("unknown_enum", self.unknown_enum),
            ("extra_key", self.extra_key),
            ("huge_string", self.huge_string),
            ("bad_datetime", self.bad_datetime),
            ("list_item", self.list_item),
        ]
        self.literal: list[tuple[str, Callable[[], bytes]]] = [
            ("number_literal", lambda: rng.choice(NUMBER_LITERALS)),
            ("string_literal", lambda: rng.choice(STRING_LITERALS)),
            ("deep_nesting", lambda: nested(rng.choice([50, 255, 256, 257, 300, 1000, 5000, 5000, 100_000]), rng)),
            ("surrogate_key", lambda: b'{"\\ud800":1,"' + b"k" * rng.choice([1, 9000]) + b'":2}'),
        ]
        self.bytewise: list[tuple[str, Callable[[bytes], bytes]]] = [
            ("truncate", self.truncate),
            ("flip_bytes", self.flip_bytes),
            ("insert_token", self.insert_token),
            ("duplicate_key", self.duplicate_key),
            ("splice", self.splice),
            ("pad", self.pad),
        ]

    # structure ---------------------------------------------------------------------------
    def _place(self, value: Any, want: type | None = None) -> tuple[Node, Any] | None:
        nodes = [n for n in containers(value) if want is None or isinstance(n, want)]
        return _slot(self.rng.choice(nodes), self.rng) if nodes else None

    def drop_key(self, value: Any) -> Any:
        place = self._place(value, dict)
        if place:
            del place[0][place[1]]
        return value

    def null(self, value: Any) -> Any:
        place = self._place(value)
        if place:
            place[0][place[1]] = None
        return value

    def wrong_type(self, value: Any) -> Any:
        place = self._place(value)
        if place:
            place[0][place[1]] = random_value(self.rng)
        return value

    def unknown_enum(self, value: Any) -> Any:
        strings = [(n, k) for n in containers(value) for k, v in _items(n) if isinstance(v, str)]
        if strings:
            node, key = self.rng.choice(strings)
            old = node[key]
            node[key] = self.rng.choice([old.lower(), old.upper(), old + " ", "Bogus", old[::-1], "", "é" + old])
        return value

    def extra_key(self, value: Any) -> Any:
        nodes = [n for n in containers(value) if isinstance(n, dict)]
        if nodes:
            self.rng.choice(nodes)[random_key(self.rng)] = random_value(self.rng)
        return value

    def huge_string(self, value: Any) -> Any:
        place = self._place(value)
        if place:
            size = 200_000 if self.rng.random() < 0.05 else 3000
            place[0][place[1]] = self.rng.choice(["x", "é", "\U0001f600"]) * size
        return value

    def bad_datetime(self, value: Any) -> Any:
        stamps = [(n, k) for n in containers(value) for k, v in _items(n) if isinstance(v, str) and v[:2] == "20"]
        if stamps:
            node, key = self.rng.choice(stamps)
            node[key] = self.rng.choice(DATETIMES)
        return value

    def list_item(self, value: Any) -> Any:
        lists = [n for n in containers(value) if isinstance(n, list)]
        if lists:
            target = self.rng.choice(lists)
            target.insert(self.rng.randrange(len(target) + 1), random_value(self.rng))
        return value

    def root(self, value: Any) -> Any:
        return self.rng.choice([[value], [value, 1], 7, "x", None, [], True, {"d": value}, [[value]]])

    # bytes -------------------------------------------------------------------------------
    def truncate(self, raw: bytes) -> bytes:
        return raw[: self.rng.randrange(len(raw) + 1)]

    def flip_bytes(self, raw: bytes) -> bytes:
        data = bytearray(raw)
        for _ in range(self.rng.randrange(1, 5)):
            if not data:
                break
            i = self.rng.randrange(len(data))
            op = self.rng.random()
            if op < 0.4:
                data[i] = self.rng.randrange(256)
            elif op < 0.7:
                del data[i]
            else:
                data.insert(i, self.rng.randrange(256))
        return bytes(data)

    def insert_token(self, raw: bytes) -> bytes:
        i = self.rng.randrange(len(raw) + 1)
        return raw[:i] + self.rng.choice(TOKENS) + raw[i:]

    def duplicate_key(self, raw: bytes) -> bytes:
        i = raw.find(b"{")
        if i < 0:
            return raw
        extra = self.rng.choice([b'"id":"x",', b'"id":null,', b'"":1,', b'"id":1e999,'])
        return raw[: i + 1] + extra + raw[i + 1 :]

    def splice(self, raw: bytes) -> bytes:
        other = self.rng.choice(self.donors)
        return raw[: self.rng.randrange(len(raw) + 1)] + other[self.rng.randrange(len(other) + 1) :]

    def pad(self, raw: bytes) -> bytes:
        return (
            self.rng.choice([b"\xef\xbb\xbf", b" \n\t", b"", b"\x00"]) + raw + self.rng.choice([b"", b" ", b"x", b"{}"])
        )

    # one payload -------------------------------------------------------------------------
    def mutate(self, value: Any) -> tuple[str, Any, bytes]:
        """``(mutation names, mutated value or None, bytes)``; the value is None when the bytes
        were broken after encoding (it then no longer describes them)."""
        rng = self.rng
        names = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            name, op = rng.choice(self.structure)
            names.append(name)
            value = op(value)
        if rng.random() < 0.05:
            names.append("root")
            value = self.root(value)
        literal = None
        if rng.random() < 0.25:
            place = self._place(value)
            if place:
                name, make = rng.choice(self.literal)
                names.append(name)
                literal = make()
                place[0][place[1]] = SLOT
        raw = json.dumps(value, ensure_ascii=rng.random() < 0.3).encode("utf-8", "surrogatepass")
        if literal is not None:
            raw = raw.replace(SLOT_TEXT, literal, 1)
            value = None
        if rng.random() < 0.3:
            name, byte_op = rng.choice(self.bytewise)
            names.append(name)
            raw = byte_op(raw)
            value = None
        return "+".join(names), value, raw


def _items(node: Node) -> list[tuple[Any, Any]]:
    return list(node.items()) if isinstance(node, dict) else list(enumerate(node))
