"""The bundled spec: completeness, our corrections, and the bundler's own checks."""

from __future__ import annotations

import copy
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


# --- entity ids, derived create bodies, Python names, refusals in 200 bodies ---------------------

ENTITY_ROWS = yaml.safe_load((ROOT / "spec" / "entities.yaml").read_text())

# operationId -> namespace.method of every operation outside the entity rows: public names.
PYTHON_NAMES = {
    "acceptTradingPermission": "users.accept_trading_permission",
    "accessTokenRequest": "auth.access_token_request",
    "activateSecondMarketDataSubscriptionRenewal": "users.activate_second_market_data_subscription_renewal",
    "addEntitlementSubscription": "user_plugins.add_entitlement_subscription",
    "addMarketDataSubscription": "users.add_market_data_subscription",
    "addSecondMarketDataSubscription": "users.add_second_market_data_subscription",
    "addTradovateSubscription": "users.add_tradovate_subscription",
    "adjustCash": "fund_transaction.adjust_cash",
    "cancelEverything": "users.cancel_everything",
    "cancelOrder": "orders.cancel",
    "cancelSecondMarketDataSubscription": "users.cancel_second_market_data_subscription",
    "cancelSecondMarketDataSubscriptionRenewal": "users.cancel_second_market_data_subscription_renewal",
    "cancelTradovateSubscription": "users.cancel_tradovate_subscription",
    "changeDemoBalance": "cash_balances.change_demo_balance",
    "changePluginPermission": "user_plugins.change_plugin_permission",
    "checkDuplicate": "customer_application.check_duplicate",
    "completeAlertSignal": "admin_alert_signals.complete",
    "createAlert": "alerts.create",
    "createEvaluationAccounts": "users.create_evaluation_accounts",
    "createEvaluationUsers": "users.create_evaluation_users",
    "createPartnerSubaccountRequest": "customer_application.create_partner_subaccount_request",
    "createTradingPermission": "users.create_trading_permission",
    "deleteAlert": "alerts.delete",
    "deleteUserAccountPositionLimit": "user_account_position_limits.delete",
    "deleteUserAccountRiskParameter": "user_account_position_limits.delete_user_account_risk_parameter",
    "dismissAlert": "alerts.dismiss",
    "dryRun": "orders.dry_run",
    "expireMarketDataSubscription": "users.expire_market_data_subscription",
    "expireUserLockout": "users.expire_user_lockout",
    "getAccountTradingPermissions": "users.get_account_trading_permissions",
    "getCashBalanceSnapshot": "cash_balances.get_cash_balance_snapshot",
    "getOrgWorkspaceTemplate": "organizations.get_org_workspace_template",
    "getPartnerSubaccountRequestStatus": "customer_application.get_partner_subaccount_request_status",
    "getProductFeeParams": "contracts.get_product_fee_params",
    "getSecondMarketDataSubscriptionCost": "users.get_second_market_data_subscription_cost",
    "interruptOrderStrategy": "order_strategies.interrupt",
    "liquidatePosition": "orders.liquidate_position",
    "liquidatePositions": "orders.liquidate_positions",
    "markReadAlertSignal": "alerts.mark_read_alert_signal",
    "me": "auth.me",
    "modifyAlert": "alerts.modify",
    "modifyCredentials": "users.modify_credentials",
    "modifyEmailAddress": "users.modify_email_address",
    "modifyOrder": "orders.modify",
    "modifyOrderStrategy": "order_strategies.modify",
    "modifyPassword": "users.modify_password",
    "oAuthToken": "auth.oauth_token",
    "openDemoAccount": "users.open_demo_account",
    "placeOco": "orders.place_oco",
    "placeOrder": "orders.place",
    "placeOso": "orders.place_oso",
    "renewAccessToken": "auth.renew_access_token",
    "requestTradingPermission": "users.request_trading_permission",
    "resetAlert": "alerts.reset",
    "resetAutoLiqStatus": "account_risk_statuses.reset_auto_liq_status",
    "resetDemoAccountState": "accounts.reset_demo_account_state",
    "revokeTradingPermission": "users.revoke_trading_permission",
    "revokeTradingPermissions": "users.revoke_trading_permissions",
    "rollContract": "contracts.roll",
    "rollContracts": "contracts.roll_contracts",
    "setAccountNotes": "account_risk_statuses.set_account_notes",
    "setAdminAutoLiqAction": "account_risk_statuses.set_admin_auto_liq_action",
    "signUpOrganizationMember": "users.sign_up_organization_member",
    "startOrderStrategy": "order_strategies.start",
    "submitCustomerApplicationDocument": "customer_application.submit_customer_application_document",
    "submitPartnerSubaccountDocument": "customer_application.submit_partner_subaccount_document",
    "switchRiskCategory": "account_risk_statuses.switch_risk_category",
    "syncRequest": "users.sync_request",
    "takeAlertSignalOwnership": "admin_alert_signals.take_alert_signal_ownership",
    "updateContactCountry": "contact_infos.update_contact_country",
    "updateContactInfo": "contact_infos.update",
    "updateContactInfoName": "contact_infos.update_contact_info_name",
    "updateMaxNetLiq": "account_risk_statuses.update_max_net_liq",
    "updateUserAutoLiq": "user_account_auto_liqs.update_user_auto_liq",
    "updateUserAutoLiqs": "user_account_auto_liqs.update_user_auto_liqs",
    "workspaceTemplateFinds": "workspace_templates.finds",
}


