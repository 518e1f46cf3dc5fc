"""Business rules that relate the fields of a request body, checked before the request is sent.

Hand-written. The codec already checks each field on its own (JSON type, finite number, enum
member, required keys); this module adds what the spec's types cannot say: which prices an order
type needs, quantities and counts the documentation bounds, fields that only go together.
``check_request(schema, body)`` takes the JSON object of a request (wire names) and raises
:class:`errors.InvalidRequest` naming the offending field, dotted for nested objects
(``bracket1.price``, ``orders.0.stopPrice``). Schemas without rules pass.

A value of the wrong JSON type is left to the codec: a rule passes over it, unless the rule is
about that value (a price the order type needs must be a finite number, a quantity a whole
number above zero). A null counts as absent. Prices may be zero or negative (spreads and some
products trade there): only their presence is checked, never their sign. Each rule
names its source: a page or example of the official reference (``placeOCO``, ...), a description
in our spec (``spec PlaceOrder.price``), the legacy reference, or "our choice" with the reason.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeGuard

from . import errors

_PRICES: Final = ("price", "stopPrice", "limitIfTouchedPrice", "pegDifference")

# orderType -> (price fields it needs, price fields it may carry besides). Every other price field
# is refused (our choice: the server's use of a stray price is undocumented, and a Limit carrying
# a stopPrice more likely means a StopLimit that was mistyped). MIT and QTS are left out on
# purpose: no source says which field carries their trigger, so their prices are not checked.
_ORDER_PRICES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    # placeOrder "Market Order" example sends no price; a price on one is refused (see above).
    "Market": ((), ()),
    # placeOrder "Sell Limit" example; placeOCO description ("a Limit ... must use price").
    "Limit": (("price",), ()),
    # spec PlaceOrder.stopPrice ("for Stop and StopLimit orders"); captured Stop order versions
    # carry stopPrice only. The placeOCO prose and example put a Stop's trigger in `price`, which
    # contradicts both: we follow the spec, so that example is refused (no stopPrice).
    "Stop": (("stopPrice",), ()),
    # placeOCO description: a Stop-Limit needs price and stopPrice.
    "StopLimit": (("price", "stopPrice"), ()),
    # spec pegDifference ("distance a trailing stop keeps from the market"); stopPrice, the
    # initial trigger in third-party clients, is allowed but not documented upstream.
    "TrailingStop": (("pegDifference",), ("stopPrice",)),
    # as TrailingStop, plus the limit it becomes (spec OrderType: "becomes a limit order";
    # spec price: "limit price, for order types that need one").
    "TrailingStopLimit": (("pegDifference", "price"), ("stopPrice",)),
    # spec limitIfTouchedPrice ("trigger price of a LimitIfTouched order"); whether the limit
    # goes in `price` or is the same price is undocumented, so `price` is allowed, not needed.
    "LimitIfTouched": (("limitIfTouchedPrice",), ("price",)),
}

# Price fields each order-shaped schema declares: a needed price the schema cannot carry is not
# asked for (DryRunOrder and a strategy's entryVersion only have price and stopPrice).
_ALL_PRICES: Final = frozenset(_PRICES)
_PRICE_AND_STOP: Final = frozenset({"price", "stopPrice"})

Check = Callable[[Mapping[str, Any]], None]


def check_request(schema: str, body: Mapping[str, Any]) -> None:
    """Raise errors.InvalidRequest(message, field=...) if the JSON body of a request of component
    schema ``schema`` breaks a rule; return None otherwise. Schemas without rules pass."""
    for rule in _RULES.get(schema, ()):
        rule(body)


# ---------------------------------------------------------------------------------------------
# helpers


def _at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _given(body: Mapping[str, Any], name: str) -> bool:
    return body.get(name) is not None


def _number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _objects(value: object) -> list[tuple[int, Mapping[str, Any]]]:
    """The JSON objects of a JSON array, with their index (anything else is the codec's)."""
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, Mapping)]


