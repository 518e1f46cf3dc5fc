"""Golden output of the generator, one field kind at a time.

A tiny spec (one operation, one model with a field of every kind) goes through the real
generator (``codegen/generate.py``). Each kind must come out as exactly the annotation and the
field-table row written here, and the generated model must decode and encode that kind's JSON
unchanged. A change to the generator's output for any kind fails here, by name.

The generated files run inside a throwaway copy of the package (``golden_api``): the hand-written
runtime of ``generated/tradovate_api`` plus the generator's output for the tiny spec.
"""

from __future__ import annotations

import datetime
import importlib
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generate

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "generated" / "tradovate_api"
PACKAGE = "golden_api"

OPERATION = """
/golden/echo:
  post:
    operationId: goldenEcho
    summary: Echo
    tags: [Orders]
    requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Golden'}}}}
    responses: {"200": {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Golden'}}}}}
    x-rate-limit: {perHour: 5, backoffSeconds: 15, countsSuccesses: false}
"""
ENUMS = "Side: {type: string, description: Side., enum: [Buy, Sell]}\n"
SCHEMAS = """
Golden:
  type: object
  properties:
    count: {type: integer, format: int64}
    price: {type: number, format: double}
    name: {type: string}
    flag: {type: boolean}
    side: {$ref: '#/components/schemas/Side'}
    day: {type: string, format: date}
    at: {type: string, format: date-time}
    inner: {$ref: '#/components/schemas/GoldenInner'}
    tags: {type: array, items: {type: string}}
    legs: {type: array, items: {$ref: '#/components/schemas/GoldenInner'}}
    sizes: {$ref: '#/components/schemas/GoldenMap'}
    bag: {$ref: '#/components/schemas/GoldenOpen'}
    anything: {description: Any JSON value.}
    note: {type: [string, "null"]}
    key: {type: string, x-secret: true}
  required: [count, price, name, flag, side, day, at, inner, tags, legs, sizes, bag, anything]
GoldenInner:
  type: object
  properties:
    qty: {type: integer}
  required: [qty]
GoldenMap:
  type: object
  additionalProperties: {type: number}
GoldenOpen:
  type: object
  additionalProperties: true
  properties:
    label: {type: string}
"""


class Case(NamedTuple):
    kind: str
    key: str
    annotation: str  # the attribute line of the class body
    row: str  # the row of the field table
    wire: Any  # a JSON value of the kind
    python: Any  # what decoding gives for it (compared with ==), or a callable check


CASES = [
    Case("int", "count", "count: int", 'F("count", "count", _codec.INT),', 7, 7),
    Case("number", "price", "price: float", 'F("price", "price", _codec.NUMBER),', 2979.25, 2979.25),
    Case("str", "name", "name: str", 'F("name", "name", _codec.STR),', "ESZ6", "ESZ6"),
    Case("bool", "flag", "flag: bool", 'F("flag", "flag", _codec.BOOL),', True, True),
    Case("enum", "side", "side: Side", 'F("side", "side", _codec.Enum(Side)),', "Sell", "Sell"),
    Case(
        "date", "day", "day: datetime.date", 'F("day", "day", _codec.DATE),', "2026-11-26", datetime.date(2026, 11, 26)
    ),
    Case(
        "date-time",
        "at",
        "at: datetime.datetime",
        'F("at", "at", _codec.DATETIME),',
        "2026-11-26T14:05:09.120Z",
        datetime.datetime(2026, 11, 26, 14, 5, 9, 120000, tzinfo=datetime.UTC),
    ),
    Case(
        "nested model",
        "inner",
        "inner: GoldenInner",
        'F("inner", "inner", _codec.ModelRef("GoldenInner", __package__)),',
        {"qty": 3},
        lambda v: type(v).__name__ == "GoldenInner" and v.qty == 3,
    ),
    Case(
        "list of scalars",
        "tags",
        "tags: list[str]",
        'F("tags", "tags", _codec.List(_codec.STR)),',
        ["a", "b"],
        ["a", "b"],
    ),
    Case(
        "list of models",
        "legs",
        "legs: list[GoldenInner]",
        'F("legs", "legs", _codec.List(_codec.ModelRef("GoldenInner", __package__))),',
        [{"qty": 1}, {"qty": 2}],
        lambda v: [leg.qty for leg in v] == [1, 2],
    ),
    Case(
        "map",
        "sizes",
        "sizes: GoldenMap",
        'F("sizes", "sizes", _codec.ModelRef("GoldenMap", __package__)),',
        {"-14": 5906.67, "2": 1234.5},
        lambda v: dict(v.additional_properties) == {"-14": 5906.67, "2": 1234.5} and v["-14"] == 5906.67,
    ),
    Case(
        "open object",
        "bag",
        "bag: GoldenOpen",
        'F("bag", "bag", _codec.ModelRef("GoldenOpen", __package__)),',
        {"label": "x", "more": [1, {"deep": None}]},
        lambda v: v.label == "x" and v["more"] == [1, {"deep": None}],
    ),
    Case(
        "any value",
        "anything",
        "anything: Any",
        'F("anything", "anything", _codec.ANY),',
        [1, "two", None],
        [1, "two", None],
    ),
    Case(
        "optional nullable",
        "note",
        "note: str | None | Unset = UNSET",
        'F("note", "note", _codec.STR, required=False, nullable=True),',
        None,
        None,
    ),
    Case(
        "optional secret",
        "key",
        "key: str | Unset = UNSET",
        'F("key", "key", _codec.STR, required=False, secret=True),',
        "s3cret",
        "s3cret",
    ),
]
DOCUMENT = {case.key: case.wire for case in CASES}