def test_entities_have_required_ids(spec_doc: dict[str, Any]) -> None:
    schemas = spec_doc["components"]["schemas"]
    assert len(ENTITY_ROWS) == 55
    for row in ENTITY_ROWS.values():
        schema = schemas[row["schema"]]
        assert "id" in schema["required"], row["schema"]
        assert schema["properties"]["id"]["x-correction"]["evidence"], row["schema"]


def test_create_bodies_are_the_entity_without_id(spec_doc: dict[str, Any]) -> None:
    schemas = spec_doc["components"]["schemas"]
    operations = ops(spec_doc)
    with_create = [(name, row) for name, row in ENTITY_ROWS.items() if "create" in row["ops"]]
    assert len(with_create) == 8
    # UserAccountAutoLiq's id is its Account's id: the caller sends it, so create takes the entity itself.
    auto_liq = operations[("post", "/userAccountAutoLiq/create")]["requestBody"]["content"]["application/json"]
    assert auto_liq["schema"] == {"$ref": "#/components/schemas/UserAccountAutoLiq"}
    assert operations[("post", "/userAccountAutoLiq/create")]["x-correction"]["evidence"]
    assert "UserAccountAutoLiqCreate" not in schemas
    for name, row in with_create:
        if row.get("idIsMasterId"):
            continue
        entity, derived_name = schemas[row["schema"]], row["schema"] + "Create"
        body = operations[("post", f"/{name}/create")]["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{derived_name}"}
        derived = schemas[derived_name]
        assert set(derived["properties"]) == set(entity["properties"]) - {"id"}
        assert derived.get("required", []) == [f for f in entity["required"] if f != "id"]
        assert derived["x-derived-from"] == {"schema": row["schema"], "omitted": ["id"]}
        assert derived["x-correction"]["reason"] and derived["x-correction"]["evidence"]
        if "update" in row["ops"]:
            update = operations[("post", f"/{name}/update")]["requestBody"]["content"]["application/json"]["schema"]
            assert update == {"$ref": f"#/components/schemas/{row['schema']}"}
    assert schemas["UserPluginCreate"]["required"][:2] == ["userId", "timestamp"]


