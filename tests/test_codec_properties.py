"""Property-based tests of the round-trip law over every schema of the spec.

For every model: ``Model.from_dict(x).to_dict() == x`` and the fast path (``decode``) returns
the same value, for valid payloads (strict mode: no drift) and for payloads with extra fields,
unknown enum values, nulls, omitted required fields and wrong JSON types (drift reported, never
raised, nothing lost). Valid payloads also survive a rebuild of the JSON form from the typed
attributes alone.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import string
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tradovate_api.models as models
from tradovate_api import decode, drift

import bundle

ROOT = Path(__file__).resolve().parent.parent
DOC = bundle.bundle(ROOT / "spec")
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]
REF = "#/components/schemas/"
MODELS = sorted(name for name, schema in SCHEMAS.items() if "enum" not in schema)

settings.register_profile(
    "ci", max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
settings.load_profile("ci")

JSON_SCALARS = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
KEYS = st.text(string.ascii_letters, min_size=1, max_size=10)


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    """Date-times as the server writes them: UTC, with milliseconds or without a fraction."""
    moment = draw(
        st.datetimes(datetime.datetime(2000, 1, 1), datetime.datetime(2099, 12, 31), timezones=st.just(datetime.UTC))
    )
    millis = draw(st.integers(0, 999))
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    return text + (f".{millis:03d}Z" if millis else "Z")


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return SCHEMAS[ref[len(REF) :]] if ref.startswith(REF) else schema


def valid(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    schema = resolve(schema)
    kind = schema.get("type")
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if kind == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        required = set(schema.get("required", []))
        if not props:
            extra = schema.get("additionalProperties")
            values = valid(extra, depth + 1) if isinstance(extra, dict) else JSON_VALUES
            return st.dictionaries(KEYS, values, max_size=3)
        return st.fixed_dictionaries(
            {k: valid(v, depth + 1) for k, v in props.items() if k in required},
            optional={k: valid(v, depth + 1) for k, v in props.items() if k not in required and not k.startswith("p-")},
        )
    if kind == "array":
        return st.lists(valid(schema.get("items", {}), depth + 1), max_size=0 if depth > 2 else 3)
    if kind == "integer":
        return st.integers(-(2**63), 2**63 - 1)
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**53), 2**53)
    if kind == "boolean":
        return st.booleans()
    if kind == "string":
        if schema.get("format") == "date-time":
            return timestamps()
        if schema.get("format") == "date":
            return st.dates().map(datetime.date.isoformat)
        return TEXT
    return JSON_VALUES


def wrong_type(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A JSON value of another type than the one declared."""
    schema = resolve(schema)
    kind = "string" if "enum" in schema else schema.get("type", "object")
    options: list[st.SearchStrategy[Any]] = []
    if kind != "string":
        options.append(TEXT)
    if kind not in ("integer", "number"):
        options.append(st.integers(-100, 100))
    if kind != "boolean":
        options.append(st.booleans())
    if kind != "array":
        options.append(st.lists(st.integers(-(2**53), 2**53), max_size=2))
    if kind != "object":
        options.append(st.dictionaries(KEYS, st.integers(-(2**53), 2**53), max_size=2))
    return st.one_of(options)


def text_outside(values: list[str]) -> st.SearchStrategy[str]:
    members = frozenset(values)
    return TEXT.filter(lambda s: s not in members)


@st.composite
def drifted(draw: st.DrawFn, name: str) -> dict[str, Any]:
    """A valid object of ``name`` with some of its fields changed in ways the spec does not allow."""
    schema = SCHEMAS[name]
    value: dict[str, Any] = draw(valid({"$ref": REF + name}))
    props = schema.get("properties") or {}
    for key in list(props):
        change = draw(st.sampled_from(["keep", "keep", "keep", "null", "drop", "wrong", "enum"]))
        target = resolve(props[key])
        if change == "null":
            value[key] = None
        elif change == "drop":
            value.pop(key, None)
        elif change == "wrong":
            value[key] = draw(wrong_type(props[key]))
        elif change == "enum" and "enum" in target:
            value[key] = draw(text_outside(target["enum"]))
    known = set(props)
    extras = draw(st.dictionaries(KEYS.filter(lambda k: k not in known), JSON_VALUES, max_size=3))
    value.update(extras)
    return value


def model(name: str) -> Any:
    return getattr(models, name)


@pytest.mark.parametrize("name", MODELS)
def test_valid_payloads_round_trip_without_drift(name: str) -> None:
    cls = model(name)
    undeclared_extras = not SCHEMAS[name].get("properties") and SCHEMAS[name].get("additionalProperties") in (
        None,
        False,
    )

    @given(valid({"$ref": REF + name}))
    def check(payload: dict[str, Any]) -> None:
        with drift.strict(not undeclared_extras):
            value = cls.from_dict(payload)
            assert value.to_dict() == payload
            fast = decode(cls, orjson.dumps(payload))
            assert fast == value
            assert fast.to_dict() == payload
        # rebuilt from the typed attributes alone (copy drops the JSON form)
        rebuilt = copy.copy(value)
        assert rebuilt.to_dict() == payload
        assert cls.from_dict(json.loads(orjson.dumps(rebuilt.to_dict()))) == value

    check()


@pytest.mark.parametrize("name", MODELS)
def test_drifted_payloads_decode_and_round_trip(name: str) -> None:
    cls = model(name)

    @given(drifted(name))
    def check(payload: dict[str, Any]) -> None:
        drift.reset()
        value = cls.from_dict(payload)
        assert value.to_dict() == payload
        fast = decode(cls, orjson.dumps(payload))
        assert fast.to_dict() == payload
        assert fast == value
        declared = set(SCHEMAS[name].get("properties") or {})
        closed = SCHEMAS[name].get("additionalProperties") in (None, False)
        if closed and set(payload) - declared:
            assert {(name, key, "unknown_field") for key in set(payload) - declared} <= set(drift.counts())

    check()


_STAMPS = st.datetimes(
    min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30), timezones=st.just(datetime.UTC)
)


@given(stamp=_STAMPS, spelling=st.sampled_from(["canonical", "iso", "minutes", "offset"]))
def test_a_date_time_the_server_sent_is_written_back_as_sent_and_survives_pickle(
    stamp: datetime.datetime, spelling: str
) -> None:
    from tradovate_api._json import datetime_json, sent_datetime, written_datetime

    text = {
        "canonical": datetime_json(stamp),
        "iso": stamp.isoformat(),
        "minutes": stamp.replace(second=0, microsecond=0).isoformat("T", "minutes")[:-6] + "Z",
        "offset": stamp.astimezone(datetime.timezone(datetime.timedelta(hours=5, minutes=30))).isoformat(),
    }[spelling]
    value = sent_datetime(text)
    assert value == datetime.datetime.fromisoformat(text)
    for twin in (value, copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert written_datetime(twin) == text
        assert twin == value and hash(twin) == hash(value)
    # arithmetic and replace() make a date-time of the caller's: written the client's way
    moved = value + datetime.timedelta(0)
    assert written_datetime(moved) == datetime_json(moved) == datetime_json(value)