# ---------------------------------------------------------------------------------------------
# orders


def _quantity(body: Mapping[str, Any], prefix: str, name: str = "orderQty") -> int | None:
    """A quantity, if given, is a whole number above zero; return it (None when absent)."""
    value = body.get(name)
    if not _number(value):
        return None
    # legacy reference: orderQty minimum 0, exclusive (the rendered docs page shows ">=0", but an
    # order of nothing is no order); a fraction of a contract cannot be traded.
    if not _whole(value) or value <= 0:
        raise errors.InvalidRequest("must be a whole number above zero", _at(prefix, name))
    return int(value)


def _order(order: Mapping[str, Any], prefix: str, quantity: int | None, declared: frozenset[str]) -> None:
    """The rules of one order: prices for its type, maxShow against its quantity, GTD expiry."""
    kind = order.get("orderType")
    if isinstance(kind, str) and kind in _ORDER_PRICES:
        needs, may = _ORDER_PRICES[kind]
        for name in needs:
            value = order.get(name)
            if name in declared and not (_number(value) and math.isfinite(value)):
                raise errors.InvalidRequest(f"a {kind} order needs {name} (a finite number)", _at(prefix, name))
        for name in _PRICES:
            if name not in needs and name not in may and _given(order, name):
                raise errors.InvalidRequest(f"a {kind} order takes no {name}", _at(prefix, name))

    shown = order.get("maxShow")
    if _whole(shown):
        # rendered placeOrder docs page: maxShow >= 0. The legacy reference says > 0; we keep the
        # looser bound of the current docs (0 plausibly meaning "show everything").
        if shown < 0:
            raise errors.InvalidRequest("must not be negative", _at(prefix, "maxShow"))
        # our choice: showing more than the order's quantity has no meaning.
        if quantity is not None and shown > quantity:
            raise errors.InvalidRequest(f"must not exceed the order quantity ({quantity})", _at(prefix, "maxShow"))

    # spec expireTime ("when a GTD order expires") and TimeInForce.GTD ("till the given expiry
    # time"): GTD needs it. Our choice: an expireTime without GTD is refused; what the server
    # makes of it is undocumented, and it more likely means a GTD order with the tif left out.
    if order.get("timeInForce") == "GTD":
        if not _given(order, "expireTime"):
            raise errors.InvalidRequest("a GTD order needs expireTime", _at(prefix, "expireTime"))
    elif _given(order, "expireTime"):
        raise errors.InvalidRequest("expireTime is only for timeInForce GTD", _at(prefix, "expireTime"))


def _single_order(body: Mapping[str, Any]) -> None:
    # PlaceOrder and ModifyOrder: spec ModifyOrder says the values replace the current ones, so
    # a modify is checked as a complete order of the type it gives.
    _order(body, "", _quantity(body, ""), _ALL_PRICES)


def _linked_orders(*names: str) -> Check:
    """PlaceOSO (bracket1, bracket2) and PlaceOCO (other): the main order and each linked one.

    A linked order has no orderQty: it trades the main order's (spec RestrainedOrderVersion,
    PlaceOCO). Neither the reference nor the docs say a bracket must take the opposite side of the
    entry, and an OCO may pair two entries, so sides are not checked.
    """

    def check(body: Mapping[str, Any]) -> None:
        quantity = _quantity(body, "")
        _order(body, "", quantity, _ALL_PRICES)
        for name in names:
            linked = body.get(name)
            if isinstance(linked, Mapping):
                _order(linked, name, quantity, _ALL_PRICES)

    return check


def _restrained_order(body: Mapping[str, Any]) -> None:
    _order(body, "", None, _ALL_PRICES)


def _dry_run_order(body: Mapping[str, Any], prefix: str = "") -> None:
    _order(body, prefix, _quantity(body, prefix), _PRICE_AND_STOP)