def test_derived_create_bodies_are_not_upstream_drift(spec_doc: dict[str, Any]) -> None:
    import drift as upstream_drift

    upstream = copy.deepcopy(spec_doc)  # as upstream has it: the entity itself as create body
    for name, row in ENTITY_ROWS.items():
        if "create" in row["ops"]:
            body = upstream["paths"][f"/{name}/create"]["post"]["requestBody"]["content"]["application/json"]
            body["schema"] = {"$ref": f"#/components/schemas/{row['schema']}"}
    report = upstream_drift.compare(upstream, spec_doc)
    assert not report.upstream_ahead
    assert len(report.omitted_fields) == 7
    assert "POST /userplugin/create body.id" in report.omitted_fields
    assert not [f for f in report.extra_fields if f.endswith("body.id")]


def test_python_names(spec_doc: dict[str, Any]) -> None:
    operations = ops(spec_doc).values()
    names = [(op["x-namespace"], op["x-method"]) for op in operations]
    assert len(set(names)) == len(names) == 350
    others = {op["operationId"]: f"{op['x-namespace']}.{op['x-method']}" for op in operations if "x-entity" not in op}
    assert others == PYTHON_NAMES
    by_id = {op["operationId"]: (op["x-namespace"], op["x-method"]) for op in operations}
    assert by_id["orderItem"] == ("orders", "item")
    assert by_id["currencyList"] == ("currencies", "list")
    assert by_id["orderStrategyLdeps"] == ("order_strategies", "ldeps")
    assert by_id["cashBalanceDeps"] == ("cash_balances", "deps")
    assert by_id["poaContactCreate"] == ("poa_contacts", "create")
    assert by_id["contractMaturityItems"] == ("contract_maturities", "items")


def test_python_name_rule() -> None:
    assert bundle.snake_case("POAContacts") == "poa_contacts"
    assert bundle.snake_case("oAuthToken") == "o_auth_token"
    assert bundle.method_name("placeOrder", "order") == "place"
    assert bundle.method_name("completeAlertSignal", "admin_alert_signal") == "complete"
    assert bundle.method_name("createAlert", "alert") == "create"
    assert bundle.method_name("syncRequest", "user") == "sync_request"
    assert bundle.method_name("placeOso", "order") == "place_oso"
    assert bundle.method_name("me", "auth") == "me"
    assert bundle.method_name("order", "order") == "order"  # never the empty name


def test_failure_markers(spec_doc: dict[str, Any]) -> None:
    schemas = spec_doc["components"]["schemas"]
    marked = {name: s["x-failure"] for name, s in schemas.items() if "x-failure" in s}
    assert len(marked) == 39  # 37 REST answers, and two socket answers (GetChartResponse, MarketDataSocketResponse)
    assert marked["PlaceOrderResult"] == {
        **marked["PlaceOrderResult"],
        "when": "failureReason",
        "reason": "failureReason",
        "text": "failureText",
        "error": "OrderRejected",
    }
    for name in ("AccessTokenResponse", "OAuthTokenResponse"):
        assert marked[name]["error"] == "AuthenticationFailed"
    assert (marked["OAuthTokenResponse"]["when"], marked["OAuthTokenResponse"]["text"]) == (
        "error",
        "error_description",
    )
    assert marked["SimpleResponse"]["when"] == "errorText"  # `ok: false` answers checkDuplicate, it is no refusal
    assert marked["DryRunResponse"]["when"] == "errorText"  # rejectReason is the dry run's answer
    assert marked["SignUpResponse"]["when"] == "errorCode" and "Success" in schemas["SignUpErrorCode"]["enum"]
    for name in ("CommandResult", "PlaceOsoResult", "PlaceOcoResult", "OrderStrategyStatusResponse"):
        assert marked[name]["error"] == "OrderRejected"
    for name, marker in marked.items():
        assert marker["x-evidence"], name
        assert {marker[k] for k in ("when", "reason", "text") if k in marker} <= set(schemas[name]["properties"])
    for op in ops(spec_doc).values():
        ref = op["responses"]["200"]["content"]["application/json"]["schema"].get("$ref", "")
        schema = schemas.get(ref.rsplit("/", 1)[-1], {})
        if {"errorText", "failureReason"} & set(schema.get("properties", {})):
            assert "x-failure" in schema, op["operationId"]


