"""Valid JSON instances of the spec's schemas, for tests (deterministic, every property filled)."""

from __future__ import annotations

import zlib
from collections.abc import MutableMapping
from typing import Any

SCHEMA_REF = "#/components/schemas/"


class Samples:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc["components"]["schemas"]

    def resolve(self, schema: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        ref = schema.get("$ref", "")
        if ref.startswith(SCHEMA_REF):
            name = ref[len(SCHEMA_REF) :]
            return name, self.schemas[name]
        return "", schema

    def of(self, name: str) -> Any:
        return self.value({"$ref": SCHEMA_REF + name}, name)

    def success(self, name: str) -> Any:
        """A response of schema ``name`` that is not a refusal (its ``x-failure`` fields left out)."""
        out = self.of(name)
        failure = self.schemas[name].get("x-failure") or {}
        required = self.schemas[name].get("required", [])
        for key in ("when", "reason", "text"):
            if failure.get(key) and failure[key] not in required:
                out.pop(failure[key], None)
        if failure.get("when") in required:
            out[failure["when"]] = "Success" if failure["when"] == failure.get("reason") else ""
        return out

    def request(self, name: str) -> Any:
        """A request body of schema ``name`` that passes the client's order rules."""
        out = self.of(name)
        stack = [out]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
                continue
            if not isinstance(node, dict):
                continue
            stack.extend(node.values())
            if "orderType" in node:
                node["orderType"] = "StopLimit"
                for price in ("pegDifference", "limitIfTouchedPrice", "trailingStopPrice"):
                    node.pop(price, None)
                node.pop("expireTime", None)
                if "timeInForce" in node:
                    node["timeInForce"] = "Day"
                for key in ("orderQty", "maxShow"):
                    if key in node:
                        node[key] = 1
        return out

    @staticmethod
    def normalised(value: Any) -> Any:
        """``value`` with date-times spelled as the client writes them (``...SS.fffZ``)."""
        if isinstance(value, dict):
            return {k: Samples.normalised(v) for k, v in value.items()}
        if isinstance(value, list):
            return [Samples.normalised(v) for v in value]
        return value

    def value(self, schema: dict[str, Any], path: str, depth: int = 0) -> Any:
        _, schema = self.resolve(schema)
        seed = zlib.crc32(path.encode())
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        if "enum" in schema:
            values = schema["enum"]
            return values[seed % len(values)]
        if kind == "object" or "properties" in schema:
            out = {}
            for prop, sub in (schema.get("properties") or {}).items():
                if prop.startswith("p-"):
                    continue  # penalty fields replace a normal body; tests add them on purpose
                if depth > 6 and prop not in schema.get("required", []):
                    continue
                out[prop] = self.value(sub, f"{path}.{prop}", depth + 1)
            extra = schema.get("additionalProperties")
            if not schema.get("properties") and extra not in (None, False):
                item = extra if isinstance(extra, dict) else {"type": "integer"}
                out["key1"] = self.value(item, f"{path}.key1", depth + 1)
            return out
        if kind == "array":
            count = 1 if depth > 3 else 2
            return [self.value(schema.get("items", {}), f"{path}[{i}]", depth + 1) for i in range(count)]
        if kind == "integer":
            return 1 + seed % 100_000
        if kind == "number":
            return (seed % 1_000_000) / 4
        if kind == "boolean":
            return bool(seed % 2)
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "date-time":
                return (
                    f"2026-11-{1 + seed % 28:02d}T{seed % 24:02d}:{seed % 60:02d}:{seed % 59:02d}.{1 + seed % 999:03d}Z"
                )
            if fmt == "date":
                return f"2026-11-{1 + seed % 28:02d}"
            return f"{path.rsplit('.', 1)[-1]}-{seed % 1000}"
        return {"any": seed % 10}


def change_all(value: Any) -> None:
    """Change every mutable container in ``value`` in place, through tuples too (for the tests
    that what was handed out or handed in shares nothing with what is kept)."""
    if isinstance(value, MutableMapping):
        for v in list(value.values()):
            change_all(v)
        value["scrambled"] = True
    elif isinstance(value, list | tuple):
        for v in value:
            change_all(v)
        if isinstance(value, list):
            value.append("scrambled")