def _dry_run(body: Mapping[str, Any]) -> None:
    orders = body.get("orders")
    # dryRun description: "one or more orders (up to four)".
    if isinstance(orders, list) and not 1 <= len(orders) <= 4:
        raise errors.InvalidRequest(f"needs one to four orders, got {len(orders)}", "orders")
    for i, order in _objects(orders):
        _dry_run_order(order, f"orders.{i}")


# spec OrderStrategyBracket, from the startOrderStrategy example (Sell: profitTarget -30,
# stopLoss 15) and tradovate/example-api-faq (Buy: 75, -33): offsets are signed from the entry.
_BRACKET_SIGNS: Final = {"Buy": (1, -1), "Sell": (-1, 1)}


def _start_order_strategy(body: Mapping[str, Any]) -> None:
    """Multi-bracket strategies (type 2, the only one offered): the JSON inside ``params``.

    Its fields are named through ``params`` (``params.brackets.0.stopLoss``) although on the wire
    ``params`` is one string: the codec cannot see inside it, so everything is checked here.
    """
    text = body.get("params")
    if body.get("orderStrategyTypeId") != 2 or not isinstance(text, str):
        return
    try:
        params = json.loads(text)
    except (ValueError, RecursionError):
        params = None
    # startOrderStrategy description: params is JSON.stringify of an object.
    if not isinstance(params, Mapping):
        raise errors.InvalidRequest("must be a JSON-encoded object (entryVersion, brackets)", "params")
    entry = params.get("entryVersion")
    if isinstance(entry, Mapping):
        _dry_run_order(entry, "params.entryVersion")
    action = body.get("action")
    signs = _BRACKET_SIGNS.get(action) if isinstance(action, str) else None
    for i, bracket in _objects(params.get("brackets")):
        at = f"params.brackets.{i}"
        # spec OrderStrategyBracket: qty is required (the codec cannot check inside the string).
        if not _given(bracket, "qty"):
            raise errors.InvalidRequest("required", _at(at, "qty"))
        _quantity(bracket, at, "qty")
        if signs is None:
            continue
        for name, sign in zip(("profitTarget", "stopLoss"), signs, strict=True):
            value = bracket.get(name)
            # a zero or wrongly signed offset puts the exit on the wrong side of the entry.
            if _number(value) and not value * sign > 0:
                word = "positive" if sign > 0 else "negative"
                raise errors.InvalidRequest(
                    f"must be {word} for a {action} (signed offset from the entry)", _at(at, name)
                )


# ---------------------------------------------------------------------------------------------
# risks, accounting, users


def _bounds(*limits: tuple[str, int | None, int | None, bool]) -> Check:
    """(field, low, high, inclusive): a number outside the range is refused (NaN included)."""

    def check(body: Mapping[str, Any]) -> None:
        for name, low, high, inclusive in limits:
            value = body.get(name)
            if not _number(value):
                continue
            if inclusive:
                inside = (low is None or value >= low) and (high is None or value <= high)
            else:
                inside = (low is None or value > low) and (high is None or value < high)
            if not inside:
                raise errors.InvalidRequest(f"must be {_span(low, high, inclusive)}", name)

    return check


def _span(low: int | None, high: int | None, inclusive: bool) -> str:
    if low is not None and high is not None:
        return f"{'from' if inclusive else 'strictly between'} {low:,} {'to' if inclusive else 'and'} {high:,}"
    if low is not None:
        return f"{'at least' if inclusive else 'above'} {low:,}"
    return f"{'at most' if inclusive else 'below'} {high:,}"


def _admin_auto_liq_action(body: Mapping[str, Any]) -> None:
    # setAdminAutoLiqAction description: with reason code Other, adminActionReason must be given
    # ("Admin Action Reason should be specified"). Our choice: blank text is not a reason.
    reason = body.get("adminActionReason")
    if body.get("adminActionReasonCode") == "Other" and not (isinstance(reason, str) and reason.strip()):
        raise errors.InvalidRequest("required when adminActionReasonCode is Other", "adminActionReason")