def test_websocket_section(spec_doc: dict[str, Any]) -> None:
    socket = spec_doc["x-websocket"]
    schemas = spec_doc["components"]["schemas"]
    assert socket["frames"] == {
        "response": {"$ref": "#/components/schemas/SocketResponse"},
        "event": {"$ref": "#/components/schemas/SocketEvent"},
    }
    assert sorted(socket["events"]) == ["chart", "clock", "md", "props", "shutdown"]
    assert socket["events"]["clock"] == {"data": {"$ref": "#/components/schemas/ReplayClock"}, "jsonText": True}
    endpoints = socket["endpoints"]
    assert endpoints["md/getChart"]["response"] == {"$ref": "#/components/schemas/GetChartResponse"}
    assert {name for name, e in endpoints.items() if e["sockets"] == ["replay"]} == {
        "replay/checkreplaysession",
        "replay/initializeclock",
        "replay/changespeed",
    }
    for entry in endpoints.values():
        for key in ("request", "response"):
            assert entry[key]["$ref"].rsplit("/", 1)[-1] in schemas
    # socket-only schemas are no REST operation's, and the socket endpoints are not REST paths
    assert not {p for p in spec_doc["paths"] if p.startswith(("/md/", "/replay/"))}
    assert set(schemas["TickEntry"]["properties"]) == {"t", "p", "s", "b", "a", "bs", "as", "id"}


def test_rate_limits_are_well_formed(spec_doc: dict[str, Any]) -> None:
    limits = {op["operationId"]: op["x-rate-limit"] for op in ops(spec_doc).values() if "x-rate-limit" in op}
    assert limits["accessTokenRequest"] == {"perHour": 5, "backoffSeconds": 15, "countsSuccesses": False}
    assert limits["syncRequest"] == {"perHour": 300, "backoffSeconds": 3, "countsSuccesses": True}
    assert all(bundle.rate_limit_ok(limit) for limit in limits.values())
    assert not bundle.rate_limit_ok({"perHour": 0, "backoffSeconds": 1})
    assert not bundle.rate_limit_ok({"perHour": 5, "backoffSeconds": 1, "countSuccesses": True})


def test_every_operation_documents_the_error_answers(spec_doc: dict[str, Any]) -> None:
    """400, 404, 423, 429 and 500 on every operation; 401 and 403 on those that send the token
    (accessTokenRequest, without a token, answers bad credentials with its own 401)."""
    everyone = {"400": "BadRequest", "404": "NotFound", "423": "LockoutWarning", "429": "RateLimited"}
    everyone["500"] = "ServerError"
    with_token = {**everyone, "401": "Unauthorized", "403": "Forbidden"}
    without_token = []
    for op in ops(spec_doc).values():
        errors = {
            s: r["$ref"].removeprefix("#/components/responses/") for s, r in op["responses"].items() if s != "200"
        }
        if op.get("security") == []:
            without_token.append(op["operationId"])
            own = {"401": "InvalidCredentials"} if op["operationId"] == "accessTokenRequest" else {}
            assert errors == {**everyone, **own}, op["operationId"]
        else:
            assert errors == with_token, op["operationId"]
        assert list(op["responses"]) == sorted(op["responses"]), op["operationId"]
    assert sorted(without_token) == ["accessTokenRequest", "oAuthToken"]


def test_error_responses_are_described_once(spec_doc: dict[str, Any]) -> None:
    responses = spec_doc["components"]["responses"]
    assert set(responses) == {*bundle.ERROR_RESPONSES.values(), "InvalidCredentials"}
    for name, response in responses.items():
        assert response["description"], name
        assert response["x-correction"]["reason"] and response["x-correction"]["evidence"], name
        if name == "RateLimited":  # 429 comes with an empty body
            assert "content" not in response
        else:
            assert response["content"] == {
                "text/plain": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "string"}},
            }, name
    # error bodies are no models: the generator sees only 200 answers, so nothing new is generated
    assert not [name for name in spec_doc["components"]["schemas"] if name.endswith(("Error", "NotFound"))]


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


