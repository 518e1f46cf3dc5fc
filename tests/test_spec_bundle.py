"""The bundled spec: completeness, our corrections, and the bundler's own checks."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

import bundle

ROOT = Path(__file__).resolve().parent.parent


def ops(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): op for p, item in doc["paths"].items() for m, op in item.items()}


def test_bundle_is_deterministic(spec_doc: dict[str, Any]) -> None:
    assert bundle.dumps(bundle.bundle(ROOT / "spec")) == bundle.dumps(spec_doc)


def test_bundle_is_valid_openapi_31(spec_doc: dict[str, Any]) -> None:
    bundle.validate(spec_doc)
    assert spec_doc["openapi"] == "3.1.0"


def test_all_operations_are_there(spec_doc: dict[str, Any]) -> None:
    operations = ops(spec_doc)
    assert len(operations) == 350
    assert len({op["operationId"] for op in operations.values()}) == 350
    entity_ops = [op for op in operations.values() if "x-entity" in op]
    assert len(entity_ops) == 274
    for (method, path), op in operations.items():
        assert op["summary"], path
        assert len(op["tags"]) == 1
        ok = op["responses"]["200"]
        assert "content" in ok, f"{method} {path} has no response schema"
        if method == "post":
            assert op["requestBody"]["content"]["application/json"]["schema"], path


def test_entity_pattern(spec_doc: dict[str, Any]) -> None:
    operations = ops(spec_doc)
    items = operations[("get", "/order/items")]
    (ids,) = items["parameters"]
    assert (ids["name"], ids["style"], ids["explode"]) == ("ids", "form", False)
    assert ids["schema"] == {"type": "array", "items": {"type": "integer", "format": "int64"}, "minItems": 1}
    ldeps = operations[("get", "/fill/ldeps")]
    assert ldeps["parameters"][0]["name"] == "masterids" and ldeps["parameters"][0]["explode"] is False
    assert operations[("get", "/position/deps")]["parameters"][0]["name"] == "masterid"
    suggest = operations[("get", "/contract/suggest")]
    assert [p["x-python-name"] for p in suggest["parameters"]] == ["text", "limit"]


def test_bearer_security_instead_of_header_parameters(spec_doc: dict[str, Any]) -> None:
    assert spec_doc["components"]["securitySchemes"]["bearer"] == {
        **spec_doc["components"]["securitySchemes"]["bearer"],
        "type": "http",
        "scheme": "bearer",
    }
    assert spec_doc["security"] == [{"bearer": []}]
    for op in ops(spec_doc).values():
        assert all(p["in"] != "header" for p in op.get("parameters", []))
    operations = ops(spec_doc)
    assert operations[("post", "/auth/accesstokenrequest")]["security"] == []
    assert operations[("post", "/auth/oauthtoken")]["security"] == []
    assert "security" not in operations[("get", "/auth/renewaccesstoken")]


def test_one_enum_per_concept(spec_doc: dict[str, Any]) -> None:
    schemas = spec_doc["components"]["schemas"]
    enums = {name: tuple(sorted(s["enum"])) for name, s in schemas.items() if "enum" in s}
    assert {"Action", "OrdStatus", "OrderType", "TimeInForce", "RejectReason"} <= set(enums)
    by_values: dict[tuple[str, ...], list[str]] = {}
    for name, values in enums.items():
        by_values.setdefault(values, []).append(name)
    assert [names for names in by_values.values() if len(names) > 1] == []
    refs = {
        schemas[entity]["properties"]["action"]["$ref"] for entity in ("Order", "Fill", "ExecutionReport", "PlaceOrder")
    }
    assert refs == {"#/components/schemas/Action"}


def test_access_token_response_corrections(spec_doc: dict[str, Any]) -> None:
    props = spec_doc["components"]["schemas"]["AccessTokenResponse"]["properties"]
    assert props["mdAccessToken"]["type"] == "string" and props["mdAccessToken"]["x-secret"] is True
    assert props["accessToken"]["x-secret"] is True
    assert props["p-ticket"]["type"] == "string"
    assert props["p-time"]["type"] == "integer"
    assert props["p-captcha"]["type"] == "boolean"
    penalty = spec_doc["components"]["schemas"]["PenaltyTicket"]
    assert set(penalty["properties"]) == {"p-ticket", "p-time", "p-captcha"}


def test_fields_beyond_the_reference_carry_evidence(spec_doc: dict[str, Any]) -> None:
    schemas = spec_doc["components"]["schemas"]
    for entity, field in [("Order", "archived"), ("Order", "external"), ("Fill", "archived"), ("Fill", "external")]:
        prop = schemas[entity]["properties"][field]
        assert prop["type"] == "boolean" and prop["x-evidence"], (entity, field)
        assert field not in schemas[entity].get("required", [])
    assert "timestamp" not in schemas["Contract"]["required"]


def test_previously_incomplete_operations_are_callable(spec_doc: dict[str, Any]) -> None:
    operations = ops(spec_doc)
    for path in [
        "/user/activatesecondmarketdatasubscriptionrenewal",
        "/user/addsecondmarketdatasubscription",
        "/user/cancelsecondmarketdatasubscription",
        "/user/cancelsecondmarketdatasubscriptionrenewal",
        "/user/expiremarketdatasubscription",
        "/user/getsecondmarketdatasubscriptioncost",
    ]:
        op = operations[("post", path)]
        assert op["x-correction"]["evidence"]
        assert op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    for path in [
        "/marketDataSubscription/list",
        "/tradovateSubscription/list",
        "/userPlugin/list",
        "/userSessionStats/list",
    ]:
        op = operations[("get", path)]
        assert op["responses"]["200"]["content"]["application/json"]["schema"]["type"] == "array"
        assert op["x-correction"]["reason"]
    find = operations[("get", "/executionReport/find")]
    assert find["parameters"][0]["name"] == "name"
    command = spec_doc["components"]["schemas"]["ModifyOrderStrategy"]["properties"]["command"]
    assert command["type"] == "string" and command["x-correction"]


def test_every_correction_has_reason_and_evidence(spec_doc: dict[str, Any]) -> None:
    import drift as upstream_drift

    notes = list(upstream_drift.corrections(spec_doc))
    assert len(notes) >= 15
    for pointer, note in notes:
        assert note["reason"] and note["evidence"], pointer


# --- the bundler's own checks, on small broken copies of the spec ------------------------------


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", target)
    return target


def edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def test_rejects_authorization_parameter(spec_copy: Path) -> None:
    def add(d: dict[str, Any]) -> None:
        d["/order/placeorder"]["post"]["parameters"] = [
            {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}}
        ]

    edit(spec_copy / "paths" / "orders.yaml", add)
    with pytest.raises(bundle.SpecError, match="Authorization is the bearer security scheme"):
        bundle.bundle(spec_copy)


def test_rejects_inline_enum_and_exploded_arrays(spec_copy: Path) -> None:
    edit(
        spec_copy / "schemas" / "orders.yaml",
        lambda d: d["Order"]["properties"].update(side={"type": "string", "enum": ["B", "S"]}),
    )

    def explode(d: dict[str, Any]) -> None:
        d["/workspaceTemplate/finds"]["get"]["parameters"][0]["explode"] = True

    edit(spec_copy / "paths" / "users.yaml", explode)
    with pytest.raises(bundle.SpecError) as caught:
        bundle.bundle(spec_copy)
    assert "Order.side: inline enum" in str(caught.value)
    assert "array query parameter names must be `style: form, explode: false`" in str(caught.value)


def test_rejects_duplicates_and_unused_schemas(spec_copy: Path) -> None:
    edit(
        spec_copy / "schemas" / "orders.yaml",
        lambda d: d.update(Orphan={"type": "object", "properties": {"a": {"type": "integer"}}}),
    )

    def duplicate(d: dict[str, Any]) -> None:
        d["/order/placeorder"]["post"]["operationId"] = "cancelOrder"

    edit(spec_copy / "paths" / "orders.yaml", duplicate)
    with pytest.raises(bundle.SpecError) as caught:
        bundle.bundle(spec_copy)
    assert "schema Orphan is not used" in str(caught.value)
    assert "operationId cancelOrder also used" in str(caught.value)


def test_rejects_unresolved_refs_and_entity_rows_without_master(spec_copy: Path) -> None:
    edit(
        spec_copy / "schemas" / "orders.yaml",
        lambda d: d["Order"]["properties"].update(x={"$ref": "#/components/schemas/Nope"}),
    )
    with pytest.raises(bundle.SpecError, match="unresolved"):
        bundle.bundle(spec_copy)
    edit(spec_copy / "schemas" / "orders.yaml", lambda d: d["Order"]["properties"].pop("x"))
    edit(spec_copy / "entities.yaml", lambda d: d["order"].pop("master"))
    with pytest.raises(bundle.SpecError, match="need a `master`"):
        bundle.bundle(spec_copy)