# The map and the open object: no declared rows, or some, and `open_=True` either way.
MAP_TABLE = "_codec.fields(\n    GoldenMap,\n    open_=True,\n)\n"
OPEN_TABLE = (
    '_codec.fields(\n    GoldenOpen,\n    F("label", "label", _codec.STR, required=False),\n    open_=True,\n)\n'
)
OPERATION_ENTRY = """_GOLDENECHO: Operation[m.Golden] = Operation(
    "goldenEcho",
    "POST",
    "/golden/echo",
    "golden",
    "golden_echo",
    idempotent=False,
    body="Golden",
    result="Golden",
    rate_limit=RateLimit(5, 15.0, False),
)
"""
NAMESPACE_METHOD = """    def golden_echo(self, body: m.Golden) -> m.Golden:
        \"\"\"Echo (``POST /golden/echo``).\"\"\"
        return self._send(_GOLDENECHO, None, body)
"""


class Golden(NamedTuple):
    out: Path
    package: Any

    def text(self, relative: str) -> str:
        return (self.out / relative).read_text(encoding="utf-8")

    def module(self, name: str) -> Any:
        """A submodule of the throwaway package (``models``, ``codec``, ``_codec``, ...)."""
        return importlib.import_module(f"{PACKAGE}.{name}")


@pytest.fixture(scope="module")
def golden(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Golden]:
    tmp = tmp_path_factory.mktemp("golden")
    spec = tmp / "spec"
    (spec / "paths").mkdir(parents=True)
    (spec / "schemas").mkdir()
    shutil.copy(ROOT / "spec" / "openapi.yaml", spec / "openapi.yaml")
    (spec / "entities.yaml").write_text("{}\n")
    (spec / "paths" / "golden.yaml").write_text(OPERATION)
    (spec / "schemas" / "enums.yaml").write_text(ENUMS)
    (spec / "schemas" / "golden.yaml").write_text(SCHEMAS)
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    out = tmp / "owned"
    bundle_path = generate.BUNDLE
    generate.BUNDLE = tmp / "openapi.json"  # never the project's build/openapi.json
    try:
        generate.generate(out, ruff, spec)
    finally:
        generate.BUNDLE = bundle_path
    package = tmp / "site" / PACKAGE
    owned = set(generate.OWNED)
    shutil.copytree(RUNTIME, package, ignore=lambda d, names: [n for n in names if n in owned or n == "__pycache__"])
    for name in generate.OWNED:
        (shutil.copytree if (out / name).is_dir() else shutil.copyfile)(out / name, package / name)
    sys.path.insert(0, str(package.parent))
    try:
        yield Golden(out, importlib.import_module(PACKAGE))
    finally:
        sys.path.remove(str(package.parent))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_each_kind_generates_its_exact_lines(golden: Golden, case: Case) -> None:
    lines = golden.text("models/golden.py").splitlines()
    assert "    " + case.annotation in lines, case.kind
    assert "    " + case.row in lines, case.kind


