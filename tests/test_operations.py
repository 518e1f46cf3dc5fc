"""Every operation of the spec, called through the client object (sync and async twins) against a
real HTTP server on loopback: method, path, comma-joined query, JSON body, bearer header, typed
result."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

import tradovate_api.models as models
from tradovate_api import AsyncTradovate, Tradovate, drift
from tradovate_api._operations import OPERATIONS as CLIENT_OPERATIONS

import bundle
from loopback import Loopback, Reply
from samples import Samples


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    doc = bundle.bundle(Path(__file__).resolve().parent.parent / "spec")
    ops = [(method, path, op) for path, item in doc["paths"].items() for method, op in item.items()]
    return sorted(ops, key=lambda o: o[2]["operationId"])


OPERATIONS = _operations()


def _class(schema: dict[str, Any]) -> type[Any]:
    return getattr(models, schema["$ref"].rsplit("/", 1)[-1])  # type: ignore[no-any-return]


def _arguments(op: dict[str, Any], samples: Samples) -> tuple[list[Any], dict[str, str], Any]:
    """(positional arguments, expected query params on the wire, expected JSON body)."""
    args: list[Any] = []
    wire: dict[str, str] = {}
    body_json = None
    content = op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        cls = _class(content["schema"])
        body_json = samples.request(cls.__name__)
        args.append(cls.from_dict(body_json))
    for i, param in enumerate(op.get("parameters", [])):
        schema = param["schema"]
        if schema["type"] == "array":
            values = [101 + i, 202 + i, 303 + i] if schema["items"]["type"] == "integer" else ["ESZ6", "NQH7"]
            args.append(values)
            wire[param["name"]] = ",".join(str(v) for v in values)
        elif schema["type"] == "integer":
            args.append(42 + i)
            wire[param["name"]] = str(42 + i)
        else:
            args.append(f"text{i}")
            wire[param["name"]] = f"text{i}"
    return args, wire, body_json


def _response(op: dict[str, Any], samples: Samples) -> tuple[Any, type[Any], bool]:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    if schema.get("type") == "array":
        cls = _class(schema["items"])
        return [samples.of(cls.__name__), samples.of(cls.__name__)], cls, True
    cls = _class(schema)
    return samples.success(cls.__name__), cls, False


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS])
def test_operation(method: str, path: str, op: dict[str, Any], server: Loopback, samples: Samples) -> None:
    operation = CLIENT_OPERATIONS[op["operationId"]]
    assert (operation.namespace, operation.name) == (op["x-namespace"], op["x-method"])
    args, wire_query, body_json = _arguments(op, samples)
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
        assert recorded.headers.get("authorization") == ("Bearer tok-123" if needs_token else None)
        if many:
            assert isinstance(result, list) and len(result) == 2
            assert all(type(item) is result_cls for item in result)
            assert [item.to_dict() for item in result] == [samples.normalised(r) for r in response_json]
            assert result == [result_cls.from_dict(item) for item in response_json]
        else:
            assert type(result) is result_cls
            assert result.to_dict() == samples.normalised(response_json)
            assert result == result_cls.from_dict(response_json)

    with drift.strict():
        with Tradovate(server.base_url, token="tok-123" if needs_token else None) as tv:
            check(getattr(getattr(tv, operation.namespace), operation.name)(*args))

        async def call_async() -> Any:
            async with AsyncTradovate(server.base_url, token="tok-123" if needs_token else None) as atv:
                return await getattr(getattr(atv, operation.namespace), operation.name)(*args)

        check(asyncio.run(call_async()))
    assert len(server.requests) == 2


def test_every_operation_is_reachable_from_the_client() -> None:
    assert len(OPERATIONS) == 350
    assert set(CLIENT_OPERATIONS) == {o["operationId"] for _, _, o in OPERATIONS}
    tv = Tradovate()
    for operation in CLIENT_OPERATIONS.values():
        method = getattr(getattr(tv, operation.namespace), operation.name)
        assert callable(method) and method.__doc__
    tv.close()


def test_namespaces_are_documented_once() -> None:
    """The async twin points at the sync documentation instead of repeating it."""
    from tradovate_api import _operations

    for operation in CLIENT_OPERATIONS.values():
        sync_cls = type(getattr(Tradovate(), operation.namespace))
        async_cls = getattr(_operations, "Async" + sync_cls.__name__)
        doc = getattr(async_cls, operation.name).__doc__ or ""
        assert len(doc) < 200, (operation.operation_id, doc)
