"""Bundle spec/ into one plain OpenAPI 3.1 document and check it.

    python codegen/bundle.py [--spec spec] [--out build/openapi.json] [--no-validate]

The spec is split for people (see spec/README.md). This merges the parts, expands the entity
table into operations, checks our own conventions, validates the result against the OpenAPI
3.1 schema and writes it with a stable key order, so two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SCHEMA_REF = "#/components/schemas/"

# The regular entity operations. Each maps to (method, query parameters, request body?, result).
ENTITY_OPS = ("item", "items", "list", "find", "suggest", "deps", "ldeps", "create", "update")


class SpecError(Exception):
    """The spec breaks one of our conventions."""


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        try:
            return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as exc:
            raise SpecError(f"{path}: {exc}") from exc


def ref(name: str) -> dict[str, str]:
    return {"$ref": SCHEMA_REF + name}


def query_param(name: str, kind: str, description: str, python_name: str = "") -> dict[str, Any]:
    param: dict[str, Any] = {"name": name, "in": "query", "required": True, "description": description}
    param["schema"] = {"type": kind, "format": "int32"} if kind == "integer" else {"type": kind}
    if python_name:
        param["x-python-name"] = python_name
    return param


def id_param(name: str, description: str, array: bool = False) -> dict[str, Any]:
    integer = {"type": "integer", "format": "int64"}
    if array:
        return {
            "name": name,
            "in": "query",
            "required": True,
            "description": description,
            "style": "form",
            "explode": False,
            "schema": {"type": "array", "items": integer, "minItems": 1},
            "x-correction": {
                "reason": (
                    "The server reads one comma-separated value (ids=1,2,3). The reference leaves the array's "
                    "style unstated, which means repeated keys (ids=1&ids=2) by default; we state form/explode false."
                ),
                "evidence": [
                    "legacy spec, WebSockets tag: request example tradingPermission/ldeps with query masterids=1",
                    "Tradovate's TypeScript client sends id lists comma-joined (ids=1%2C2)",
                ],
            },
        }
    return {"name": name, "in": "query", "required": True, "description": description, "schema": integer}


def entity_operations(name: str, row: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Expand one row of spec/entities.yaml into (path, method, operation)."""
    schema = row["schema"]
    tag = row["tag"]
    prefix = row.get("operationIdPrefix", name)
    master = row.get("master")
    noun = row.get("noun", schema)
    plural = row.get("plural", noun + "s")
    one: dict[str, Any] = {"application/json": {"schema": ref(schema)}}
    many: dict[str, Any] = {"application/json": {"schema": {"type": "array", "items": ref(schema)}}}
    unknown = set(row["ops"]) - set(ENTITY_OPS)
    if unknown:
        raise SpecError(f"entities.yaml: {name}: unknown operations {sorted(unknown)}")
    if {"deps", "ldeps"} & set(row["ops"]) and not master:
        raise SpecError(f"entities.yaml: {name}: deps/ldeps need a `master` entity")
    master_noun = row.get("masterNoun", master[:1].upper() + master[1:] if master else "")
    for op in row["ops"]:
        method = "get"
        params: list[dict[str, Any]] = []
        body: dict[str, Any] | None = None
        result: dict[str, Any]
        if op == "item":
            summary, result = f"One {noun} by id", one
            params = [id_param("id", f"Id of the {noun}.")]
        elif op == "items":
            summary, result = f"Several {plural} by id", many
            params = [id_param("ids", f"Ids of the {plural}; sent comma-separated.", array=True)]
        elif op == "list":
            summary, result = f"All {plural} visible to the user", many
        elif op == "find":
            summary, result = f"One {noun} by name", one
            params = [query_param("name", "string", "Exact name.")]
        elif op == "suggest":
            summary, result = f"{plural} whose text fields contain a string", many
            params = [
                query_param("t", "string", "Text to look for.", python_name="text"),
                query_param("l", "integer", "Maximum number of results.", python_name="limit"),
            ]
        elif op == "deps":
            summary, result = f"{plural} of one {master_noun}", many
            params = [id_param("masterid", f"Id of the {master_noun}.")]
        elif op == "ldeps":
            summary, result = f"{plural} of several {master_noun}s", many
            params = [id_param("masterids", f"Ids of the {master_noun}s; sent comma-separated.", array=True)]
        elif op == "create":
            method, summary, result = "post", f"Create a {noun}", one
            body = {"required": True, "content": {"application/json": {"schema": ref(schema)}}}
        else:  # update
            method, summary, result = "post", f"Update a {noun}", one
            body = {"required": True, "content": {"application/json": {"schema": ref(schema)}}}
        operation: dict[str, Any] = {
            "operationId": prefix + op[:1].upper() + op[1:],
            "summary": summary,
            "tags": [tag],
            "x-entity": {"name": name, "operation": op},
        }
        if params:
            operation["parameters"] = params
        if body:
            operation["requestBody"] = body
        operation["responses"] = {"200": {"description": "OK", "content": result}}
        extra = row.get("x-correction", {}).get(op) if isinstance(row.get("x-correction"), dict) else None
        if extra:
            operation["x-correction"] = extra
        yield f"/{name}/{op}", method, operation


def walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}/{i}")


