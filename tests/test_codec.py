"""Decoding never loses what the server sends: open enums, unknown fields, omitted fields, nulls,
wrong types; drift reporting and strict mode; the fast path; the JSON form after changes."""

from __future__ import annotations

import copy
import datetime
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest

import tradovate_api.models as models
from tradovate_api import _codec, decode, decode_list, drift, encode, errors
from tradovate_api.models import (
    Action,
    Fill,
    Order,
    OrderType,
    OrderVersion,
    OrdStatus,
    PlaceOrder,
    Position,
    SyncMessage,
    TradeDate,
)
from tradovate_api.types import UNSET

CORPUS = Path(__file__).parent / "corpus"
ORDER = {
    "id": 601683390113,
    "accountId": 60039759,
    "contractId": 4399631,
    "timestamp": "2026-11-20T14:30:58.485Z",
    "action": "Buy",
    "ordStatus": "Working",
    "admin": False,
}


def model_for(entity_type: str) -> Any:
    return getattr(models, entity_type[0].upper() + entity_type[1:])


# --- open enums ---------------------------------------------------------------------------------


def test_unknown_enum_value_is_kept_and_reported() -> None:
    order = Order.from_dict({**ORDER, "ordStatus": "PendingTrigger"})
    status = order.ord_status
    assert isinstance(status, OrdStatus) and not status.is_known
    assert status == "PendingTrigger" and str(status) == "PendingTrigger" and status.value == "PendingTrigger"
    assert order.to_dict()["ordStatus"] == "PendingTrigger"
    assert orjson.loads(encode(order))["ordStatus"] == "PendingTrigger"
    assert drift.counts() == {("Order", "ordStatus", "unknown_enum_value"): 1}
    # the same unknown value is the same object, and survives pickling and copying
    again = Order.from_dict({**ORDER, "ordStatus": "PendingTrigger"}).ord_status
    assert again is status
    assert pickle.loads(pickle.dumps(status)) is status
    assert copy.deepcopy(status) is status
    assert OrdStatus.WORKING.is_known and pickle.loads(pickle.dumps(OrdStatus.WORKING)) is OrdStatus.WORKING


def test_request_builders_only_take_declared_values() -> None:
    with pytest.raises(ValueError):
        Action("Hold")
    assert Action("Buy") is Action.BUY
    # a value decoded from the server may be sent back unchanged
    unknown = Order.from_dict({**ORDER, "action": "Short"}).action
    body = PlaceOrder(action=unknown, symbol="ESZ6", order_qty=1, order_type=OrderType.LIMIT, price=6010.25)
    assert body.to_dict() == {
        "action": "Short",
        "symbol": "ESZ6",
        "orderQty": 1,
        "orderType": "Limit",
        "price": 6010.25,
    }


# --- nothing dropped ----------------------------------------------------------------------------


def test_unknown_fields_are_kept_and_round_trip() -> None:
    payload = {**ORDER, "riskClass": "B", "tags": [1, {"x": None}]}
    order = Order.from_dict(payload)
    assert order.additional_properties == {"riskClass": "B", "tags": [1, {"x": None}]}
    assert order["riskClass"] == "B" and "tags" in order
    assert order.to_dict() == payload
    with pytest.raises(TypeError):
        order.additional_properties["x"] = 1  # type: ignore[index]
    assert drift.counts() == {("Order", "riskClass", "unknown_field"): 1, ("Order", "tags", "unknown_field"): 1}
    assert attrs.evolve(order, admin=True).additional_properties == order.additional_properties


def test_omitted_required_field_is_unset_not_null() -> None:
    payload = {k: v for k, v in ORDER.items() if k != "admin"}
    order: Any = Order.from_dict(payload)  # drift: the values contradict the static types
    assert order.admin is UNSET
    assert order.to_dict() == payload
    null: Any = Order.from_dict({**ORDER, "admin": None})
    assert null.admin is None and null.to_dict()["admin"] is None
    assert order != null
    assert drift.counts() == {("Order", "admin", "missing_required"): 1, ("Order", "admin", "null_value"): 1}