def test_maps_and_open_objects_are_open_models(golden: Golden) -> None:
    assert golden.text("models/golden_map.py").endswith(MAP_TABLE)
    assert golden.text("models/golden_open.py").endswith(OPEN_TABLE)
    assert "\n    label: str | Unset = UNSET\n" in golden.text("models/golden_open.py")


def test_operation_entry_and_method(golden: Golden) -> None:
    assert OPERATION_ENTRY in golden.text("_operations.py")
    assert '    "goldenEcho": _GOLDENECHO,\n' in golden.text("_operations.py")
    assert NAMESPACE_METHOD in golden.text("_namespaces/golden.py")
    operation = golden.module("_operations").OPERATIONS["goldenEcho"]
    assert operation.rate_limit == (5, 15.0, False)
    assert operation.rate_limit.counts_successes is False


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_each_kind_round_trips(golden: Golden, case: Case) -> None:
    models, codec = golden.module("models"), golden.module("_codec")
    value = golden.module("codec").decode(models.Golden, json.dumps(DOCUMENT))
    got = getattr(value, case.key)
    assert case.python(got) if callable(case.python) else got == case.python, (case.kind, got)
    assert value.to_dict()[case.key] == case.wire
    assert value.to_dict() == DOCUMENT
    # the same through from_dict (tolerant path), and as a request body (validated encoder)
    assert models.Golden.from_dict(DOCUMENT) == value
    assert json.loads(codec.dumps(codec.request_json(models.Golden, value))) == DOCUMENT
    assert golden.module("drift").counts() == {}


def test_the_secret_kind_is_hidden(golden: Golden) -> None:
    value = golden.module("models").Golden.from_dict(DOCUMENT)
    assert "s3cret" not in repr(value) and "key=<redacted>" in repr(value)


_finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _finite | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(-(2**63), 2**63 - 1),
    price=_finite,
    name=_text,
    day=st.dates(),
    at=st.datetimes(timezones=st.just(datetime.UTC)),
    tags=st.lists(_text, max_size=3),
    sizes=st.dictionaries(_text, _finite, max_size=3),
    anything=_json,
)
def test_round_trip_property(
    golden: Golden,
    count: int,
    price: float,
    name: str,
    day: datetime.date,
    at: datetime.datetime,
    tags: list[str],
    sizes: dict[str, float],
    anything: Any,
) -> None:
    models, codec = golden.module("models"), golden.module("codec")
    document = {
        **DOCUMENT,
        "count": count,
        "price": price,
        "name": name,
        "day": day.isoformat(),
        "at": golden.module("_codec").datetime_json(at),
        "tags": tags,
        "sizes": sizes,
        "anything": anything,
    }
    value = codec.decode(models.Golden, json.dumps(document))
    assert (value.count, value.price, value.name, value.day, value.at) == (count, price, name, day, at)
    assert value.to_dict() == document
    assert codec.decode(models.Golden, codec.encode(value)) == value


def test_an_acronym_in_a_json_name_stays_one_word_and_the_old_split_name_is_a_deprecated_alias() -> None:
    import warnings

    from tradovate_api import decode
    from tradovate_api.models import AccessTokenResponse, CashBalance

    token = decode(AccessTokenResponse, b'{"showKIDs": true, "outdatedTaC": false}')
    assert (token.show_kids, token.outdated_tac) == (True, False)
    assert token.to_dict() == {"showKIDs": True, "outdatedTaC": False}
    fields = {f.name for f in __import__("attrs").fields(CashBalance)}
    assert {"realized_pnl", "week_realized_pnl"} <= fields and "realized_pn_l" not in fields
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert token.show_ki_ds is True and token.outdated_ta_c is False
    assert [w.category for w in caught] == [DeprecationWarning, DeprecationWarning]
    assert "use show_kids" in str(caught[0].message)
