"""The cross-field rules of request bodies (``tradovate_api._rules``).

Every rule has a passing and a failing example (CASES). Property-based tests then generate order
bodies of every order type (alone, with OSO brackets or an OCO leg, in a dry run) and check them
against the rules as stated independently here (NEEDS, MAY, ``expected``): exactly the invalid
ones raise, and the field the error names is one the rules blame, absent (or not a finite
number) when something was missing and present when something was wrong or too much. Finally,
valid orders with exactly one rule broken must raise naming exactly that field.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradovate_api import errors
from tradovate_api._rules import check_request

PROPERTY = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))

ORDER_TYPES = [
    "Limit",
    "LimitIfTouched",
    "MIT",
    "Market",
    "QTS",
    "Stop",
    "StopLimit",
    "TrailingStop",
    "TrailingStopLimit",
]
TIME_IN_FORCE = ["Day", "FOK", "GTC", "GTD", "IOC"]
PRICES = ("price", "stopPrice", "limitIfTouchedPrice", "pegDifference")
EXPIRY = "2030-01-02T21:00:00Z"

# The rules as the brief and the sources state them, written independently of the module's table.
NEEDS: dict[str, set[str]] = {
    "Market": set(),
    "Limit": {"price"},
    "Stop": {"stopPrice"},
    "StopLimit": {"price", "stopPrice"},
    "TrailingStop": {"pegDifference"},
    "TrailingStopLimit": {"pegDifference", "price"},
    "LimitIfTouched": {"limitIfTouchedPrice"},
}
MAY: dict[str, set[str]] = {
    "TrailingStop": {"stopPrice"},
    "TrailingStopLimit": {"stopPrice"},
    "LimitIfTouched": {"price"},
}
DRY_RUN_PRICES = {"price", "stopPrice"}

MISSING, WRONG = "missing", "wrong"


def order(kind: str, **fields: Any) -> dict[str, Any]:
    """A PlaceOrder body of the given type (the upstream example's account fields)."""
    return {
        "accountSpec": "DEMO1",
        "accountId": 1,
        "action": "Buy",
        "symbol": "ESZ6",
        "orderQty": 1,
        "orderType": kind,
        "isAutomated": True,
        **fields,
    }


def leg(kind: str, action: str = "Sell", **fields: Any) -> dict[str, Any]:
    """A RestrainedOrderVersion (an OSO bracket or the OCO `other`)."""
    return {"action": action, "orderType": kind, **fields}


def strategy(action: str, entry: dict[str, Any], *brackets: dict[str, Any]) -> dict[str, Any]:
    params = json.dumps({"entryVersion": entry, "brackets": list(brackets)})
    return {"accountId": 1, "symbol": "MESM1", "action": action, "orderStrategyTypeId": 2, "params": params}


NAME_30 = "A" * 30

CASES: list[tuple[str, str, dict[str, Any], str | None]] = [
    # --- prices by order type ---------------------------------------------------------------
    ("limit", "PlaceOrder", order("Limit", price=4500.25), None),
    ("limit negative price", "PlaceOrder", order("Limit", price=-12.5), None),
    ("limit zero price", "PlaceOrder", order("Limit", price=0), None),
    ("limit without price", "PlaceOrder", order("Limit"), "price"),
    ("limit with NaN price", "PlaceOrder", order("Limit", price=math.nan), "price"),
    ("limit with infinite price", "PlaceOrder", order("Limit", price=-math.inf), "price"),
    ("limit with null price", "PlaceOrder", order("Limit", price=None), "price"),
    ("limit with a stop price", "PlaceOrder", order("Limit", price=1.0, stopPrice=2.0), "stopPrice"),
    ("market", "PlaceOrder", order("Market"), None),
    ("market with null price", "PlaceOrder", order("Market", price=None), None),
    ("market with price", "PlaceOrder", order("Market", price=4500.0), "price"),
    ("market with stop price", "PlaceOrder", order("Market", stopPrice=4500.0), "stopPrice"),
    ("market with peg", "PlaceOrder", order("Market", pegDifference=2.0), "pegDifference"),
    ("stop", "PlaceOrder", order("Stop", stopPrice=4400.0), None),
    ("stop priced like the OCO example", "PlaceOrder", order("Stop", price=4100.0), "stopPrice"),
    ("stop with both prices", "PlaceOrder", order("Stop", price=1.0, stopPrice=2.0), "price"),
    ("stop limit", "PlaceOrder", order("StopLimit", price=-1.5, stopPrice=-1.0), None),
    ("stop limit without stop", "PlaceOrder", order("StopLimit", price=1.0), "stopPrice"),
    ("stop limit without limit", "PlaceOrder", order("StopLimit", stopPrice=1.0), "price"),
    ("trailing stop", "PlaceOrder", order("TrailingStop", pegDifference=4.0), None),
    ("trailing stop with trigger", "PlaceOrder", order("TrailingStop", pegDifference=-4.0, stopPrice=1.0), None),
    ("trailing stop without peg", "PlaceOrder", order("TrailingStop", stopPrice=4480.0), "pegDifference"),
    ("trailing stop with price", "PlaceOrder", order("TrailingStop", pegDifference=4.0, price=1.0), "price"),
    ("trailing stop limit", "PlaceOrder", order("TrailingStopLimit", pegDifference=4.0, price=1.0), None),
    (
        "trailing stop limit with trigger",
        "PlaceOrder",
        order("TrailingStopLimit", pegDifference=4.0, price=1.0, stopPrice=2.0),
        None,
    ),
    ("trailing stop limit without limit", "PlaceOrder", order("TrailingStopLimit", pegDifference=4.0), "price"),
    ("trailing stop limit without peg", "PlaceOrder", order("TrailingStopLimit", price=1.0), "pegDifference"),
    ("limit if touched", "PlaceOrder", order("LimitIfTouched", limitIfTouchedPrice=1.0), None),
    ("limit if touched with limit", "PlaceOrder", order("LimitIfTouched", limitIfTouchedPrice=1.0, price=1.0), None),
    ("limit if touched without trigger", "PlaceOrder", order("LimitIfTouched", price=1.0), "limitIfTouchedPrice"),
    (
        "limit if touched with stop",
        "PlaceOrder",
        order("LimitIfTouched", limitIfTouchedPrice=1.0, stopPrice=1.0),
        "stopPrice",
    ),
    ("MIT is not checked", "PlaceOrder", order("MIT", stopPrice=1.0, price=2.0), None),
    ("QTS is not checked", "PlaceOrder", order("QTS"), None),
    ("unknown type is the codec's", "PlaceOrder", order("Iceberg", price=1.0), None),
    # --- quantity ---------------------------------------------------------------------------
    ("quantity 0", "PlaceOrder", order("Market", orderQty=0), "orderQty"),
    ("negative quantity", "PlaceOrder", order("Market", orderQty=-1), "orderQty"),
    ("fractional quantity", "PlaceOrder", order("Market", orderQty=1.5), "orderQty"),
    ("quantity of the wrong JSON type is the codec's", "PlaceOrder", order("Market", orderQty="1"), None),
    ("large quantity", "PlaceOrder", order("Market", orderQty=500), None),
    # --- maxShow ----------------------------------------------------------------------------
    ("maxShow 0", "PlaceOrder", order("Limit", price=1.0, orderQty=5, maxShow=0), None),
    ("maxShow equal to quantity", "PlaceOrder", order("Limit", price=1.0, orderQty=5, maxShow=5), None),
    ("maxShow above quantity", "PlaceOrder", order("Limit", price=1.0, orderQty=5, maxShow=6), "maxShow"),
    ("negative maxShow", "PlaceOrder", order("Limit", price=1.0, maxShow=-1), "maxShow"),
    # --- time in force ----------------------------------------------------------------------
    ("GTD with expiry", "PlaceOrder", order("Market", timeInForce="GTD", expireTime=EXPIRY), None),
    ("GTD without expiry", "PlaceOrder", order("Market", timeInForce="GTD"), "expireTime"),
    ("Day with expiry", "PlaceOrder", order("Market", timeInForce="Day", expireTime=EXPIRY), "expireTime"),
    ("expiry without time in force", "PlaceOrder", order("Market", expireTime=EXPIRY), "expireTime"),
    ("GTC", "PlaceOrder", order("Market", timeInForce="GTC"), None),
    # --- modify -----------------------------------------------------------------------------
    ("modify a stop", "ModifyOrder", {"orderId": 7, "orderQty": 2, "orderType": "Stop", "stopPrice": 1.0}, None),
    ("modify a stop without stop", "ModifyOrder", {"orderId": 7, "orderQty": 2, "orderType": "Stop"}, "stopPrice"),
    (
        "modify to market with a price",
        "ModifyOrder",
        {"orderId": 7, "orderQty": 2, "orderType": "Market", "price": 3.0},
        "price",
    ),
    ("modify quantity 0", "ModifyOrder", {"orderId": 7, "orderQty": 0, "orderType": "Market"}, "orderQty"),
    (
        "modify GTD without expiry",
        "ModifyOrder",
        {"orderId": 7, "orderQty": 1, "orderType": "Market", "timeInForce": "GTD"},
        "expireTime",
    ),
    # --- OSO --------------------------------------------------------------------------------
    ("OSO as in the docs", "PlaceOSO", order("Limit", price=4150.0, bracket1=leg("Limit", price=4200.0)), None),
    (
        "OSO with two brackets",
        "PlaceOSO",
        order("Market", bracket1=leg("Stop", stopPrice=4100.0), bracket2=leg("Limit", price=4200.0)),
        None,
    ),
    ("OSO bracket on the entry's side", "PlaceOSO", order("Market", bracket1=leg("Limit", "Buy", price=1.0)), None),
    ("OSO bracket without its stop", "PlaceOSO", order("Market", bracket1=leg("Stop")), "bracket1.stopPrice"),
    (
        "OSO second bracket without its limit",
        "PlaceOSO",
        order("Market", bracket1=leg("Stop", stopPrice=1.0), bracket2=leg("Limit")),
        "bracket2.price",
    ),
    ("OSO entry without its price", "PlaceOSO", order("Limit", bracket1=leg("Market")), "price"),
    (
        "OSO market bracket with a price",
        "PlaceOSO",
        order("Market", bracket1=leg("Market", price=1.0)),
        "bracket1.price",
    ),
    (
        "OSO bracket showing more than the entry",
        "PlaceOSO",
        order("Market", orderQty=2, bracket1=leg("Limit", price=1.0, maxShow=3)),
        "bracket1.maxShow",
    ),
    (
        "OSO bracket showing the entry's quantity",
        "PlaceOSO",
        order("Market", orderQty=2, bracket1=leg("Limit", price=1.0, maxShow=2)),
        None,
    ),
    (
        "OSO GTD bracket without expiry",
        "PlaceOSO",
        order("Market", bracket1=leg("Limit", price=1.0, timeInForce="GTD")),
        "bracket1.expireTime",
    ),
    ("OSO entry quantity 0", "PlaceOSO", order("Market", orderQty=0, bracket1=leg("Market")), "orderQty"),
    ("OSO bracket of the wrong JSON type is the codec's", "PlaceOSO", order("Market", bracket1="x"), None),
    # --- OCO --------------------------------------------------------------------------------
    (
        "OCO as in the docs (stop priced with price)",
        "PlaceOCO",
        order("Stop", price=4100.0, other=leg("Limit", price=4200.0)),
        "stopPrice",
    ),
    ("OCO", "PlaceOCO", order("Stop", stopPrice=4100.0, other=leg("Limit", price=4200.0)), None),
    ("OCO of two buys", "PlaceOCO", order("Stop", stopPrice=2.0, other=leg("Limit", "Buy", price=1.0)), None),
    (
        "OCO other stop limit without stop",
        "PlaceOCO",
        order("Market", other=leg("StopLimit", price=1.0)),
        "other.stopPrice",
    ),
    (
        "OCO other showing more than the order",
        "PlaceOCO",
        order("Market", other=leg("Market", maxShow=2)),
        "other.maxShow",
    ),
    ("linked order alone", "RestrainedOrderVersion", leg("TrailingStop", pegDifference=1.0), None),
    ("linked order alone without peg", "RestrainedOrderVersion", leg("TrailingStop"), "pegDifference"),
    ("linked order alone, negative maxShow", "RestrainedOrderVersion", leg("Market", maxShow=-1), "maxShow"),
    # --- dry run ----------------------------------------------------------------------------
    (
        "dry run",
        "DryRun",
        {"accountId": 1, "orders": [{"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "Market"}]},
        None,
    ),
    ("dry run of no order", "DryRun", {"accountId": 1, "orders": []}, "orders"),
    (
        "dry run of four orders",
        "DryRun",
        {"accountId": 1, "orders": [{"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "Market"}] * 4},
        None,
    ),
    (
        "dry run of five orders",
        "DryRun",
        {"accountId": 1, "orders": [{"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "Market"}] * 5},
        "orders",
    ),
    (
        "dry run limit without price",
        "DryRun",
        {
            "accountId": 1,
            "orders": [
                {"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "Market"},
                {"contractId": 2, "action": "Sell", "orderQty": 1, "orderType": "Limit"},
            ],
        },
        "orders.1.price",
    ),
    (
        "dry run quantity 0",
        "DryRun",
        {"accountId": 1, "orders": [{"contractId": 2, "action": "Buy", "orderQty": 0, "orderType": "Market"}]},
        "orders.0.orderQty",
    ),
    (
        "dry-run trailing stop (no pegDifference field to give)",
        "DryRunOrder",
        {"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "TrailingStop"},
        None,
    ),
    (
        "dry-run stop without stop",
        "DryRunOrder",
        {"contractId": 2, "action": "Buy", "orderQty": 1, "orderType": "Stop"},
        "stopPrice",
    ),
    # --- order strategies -------------------------------------------------------------------
    (
        "strategy as in the reference (Sell)",
        "StartOrderStrategy",
        strategy("Sell", {"orderQty": 1, "orderType": "Market"}, {"qty": 1, "profitTarget": -30, "stopLoss": 15}),
        None,
    ),
    (
        "strategy as in the example repository (Buy)",
        "StartOrderStrategy",
        strategy(
            "Buy",
            {"orderId": 0, "orderQty": 1, "orderType": "Market", "timeInForce": "Day"},
            {"qty": 1, "profitTarget": 75, "stopLoss": -33, "trailingStop": False},
        ),
        None,
    ),
    (
        "strategy Buy with Sell offsets",
        "StartOrderStrategy",
        strategy("Buy", {"orderQty": 1, "orderType": "Market"}, {"qty": 1, "profitTarget": -30, "stopLoss": 15}),
        "params.brackets.0.profitTarget",
    ),
    (
        "strategy Sell with a zero stop loss",
        "StartOrderStrategy",
        strategy(
            "Sell", {"orderQty": 1, "orderType": "Market"}, {"qty": 1, "profitTarget": -3}, {"qty": 1, "stopLoss": 0}
        ),
        "params.brackets.1.stopLoss",
    ),
    (
        "strategy bracket without qty",
        "StartOrderStrategy",
        strategy("Buy", {"orderQty": 1, "orderType": "Market"}, {"profitTarget": 3}),
        "params.brackets.0.qty",
    ),
    (
        "strategy bracket qty 0",
        "StartOrderStrategy",
        strategy("Buy", {"orderQty": 1, "orderType": "Market"}, {"qty": 0}),
        "params.brackets.0.qty",
    ),
    (
        "strategy limit entry without price",
        "StartOrderStrategy",
        strategy("Buy", {"orderQty": 1, "orderType": "Limit"}, {"qty": 1}),
        "params.entryVersion.price",
    ),
    (
        "strategy entry quantity 0",
        "StartOrderStrategy",
        strategy("Buy", {"orderQty": 0, "orderType": "Market"}, {"qty": 1}),
        "params.entryVersion.orderQty",
    ),
    (
        "strategy params not JSON",
        "StartOrderStrategy",
        {"symbol": "MESM1", "action": "Buy", "orderStrategyTypeId": 2, "params": "{entryVersion:"},
        "params",
    ),
    (
        "strategy params a JSON array",
        "StartOrderStrategy",
        {"symbol": "MESM1", "action": "Buy", "orderStrategyTypeId": 2, "params": "[]"},
        "params",
    ),
    (
        "strategy without params",
        "StartOrderStrategy",
        {"symbol": "MESM1", "action": "Buy", "orderStrategyTypeId": 2},
        None,
    ),
    (
        "other strategy types are not checked",
        "StartOrderStrategy",
        {"symbol": "MESM1", "action": "Buy", "orderStrategyTypeId": 3, "params": "not json"},
        None,
    ),
    # --- risks ------------------------------------------------------------------------------
    (
        "admin action Other with a reason",
        "SetAdminAutoLiqAction",
        {
            "accountId": 1,
            "adminAction": "LockTradingImmediately",
            "adminActionReasonCode": "Other",
            "adminActionReason": "x",
        },
        None,
    ),
    (
        "admin action Other without reason",
        "SetAdminAutoLiqAction",
        {"accountId": 1, "adminAction": "LockTradingImmediately", "adminActionReasonCode": "Other"},
        "adminActionReason",
    ),
    (
        "admin action Other with a blank reason",
        "SetAdminAutoLiqAction",
        {"accountId": 1, "adminAction": "Normal", "adminActionReasonCode": "Other", "adminActionReason": "  "},
        "adminActionReason",
    ),
    (
        "admin action with another code needs no reason",
        "SetAdminAutoLiqAction",
        {"accountId": 1, "adminAction": "Normal", "adminActionReasonCode": "CloseAMLDecision"},
        None,
    ),
    (
        "admin action on account 0",
        "SetAdminAutoLiqAction",
        {"accountId": 0, "adminAction": "Normal", "adminActionReasonCode": "CloseAMLDecision"},
        "accountId",
    ),
    ("switch one account", "SwitchRiskCategory", {"accountIds": [1], "riskCategoryId": 3}, None),
    ("switch 10000 accounts", "SwitchRiskCategory", {"accountIds": list(range(10_000)), "riskCategoryId": 3}, None),
    ("switch no account", "SwitchRiskCategory", {"accountIds": [], "riskCategoryId": 3}, "accountIds"),
    (
        "switch 10001 accounts",
        "SwitchRiskCategory",
        {"accountIds": list(range(10_001)), "riskCategoryId": 3},
        "accountIds",
    ),
    ("position limits of 0", "UserAccountPositionLimit", {"shortLimit": 0, "longLimit": 0, "exposedLimit": 0}, None),
    ("negative short limit", "UserAccountPositionLimit", {"shortLimit": -1}, "shortLimit"),
    ("negative exposed limit", "UserAccountPositionLimit", {"longLimit": 3, "exposedLimit": -2}, "exposedLimit"),
    ("risk parameter", "UserAccountRiskParameter", {"maxOpeningOrderQty": 0, "maxBackMonth": 1}, None),
    ("risk parameter back month 0", "UserAccountRiskParameter", {"maxBackMonth": 0}, "maxBackMonth"),
    (
        "risk parameter negative closing cap",
        "UserAccountRiskParameter",
        {"maxClosingOrderQty": -5},
        "maxClosingOrderQty",
    ),
    # --- accounting, funds ------------------------------------------------------------------
    ("demo balance change", "ChangeDemoBalance", {"accountId": 1, "cashChange": -999_999.99}, None),
    ("demo balance change of a million", "ChangeDemoBalance", {"accountId": 1, "cashChange": 1_000_000}, "cashChange"),
    ("demo balance change of minus a million", "ChangeDemoBalance", {"accountId": 1, "cashChange": -1e6}, "cashChange"),
    ("demo balance change of NaN", "ChangeDemoBalance", {"accountId": 1, "cashChange": math.nan}, "cashChange"),
    ("demo balance change on account 0", "ChangeDemoBalance", {"accountId": 0, "cashChange": 5}, "accountId"),
    ("cash adjustment", "AdjustCash", {"accountId": 1, "cashChange": 99_999, "currencyId": 1}, None),
    ("cash adjustment too large", "AdjustCash", {"accountId": 1, "cashChange": 100_000, "currencyId": 1}, "cashChange"),
    # --- users ------------------------------------------------------------------------------
    ("names of 60 characters", "SignUpOrganizationMember", {"firstName": NAME_30, "lastName": NAME_30}, None),
    (
        "names of 61 characters",
        "SignUpOrganizationMember",
        {"firstName": NAME_30, "lastName": NAME_30 + "B"},
        "firstName",
    ),
    ("contact name", "UpdateContactInfoName", {"firstName": "A", "lastName": "B"}, None),
    ("contact name too long", "UpdateContactInfoName", {"firstName": "A" * 60, "lastName": "B"}, "firstName"),
    ("POA contact name", "POAContact", {"firstName": "A" * 59, "lastName": "B"}, None),
    ("POA contact name too long", "POAContact", {"firstName": "A" * 61, "lastName": ""}, "firstName"),
    ("contact info", "UpdateContactInfo", {"firstName": NAME_30, "lastName": NAME_30, "jointFirstName": "C"}, None),
    (
        "joint names too long",
        "UpdateContactInfo",
        {"firstName": "A", "lastName": "B", "jointFirstName": NAME_30, "jointLastName": NAME_30 + "C"},
        "jointFirstName",
    ),
    (
        "evaluation users",
        "CreateEvaluationUsers",
        {"users": [{"firstName": "A", "lastName": "B"}, {"firstName": NAME_30, "lastName": NAME_30}]},
        None,
    ),
    (
        "evaluation user name too long",
        "CreateEvaluationUsers",
        {"users": [{"firstName": "A", "lastName": "B"}, {"firstName": NAME_30, "lastName": NAME_30 + "x"}]},
        "users.1.firstName",
    ),
    ("evaluation user alone", "EvaluationUser", {"firstName": NAME_30, "lastName": "x"}, None),
    (
        "evaluation user alone, name too long",
        "EvaluationUser",
        {"firstName": NAME_30 * 2, "lastName": "x"},
        "firstName",
    ),
    (
        "subaccount with all documents",
        "CreatePartnerSubAccountRequest",
        {"firstName": "A", "lastName": "B", "pOAFormDocId": 1, "governmentDocId": 2, "addressDocId": 3},
        None,
    ),
    ("subaccount without documents", "CreatePartnerSubAccountRequest", {"firstName": "A", "lastName": "B"}, None),
    (
        "subaccount with two documents",
        "CreatePartnerSubAccountRequest",
        {"firstName": "A", "lastName": "B", "pOAFormDocId": 1, "addressDocId": 3},
        "governmentDocId",
    ),
    (
        "subaccount name too long",
        "CreatePartnerSubAccountRequest",
        {"firstName": NAME_30, "lastName": NAME_30 + "B"},
        "firstName",
    ),
    # --- schemas without rules --------------------------------------------------------------
    ("cancel", "CancelOrder", {"orderId": 1}, None),
    ("liquidate", "LiquidatePosition", {"accountId": 1, "contractId": 2, "admin": False}, None),
    ("unknown schema", "NoSuchSchema", {"orderType": "Limit"}, None),
]


@pytest.mark.parametrize(("schema", "body", "field"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(schema: str, body: dict[str, Any], field: str | None) -> None:
    if field is None:
        check_request(schema, body)
        return
    with pytest.raises(errors.InvalidRequest) as info:
        check_request(schema, body)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")


def test_every_order_type_has_a_case() -> None:
    """CASES place an order of every type of the spec's enum, and pass and fail every schema with rules."""
    kinds = {body.get("orderType") for _, schema, body, _ in CASES if schema == "PlaceOrder"}
    assert set(ORDER_TYPES) <= kinds
    schemas = {schema for _, schema, _, field in CASES if field is not None}
    assert schemas == {schema for _, schema, _, field in CASES if field is None} - {
        "CancelOrder",
        "LiquidatePosition",
        "NoSuchSchema",
    }


def test_the_error_is_an_invalid_request_and_a_value_error() -> None:
    with pytest.raises(ValueError, match=r"^price: a Limit order needs price"):
        check_request("PlaceOrder", order("Limit"))


# ---------------------------------------------------------------------------------------------
# properties: generated orders against the rules stated independently above


def finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def expected(body: Mapping[str, Any], prefix: str, quantity: object, prices: set[str]) -> dict[str, str]:
    """Field -> MISSING or WRONG, for every rule one order breaks (prefix: dotted path)."""
    broken: dict[str, str] = {}
    kind = body["orderType"]
    if kind in NEEDS:
        for name in NEEDS[kind] & prices:
            if not finite(body.get(name)):
                broken[prefix + name] = MISSING
        for name in set(PRICES) - NEEDS[kind] - MAY.get(kind, set()):
            if body.get(name) is not None:
                broken[prefix + name] = WRONG
    shown = body.get("maxShow")
    valid_quantity = isinstance(quantity, int) and quantity > 0
    if shown is not None and (shown < 0 or (valid_quantity and shown > quantity)):
        broken[prefix + "maxShow"] = WRONG
    if body.get("timeInForce") == "GTD" and body.get("expireTime") is None:
        broken[prefix + "expireTime"] = MISSING
    if body.get("timeInForce") != "GTD" and body.get("expireTime") is not None:
        broken[prefix + "expireTime"] = WRONG
    return broken


def quantity_broken(body: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    value = body.get("orderQty")
    ok = value is None or (isinstance(value, int) and value > 0)
    return {} if ok else {prefix + "orderQty": WRONG}


def lookup(body: Mapping[str, Any], path: str) -> object:
    value: object = body
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)]
        elif isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def check_against(schema: str, body: Mapping[str, Any], broken: dict[str, str]) -> None:
    if not broken:
        check_request(schema, body)
        return
    with pytest.raises(errors.InvalidRequest) as info:
        check_request(schema, body)
    field = info.value.field
    assert field in broken, (field, broken)
    value = lookup(body, field)
    if broken[field] == MISSING:
        assert not finite(value), (field, value)
    else:
        assert value is not None, field


FINITE_PRICES = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False) | st.integers(-5000, 5000)
PRICE_VALUES = st.one_of(
    FINITE_PRICES, FINITE_PRICES, FINITE_PRICES, st.sampled_from([0.0, math.nan, math.inf, -math.inf])
)


def likely(draw: st.DrawFn, chance: int) -> bool:
    """True with about chance/10 probability (shrinks to False)."""
    return draw(st.integers(0, 9)) >= 10 - chance


@st.composite
def order_fields(draw: st.DrawFn, quantity: int | None, kind: str | None = None) -> dict[str, Any]:
    """The order-type-dependent fields of one order; needed prices are usually present."""
    kind = kind or draw(st.sampled_from(ORDER_TYPES))
    body: dict[str, Any] = {"action": draw(st.sampled_from(["Buy", "Sell"])), "orderType": kind}
    for name in PRICES:
        needed = name in NEEDS.get(kind, set()) | MAY.get(kind, set())
        if likely(draw, 8 if needed else 1):
            body[name] = draw(PRICE_VALUES)
        elif likely(draw, 1):
            body[name] = None  # a null counts as absent
    if likely(draw, 3):
        body["maxShow"] = draw(st.integers(-2, (quantity or 3) + 2))
    if likely(draw, 5):
        body["timeInForce"] = draw(st.sampled_from(TIME_IN_FORCE))
    if likely(draw, 8 if body.get("timeInForce") == "GTD" else 1):
        body["expireTime"] = EXPIRY
    return body


VALID_QUANTITIES = st.integers(1, 10)
QUANTITIES = st.one_of(VALID_QUANTITIES, VALID_QUANTITIES, VALID_QUANTITIES, st.sampled_from([0, -1, 1.5, 2.0]))


@pytest.mark.parametrize("kind", ORDER_TYPES)
@given(st.data(), st.sampled_from(["PlaceOrder", "ModifyOrder"]), QUANTITIES)
@settings(PROPERTY, max_examples=150)
def test_single_orders(kind: str, data: st.DataObject, schema: str, quantity: int | float) -> None:
    whole = quantity if isinstance(quantity, int) else None
    body = {"symbol": "ESZ6", "orderQty": quantity, **data.draw(order_fields(whole, kind))}
    if schema == "ModifyOrder":
        body = {"orderId": 1, **{k: v for k, v in body.items() if k not in ("action", "symbol")}}
    check_against(schema, body, quantity_broken(body) | expected(body, "", quantity, set(PRICES)))


@given(st.data(), st.sampled_from([("PlaceOSO", ("bracket1", "bracket2")), ("PlaceOCO", ("other",))]), QUANTITIES)
@PROPERTY
def test_linked_orders(data: st.DataObject, kind: tuple[str, tuple[str, ...]], quantity: int | float) -> None:
    schema, names = kind
    whole = quantity if isinstance(quantity, int) else None
    body: dict[str, Any] = {"symbol": "ESZ6", "orderQty": quantity, **data.draw(order_fields(whole))}
    broken = quantity_broken(body) | expected(body, "", quantity, set(PRICES))
    for name in names:
        if name == "bracket2" and not data.draw(st.booleans()):
            continue
        body[name] = data.draw(order_fields(whole))
        broken |= expected(body[name], name + ".", quantity, set(PRICES))
    check_against(schema, body, broken)


@given(st.data(), st.integers(0, 5))
@PROPERTY
def test_dry_runs(data: st.DataObject, count: int) -> None:
    orders = []
    broken: dict[str, str] = {} if 1 <= count <= 4 else {"orders": WRONG}
    for i in range(count):
        quantity = data.draw(QUANTITIES)
        fields = data.draw(order_fields(quantity if isinstance(quantity, int) else None))
        # a dry-run order has neither time in force nor the trailing / touched prices
        fields = {k: v for k, v in fields.items() if k in ("action", "orderType", "maxShow", *DRY_RUN_PRICES)}
        item = {"contractId": 5, "orderQty": quantity, **fields}
        orders.append(item)
        broken |= quantity_broken(item, f"orders.{i}.") | expected(item, f"orders.{i}.", quantity, DRY_RUN_PRICES)
    check_against("DryRun", {"accountId": 1, "orders": orders}, broken)


# --- one rule broken at a time: the error names exactly that field ------------------------


@st.composite
def valid_order(draw: st.DrawFn, kind: str, quantity: int, prices: set[str], timed: bool = True) -> dict[str, Any]:
    """An order of the given type that breaks no rule (prices may be negative or zero)."""
    body: dict[str, Any] = {"action": draw(st.sampled_from(["Buy", "Sell"])), "orderType": kind}
    for name in NEEDS.get(kind, set()) & prices:
        body[name] = draw(FINITE_PRICES)
    for name in sorted(MAY.get(kind, set()) & prices):
        if draw(st.booleans()):
            body[name] = draw(FINITE_PRICES)
    if draw(st.booleans()):
        body["maxShow"] = draw(st.integers(0, quantity))
    if timed and draw(st.booleans()):
        body["timeInForce"] = tif = draw(st.sampled_from(TIME_IN_FORCE))
        if tif == "GTD":
            body["expireTime"] = EXPIRY
    return body


def breakers(body: dict[str, Any], quantity: int, prices: set[str], timed: bool) -> list[tuple[dict[str, Any], str]]:
    """Every way to break exactly one rule of a valid order: (broken copy, field to blame)."""
    kind = body["orderType"]
    out: list[tuple[dict[str, Any], str]] = []
    for name in sorted(NEEDS.get(kind, set()) & prices):
        out += [({**body, name: bad}, name) for bad in (None, math.nan, math.inf)]
        out.append(({k: v for k, v in body.items() if k != name}, name))
    if kind in NEEDS:
        for name in sorted(set(PRICES) - NEEDS[kind] - MAY.get(kind, set())):
            out.append(({**body, name: 1.25}, name))
    out += [({**body, "maxShow": -1}, "maxShow"), ({**body, "maxShow": quantity + 1}, "maxShow")]
    if "orderQty" in body:
        out += [({**body, "orderQty": bad}, "orderQty") for bad in (0, -3, 1.5)]
    if timed:
        without = {k: v for k, v in body.items() if k != "expireTime"}
        out += [
            ({**without, "timeInForce": "GTD"}, "expireTime"),
            ({**body, "timeInForce": "GTC", "expireTime": EXPIRY}, "expireTime"),
        ]
    return out


def break_one(
    data: st.DataObject, body: dict[str, Any], quantity: int, prices: set[str], timed: bool = True
) -> tuple[dict[str, Any], str]:
    choice: tuple[dict[str, Any], str] = data.draw(st.sampled_from(breakers(body, quantity, prices, timed)))
    return choice


@pytest.mark.parametrize("kind", ORDER_TYPES)
@given(st.data(), st.sampled_from(["PlaceOrder", "ModifyOrder"]), VALID_QUANTITIES)
@settings(PROPERTY, max_examples=60)
def test_one_broken_rule_in_a_single_order(kind: str, data: st.DataObject, schema: str, quantity: int) -> None:
    body = {"orderQty": quantity, **data.draw(valid_order(kind, quantity, set(PRICES)))}
    check_request(schema, body)
    broken, field = break_one(data, body, quantity, set(PRICES))
    with pytest.raises(errors.InvalidRequest) as info:
        check_request(schema, broken)
    assert info.value.field == field


@given(st.data(), st.sampled_from([("PlaceOSO", ("bracket1", "bracket2")), ("PlaceOCO", ("other",))]), VALID_QUANTITIES)
@PROPERTY
def test_one_broken_rule_in_linked_orders(
    data: st.DataObject, kind: tuple[str, tuple[str, ...]], quantity: int
) -> None:
    schema, names = kind
    main = {
        "symbol": "ESZ6",
        "orderQty": quantity,
        **data.draw(valid_order(data.draw(st.sampled_from(ORDER_TYPES)), quantity, set(PRICES))),
    }
    body = dict(main)
    for name in names:
        body[name] = data.draw(valid_order(data.draw(st.sampled_from(ORDER_TYPES)), quantity, set(PRICES)))
    check_request(schema, body)
    target = data.draw(st.sampled_from(["", *names]))
    if target:
        broken_leg, field = break_one(data, body[target], quantity, set(PRICES))
        broken, field = {**body, target: broken_leg}, f"{target}.{field}"
    else:
        broken_main, field = break_one(data, main, quantity, set(PRICES))
        broken = {**broken_main, **{name: body[name] for name in names}}
    with pytest.raises(errors.InvalidRequest) as info:
        check_request(schema, broken)
    assert info.value.field == field


@given(st.data(), st.integers(1, 4))
@PROPERTY
def test_one_broken_rule_in_a_dry_run(data: st.DataObject, count: int) -> None:
    orders = []
    for _ in range(count):
        quantity = data.draw(VALID_QUANTITIES)
        item = {"contractId": 5, "orderQty": quantity}
        item |= data.draw(valid_order(data.draw(st.sampled_from(ORDER_TYPES)), quantity, DRY_RUN_PRICES, timed=False))
        orders.append(item)
    check_request("DryRun", {"accountId": 1, "orders": orders})
    which = data.draw(st.integers(-1, count - 1))
    if which < 0:
        broken = [*orders, orders[0]] if count == 4 else []  # five orders, or none
        field = "orders"
    else:
        item, name = break_one(data, orders[which], orders[which]["orderQty"], DRY_RUN_PRICES, timed=False)
        broken, field = [*orders[:which], item, *orders[which + 1 :]], f"orders.{which}.{name}"
    with pytest.raises(errors.InvalidRequest) as info:
        check_request("DryRun", {"accountId": 1, "orders": broken})
    assert info.value.field == field


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from((*PRICES, "orderType", "qty")), inner),
    max_leaves=5,
)
KEYS = [
    "orderQty",
    "orderType",
    *PRICES,
    "maxShow",
    "timeInForce",
    "expireTime",
    "bracket1",
    "bracket2",
    "other",
    "orders",
    "action",
    "orderStrategyTypeId",
    "params",
    "accountId",
    "accountIds",
    "adminActionReasonCode",
    "adminActionReason",
    "cashChange",
    "maxBackMonth",
    "firstName",
    "lastName",
    "users",
    "pOAFormDocId",
]
SCHEMAS = sorted({schema for _, schema, _, _ in CASES})


@given(st.sampled_from(SCHEMAS), st.dictionaries(st.sampled_from(KEYS), ANY_JSON | st.sampled_from(ORDER_TYPES)))
@PROPERTY
def test_values_of_any_json_type_never_crash(schema: str, body: dict[str, Any]) -> None:
    """Wrong JSON types are the codec's business: a rule refuses or passes, never crashes."""
    try:
        check_request(schema, body)
    except errors.InvalidRequest as error:
        assert error.field is not None