def _switch_risk_category(body: Mapping[str, Any]) -> None:
    ids = body.get("accountIds")
    # switchRiskCategory description: "Empty accountIds", "Only 10000 accounts are allowed".
    if isinstance(ids, list) and not 1 <= len(ids) <= 10_000:
        raise errors.InvalidRequest(f"needs 1 to 10000 account ids, got {len(ids)}", "accountIds")


def _names(*pairs: tuple[str, str], prefix: str = "") -> Check:
    """First and last name together have at most 60 characters.

    Source: the signUpOrganizationMember, createEvaluationUsers, createPartnerSubaccountRequest,
    pOAContact and updateContactInfo(Name) descriptions (joint names too, on updateContactInfo).
    """

    def check(body: Mapping[str, Any]) -> None:
        for first, last in pairs:
            a, b = body.get(first), body.get(last)
            if isinstance(a, str) and isinstance(b, str) and len(a) + len(b) > 60:
                raise errors.InvalidRequest(f"{first} and {last} together exceed 60 characters", _at(prefix, first))

    return check


_NAME: Final = ("firstName", "lastName")
_DOCUMENTS: Final = ("pOAFormDocId", "governmentDocId", "addressDocId")


def _partner_documents(body: Mapping[str, Any]) -> None:
    # createPartnerSubaccountRequest description: all three document ids or none.
    given = [name for name in _DOCUMENTS if _given(body, name)]
    if given and len(given) < len(_DOCUMENTS):
        missing = next(name for name in _DOCUMENTS if name not in given)
        raise errors.InvalidRequest("give all three document ids or none", missing)


def _evaluation_users(body: Mapping[str, Any]) -> None:
    for i, user in _objects(body.get("users")):
        _names(_NAME, prefix=f"users.{i}")(user)


# schema -> its rules, in the order they are checked.
_RULES: Final[dict[str, Sequence[Check]]] = {
    "PlaceOrder": (_single_order,),
    "ModifyOrder": (_single_order,),
    "PlaceOSO": (_linked_orders("bracket1", "bracket2"),),
    "PlaceOCO": (_linked_orders("other"),),
    "RestrainedOrderVersion": (_restrained_order,),
    "DryRun": (_dry_run,),
    "DryRunOrder": (_dry_run_order,),
    "StartOrderStrategy": (_start_order_strategy,),
    # setAdminAutoLiqAction errors: "Account Id should be greater than 0".
    "SetAdminAutoLiqAction": (_bounds(("accountId", 0, None, False)), _admin_auto_liq_action),
    "SwitchRiskCategory": (_switch_risk_category,),
    # legacy reference: position limits have minimum 0.
    "UserAccountPositionLimit": (
        _bounds(("shortLimit", 0, None, True), ("longLimit", 0, None, True), ("exposedLimit", 0, None, True)),
    ),
    # legacy reference: order size caps minimum 0; maxBackMonth minimum 0, exclusive.
    "UserAccountRiskParameter": (
        _bounds(("maxOpeningOrderQty", 0, None, True), ("maxClosingOrderQty", 0, None, True)),
        _bounds(("maxBackMonth", 0, None, False)),
    ),
    # changeDemoBalance description: accountId > 0, cashChange strictly within +-1,000,000.
    "ChangeDemoBalance": (_bounds(("accountId", 0, None, False), ("cashChange", -1_000_000, 1_000_000, False)),),
    # adjustCash description: cashChange strictly within +-100,000.
    "AdjustCash": (_bounds(("cashChange", -100_000, 100_000, False)),),
    "SignUpOrganizationMember": (_names(_NAME),),
    "EvaluationUser": (_names(_NAME),),
    "CreateEvaluationUsers": (_evaluation_users,),
    "POAContact": (_names(_NAME),),
    "UpdateContactInfoName": (_names(_NAME),),
    "UpdateContactInfo": (_names(_NAME, ("jointFirstName", "jointLastName")),),
    "CreatePartnerSubAccountRequest": (_names(_NAME), _partner_documents),
}

__all__ = ["check_request"]
