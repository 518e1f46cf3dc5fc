"""The spec and the simulator cannot drift apart: every operation of the bundled spec, called with
requests generated from its own request schemas, answers a documented status with a body valid
against its response schema (``jsonschema``, Draft 2020-12, formats checked). Error answers
(400, 401, 404, ... from ``spec/responses.yaml``) must be documented for the operation too, with a
body of a documented media type (JSON bodies validated against its schema) or an empty one.

Requests come from a small JSON-Schema-to-hypothesis generator (below) covering the keywords the
spec uses; each generated body is first checked against its own schema, so the generator cannot
quietly send something the spec does not allow. Bodies and query parameters go out as raw JSON over
``httpx``, not through our client, so neither its validation nor its decoders stand between the
spec and the simulator.

``TRADOVATE_CONFORMANCE_EXAMPLES`` sets the examples per operation (default 3, the suite's budget);
e.g. ``TRADOVATE_CONFORMANCE_EXAMPLES=200 .venv/bin/pytest tests/sim/test_spec_conformance.py``.

Beyond the spec: a schema-valid request with a valid token must get 200, except the error
answers of ``VALID_REQUEST_ERRORS`` (the spec documents 400, 500, ... for every operation, but the
simulator answering one of them to such a request is a simulator or spec bug all the same).
``test_error_answers_are_documented`` provokes the error answers themselves (no token, a body that
is not JSON, an id that does not exist, a bad login).
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
import referencing
import referencing.jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from simsocket import running_simulator

from tradovate.sim import SimulatorThread

EXAMPLES = int(os.environ.get("TRADOVATE_CONFORMANCE_EXAMPLES", "3"))
SPEC_URI = "urn:tradovate-spec"
MAX_DEPTH = 5

# The documented error answers a schema-valid request with a valid token may still get, by entity
# operation: 404 for a looked-up id or name the simulator does not hold (random ids rarely exist).
# Any other error status for such a request fails the test, documented or not (module docstring).
VALID_REQUEST_ERRORS = {"item": {404}, "find": {404}, "update": {401, 404}, "create": {401, 404}}
# Schema-valid requests a user may still not make: a syncrequest naming another user's id or an
# account the user may not trade (401 "Access is denied", see the simulator's README); a create or
# update naming another user's user, account or position limit (404), or an account's risk settings
# that only its owner changes (401); a second userAccountAutoLiq for an account (400).
REFUSED_REQUESTS = {"syncRequest": {401}, "userAccountAutoLiqCreate": {400}}


def _sync_request_rules(body: dict[str, Any]) -> dict[str, Any]:
    """A SyncRequest kept to the rules its descriptions state in prose (the simulator answers 400
    otherwise): ``users`` not with ``entityTypes`` or ``shardingExpression``; ``accounts`` not with
    ``shardingExpression``; ``expressionType`` ``modAccountId``/``modUserId``, ``divisor`` > 0,
    ``0 <= remainder < divisor``. And one rule only the simulator has (reported; not in the spec):
    ``shardingExpression`` needs ``entityTypes``."""
    body = dict(body)
    if "users" in body:
        body.pop("entityTypes", None)
        body.pop("shardingExpression", None)
    if "accounts" in body:
        body.pop("shardingExpression", None)
    sharding = body.get("shardingExpression")
    if sharding is not None:
        divisor = abs(sharding["divisor"]) % 8 + 1
        body["shardingExpression"] = {
            **sharding,
            "expressionType": "modAccountId" if divisor % 2 else "modUserId",
            "divisor": divisor,
            "remainder": abs(sharding["remainder"]) % divisor,
        }
        body.setdefault("entityTypes", [])
    return body


# Rules the spec states in descriptions only, not in its schemas: generated bodies keep them.
PROSE_RULES = {"syncRequest": _sync_request_rules}

INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _timestamp(t: datetime.datetime) -> str:
    return t.isoformat(timespec="milliseconds") + "Z"


# --- JSON Schema -> hypothesis ------------------------------------------------------------------


class Generator:
    """Strategies for the schemas of one OpenAPI document (the keywords our spec uses: ``$ref``,
    ``type``, ``format``, ``enum``, ``properties``/``required``, ``additionalProperties``,
    ``items``/``minItems``/``maxItems``, ``minimum``/``maximum``, ``maxLength``, ``oneOf``)."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.doc
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def strategy(self, schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        if "const" in schema:
            return st.just(schema["const"])
        if "oneOf" in schema or "anyOf" in schema:
            choices: list[dict[str, Any]] = schema.get("oneOf") or schema.get("anyOf") or []
            return st.one_of([self.strategy(s, depth + 1) for s in choices])
        kind = schema.get("type")
        if isinstance(kind, list):
            return st.one_of([self.strategy({**schema, "type": k}, depth) for k in kind])
        if kind == "integer":
            lo, hi = INT_BOUNDS.get(schema.get("format", ""), INT_BOUNDS["int64"])
            return st.integers(schema.get("minimum", lo), schema.get("maximum", hi))
        if kind == "number":
            return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        if kind == "string":
            if schema.get("format") == "date-time":
                return st.datetimes(
                    min_value=datetime.datetime(1980, 1, 1), max_value=datetime.datetime(2100, 1, 1)
                ).map(_timestamp)
            return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 12))
        if kind == "array":
            low = schema.get("minItems", 0)
            high = schema.get("maxItems", low + (3 if depth < MAX_DEPTH else 0))
            return st.lists(self.strategy(schema.get("items", {}), depth + 1), min_size=low, max_size=high)
        if kind == "object" or "properties" in schema:
            props = schema.get("properties", {})
            required = set(schema.get("required", ()))
            fixed = {k: self.strategy(v, depth + 1) for k, v in props.items() if k in required}
            optional = {k: self.strategy(v, depth + 1) for k, v in props.items() if k not in required}
            extra = schema.get("additionalProperties")
            if not props and isinstance(extra, dict):
                return st.dictionaries(st.text(max_size=8), self.strategy(extra, depth + 1), max_size=3)
            return st.fixed_dictionaries(fixed, optional={} if depth >= MAX_DEPTH else optional)
        return st.just(None) if kind is None and not schema else st.nothing()

    def query(self, parameters: list[dict[str, Any]]) -> st.SearchStrategy[dict[str, str]]:
        """Query strings as the spec's ``form`` style sends them (arrays joined with commas)."""

        def spelled(value: Any) -> str:
            if isinstance(value, list):
                return ",".join(spelled(v) for v in value)
            if isinstance(value, bool):
                return "true" if value else "false"
            return str(value)

        fixed = {p["name"]: self.strategy(p["schema"]).map(spelled) for p in parameters if p.get("required")}
        optional = {p["name"]: self.strategy(p["schema"]).map(spelled) for p in parameters if not p.get("required")}
        return st.fixed_dictionaries(fixed, optional=optional)


