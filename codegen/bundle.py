"""Bundle spec/ into one plain OpenAPI 3.1 document and check it.

    python codegen/bundle.py [--spec spec] [--out build/openapi.json] [--no-validate]

The spec is split for people (see spec/README.md). This merges the parts, expands the entity
table into operations (with a `<Schema>Create` body for each `create`), gives every operation its
Python names (`x-namespace`, `x-method`), checks our own conventions, validates the result against
the OpenAPI 3.1 schema and writes it with a stable key order, so two runs give identical bytes.
"""

from __future__ import annotations

import argparse
import copy
import json
import keyword
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

SCHEMA_REF = "#/components/schemas/"
RESPONSE_REF = "#/components/responses/"

# The error answers of spec/responses.yaml that every operation documents, by HTTP status. The
# statuses of TOKEN_ERRORS concern the bearer token: an operation with `security: []` gets them only
# if it names them itself (accessTokenRequest: 401 InvalidCredentials). An operation's own entry
# for a status wins.
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "403": "Forbidden",
    "404": "NotFound",
    "423": "LockoutWarning",
    "429": "RateLimited",
    "500": "ServerError",
}
TOKEN_ERRORS = ("401", "403")

# The regular entity operations. Each maps to (method, query parameters, request body?, result).
ENTITY_OPS = ("item", "items", "list", "find", "suggest", "deps", "ldeps", "create", "update")

# x-failure: the error classes a refusal may raise, the keys a marker may have, and the fields
# that carry a refusal in a 200 body (a schema an operation returns with one of them needs a marker).
FAILURE_ERRORS = ("OperationFailed", "AuthenticationFailed", "OrderRejected")
FAILURE_KEYS = ("when", "reason", "text", "error", "x-evidence")
FAILURE_FIELDS = ("errorText", "failureReason")

# Python names (x-namespace, x-method): snake_case, no leading underscore, not a keyword, and not
# a builtin the generated classes use in annotations (`list` is allowed: it is an entity operation).
SNAKE_NAME = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# x-websocket (spec/websocket.yaml): the sockets, and the keys of its entries.
SOCKETS = ("user", "md", "replay")
SOCKET_ENDPOINT_KEYS = ("sockets", "request", "response", "x-correction", "x-evidence")
SOCKET_EVENT_KEYS = ("data", "jsonText")
SOCKET_FRAMES = ("response", "event")

SHADOWING = frozenset({"bool", "bytes", "cls", "dict", "float", "int", "object", "self", "set", "str", "tuple", "type"})

ID_REQUIRED = {
    "reason": (
        "The reference leaves `id` optional on every entity, but every entity the server returns (item, list, deps, "
        "the user sync) carries its id, so here it is required. Bodies that create an entity whose id the server "
        "assigns use the derived <Entity>Create schema, without `id`."
    ),
    "evidence": [
        "reference: every entity schema declares id (int64) without listing it as required",
        "arlenner/api-doc-20-dev md/entity-system/entities-shared-ops.md @ e9de95f (entities are looked up by id)",
        "arlenner/api-doc-20-dev md/wss-guide/messageProtocol.md @ e9de95f (entity payloads in the examples carry id)",
    ],
}


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


def query_param(
    name: str, kind: str, description: str, python_name: str = "", minimum: int | None = None
) -> dict[str, Any]:
    param: dict[str, Any] = {"name": name, "in": "query", "required": True, "description": description}
    param["schema"] = {"type": kind, "format": "int32"} if kind == "integer" else {"type": kind}
    if minimum is not None:
        param["schema"]["minimum"] = minimum
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


# --- entity rows --------------------------------------------------------------------------------


def plural(name: str, row: dict[str, Any]) -> str:
    """The row's plural noun (`plural`, else noun + "s"); summaries and the Python namespace use it."""
    noun = row.get("noun", row["schema"])
    if "plural" in row:
        return str(row["plural"])
    if noun.endswith(("s", "x", "y", "ch", "sh")):
        raise SpecError(f"entities.yaml: {name}: {noun}s is not the plural of {noun}; set `plural`")
    return str(noun) + "s"