def test_wrong_types_and_bad_formats_are_kept() -> None:
    payload = {**ORDER, "accountId": "60039759", "timestamp": "yesterday", "admin": 0}
    order: Any = Order.from_dict(payload)
    assert order.account_id == "60039759" and order.timestamp == "yesterday" and order.admin == 0
    assert order.to_dict() == payload
    assert drift.counts() == {
        ("Order", "accountId", "wrong_type"): 1,
        ("Order", "timestamp", "bad_format"): 1,
        ("Order", "admin", "wrong_type"): 1,
    }


def test_integers_for_numbers_and_timestamps_with_or_without_milliseconds() -> None:
    fill = Fill.from_dict(
        {
            "id": 9,
            "orderId": 1,
            "contractId": 2,
            "timestamp": "2026-11-20T15:10:00Z",
            "tradeDate": {"year": 2026, "month": 11, "day": 20},
            "action": "Sell",
            "qty": 1,
            "price": 6013,
            "active": True,
            "finallyPaired": 1,
        }
    )
    assert fill.price == 6013 and type(fill.price) is int
    assert fill.timestamp == datetime.datetime(2026, 11, 20, 15, 10, tzinfo=datetime.UTC)
    assert drift.counts() == {}


def test_null_where_nullable_is_not_drift(spec_doc: dict[str, Any]) -> None:
    # Nothing in the spec is declared nullable today; nulls are drift everywhere, and kept.
    nullable = [
        (name, prop)
        for name, schema in spec_doc["components"]["schemas"].items()
        for prop, sub in (schema.get("properties") or {}).items()
        if isinstance(sub.get("type"), list)
    ]
    assert nullable == []
    version: Any = OrderVersion.from_dict({"orderId": 1, "orderQty": 1, "orderType": "Limit", "price": None})
    assert version.price is None and version.to_dict() == {
        "orderId": 1,
        "orderQty": 1,
        "orderType": "Limit",
        "price": None,
    }


# --- drift reporting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "field", "kind"),
    [
        ({**ORDER, "riskClass": "B"}, "riskClass", "unknown_field"),
        ({**ORDER, "action": "Hold"}, "action", "unknown_enum_value"),
        ({k: v for k, v in ORDER.items() if k != "timestamp"}, "timestamp", "missing_required"),
        ({**ORDER, "contractId": None}, "contractId", "null_value"),
        ({**ORDER, "admin": "no"}, "admin", "wrong_type"),
        ({**ORDER, "timestamp": "20/11/2026"}, "timestamp", "bad_format"),
    ],
)
def test_strict_mode_raises_a_typed_error_naming_model_and_field(
    payload: dict[str, Any], field: str, kind: str
) -> None:
    with drift.strict(), pytest.raises(errors.SpecDriftError) as caught:
        Order.from_dict(payload)
    assert (caught.value.model, caught.value.field, caught.value.kind) == ("Order", field, kind)
    assert f"Order.{field}" in str(caught.value)
    with drift.strict(), pytest.raises(errors.SpecDriftError):
        decode(Order, orjson.dumps(payload))
    assert drift.counts() == {}


def test_strict_mode_in_nested_and_listed_models() -> None:
    snapshot = json.loads((CORPUS / "sync_snapshot.json").read_text())
    snapshot["fills"][1]["tradeDate"]["session"] = "RTH"
    with drift.strict(), pytest.raises(errors.SpecDriftError) as caught:
        decode(SyncMessage, orjson.dumps(snapshot))
    assert (caught.value.model, caught.value.field) == ("TradeDate", "session")