def bundle_errors(spec: Path) -> str:
    with pytest.raises(bundle.SpecError) as caught:
        bundle.bundle(spec)
    return str(caught.value)


def test_rejects_entities_with_optional_id_or_sent_in_a_body(spec_copy: Path) -> None:
    edit(spec_copy / "schemas" / "orders.yaml", lambda d: d["Order"]["required"].remove("id"))

    def send_order(d: dict[str, Any]) -> None:
        d["/order/placeorder"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Order"
        }

    edit(spec_copy / "paths" / "orders.yaml", send_order)
    errors = bundle_errors(spec_copy)
    assert "schema Order (entity row order): `id` must be a property listed in `required`" in errors
    assert "POST /order/placeorder: request body contains entity schema Order, whose `id` is required" in errors


def test_rejects_entities_nested_in_a_request_body(spec_copy: Path) -> None:
    edit(
        spec_copy / "schemas" / "orders.yaml",
        lambda d: d["PlaceOrder"]["properties"].update(fill={"$ref": "#/components/schemas/Fill"}),
    )
    assert "POST /order/placeorder: request body contains entity schema Fill" in bundle_errors(spec_copy)


def test_derived_create_schema_is_not_written_by_hand(spec_copy: Path) -> None:
    edit(spec_copy / "schemas" / "users.yaml", lambda d: d.update(UserPluginCreate={"type": "object"}))
    assert "UserPluginCreate is derived from entity row userPlugin" in bundle_errors(spec_copy)


def test_rejects_a_wrong_default_plural(spec_copy: Path) -> None:
    edit(spec_copy / "entities.yaml", lambda d: d["currency"].pop("plural"))
    assert "entities.yaml: currency: Currencys is not the plural of Currency; set `plural`" in bundle_errors(spec_copy)


def test_rejects_duplicate_and_bad_python_names(spec_copy: Path) -> None:
    def rename(d: dict[str, Any]) -> None:
        d["/order/placeoso"]["post"]["x-python-name"] = "place"
        d["/order/placeoco"]["post"]["x-python-name"] = "import"
        d["/order/dryrun"]["post"]["x-python-name"] = "type"
        d["/order/modifyorder"]["post"]["x-python-name"] = "modifyIt"

    edit(spec_copy / "paths" / "orders.yaml", rename)
    errors = bundle_errors(spec_copy)
    assert "Python name orders.place is also that of POST /order/placeorder; set `x-python-name`" in errors
    assert "POST /order/placeoco: method name 'import' is a Python keyword" in errors
    assert "POST /order/dryrun: method name 'type' would shadow a builtin" in errors
    assert "POST /order/modifyorder: method name 'modifyIt' is not a snake_case name" in errors


def test_rejects_colliding_namespaces_and_hand_set_names(spec_copy: Path) -> None:
    def move(d: dict[str, Any]) -> None:
        d["/orders/placeorder"] = d.pop("/order/placeorder")

    edit(spec_copy / "paths" / "orders.yaml", move)
    assert "namespace orders would hold the operations of several paths: /order, /orders" in bundle_errors(spec_copy)
    edit(spec_copy / "paths" / "orders.yaml", lambda d: d["/order/cancelorder"]["post"].update({"x-method": "c"}))
    assert "POST /order/cancelorder: `x-method` is set by the bundler" in bundle_errors(spec_copy)


