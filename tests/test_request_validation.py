"""Every query parameter, path id and body integer is checked before anything is sent, on the
REST client and on the socket alike: the wrong type, a bool for an int, a float for an id, a
value beyond int64, a negative count -> ``InvalidRequest`` naming the field, nothing on the wire.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradovate.realtime import protocol as p
from tradovate_api import AsyncTradovate, Tradovate, errors
from tradovate_api.models import Action, CancelOrder, OrderType, PlaceOrder
from tradovate_api.runtime import OPERATIONS, query_value

from loopback import Loopback, Reply, serve

BAD_IDS = ["abc", True, 1.5, 2**70, -(2**64), None]


@pytest.fixture
def server() -> Iterator[Loopback]:
    with serve() as loop:
        loop.default = Reply.json([])
        yield loop


@pytest.fixture
def tv(server: Loopback) -> Iterator[Tradovate]:
    with Tradovate(server.base_url, token="tok") as client:
        yield client


@pytest.mark.parametrize("bad", BAD_IDS)
def test_an_entity_id_that_is_not_an_int64_is_refused_before_sending(tv: Tradovate, server: Loopback, bad: Any) -> None:
    with pytest.raises(errors.InvalidRequest) as raised:
        tv.orders.item(bad)
    assert raised.value.field == "id"
    with pytest.raises(errors.InvalidRequest) as raised:
        tv.orders.deps(bad)
    assert raised.value.field == "masterid"
    with pytest.raises(errors.InvalidRequest) as raised:
        tv.orders.items([1, bad])
    assert raised.value.field == "ids"
    assert server.requests == []


def test_a_negative_or_non_integer_count_is_refused(tv: Tradovate, server: Loopback) -> None:
    bad: Any
    for bad in (-1, 1.5, True, "5", 2**31):
        with pytest.raises(errors.InvalidRequest) as raised:
            tv.contracts.suggest("ES", bad)
        assert raised.value.field == "l"
    with pytest.raises(errors.InvalidRequest) as raised:
        tv.contracts.suggest(5, 10)  # type: ignore[arg-type]
    assert raised.value.field == "t"
    with pytest.raises(errors.InvalidRequest) as raised:
        tv.contracts.find(7)  # type: ignore[arg-type]
    assert raised.value.field == "name"
    assert server.requests == []


def test_good_values_are_sent_as_before(tv: Tradovate, server: Loopback) -> None:
    tv.contracts.suggest("ES", 0)
    tv.orders.items([1, 2**63 - 1])
    assert server.requests[0].params == {"t": "ES", "l": "0"}
    assert server.requests[1].params == {"ids": f"1,{2**63 - 1}"}


@pytest.mark.parametrize(
    "body, field",
    [
        (lambda: CancelOrder(order_id=2**80), "orderId"),
        (lambda: CancelOrder(order_id=-(2**63) - 1), "orderId"),
        (
            lambda: PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=2**64, order_type=OrderType.MARKET),
            "orderQty",
        ),
    ],
)
def test_a_body_integer_beyond_int64_is_refused(tv: Tradovate, server: Loopback, body: Any, field: str) -> None:
    with pytest.raises(errors.InvalidRequest) as raised:
        op = tv.orders.cancel if isinstance(body(), CancelOrder) else tv.orders.place
        op(body())
    assert raised.value.field == field
    assert server.requests == []


def test_free_form_json_integers_are_bounded_too() -> None:
    with pytest.raises(errors.InvalidRequest) as raised:
        p.encode_body({"n": 2**64}, None)
    assert raised.value.field == "body.n"


def test_the_socket_checks_the_same_query_kinds() -> None:
    proto = p.Protocol(0.0)
    proto.receive("o", 0.0)
    proto.authorize("tok", 0.0)
    proto.receive('a[{"i":0,"s":200}]', 0.0)
    for bad in BAD_IDS[:-1]:
        with pytest.raises(errors.InvalidRequest) as raised:
            proto.request("order/item", 0.0, query={"id": bad})
        assert raised.value.field == "id"
    with pytest.raises(errors.InvalidRequest):
        proto.request("contract/suggest", 0.0, query={"t": "ES", "l": -1})
    with pytest.raises(errors.InvalidRequest) as raised:
        proto.request("order/cancelorder", 0.0, body={"orderId": 2**80})
    assert raised.value.field is not None and raised.value.field.endswith("orderId")
    assert proto.pending() == {}
    _, frame = proto.request("order/item", 0.0, query={"id": 7})
    assert frame.endswith("\nid=7\n")


@pytest.mark.parametrize(
    ("endpoint", "line", "field"),
    [
        ("order/item", "id=abc", "id"),
        ("order/item", "?id=99999999999999999999", "id"),
        ("order/item", "id=1.5", "id"),
        ("order/items", "ids=1,x", "ids"),
        ("contract/suggest", "t=ES&l=-1", "l"),
    ],
)
def test_a_query_line_given_as_text_is_held_to_the_same_checks(endpoint: str, line: str, field: str) -> None:
    proto = p.Protocol(0.0)
    proto.receive("o", 0.0)
    proto.authorize("tok", 0.0)
    proto.receive('a[{"i":0,"s":200}]', 0.0)
    with pytest.raises(errors.InvalidRequest) as raised:
        proto.request(endpoint, 0.0, query=line)
    assert raised.value.field == field
    assert proto.pending() == {}  # nothing was sent
    _, frame = proto.request("order/items", 0.0, query="ids=1,2")
    assert frame.endswith("\nids=1,2\n")
    _, frame = proto.request("some/endpoint", 0.0, query="anything=goes")  # no REST twin: as given
    assert frame.endswith("\nanything=goes\n")


def test_every_operation_declares_its_query_parameters() -> None:
    expected = {
        "item": (("id", "int64"),),
        "items": (("ids", "int64"),),
        "deps": (("masterid", "int64"),),
        "ldeps": (("masterids", "int64"),),
        "find": (("name", "str"),),
        "suggest": (("t", "str"), ("l", "count")),
        "finds": (("names", "str"),),
    }
    for op in OPERATIONS.values():
        assert op.query == expected.get(op.path.rsplit("/", 1)[1], ()), op.operation_id


@given(st.integers())
def test_int64_ids_pass_exactly_within_range(value: int) -> None:
    inside = -(2**63) <= value < 2**63
    try:
        text = query_value("id", value, kind="int64")
    except errors.InvalidRequest:
        assert not inside
    else:
        assert inside and int(text) == value


@given(st.one_of(st.integers(), st.floats(), st.booleans(), st.text(), st.none()))
def test_counts_are_non_negative_integers(value: Any) -> None:
    good = type(value) is int and 0 <= value < 2**31
    try:
        query_value("l", value, kind="count")
    except errors.InvalidRequest:
        assert not good
    else:
        assert good


def test_the_async_client_refuses_the_same(server: Loopback) -> None:
    async def main() -> None:
        async with AsyncTradovate(server.base_url, token="tok") as atv:
            with pytest.raises(errors.InvalidRequest):
                await atv.orders.item("abc")  # type: ignore[arg-type]
            with pytest.raises(errors.InvalidRequest):
                await atv.orders.cancel(CancelOrder(order_id=2**80))

    asyncio.run(main())
    assert server.requests == []