def test_drift_is_logged_once_per_model_and_field_and_counted_every_time(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="tradovate_api.drift")
    secret = "eyJhbGciOiJIUzI1NiJ9.secret"
    for _ in range(3):
        Order.from_dict({**ORDER, "ordStatus": "PendingTrigger", "accountId": secret})
    assert drift.counts() == {("Order", "ordStatus", "unknown_enum_value"): 3, ("Order", "accountId", "wrong_type"): 3}
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert all(secret not in m for m in messages)
    assert any("Order.ordStatus" in m and "PendingTrigger" in m for m in messages)


# --- the corpus ---------------------------------------------------------------------------------


def test_sync_snapshot_corpus_has_no_drift_and_round_trips() -> None:
    raw = (CORPUS / "sync_snapshot.json").read_bytes()
    data = json.loads(raw)
    with drift.strict():
        fast = decode(SyncMessage, raw)
        slow = SyncMessage.from_dict(data)
    assert fast == slow
    # Decoded and never changed: written back exactly as the server sent it.
    assert fast.to_dict() == data == slow.to_dict()
    # A changed copy is written from its fields: a date-time the server sent keeps its text
    # (``2026-12-18T14:29Z``, no seconds); one the caller made is written UTC, Z, seconds always.
    assert attrs.evolve(fast).to_dict() == data
    assert isinstance(fast.contract_maturities, list)
    maturity = attrs.evolve(fast.contract_maturities[0])
    assert maturity.to_dict() == data["contractMaturities"][0]
    assert maturity.to_dict()["expirationDate"] == "2026-12-18T14:29Z"
    moved = attrs.evolve(maturity, expiration_date=maturity.expiration_date + datetime.timedelta(0))
    assert moved.to_dict()["expirationDate"] == "2026-12-18T14:29:00Z"


def test_props_event_corpus_decodes_and_round_trips_with_its_drift_reported() -> None:
    events = json.loads((CORPUS / "props_events.json").read_text())
    for event in events:
        entity = event["d"]["entity"]
        model = model_for(event["d"]["entityType"])
        value = model.from_dict(entity)
        assert value.to_dict() == entity
        assert decode(model, orjson.dumps(entity)) == value
    assert drift.counts() == {
        ("Order", "ordStatus", "unknown_enum_value"): 2,
        ("Order", "admin", "missing_required"): 2,
        ("CommandReport", "riskEngine", "unknown_field"): 2,
        ("TradeDate", "session", "unknown_field"): 2,
        ("Fill", "qty", "wrong_type"): 2,
        ("Position", "prevPrice", "null_value"): 2,
        ("OrderVersion", "expireTime", "bad_format"): 2,
        ("MarginSnapshot", "totalUsedFullMargin", "missing_required"): 2,
    }


def test_fast_path_and_tolerant_path_agree_on_the_corpus() -> None:
    data = json.loads((CORPUS / "sync_snapshot.json").read_text())
    spec = _codec.spec_of(SyncMessage)
    fast = _codec.decode_json(SyncMessage, orjson.dumps(data))
    tolerant = spec.decode_dict(copy.deepcopy(data), True)
    assert fast == tolerant
    for key, items in data.items():
        if not items:
            continue
        cls = type(getattr(fast, "".join("_" + c.lower() if c.isupper() else c for c in key))[0])
        item_spec = _codec.spec_of(cls)
        for item in items:
            assert item_spec.decode_dict(copy.deepcopy(item), True) == _codec.decode_json(cls, orjson.dumps(item))


def test_decode_list_and_errors() -> None:
    orders = decode_list(Order, orjson.dumps([ORDER, {**ORDER, "id": 2}]))
    assert [o.id for o in orders] == [601683390113, 2]
    with pytest.raises(errors.DecodeError):
        decode(Order, b"[1, 2]")
    with pytest.raises(errors.DecodeError):
        decode(Order, b"{not json")
    with pytest.raises(errors.DecodeError):
        decode_list(Order, b"{}")
    mixed: list[Any] = decode_list(Order, orjson.dumps([ORDER, 7]))
    assert mixed[1] == 7 and drift.counts() == {("Order", "[]", "wrong_type"): 1}


# --- the JSON form after changes ----------------------------------------------------------------


