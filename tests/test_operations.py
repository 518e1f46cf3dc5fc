"""Every operation of the spec, called through its generated sync and async functions against a
real HTTP server on loopback: method, path, query string, JSON body, bearer header, typed result."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import tradovate_api.models as models
from tradovate_api import AuthenticatedClient, drift

import bundle
from loopback import Loopback, Reply
from samples import Samples


def _operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    doc = bundle.bundle(Path(__file__).resolve().parent.parent / "spec")
    ops = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            ops.append((op["tags"][0], method, path, op))
    return sorted(ops, key=lambda o: (o[0], o[3]["operationId"]))


OPERATIONS = _operations()


def _class(schema: dict[str, Any]) -> type[Any]:
    return getattr(models, schema["$ref"].rsplit("/", 1)[-1])  # type: ignore[no-any-return]


def _arguments(op: dict[str, Any], samples: Samples) -> tuple[dict[str, Any], dict[str, str], Any]:
    """(python kwargs, expected query params on the wire, expected JSON body)."""
    kwargs: dict[str, Any] = {}
    wire: dict[str, str] = {}
    for i, param in enumerate(op.get("parameters", [])):
        name = param.get("x-python-name", param["name"])
        schema = param["schema"]
        if schema["type"] == "array":
            values = [101 + i, 202 + i, 303 + i] if schema["items"]["type"] == "integer" else ["ESZ6", "NQH7"]
            kwargs[name] = values
            wire[param["name"]] = ",".join(str(v) for v in values)
        elif schema["type"] == "integer":
            kwargs[name] = 42 + i
            wire[param["name"]] = str(42 + i)
        else:
            kwargs[name] = f"text{i}"
            wire[param["name"]] = f"text{i}"
    body_json = None
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        cls = _class(content["schema"])
        body_json = samples.of(cls.__name__)
        kwargs["body"] = cls.from_dict(body_json)
    return kwargs, wire, body_json


def _response(op: dict[str, Any], samples: Samples) -> tuple[Any, type[Any], bool]:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    if schema.get("type") == "array":
        cls = _class(schema["items"])
        return [samples.of(cls.__name__), samples.of(cls.__name__)], cls, True
    cls = _class(schema)
    return samples.of(cls.__name__), cls, False


@pytest.mark.parametrize(
    ("tag", "method", "path", "op"), OPERATIONS, ids=[f"{t}/{o['operationId']}" for t, _, _, o in OPERATIONS]
)
def test_operation(
    tag: str,
    method: str,
    path: str,
    op: dict[str, Any],
    server: Loopback,
    samples: Samples,
    endpoint_modules: dict[str, ModuleType],
) -> None:
    module = endpoint_modules[op["operationId"]]
    assert module.__name__.split(".")[-2] == "".join("_" + c.lower() if c.isupper() else c for c in tag).lstrip("_")
    kwargs, wire_query, body_json = _arguments(op, samples)
    response_json, result_cls, many = _response(op, samples)
    server.route(method, path, Reply.json(response_json))
    needs_token = op.get("security") != []

    def check(result: Any) -> None:
        recorded = server.last
        assert recorded.method == method.upper()
        assert recorded.path == path
        assert recorded.params == wire_query
        if body_json is None:
            assert recorded.body == b""
        else:
            assert recorded.headers["content-type"] == "application/json"
            assert recorded.json() == body_json
        if needs_token:
            assert recorded.headers["authorization"] == "Bearer tok-123"
        if many:
            assert isinstance(result, list) and len(result) == 2
            assert all(type(item) is result_cls for item in result)
            assert [item.to_dict() for item in result] == response_json
            assert result == [result_cls.from_dict(item) for item in response_json]
        else:
            assert type(result) is result_cls
            assert result.to_dict() == response_json
            assert result == result_cls.from_dict(response_json)

    with drift.strict():
        with AuthenticatedClient(base_url=server.base_url, token="tok-123") as client:
            check(module.sync(client=client, **kwargs))

        async def call_async() -> Any:
            async with AuthenticatedClient(base_url=server.base_url, token="tok-123") as client:
                return await module.asyncio(client=client, **kwargs)

        check(asyncio.run(call_async()))
    assert len(server.requests) == 2


def test_every_tag_has_operations(endpoint_modules: dict[str, ModuleType]) -> None:
    tags = {t for t, _, _, _ in OPERATIONS}
    assert tags == {
        "Accounting", "Alerts", "Authentication", "Configuration", "ContractLibrary", "Fees",
        "Funds", "Orders", "Positions", "Risks", "Users",
    }  # fmt: skip
    assert len(OPERATIONS) == 350
    assert set(endpoint_modules) == {o["operationId"] for _, _, _, o in OPERATIONS}