# --- the spec -------------------------------------------------------------------------------------


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def _validator(doc: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    resource = referencing.Resource.from_contents(doc, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
    if "$ref" in schema:
        schema = {**schema, "$ref": SPEC_URI + schema["$ref"]}
    else:
        schema = json.loads(json.dumps(schema).replace('"$ref": "#/', f'"$ref": "{SPEC_URI}#/'))
    return jsonschema.Draft202012Validator(
        schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _json_schema(holder: dict[str, Any]) -> dict[str, Any] | None:
    content = holder.get("content", {}).get("application/json")
    return None if content is None else content.get("schema", {})


def _error_body_problem(doc: dict[str, Any], documented: dict[str, Any], response: httpx.Response) -> str | None:
    """Why the body of an error answer does not match its documented response (None: it does).

    Every error response of the spec allows an empty body; otherwise the media type must be one it
    lists, and the body valid against that media type's schema (JSON decoded first, text as is)."""
    if not response.content:
        return None
    content: dict[str, Any] = documented.get("content", {})
    if not content:
        return f"documented without a body, got {response.content[:100]!r}"
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in content:
        return f"media type {media!r} is not one of {sorted(content)}"
    try:
        value: Any = response.json() if media == "application/json" else response.content.decode("utf-8")
    except ValueError:
        return f"not {media}: {response.content[:100]!r}"
    errors = [e.message for e in _validator(doc, content[media].get("schema", {})).iter_errors(value)]
    return f"body invalid: {errors[:3]}" if errors else None


def _without_required(gen: Generator, schema: dict[str, Any]) -> dict[str, Any]:
    resolved = gen.resolve(schema)
    return {k: v for k, v in resolved.items() if k != "required"}


# --- the test -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    yield from running_simulator()


@pytest.fixture(scope="module")
def http(sim: SimulatorThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.rest_url, timeout=10) as client:
        yield client


def _login(http: httpx.Client) -> str:
    answer = http.post("/auth/accesstokenrequest", json={"name": "demo", "password": "demo"}).json()
    token = answer["accessToken"]
    assert isinstance(token, str)
    return token


@pytest.fixture(scope="module")
def token(http: httpx.Client) -> str:
    return _login(http)


@pytest.fixture(scope="module", autouse=True)
def renewable(http: httpx.Client, token: str) -> list[str]:
    """A token of its own for ``renewAccessToken`` (renewal retires the token it renews; each
    renewal's new token is used for the next). Logged in before any test (autouse): the generated
    failed logins of ``accessTokenRequest`` earn penalty tickets for a while."""
    return [_login(http)]


def _ids(doc: dict[str, Any]) -> list[str]:
    return sorted(_operations(doc))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "operation_id" in metafunc.fixturenames:
        import bundle

        metafunc.parametrize("operation_id", _ids(bundle.bundle(Path(__file__).resolve().parents[2] / "spec")))


def test_every_operation_answers_as_documented(
    operation_id: str, spec_doc: dict[str, Any], http: httpx.Client, token: str, renewable: list[str]
) -> None:
    method, path, op = _operations(spec_doc)[operation_id]
    gen = Generator(spec_doc)
    body_schema = _json_schema(op.get("requestBody", {}))
    body_check = None if body_schema is None else _validator(spec_doc, body_schema)
    documented = {status: gen.resolve(r) for status, r in op["responses"].items()}
    # The 200 answer's schema; error answers are checked by _error_body_problem.
    answers = {"200": _json_schema(documented["200"])}
    checks = {status: _validator(spec_doc, s) for status, s in answers.items() if s is not None}
    # A refusal in a 200 body (the schema's `x-failure`) lacks the fields only a success carries.
    refusals = {status: _validator(spec_doc, _without_required(gen, s)) for status, s in answers.items() if s}
    penalty = _validator(spec_doc, {"$ref": "#/components/schemas/PenaltyTicket"})

    def refused(schema: dict[str, Any] | None, parsed: dict[str, Any]) -> bool:
        marker = gen.resolve(schema or {}).get("x-failure")
        if marker is None:
            return False
        value = parsed.get(marker["when"])
        return value not in (None, "", "Success")

    entity_op = op.get("x-entity", {}).get("operation")
    allowed = {int(s) for s in documented if s.isdigit()}
    expected = {200} | VALID_REQUEST_ERRORS.get(entity_op, set()) | REFUSED_REQUESTS.get(operation_id, set())
    body_strategy: st.SearchStrategy[Any] = st.none() if body_schema is None else gen.strategy(body_schema)
    if operation_id in PROSE_RULES:
        body_strategy = body_strategy.map(PROSE_RULES[operation_id])

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(query=gen.query(op.get("parameters", [])), body=body_strategy)
    def check(query: dict[str, str], body: Any) -> None:
        if body_check is not None:
            errors = [e.message for e in body_check.iter_errors(body)]
            assert not errors, f"the generator made an invalid {operation_id} body: {errors[:3]}"
        bearer = renewable[-1] if operation_id == "renewAccessToken" else token
        headers = {} if op.get("security") == [] else {"Authorization": f"Bearer {bearer}"}
        content = None if body_schema is None else json.dumps(body)
        if content is not None:
            headers["Content-Type"] = "application/json"
        response = http.request(method.upper(), path, params=query, content=content, headers=headers)
        sent = f"{method.upper()} {path} {query} {content}"
        assert response.status_code in allowed, (
            f"{operation_id}: undocumented status {response.status_code} for {sent}: {response.text[:300]}"
        )
        assert response.status_code in expected, (
            f"{operation_id}: a schema-valid request got {response.status_code} for {sent}: {response.text[:300]}"
        )
        if response.status_code != 200:
            problem = _error_body_problem(spec_doc, documented[str(response.status_code)], response)
            assert problem is None, f"{operation_id}: {response.status_code} answer for {sent}: {problem}"
        if operation_id == "renewAccessToken" and response.status_code == 200:
            renewable.append(response.json().get("accessToken") or renewable[-1])
        check_ = checks.get(str(response.status_code))
        if check_ is not None:
            try:
                parsed = response.json()
            except ValueError:
                pytest.fail(f"{operation_id}: not JSON ({response.text[:200]!r}) for {sent}")
            if isinstance(parsed, dict) and "p-ticket" in parsed:
                check_ = penalty
            elif isinstance(parsed, dict) and refused(answers[str(response.status_code)], parsed):
                check_ = refusals[str(response.status_code)]
            errors = sorted(check_.iter_errors(parsed), key=lambda e: list(e.absolute_path))
            assert not errors, f"{operation_id}: body invalid for {sent}: " + "; ".join(
                f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}" for e in errors[:5]
            )

    check()


def _assert_documented_error(doc: dict[str, Any], operation_id: str, response: httpx.Response, status: int) -> None:
    _, _, op = _operations(doc)[operation_id]
    assert response.status_code == status, f"{operation_id}: {response.status_code} {response.text[:200]}"
    documented = op["responses"].get(str(status))
    assert documented is not None, f"{operation_id}: status {status} is not documented"
    problem = _error_body_problem(doc, Generator(doc).resolve(documented), response)
    assert problem is None, f"{operation_id}: {status} answer: {problem}"


def test_error_answers_are_documented(spec_doc: dict[str, Any], http: httpx.Client, token: str) -> None:
    """The error answers themselves, for every operation: 401 without a token, 400 for a body that
    is not JSON; 404 for an id that does not exist. Each status documented, each body as documented."""
    not_found = 0
    for operation_id, (method, path, op) in sorted(_operations(spec_doc).items()):
        if op.get("security") != []:
            _assert_documented_error(spec_doc, operation_id, http.request(method.upper(), path), 401)
        if "requestBody" in op:
            broken = http.request(
                method.upper(), path, content=b'{"broken": ', headers={"Content-Type": "application/json"}
            )
            _assert_documented_error(spec_doc, operation_id, broken, 400)
    # ``token`` was logged in before this test: the broken logins above earn penalty tickets
    for operation_id in ("orderItem", "accountItem", "contractFind"):
        method, path, op = _operations(spec_doc)[operation_id]
        query = {"name": "NOSUCHNAME"} if operation_id.endswith("Find") else {"id": str(2**62)}
        answer = http.request(method.upper(), path, params=query, headers={"Authorization": f"Bearer {token}"})
        _assert_documented_error(spec_doc, operation_id, answer, 404)
        assert answer.text.startswith("Not found: "), answer.text
        not_found += 1
    assert not_found == 3


def test_rejected_login_as_401_is_documented(spec_doc: dict[str, Any]) -> None:
    """A simulator that answers invalid credentials with 401 (as conformance stage 1 expects)."""
    with SimulatorThread(seed=1, invalid_login="401") as sim, httpx.Client(base_url=sim.rest_url, timeout=10) as http:
        answer = http.post("/auth/accesstokenrequest", json={"name": "demo", "password": "wrong"})
    _assert_documented_error(spec_doc, "accessTokenRequest", answer, 401)


def test_error_body_check_can_fail(spec_doc: dict[str, Any]) -> None:
    """The body check rejects what the error responses do not allow."""
    not_found = spec_doc["components"]["responses"]["NotFound"]
    limited = spec_doc["components"]["responses"]["RateLimited"]

    def answer(status: int, body: bytes, media: str) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": media} if media else {})

    assert _error_body_problem(spec_doc, not_found, answer(404, b"Not found: order/item 7", "text/plain")) is None
    assert _error_body_problem(spec_doc, not_found, answer(404, b'"Not found"', "application/json")) is None
    assert _error_body_problem(spec_doc, not_found, answer(404, b"", "")) is None
    assert _error_body_problem(spec_doc, limited, answer(429, b"", "")) is None
    assert "not one of" in str(_error_body_problem(spec_doc, not_found, answer(404, b"<html/>", "text/html")))
    assert "body invalid" in str(_error_body_problem(spec_doc, not_found, answer(404, b"[1]", "application/json")))
    assert "not application/json" in str(
        _error_body_problem(spec_doc, not_found, answer(404, b"{", "application/json"))
    )
    assert "without a body" in str(_error_body_problem(spec_doc, limited, answer(429, b"slow down", "text/plain")))