def entity_operations(name: str, row: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Expand one row of spec/entities.yaml into (path, method, operation)."""
    schema = row["schema"]
    tag = row["tag"]
    prefix = row.get("operationIdPrefix", name)
    master = row.get("master")
    noun = row.get("noun", schema)
    many_nouns = plural(name, row)
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
            summary, result = f"Several {many_nouns} by id", many
            params = [id_param("ids", f"Ids of the {many_nouns}; sent comma-separated.", array=True)]
        elif op == "list":
            summary, result = f"All {many_nouns} visible to the user", many
        elif op == "find":
            summary, result = f"One {noun} by name", one
            params = [query_param("name", "string", "Exact name.")]
        elif op == "suggest":
            summary, result = f"{many_nouns} whose text fields contain a string", many
            params = [
                query_param("t", "string", "Text to look for.", python_name="text"),
                query_param("l", "integer", "Maximum number of results.", python_name="limit", minimum=0),
            ]
        elif op == "deps":
            summary, result = f"{many_nouns} of one {master_noun}", many
            params = [id_param("masterid", f"Id of the {master_noun}.")]
        elif op == "ldeps":
            summary, result = f"{many_nouns} of several {master_noun}s", many
            params = [id_param("masterids", f"Ids of the {master_noun}s; sent comma-separated.", array=True)]
        elif op == "create":  # the server assigns the id, so the body is <Schema>Create (see create_schema)
            method, summary, result = "post", f"Create a {noun}", one
            sent = schema if row.get("idIsMasterId") else schema + "Create"
            body = {"required": True, "content": {"application/json": {"schema": ref(sent)}}}
        else:  # update: the entity itself, id included
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


def create_schema(entity: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The body of `<entity>/create`: the entity's fields without `id`, which the server assigns."""
    derived: dict[str, Any] = {
        "type": "object",
        "description": f"A new {entity} to create: its fields without `id`, which the server assigns.",
        "properties": {k: copy.deepcopy(v) for k, v in (schema.get("properties") or {}).items() if k != "id"},
    }
    required = [field for field in schema.get("required", []) if field != "id"]
    if required:
        derived["required"] = required
    derived["x-derived-from"] = {"schema": entity, "omitted": ["id"]}
    derived["x-correction"] = {
        "reason": (
            f"The reference sends {entity} itself, with an optional `id`, as the body of its create operation. A new "
            "entity has no id yet (the server assigns it and returns it in the result) and update names the entity "
            "it changes by id, so the create body is the entity without `id`."
        ),
        "evidence": [
            f"reference: the create operation of {entity} takes and returns {entity}",
            "https://partner.tradovate.com/api/rest-api-endpoints/risks/user-account-position-limit-update "
            "(update changes an existing entity; create makes a new one)",
        ],
    }
    return derived


# --- Python names -------------------------------------------------------------------------------


def snake_case(name: str) -> str:
    """`cashBalance` -> `cash_balance`, `POAContacts` -> `poa_contacts`, `placeOso` -> `place_oso`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def method_name(operation_id: str, entity: str) -> str:
    """snake_case of an operation id, without trailing words that also end the entity's name.

    `cancelOrder` (entity order) -> `cancel`; `completeAlertSignal` (adminAlertSignal) -> `complete`;
    `placeOso` -> `place_oso`; `syncRequest` (user) -> `sync_request`.
    """
    words = snake_case(operation_id).split("_")
    entity_words = entity.split("_")
    for n in range(min(len(words) - 1, len(entity_words)), 0, -1):
        if words[-n:] == entity_words[-n:]:
            return "_".join(words[:-n])
    return "_".join(words)


def name_operations(paths: dict[str, dict[str, Any]], entities: dict[str, Any]) -> None:
    """Set `x-namespace` (attribute of the client) and `x-method` (method in it) on every operation.

    The namespace is that of the entity row whose path segment starts the path (its plural in
    snake_case), else the segment in snake_case. Entity operations are named after the operation
    (`item`, `list`, ...); the others after their operation id, unless `x-python-name` says otherwise.
    """
    rows = {
        segment: (snake_case(plural(segment, row)), snake_case(row.get("noun", row["schema"])))
        for segment, row in entities.items()
    }
    for path, item in paths.items():
        segment = path.split("/")[1]
        namespace, entity = rows.get(segment, (snake_case(segment), snake_case(segment)))
        for method, op in item.items():
            for key in ("x-namespace", "x-method"):
                if key in op:
                    raise SpecError(f"{method.upper()} {path}: `{key}` is set by the bundler; use `x-python-name`")
            if "x-entity" in op:
                op["x-method"] = op["x-entity"]["operation"]
            else:
                op["x-method"] = op.get("x-python-name") or method_name(op["operationId"], entity)
            op["x-namespace"] = namespace


# --- the WebSocket API (x-websocket) -------------------------------------------------------------


def websocket_section(spec: Path) -> dict[str, Any]:
    """spec/websocket.yaml as the bundle's `x-websocket`, schema names turned into `$ref`s.

    Shape errors are raised here; that the schemas exist is checked with every other `$ref`.
    """
    path = spec / "websocket.yaml"
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    errors: list[str] = []
    unknown = set(data) - {"frames", "events", "endpoints"}
    if unknown:
        errors.append(f"websocket.yaml: unknown sections {sorted(unknown)}")
    frames = data.get("frames") or {}
    if sorted(frames) != sorted(SOCKET_FRAMES):
        errors.append(f"websocket.yaml: frames must name the schemas of {', '.join(SOCKET_FRAMES)}")
    events: dict[str, Any] = {}
    for name, event in (data.get("events") or {}).items():
        where = f"websocket.yaml: event {name}"
        if not isinstance(event, dict) or "data" not in event:
            errors.append(f"{where}: needs `data` (the schema of its d)")
            continue
        errors += [f"{where}: unknown key {key}" for key in event if key not in SOCKET_EVENT_KEYS]
        events[name] = {**event, "data": ref(str(event["data"]))}
    endpoints: dict[str, Any] = {}
    for name, endpoint in (data.get("endpoints") or {}).items():
        where = f"websocket.yaml: endpoint {name}"
        if not isinstance(endpoint, dict):
            errors.append(f"{where}: must be a mapping")
            continue
        errors += [f"{where}: unknown key {key}" for key in endpoint if key not in SOCKET_ENDPOINT_KEYS]
        sockets = endpoint.get("sockets") or []
        if not sockets or not set(sockets) <= set(SOCKETS):
            errors.append(f"{where}: `sockets` must list some of {', '.join(SOCKETS)}")
        if not re.fullmatch(r"[a-z][A-Za-z]*/[a-z][A-Za-z]*", name):
            errors.append(f"{where}: the name is <segment>/<operation>, as sent in a request frame")
        entry = dict(endpoint)
        for key in ("request", "response"):
            if key in entry:
                entry[key] = ref(str(entry[key]))
        endpoints[name] = entry
    if errors:
        raise SpecError("\n".join(errors))
    return {
        "frames": {k: ref(str(v)) for k, v in frames.items()},
        "events": events,
        "endpoints": endpoints,
    }


# --- error answers (spec/responses.yaml) --------------------------------------------------------


def add_error_responses(paths: dict[str, dict[str, Any]], responses: Any, token_by_default: bool) -> None:
    """Give every operation a `$ref` to each error answer of ERROR_RESPONSES that applies to it.

    The statuses of TOKEN_ERRORS only go to operations that send the bearer token. A status the
    operation documents itself is kept. Responses end up sorted by status.
    """
    if not isinstance(responses, dict):
        raise SpecError("responses.yaml: must map response names to OpenAPI response objects")
    missing = [name for name in ERROR_RESPONSES.values() if name not in responses]
    if missing:
        raise SpecError(f"responses.yaml: the bundler adds {', '.join(missing)} to every operation; define them")
    for item in paths.values():
        for op in item.values():
            token = op.get("security", [{}] if token_by_default else []) != []
            answers = op.setdefault("responses", {})
            for status, name in ERROR_RESPONSES.items():
                if token or status not in TOKEN_ERRORS:
                    answers.setdefault(status, {"$ref": RESPONSE_REF + name})
            op["responses"] = dict(sorted(answers.items()))


# --- bundling -----------------------------------------------------------------------------------


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
    name_operations(paths, entities)
    responses = load_yaml(spec / "responses.yaml") if (spec / "responses.yaml").exists() else None
    if responses is not None:
        add_error_responses(paths, responses, token_by_default=root.get("security") != [])

    schemas: dict[str, Any] = {}
    for file in sorted((spec / "schemas").glob("*.yaml")):
        for name, schema in (load_yaml(file) or {}).items():
            if name in schemas:
                raise SpecError(f"schemas/{file.name}: schema {name} is defined twice")
            schemas[name] = schema
    for name, row in entities.items():
        entity = schemas.get(row["schema"])
        if entity is None:
            raise SpecError(f"entities.yaml: {name}: schema {row['schema']} is not defined in schemas/")
        id_property = (entity.get("properties") or {}).get("id")
        if isinstance(id_property, dict) and "id" in entity.get("required", []):
            id_property.setdefault("x-correction", ID_REQUIRED)
        if "create" in row["ops"] and not row.get("idIsMasterId"):
            derived = row["schema"] + "Create"
            if derived in schemas:
                raise SpecError(f"schemas: {derived} is derived from entity row {name}; do not define it by hand")
            schemas[derived] = create_schema(row["schema"], entity)

    doc["paths"] = {p: dict(sorted(paths[p].items())) for p in sorted(paths, key=str.lower)}
    websocket = websocket_section(spec)
    if websocket:
        doc["x-websocket"] = websocket
    components = dict(root.get("components", {}))
    components["schemas"] = dict(sorted(schemas.items()))
    if responses is not None:
        if "responses" in components:
            raise SpecError("openapi.yaml: components.responses belong in responses.yaml")
        components["responses"] = responses
    doc["components"] = {k: components[k] for k in sorted(components)}
    check(doc, entities)
    return doc


# --- checks -------------------------------------------------------------------------------------


def walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}/{i}")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, "METHOD /path", operation) for every operation of the bundle."""
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, f"{method.upper()} {path}", op


def schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas that `node` refers to ($ref), at any depth within it."""
    for _, sub in walk(node):
        if isinstance(sub, dict) and isinstance(sub.get("$ref"), str) and sub["$ref"].startswith(SCHEMA_REF):
            yield sub["$ref"][len(SCHEMA_REF) :]


def reachable(names: Iterable[str], schemas: dict[str, Any]) -> set[str]:
    """The schemas `names`, and every schema they refer to, transitively."""
    found: set[str] = set()
    stack = list(names)
    while stack:
        name = stack.pop()
        if name not in found and name in schemas:
            found.add(name)
            stack.extend(schema_refs(schemas[name]))
    return found


def json_schema_name(part: dict[str, Any]) -> str | None:
    """The component schema that a request body or response is (not an array of), if any."""
    target = part.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
    return target[len(SCHEMA_REF) :] if target.startswith(SCHEMA_REF) else None


def returned_schema(op: dict[str, Any]) -> str | None:
    return json_schema_name(op.get("responses", {}).get("200", {}))


def socket_endpoints(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(name, entry) of every socket endpoint of `x-websocket`."""
    yield from (doc.get("x-websocket") or {}).get("endpoints", {}).items()


def check(doc: dict[str, Any], entities: dict[str, Any]) -> None:
    """Our conventions, on top of what the OpenAPI schema validates (`entities`: spec/entities.yaml)."""
    errors = (
        check_operations(doc)
        + check_schemas(doc)
        + check_entity_ids(doc, entities)
        + check_failure_markers(doc)
        + check_python_names(doc)
        + check_error_responses(doc)
    )
    if errors:
        raise SpecError("\n".join(errors))


def check_operations(doc: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tags = {t["name"] for t in doc["tags"]}
    op_ids: dict[str, str] = {}
    for _, where, op in operations(doc):
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
                errors.append(f"{where}: array query parameter {param['name']} must be `style: form, explode: false`")
        limit = op.get("x-rate-limit")
        if limit is not None and not rate_limit_ok(limit):
            errors.append(
                f"{where}: x-rate-limit is {{perHour: <int > 0>, backoffSeconds: <number >= 0>, countsSuccesses: <bool>}}"
            )
        if where.startswith("POST") and "requestBody" not in op and not op.get("x-no-body"):
            errors.append(f"{where}: POST without a request body (mark `x-no-body: true` if intended)")
    return errors


def rate_limit_ok(limit: Any) -> bool:
    """An `x-rate-limit` is well formed (countsSuccesses may be left out: then every request counts)."""
    if not isinstance(limit, dict) or not set(limit) <= {"perHour", "backoffSeconds", "countsSuccesses"}:
        return False
    per_hour, backoff = limit.get("perHour"), limit.get("backoffSeconds")
    if isinstance(per_hour, bool) or isinstance(backoff, bool):
        return False
    if not isinstance(per_hour, int) or not isinstance(backoff, int | float):
        return False
    return per_hour > 0 and backoff >= 0 and type(limit.get("countsSuccesses", True)) is bool


def check_schemas(doc: dict[str, Any]) -> list[str]:
    """References resolve, every schema is used, enums are shared string enums, no inline objects."""
    errors: list[str] = []
    schemas = doc["components"]["schemas"]
    used: set[str] = set()
    for pointer, node in walk(doc):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target = node["$ref"]
            if target.startswith(RESPONSE_REF):
                continue  # check_error_responses
            if not target.startswith(SCHEMA_REF) or target[len(SCHEMA_REF) :] not in schemas:
                errors.append(f"{pointer}: unresolved $ref {target}")
            else:
                used.add(target[len(SCHEMA_REF) :])
    reachable_from_operations = reachable(used, schemas)
    for name, schema in schemas.items():
        if name not in reachable_from_operations and not schema.get("x-standalone"):
            errors.append(f"schema {name} is not used by any operation (mark `x-standalone` with a reason if intended)")
        if "enum" in schema and schema.get("type") != "string":
            errors.append(f"schema {name}: enums are string enums")
        for prop, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and "enum" in sub:
                errors.append(f"schema {name}.{prop}: inline enum; declare it once in schemas/enums.yaml")
            inner = sub.get("items", sub) if isinstance(sub, dict) else {}
            if isinstance(inner, dict) and (inner.get("properties") or inner.get("type") == "object"):
                errors.append(f"schema {name}.{prop}: inline object; declare it as its own schema and $ref it")
    return errors


def check_entity_ids(doc: dict[str, Any], entities: dict[str, Any]) -> list[str]:
    """Entities read from the server carry their id; a body that must not carry one never uses them."""
    errors: list[str] = []
    schemas = doc["components"]["schemas"]
    entity_schemas = {row["schema"] for row in entities.values()}
    for name, row in entities.items():
        schema = schemas.get(row["schema"], {})
        if "id" not in (schema.get("properties") or {}) or "id" not in schema.get("required", []):
            errors.append(f"schema {row['schema']} (entity row {name}): `id` must be a property listed in `required`")
    for _, where, op in operations(doc):
        body = op.get("requestBody")
        if body is None:
            continue
        # Only `update` sends an entity as it is, id included (and `create`, where the caller picks the id).
        entity = op.get("x-entity", {})
        sends_id = entity.get("operation") == "update" or (
            entity.get("operation") == "create" and entities[entity["name"]].get("idIsMasterId")
        )
        allowed = {json_schema_name(body)} if sends_id else set()
        for name in sorted((reachable(schema_refs(body), schemas) & entity_schemas) - allowed):
            errors.append(
                f"{where}: request body contains entity schema {name}, whose `id` is required; "
                "send a schema without `id` (as the <Entity>Create bodies of entity rows)"
            )
    return errors


def check_failure_markers(doc: dict[str, Any]) -> list[str]:
    """`x-failure` markers are well formed and on every response schema that can carry a refusal."""
    errors: list[str] = []
    schemas = doc["components"]["schemas"]
    returned_by: dict[str, str] = {}
    for _, where, op in operations(doc):
        name = returned_schema(op)
        if name:
            returned_by.setdefault(name, where)
    for endpoint, entry in socket_endpoints(doc):
        target = entry.get("response", {}).get("$ref", "")
        if target.startswith(SCHEMA_REF):
            returned_by.setdefault(target[len(SCHEMA_REF) :], f"socket endpoint {endpoint}")
    for name, schema in schemas.items():
        properties = schema.get("properties") or {}
        marker = schema.get("x-failure")
        if marker is None:
            carried = [field for field in FAILURE_FIELDS if field in properties]
            if carried and name in returned_by:
                errors.append(
                    f"schema {name}: returned by {returned_by[name]} and has `{carried[0]}`, so a refusal can come "
                    "in a 200 body; mark it with `x-failure` (spec/README.md)"
                )
            continue
        where = f"schema {name}: x-failure"
        if not isinstance(marker, dict):
            errors.append(f"{where} must be a mapping")
            continue
        errors += [f"{where}: unknown key {key}" for key in marker if key not in FAILURE_KEYS]
        if name not in returned_by:
            errors.append(
                f"{where} on a schema no operation returns; mark the schema of the 200 response (or socket answer)"
            )
        if "when" not in marker:
            errors.append(f"{where} needs `when` (the field whose presence means a refusal)")
        for key in ("when", "reason", "text"):
            if key in marker and marker[key] not in properties:
                errors.append(f"{where}.{key} is {marker[key]!r}, which is not a property of {name}")
        if marker.get("error") not in FAILURE_ERRORS:
            errors.append(f"{where}.error must be one of {', '.join(FAILURE_ERRORS)}")
        if not marker.get("x-evidence"):
            errors.append(f"{where} needs `x-evidence` (where the failure fields are documented)")
    return errors


def check_error_responses(doc: dict[str, Any]) -> list[str]:
    """Every non-200 answer is a `$ref` to a response of responses.yaml; each of those is used and
    carries its `x-correction` (the reference documents no status but 200)."""
    errors: list[str] = []
    responses = doc["components"].get("responses", {})
    used: set[str] = set()
    for _, where, op in operations(doc):
        for status, answer in op.get("responses", {}).items():
            if status == "200":
                continue
            target = answer.get("$ref", "") if isinstance(answer, dict) else ""
            name = target[len(RESPONSE_REF) :]
            if not target.startswith(RESPONSE_REF) or name not in responses:
                errors.append(f"{where}: response {status} must be a $ref to a response of responses.yaml")
            used.add(name)
    for name, response in responses.items():
        if name not in used:
            errors.append(f"responses.yaml: {name} is not used by any operation")
        correction = response.get("x-correction") if isinstance(response, dict) else None
        if not isinstance(correction, dict) or not correction.get("reason") or not correction.get("evidence"):
            errors.append(f"responses.yaml: {name} needs an `x-correction` with `reason` and `evidence`")
    return errors


def python_name_problem(name: str) -> str | None:
    if not SNAKE_NAME.fullmatch(name):
        return "is not a snake_case name"
    if keyword.iskeyword(name):
        return "is a Python keyword"
    if name in SHADOWING:
        return "would shadow a builtin in the generated code"
    return None


def check_python_names(doc: dict[str, Any]) -> list[str]:
    """Valid, unique (x-namespace, x-method) pairs, and one path segment per namespace."""
    errors: list[str] = []
    taken: dict[tuple[str, str], str] = {}
    segments: dict[str, set[str]] = {}
    for path, where, op in operations(doc):
        namespace, method = str(op.get("x-namespace")), str(op.get("x-method"))
        if problem := python_name_problem(namespace):
            errors.append(f"{where}: namespace {namespace!r} {problem}; change the entity row's `plural` or the path")
        if problem := python_name_problem(method):
            errors.append(f"{where}: method name {method!r} {problem}; set `x-python-name`")
        if (namespace, method) in taken:
            errors.append(
                f"{where}: Python name {namespace}.{method} is also that of {taken[namespace, method]}; "
                "set `x-python-name` on one of them"
            )
        else:
            taken[namespace, method] = where
        segments.setdefault(str(namespace), set()).add(path.split("/")[1])
    for namespace, found in sorted(segments.items()):
        if len(found) > 1:
            errors.append(
                f"namespace {namespace} would hold the operations of several paths: /{', /'.join(sorted(found))}"
            )
    return errors


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
