"""Report how our bundled spec differs from an upstream OpenAPI document.

    python codegen/drift.py UPSTREAM OURS [--json]     UPSTREAM: a path or an http(s) URL
    python codegen/drift.py --corrections OURS

Operations are matched by method and path (case-insensitive, as the server matches them).
For each operation present on both sides, query parameters, request body and 200 response are
flattened into leaf fields (``response[].tradeDate.year``) with a JSON kind, and enum values are
collected per leaf. Component names do not matter, only shapes, so upstream's per-entity enum
copies compare fine against our shared enums. Fields our schemas leave out on purpose
(``x-derived-from: {omitted: [id]}`` on the derived create bodies) are listed apart, not as missing,
and so are upstream REST paths that we describe as socket-only endpoints (``x-websocket``: the
legacy reference's ``/replay/*``).

Exit status: 0 when upstream has nothing we lack, 1 when it has operations, fields or enum
values missing from ours (new upstream changes to follow), 2 on usage errors.
``--corrections`` lists every ``x-correction`` note in our bundle (our deliberate deviations).
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("get", "post", "put", "patch", "delete")
OMITTED = "omitted"  # the kind of a leaf our schema leaves out on purpose (x-derived-from)


def load(source: str) -> dict[str, Any]:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            text = response.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    if source.endswith((".yaml", ".yml")):
        import yaml

        data = yaml.safe_load(text)
    else:
        data = json.loads(text)
    if not isinstance(data, dict) or "paths" not in data:
        raise SystemExit(f"{source}: not an OpenAPI document")
    return data


class Resolver:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def deref(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.doc
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def kind(self, node: Any) -> str:
        node = self.deref(node)
        if not isinstance(node, dict):
            return "any"
        kind = node.get("type")
        if isinstance(kind, list):
            rest = [k for k in kind if k != "null"]
            kind = rest[0] if len(rest) == 1 else None
        if kind is None:
            for key in ("oneOf", "anyOf"):
                alternatives = [a for a in node.get(key, []) if self.deref(a).get("type") != "null"]
                if len(alternatives) == 1:
                    return self.kind(alternatives[0])
            if "properties" in node:
                return "object"
            if "enum" in node:
                return "string"
            return "any"
        if kind == "integer":
            return "number"  # JSON has one number type; integer vs number is not drift
        if kind == "string" and node.get("format") in ("date-time", "date"):
            return str(node["format"])
        return str(kind)

    def leaves(self, node: Any, prefix: str, out: dict[str, Leaf], depth: int = 0) -> None:
        node = self.deref(node)
        if not isinstance(node, dict) or depth > 12:
            return
        for key in ("oneOf", "anyOf"):
            alternatives = [a for a in node.get(key, []) if self.deref(a).get("type") != "null"]
            if len(alternatives) == 1:
                self.leaves(alternatives[0], prefix, out, depth + 1)
                return
        kind = self.kind(node)
        if kind == "object" or node.get("properties"):
            properties = node.get("properties") or {}
            for name, sub in properties.items():
                self.leaves(sub, f"{prefix}.{name}", out, depth + 1)
            for name in (node.get("x-derived-from") or {}).get("omitted", []):
                out[f"{prefix}.{name}"] = Leaf(OMITTED)
            if not properties:
                out[prefix] = Leaf("object")
        elif kind == "array":
            self.leaves(node.get("items", {}), prefix + "[]", out, depth + 1)
        else:
            out[prefix] = Leaf(kind, frozenset(str(v) for v in node.get("enum", [])))


@dataclass(frozen=True)
class Leaf:
    kind: str
    enum: frozenset[str] = frozenset()


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path.lower()): op
        for path, item in (doc.get("paths") or {}).items()
        for method, op in item.items()
        if method in METHODS
    }


def operation_leaves(resolver: Resolver, op: dict[str, Any]) -> dict[str, Leaf]:
    out: dict[str, Leaf] = {}
    for param in op.get("parameters", []):
        param = resolver.deref(param)
        if param.get("in") == "query":
            schema = resolver.deref(param.get("schema", {}))
            kind = resolver.kind(schema)
            if kind == "array" and param.get("explode") is False:
                kind = "array"  # comma-joined either way
            out[f"query.{param['name']}"] = Leaf(kind)
    body = resolver.deref(op.get("requestBody", {}))
    for media, content in (body.get("content") or {}).items():
        if "json" in media:
            resolver.leaves(content.get("schema", {}), "body", out)
    response = resolver.deref((op.get("responses") or {}).get("200", {}))
    for media, content in (response.get("content") or {}).items():
        if "json" in media:
            resolver.leaves(content.get("schema", {}), "response", out)
    return out


@dataclass
class Report:
    missing_operations: list[str] = field(default_factory=list)
    extra_operations: list[str] = field(default_factory=list)
    missing_fields: list[str] = field(default_factory=list)
    extra_fields: list[str] = field(default_factory=list)
    kind_changes: list[str] = field(default_factory=list)
    missing_enum_values: list[str] = field(default_factory=list)
    omitted_fields: list[str] = field(default_factory=list)
    socket_operations: list[str] = field(default_factory=list)
    compared_fields: int = 0

    @property
    def upstream_ahead(self) -> bool:
        return bool(self.missing_operations or self.missing_fields or self.kind_changes or self.missing_enum_values)


def compare(upstream: dict[str, Any], ours: dict[str, Any]) -> Report:
    report = Report()
    theirs_ops, our_ops = operations(upstream), operations(ours)
    sockets = {name.lower() for name in ((ours.get("x-websocket") or {}).get("endpoints") or {})}
    for m, p in sorted(set(theirs_ops) - set(our_ops)):
        rows = report.socket_operations if p.strip("/") in sockets else report.missing_operations
        rows.append(f"{m.upper()} {p}")
    report.extra_operations = [f"{m.upper()} {p}" for m, p in sorted(set(our_ops) - set(theirs_ops))]
    theirs_resolver, our_resolver = Resolver(upstream), Resolver(ours)
    for key in sorted(set(theirs_ops) & set(our_ops)):
        name = f"{key[0].upper()} {key[1]}"
        want = operation_leaves(theirs_resolver, theirs_ops[key])
        have = operation_leaves(our_resolver, our_ops[key])
        for leaf, spec in sorted(want.items()):
            report.compared_fields += 1
            got = have.get(leaf)
            if got is not None and got.kind == OMITTED:
                report.omitted_fields.append(f"{name} {leaf}")
            elif got is None:
                report.missing_fields.append(f"{name} {leaf} ({spec.kind})")
            elif "any" not in (spec.kind, got.kind) and spec.kind != got.kind:
                report.kind_changes.append(f"{name} {leaf}: upstream {spec.kind}, ours {got.kind}")
            elif spec.enum - got.enum and got.enum:
                values = ", ".join(sorted(spec.enum - got.enum))
                report.missing_enum_values.append(f"{name} {leaf}: {values}")
        report.extra_fields += [
            f"{name} {leaf}" for leaf in sorted(set(have) - set(want)) if have[leaf].kind != OMITTED
        ]
    return report


def print_report(report: Report) -> None:
    sections = [
        ("Operations upstream has and we lack", report.missing_operations),
        ("Fields upstream has and we lack", report.missing_fields),
        ("Fields whose JSON kind differs", report.kind_changes),
        ("Enum values upstream lists and we do not", report.missing_enum_values),
        ("Operations only we describe", report.extra_operations),
        ("Fields only we describe (our additions and corrections)", report.extra_fields),
        ("Fields we leave out on purpose (x-derived-from)", report.omitted_fields),
        ("Upstream operations we describe as socket endpoints (x-websocket)", report.socket_operations),
    ]
    for title, rows in sections:
        print(f"{title}: {len(rows)}")
        for row in rows:
            print(f"  {row}")
    matched = (
        report.compared_fields - len(report.missing_fields) - len(report.kind_changes) - len(report.omitted_fields)
    )
    print(f"upstream fields present in ours: {matched}/{report.compared_fields}")
    print("upstream has changes to follow" if report.upstream_ahead else "nothing upstream that we lack")


def corrections(doc: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    def walk(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
        if isinstance(node, dict):
            if "x-correction" in node:
                yield pointer, node["x-correction"]
            for key, value in node.items():
                if key != "x-correction":
                    yield from walk(value, f"{pointer}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{pointer}/{i}")

    yield from walk(doc, "#")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents", nargs="+", help="UPSTREAM OURS, or OURS with --corrections")
    parser.add_argument("--corrections", action="store_true")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if args.corrections:
        notes = list(corrections(load(args.documents[-1])))
        if args.json:
            print(json.dumps([{"at": at, "correction": note} for at, note in notes], indent=2))
        else:
            for at, note in notes:
                print(at)
                print(f"  {json.dumps(note, ensure_ascii=False)}")
            print(f"{len(notes)} corrections")
        return 0
    if len(args.documents) != 2:
        parser.print_usage(sys.stderr)
        return 2
    report = compare(load(args.documents[0]), load(args.documents[1]))
    if args.json:
        print(json.dumps(report.__dict__, indent=2))
    else:
        print_report(report)
    return 1 if report.upstream_ahead else 0


if __name__ == "__main__":
    sys.exit(main())