def test_models_are_immutable_values_that_never_alias_their_json() -> None:
    raw = (CORPUS / "sync_snapshot.json").read_bytes()
    sync = decode(SyncMessage, raw)
    assert isinstance(sync.orders, list)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sync.orders[0].ord_status = OrdStatus.CANCELED  # type: ignore[misc]
    out = sync.to_dict()
    out["orders"][0]["ordStatus"] = "Filled"
    out["orders"][0]["tradeDate"] = {"day": 1}
    assert sync.orders[0].to_dict()["ordStatus"] == sync.orders[0].ord_status == "Working" or (
        sync.orders[0].to_dict()["ordStatus"] == sync.orders[0].ord_status
    )
    assert sync.to_dict() != out
    changed = attrs.evolve(sync.orders[0], ord_status=OrdStatus.CANCELED)
    assert changed.to_dict()["ordStatus"] == "Canceled" and sync.orders[0].ord_status != OrdStatus.CANCELED
    extra = Order.from_dict({**ORDER, "note": {"deep": [1]}})
    extra.to_dict()["note"]["deep"].append(2)
    assert extra["note"] == {"deep": [1]}


def test_written_back_json_shares_no_container_with_the_model_or_its_input() -> None:
    """A decoded, unchanged model writes back what was sent; every container in it is new."""
    sent = {"entityType": "order", "eventType": "Updated", "entity": {"id": 1, "tags": [{"a": [1]}]}}
    for event in (decode(models.PropsEvent, orjson.dumps(sent)), models.PropsEvent.from_dict(sent)):
        out = event.to_dict()
        assert out == sent
        out["entity"]["tags"][0]["a"].append(2)
        out["entity"]["id"] = 2
        assert event.to_dict() == sent and event.entity == sent["entity"]
    ids = models.RevokeTradingPermissions.from_dict({"tradingPermissionIds": [1, 2]})
    out = ids.to_dict()
    out["tradingPermissionIds"].append(3)
    assert ids.to_dict() == {"tradingPermissionIds": [1, 2]} and ids.trading_permission_ids == [1, 2]
    packet = {"id": 7, "tks": [{"id": 1, "t": 0, "p": 3, "s": 1}]}
    chart = decode(models.ChartPacket, orjson.dumps(packet))
    chart.to_dict()["tks"][0]["p"] = 99
    assert chart.to_dict() == packet
    # a pickled copy has no wire value: written from its fields, equal
    assert pickle.loads(pickle.dumps(chart)).to_dict() == packet
    # a model of scalars keeps its JSON object after the first to_dict: each call hands out a copy
    order = decode(Order, orjson.dumps(ORDER))
    first = order.to_dict()
    first["ordStatus"] = "Filled"
    first["note"] = [1]
    second = order.to_dict()
    assert second == ORDER and second is not order.to_dict()
    assert order == decode(Order, orjson.dumps(ORDER)) and hash(order) == hash(decode(Order, orjson.dumps(ORDER)))
    assert pickle.loads(pickle.dumps(order)).to_dict() == ORDER == copy.copy(order).to_dict()


def test_a_decoded_model_inside_a_request_body_is_checked_and_written_from_its_fields() -> None:
    # Written back as sent by to_dict; a request body spells it as the client does, with or
    # without msgspec (the typed path keeps the server's text, the tolerant one does not).
    sent = json.loads((CORPUS / "sync_snapshot.json").read_text())["contractMaturities"][0]
    maturity = decode(models.ContractMaturity, orjson.dumps(sent))
    assert maturity.to_dict()["expirationDate"] == "2026-12-18T14:29Z"
    order = PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET)
    body = _codec.request_json(PlaceOrder, order.with_extras(ref=maturity))
    assert body["ref"] == {**sent, "expirationDate": "2026-12-18T14:29:00Z"}


