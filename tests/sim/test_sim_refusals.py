"""The simulator refuses what the exchange refuses, stores nothing when it does, and nothing a
request can store ever breaks a later sync (issue 14 item 7, issue 15 item 3's price checks)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from simsocket import UserSocket

from tradovate.sim import SimulatorThread
from tradovate.sim.api import SyncFilter

USERS = {"demo": ("demo", 1001), "alice": ("alice-pass", 1002)}


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=1) as running:
        yield running


def token(sim: SimulatorThread, name: str = "demo") -> str:
    answer = HTTP.post(
        sim.rest_url + "/auth/accesstokenrequest", json={"name": name, "password": USERS[name][0]}
    ).json()
    value = answer["accessToken"]
    assert isinstance(value, str)
    return value


HTTP = httpx.Client(timeout=10)  # one client: creating one per request is slow


@pytest.fixture(scope="module", autouse=True)
def _close_http() -> Iterator[None]:
    yield
    HTTP.close()


def post(sim: SimulatorThread, endpoint: str, text: str, tok: str) -> httpx.Response:
    return HTTP.post(
        f"{sim.rest_url}/{endpoint}",
        content=text.encode("utf-8", "surrogatepass"),
        headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"},
    )


def sizes(sim: SimulatorThread) -> dict[str, int]:
    return sim.call(lambda: {t: len(rows) for t, rows in sim.sim.store.tables.items()})


def order_text(**fields: Any) -> str:
    body = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit", "price": 6800}
    body.update(fields)
    return json.dumps(body)


@pytest.mark.parametrize(
    "text",
    [
        order_text().replace("6800", "Infinity"),
        order_text().replace("6800", "-Infinity"),
        order_text().replace("6800", "NaN"),
        order_text().replace("6800", "1e400"),
        order_text(text="\ud800"),  # a lone surrogate (json.dumps writes it as an escape)
        order_text(orderQty=2**64),  # beyond a Java long
        order_text(price="Infinity"),  # a string that would coerce to a non-finite double
    ],
)
def test_bodies_json_cannot_carry_answer_400_and_store_nothing(sim: SimulatorThread, text: str) -> None:
    before = sizes(sim)
    answer = post(sim, "order/placeorder", text, token(sim))
    assert answer.status_code == 400, answer.text
    assert sizes(sim) == before


@pytest.mark.parametrize(
    ("fields", "reason", "words"),
    [
        ({"price": 6844.12}, "InvalidPrice", "tick size"),  # off the ES tick grid (0.25)
        ({"price": 1e300}, "InvalidPrice", "too far from the market"),
        ({"price": 0.25}, "InvalidPrice", "too far from the market"),
        ({"price": -6800}, "InvalidPrice", "positive"),
        ({"orderType": "Stop", "price": None, "stopPrice": 6900.1}, "InvalidPrice", "tick size"),
        ({"orderQty": 0}, "UnknownReason", "quantity"),
        ({"orderQty": -3}, "UnknownReason", "quantity"),
        ({"orderQty": 1_000_000}, "UnknownReason", "quantity"),
        ({"orderType": "Limit", "price": None}, "InvalidPrice", "need price"),
    ],
)
def test_absurd_orders_are_refused_with_the_failure_shape_and_store_nothing(
    sim: SimulatorThread, fields: dict[str, Any], reason: str, words: str
) -> None:
    before = sizes(sim)
    answer = post(sim, "order/placeorder", order_text(**fields), token(sim))
    assert answer.status_code == 200
    body = answer.json()
    assert body["failureReason"] == reason and words in body["failureText"], body
    assert "orderId" not in body
    assert sizes(sim) == before


def test_absurd_bracket_and_oco_legs_refuse_the_whole_command(sim: SimulatorThread) -> None:
    tok = token(sim)
    before = sizes(sim)
    oso = json.loads(order_text())
    oso["bracket1"] = {"action": "Sell", "orderType": "Limit", "price": 6900.13}
    assert post(sim, "order/placeoso", json.dumps(oso), tok).json()["failureReason"] == "InvalidPrice"
    oso["bracket1"] = {"orderType": "Limit", "price": 6900}  # no action: the nested model is checked too
    assert post(sim, "order/placeoso", json.dumps(oso), tok).status_code == 400
    oco = json.loads(order_text())
    oco["other"] = {"action": "Sell", "orderType": "Stop", "stopPrice": 1e300}
    assert post(sim, "order/placeoco", json.dumps(oco), tok).json()["failureReason"] == "InvalidPrice"
    assert sizes(sim) == before


def test_the_unknown_symbol_answer_is_the_real_one(sim: SimulatorThread) -> None:
    body = post(sim, "order/placeorder", order_text(symbol="XYZZ9"), token(sim)).json()
    assert body == {"failureReason": "UnknownReason", "failureText": "Access is denied"}


# ---------------------------------------------------------------------------------------------
# fuzz: anything sent, then every user syncs over the socket


class Raw(str):
    """A JSON literal written as is (``1e400``, ``NaN``)."""


def encode(value: Any) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(k)}:{encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(encode(v) for v in value) + "]"
    return json.dumps(value)


KEYS = [
    "accountId", "action", "symbol", "orderQty", "orderType", "price", "stopPrice", "limitIfTouchedPrice",
    "pegDifference", "maxShow", "timeInForce", "text", "clOrdId", "isAutomated", "orderId", "bracket1",
    "bracket2", "other", "contractId", "positions", "id", "name", "userId", "amount", "params",
]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from([20001, 20003, 1001, "ESZ6", "CLF7", "Buy", "Sell", "Limit", "Market", "Stop", "GTC", "IOC"]),
    st.sampled_from([Raw("1e400"), Raw("NaN"), Raw("Infinity"), Raw("-1e309"), "\ud800", "\udfff x"]),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([6850.0, 6850.25, 6844.12, 1e300, 0.0, -1.0, 62.51, 2**63, 10**30]),
    st.booleans(),
    st.none(),
    st.text(max_size=8),
)
ORDER_KEYS = ["price", "stopPrice", "orderQty", "orderType", "text", "clOrdId", "pegDifference", "timeInForce"]
NASTY = st.one_of(
    st.sampled_from([Raw("1e400"), Raw("NaN"), Raw("Infinity"), Raw("-1e309"), "\ud800", "\udfff x", 1e300, 6844.12]),
    SCALARS,
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
    max_leaves=12,
)
BASE = {
    "accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit", "price": 6840.0,
    "bracket1": {"action": "Sell", "orderType": "Limit", "price": 6900.0},
    "other": {"action": "Sell", "orderType": "Stop", "stopPrice": 6800.0},
}  # fmt: skip


def _merge(base: dict[str, Any], overrides: dict[str, Any], nested: dict[str, Any]) -> dict[str, Any]:
    out = {**base, **overrides}
    for key in ("bracket1", "other"):
        if isinstance(out.get(key), dict):
            out[key] = {**out[key], **nested}
    return out


# A valid order with a few fields replaced (so most bodies get as far as the engine), or anything.
BODIES = st.builds(
    _merge,
    st.just(BASE),
    st.dictionaries(st.sampled_from(ORDER_KEYS), NASTY, max_size=3),
    st.dictionaries(st.sampled_from(ORDER_KEYS), NASTY, max_size=2),
)
ANYTHING = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=9)
ORDERS = ["order/placeorder", "order/placeoso", "order/placeoco", "order/modifyorder"]
OTHERS = [
    "order/cancelorder",
    "order/liquidateposition", "order/liquidatepositions", "orderStrategy/startorderstrategy",
    "order/create", "orderVersion/create", "account/update", "cashBalance/changedemobalance",
    "cashBalance/getcashbalancesnapshot", "userAccountAutoLiq/update", "contract/create",
]  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from(ORDERS), BODIES, st.sampled_from(sorted(USERS))),
            st.tuples(st.sampled_from(OTHERS + ORDERS), ANYTHING, st.sampled_from(sorted(USERS))),
        ),
        max_size=4,
    )
)
def _fuzz(sim: SimulatorThread, tokens: dict[str, str], calls: list[tuple[str, dict[str, Any], str]]) -> None:
    for endpoint, body, user in calls:
        answer = post(sim, endpoint, encode(body), tokens[user])
        assert answer.status_code != 500, (endpoint, encode(body), answer.text)
        sim.advance(1)


async def sync_everyone(sim: SimulatorThread, tokens: dict[str, str]) -> None:
    for name, (_, user_id) in USERS.items():
        sock = await UserSocket.open(sim.ws_url, tokens[name])
        try:
            answer = await sock.request("user/syncrequest", {"users": [user_id]})
            assert answer["s"] == 200, answer
            assert answer["d"]["users"][0]["id"] == user_id
            again = await sock.request("account/list")
            assert again["s"] == 200 and not sock.closed.is_set()
        finally:
            await sock.close()


def test_fuzzed_rest_bodies_never_break_the_server_or_a_later_sync() -> None:
    with SimulatorThread(seed=2) as sim:
        tokens = {name: token(sim, name) for name in USERS}
        _fuzz(sim, tokens)
        asyncio.run(sync_everyone(sim, tokens))
        snapshot = sim.call(lambda: sim.sim.api.snapshot(SyncFilter(1001, None)))
        json.dumps(snapshot, allow_nan=False).encode()  # everything stored is plain JSON