def bundle(spec: Path) -> dict[str, Any]:
    root = load_yaml(spec / "openapi.yaml")
    doc: dict[str, Any] = {k: root[k] for k in ("openapi", "info", "servers", "security", "tags")}
    paths: dict[str, dict[str, Any]] = {}

    def add(path: str, method: str, operation: dict[str, Any], origin: str) -> None:
        item = paths.setdefault(path, {})
        if method in item:
            raise SpecError(f"{origin}: {method.upper()} {path} is defined twice")
        item[method] = operation

    entities = load_yaml(spec / "entities.yaml")
    for name, row in entities.items():
        for path, method, operation in entity_operations(name, row):
            add(path, method, operation, "entities.yaml")
    for file in sorted((spec / "paths").glob("*.yaml")):
        for path, item in (load_yaml(file) or {}).items():
            for method, operation in item.items():
                add(path, method, operation, f"paths/{file.name}")

    schemas: dict[str, Any] = {}
    for file in sorted((spec / "schemas").glob("*.yaml")):
        for name, schema in (load_yaml(file) or {}).items():
            if name in schemas:
                raise SpecError(f"schemas/{file.name}: schema {name} is defined twice")
            schemas[name] = schema

    doc["paths"] = {p: dict(sorted(paths[p].items())) for p in sorted(paths, key=str.lower)}
    components = dict(root.get("components", {}))
    components["schemas"] = dict(sorted(schemas.items()))
    doc["components"] = {k: components[k] for k in sorted(components)}
    check(doc)
    return doc


def check(doc: dict[str, Any]) -> None:
    """Our conventions, on top of what the OpenAPI schema validates."""
    errors: list[str] = []
    schemas = doc["components"]["schemas"]
    tags = {t["name"] for t in doc["tags"]}
    op_ids: dict[str, str] = {}
    used: set[str] = set()
    for pointer, node in walk(doc):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = node["$ref"]
            if not target.startswith(SCHEMA_REF) or target[len(SCHEMA_REF) :] not in schemas:
                errors.append(f"{pointer}: unresolved $ref {target}")
            else:
                used.add(target[len(SCHEMA_REF) :])
    for path, item in doc["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            oid = op.get("operationId")
            if not oid:
                errors.append(f"{where}: no operationId")
            elif oid in op_ids:
                errors.append(f"{where}: operationId {oid} also used by {op_ids[oid]}")
            else:
                op_ids[oid] = where
            if not op.get("summary"):
                errors.append(f"{where}: no summary")
            for tag in op.get("tags", []):
                if tag not in tags:
                    errors.append(f"{where}: tag {tag} is not declared in openapi.yaml")
            if len(op.get("tags", [])) != 1:
                errors.append(f"{where}: needs exactly one tag")
            ok = op.get("responses", {}).get("200")
            if ok is None:
                errors.append(f"{where}: no 200 response")
            elif "content" not in ok and not op.get("x-no-content"):
                errors.append(f"{where}: 200 response without content (mark `x-no-content: true` if intended)")
            for param in op.get("parameters", []):
                if param.get("in") == "header" and param.get("name", "").lower() == "authorization":
                    errors.append(f"{where}: Authorization is the bearer security scheme, not a parameter")
                if param.get("schema", {}).get("type") == "array" and param.get("explode") is not False:
                    errors.append(
                        f"{where}: array query parameter {param['name']} must be `style: form, explode: false`"
                    )
            if method == "post" and "requestBody" not in op and not op.get("x-no-body"):
                errors.append(f"{where}: POST without a request body (mark `x-no-body: true` if intended)")
    # Every schema is reachable from an operation, or is declared standalone on purpose.
    reachable: set[str] = set()
    stack = list(used)
    while stack:
        name = stack.pop()
        if name in reachable:
            continue
        reachable.add(name)
        for _, node in walk(schemas[name]):
            if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(SCHEMA_REF):
                target = node["$ref"][len(SCHEMA_REF) :]
                if target in schemas:
                    stack.append(target)
    for name, schema in schemas.items():
        if name not in reachable and not schema.get("x-standalone"):
            errors.append(f"schema {name} is not used by any operation (mark `x-standalone` with a reason if intended)")
        if "enum" in schema and schema.get("type") != "string":
            errors.append(f"schema {name}: enums are string enums")
        for prop, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and "enum" in sub:
                errors.append(f"schema {name}.{prop}: inline enum; declare it once in schemas/enums.yaml")
            inner = sub.get("items", sub) if isinstance(sub, dict) else {}
            if isinstance(inner, dict) and (inner.get("properties") or inner.get("type") == "object"):
                errors.append(f"schema {name}.{prop}: inline object; declare it as its own schema and $ref it")
    if errors:
        raise SpecError("\n".join(errors))


def validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate as oas_validate

    oas_validate(doc)


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=Path("spec"))
    parser.add_argument("--out", type=Path, default=Path("build/openapi.json"))
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args(argv)
    try:
        doc = bundle(args.spec)
        if not args.no_validate:
            validate(doc)
    except SpecError as exc:
        print(f"spec error:\n{exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = dumps(doc)
    if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
        args.out.write_text(text, encoding="utf-8")
    ops = sum(len(item) for item in doc["paths"].values())
    print(f"bundled {ops} operations, {len(doc['components']['schemas'])} schemas -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