def test_from_dict_does_not_alias_the_input() -> None:
    payload = copy.deepcopy(ORDER)
    order = Order.from_dict(payload)
    payload["ordStatus"] = "Filled"
    assert order.to_dict()["ordStatus"] == "Working"


def test_naive_datetimes_are_refused_on_the_way_out() -> None:
    order = PlaceOrder(
        account_id=1,
        action=Action.BUY,
        symbol="ESZ6",
        order_qty=1,
        order_type=OrderType.MARKET,
        is_automated=True,
        expire_time=datetime.datetime(2026, 11, 21),
    )
    with pytest.raises(errors.InvalidRequest, match="naive"):
        _codec.request_json(PlaceOrder, order)


def test_datetime_json_form_matches_the_server() -> None:
    def form(micro: int) -> str:
        return str(_codec.datetime_json(datetime.datetime(2026, 1, 2, 3, 4, 5, micro, tzinfo=datetime.UTC)))

    assert form(0) == "2026-01-02T03:04:05Z"
    assert form(120000) == "2026-01-02T03:04:05.120Z"
    assert form(123456) == "2026-01-02T03:04:05.123456Z"
    eastern = datetime.timezone(datetime.timedelta(hours=-5))
    assert _codec.datetime_json(datetime.datetime(2026, 1, 1, 19, tzinfo=eastern)) == "2026-01-02T00:00:00Z"


def test_reprs_skip_unset_fields_and_hide_secrets() -> None:
    order = Order.from_dict(ORDER)
    assert repr(order).startswith("Order(id=601683390113, account_id=60039759, timestamp=datetime.datetime(2026")
    assert "UNSET" not in repr(order)
    td = TradeDate(year=2026, month=11, day=20)
    assert repr(td) == "TradeDate(year=2026, month=11, day=20)"
    secret = Order.from_dict(
        {**ORDER, "apiKey": "K1", "jwt": "K2", "errorCode": "E", "seconds": 5, "x": {"bearer": "K3"}}
    )
    text = repr(secret)
    assert "K1" not in text and "K2" not in text and "K3" not in text
    assert "'errorCode': 'E'" in text and "'seconds': 5" in text


def test_models_are_equal_by_value_and_copyable() -> None:
    position = Position.from_dict(json.loads((CORPUS / "sync_snapshot.json").read_text())["positions"][0])
    clone = copy.deepcopy(position)
    assert clone == position and clone is not position
    assert pickle.loads(pickle.dumps(position)) == position
    changed = attrs.evolve(position, net_pos=3)
    assert changed != position and position.to_dict()["netPos"] == 2 and changed.to_dict()["netPos"] == 3


def test_array_item_decoders_for_every_kind() -> None:
    # The spec has arrays of integers and strings today; the other item kinds are ready for it.
    dates = _codec.decode_items("Order", "days", _codec.DATE, ["2026-11-20", "20/11", 3])
    assert dates[0] == datetime.date(2026, 11, 20) and dates[1:] == ["20/11", 3]
    stamps = _codec.decode_items("Order", "stamps", _codec.DATETIME, ["2026-11-20T14:30:58.485Z"])
    assert stamps == [datetime.datetime(2026, 11, 20, 14, 30, 58, 485000, tzinfo=datetime.UTC)]
    sides = _codec.decode_items("Order", "sides", _codec.Enum(Action), ["Buy", "Hold", None])
    assert sides[0] is Action.BUY and not sides[1].is_known and sides[2] is None
    assert _codec.decode_items("Order", "n", _codec.NUMBER, [1, 2.5, "x"]) == [1, 2.5, "x"]
    assert _codec.decode_items("Order", "b", _codec.BOOL, [True, 1]) == [True, 1]
    assert drift.counts() == {
        ("Order", "days", "bad_format"): 1,
        ("Order", "days", "wrong_type"): 1,
        ("Order", "sides", "unknown_enum_value"): 1,
        ("Order", "sides", "null_value"): 1,
        ("Order", "n", "wrong_type"): 1,
        ("Order", "b", "wrong_type"): 1,
    }