def test_rejects_broken_failure_markers(spec_copy: Path) -> None:
    def damage(d: dict[str, Any]) -> None:
        d["PlaceOrderResult"]["x-failure"].update(when="failureCode", error="Rejected", extra=1)
        d["PlaceOsoResult"]["x-failure"].pop("x-evidence")
        d["PlaceOcoResult"]["x-failure"].pop("when")
        del d["CommandResult"]["x-failure"]

    edit(spec_copy / "schemas" / "orders.yaml", damage)
    edit(
        spec_copy / "schemas" / "users.yaml",
        lambda d: d["CreateEvaluationAccountResponse"].update({"x-failure": d["OpenDemoAccountResponse"]["x-failure"]}),
    )
    errors = bundle_errors(spec_copy)
    assert (
        "schema PlaceOrderResult: x-failure.when is 'failureCode', which is not a property of PlaceOrderResult"
        in errors
    )
    assert "schema PlaceOrderResult: x-failure.error must be one of OperationFailed, AuthenticationFailed" in errors
    assert "schema PlaceOrderResult: x-failure: unknown key extra" in errors
    assert "schema PlaceOsoResult: x-failure needs `x-evidence`" in errors
    assert "schema PlaceOcoResult: x-failure needs `when`" in errors
    assert "schema CommandResult: returned by POST /order/cancelorder and has `failureReason`" in errors
    assert "schema CreateEvaluationAccountResponse: x-failure on a schema no operation returns" in errors


def test_rejects_bad_websocket_entries(spec_copy: Path) -> None:
    def breaks(d: dict[str, Any]) -> None:
        d["endpoints"]["md/getChart"]["sockets"] = ["rest"]
        d["endpoints"]["md/cancelChart"]["response"] = "NoSuchSchema"
        d["events"]["md"] = {"model": "MarketDataEvent"}

    edit(spec_copy / "websocket.yaml", breaks)
    with pytest.raises(bundle.SpecError) as caught:
        bundle.bundle(spec_copy)
    assert "endpoint md/getChart: `sockets` must list some of user, md, replay" in str(caught.value)
    assert "event md: needs `data`" in str(caught.value)

    def repair(d: dict[str, Any]) -> None:
        d["endpoints"]["md/getChart"]["sockets"] = ["md"]
        d["events"]["md"] = {"data": "MarketDataEvent"}

    edit(spec_copy / "websocket.yaml", repair)
    with pytest.raises(bundle.SpecError, match="unresolved \\$ref #/components/schemas/NoSuchSchema"):
        bundle.bundle(spec_copy)


def test_rejects_broken_error_responses(spec_copy: Path) -> None:
    def damage(d: dict[str, Any]) -> None:
        del d["NotFound"]
        del d["Forbidden"]["x-correction"]
        d["Unused"] = {"description": "nobody", "x-correction": {"reason": "r", "evidence": ["e"]}}

    edit(spec_copy / "responses.yaml", damage)
    assert "responses.yaml: the bundler adds NotFound to every operation; define them" in bundle_errors(spec_copy)
    edit(spec_copy / "responses.yaml", lambda d: d.update(NotFound=d["BadRequest"]))

    def inline(d: dict[str, Any]) -> None:
        d["/order/placeorder"]["post"]["responses"]["404"] = {"description": "inline"}

    edit(spec_copy / "paths" / "orders.yaml", inline)
    errors = bundle_errors(spec_copy)
    assert "POST /order/placeorder: response 404 must be a $ref to a response of responses.yaml" in errors
    assert "responses.yaml: Unused is not used by any operation" in errors
    assert "responses.yaml: Forbidden needs an `x-correction` with `reason` and `evidence`" in errors


def test_error_responses_are_optional(spec_copy: Path) -> None:
    """A spec without responses.yaml (as the generator's golden test builds) documents 200 only."""
    (spec_copy / "responses.yaml").unlink()
    edit(
        spec_copy / "paths" / "authentication.yaml",
        lambda d: d["/auth/accesstokenrequest"]["post"]["responses"].pop("401"),
    )
    doc = bundle.bundle(spec_copy)
    assert "responses" not in doc["components"]
    assert {tuple(op["responses"]) for op in ops(doc).values()} == {("200",)}
