"""The typed path's cheapest steps (issue 17.2): one small message is decoded by its model's
compiled function alone (no call per date-time, per model inside, or through the spec), and a
date-time in the usual spelling is parsed inline. What that must not change: every spelling the
server may send is kept, whichever step parsed it (decode, the lazy snapshot, from_dict), across
pickle, copy and ``attrs.evolve``; anything that is not a date-time with a timezone is reported
and kept as sent."""

from __future__ import annotations

import copy
import datetime
import json
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradovate_api import _codec, decode, drift
from tradovate_api._json import datetime_json
from tradovate_api.models import Fill, Order, SyncMessage

CORPUS = json.loads((Path(__file__).parent / "corpus" / "sync_snapshot.json").read_text())
ORDER = CORPUS["orders"][0]
FILL = CORPUS["fills"][0]

typed = pytest.mark.skipif(_codec.spec_of(Order).wire is None, reason="the typed path needs msgspec")


def _python_calls(fn: Callable[[], Any]) -> list[str]:
    """The Python functions ``fn`` calls (its own frame first)."""
    seen: list[str] = []

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            seen.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return seen


@typed
def test_one_order_is_decoded_by_its_compiled_function_alone() -> None:
    raw = orjson.dumps(ORDER)
    decode(Order, raw)  # compiled on first use
    assert _python_calls(lambda: decode(Order, raw)) == ["<lambda>", "decode", "from_json"]


@typed
def test_one_fill_calls_only_the_builder_of_its_trade_date() -> None:
    raw = orjson.dumps(FILL)
    decode(Fill, raw)
    assert _python_calls(lambda: decode(Fill, raw)) == ["<lambda>", "decode", "from_json", "build"]


SPELLINGS = [
    "2026-11-20T14:30:58.485Z",  # the usual one (parsed inline)
    "2026-11-20T14:30:58.000Z",  # the usual shape, but datetime_json writes no zero fraction
    "2026-11-20T14:30:58Z",
    "2026-11-20T14:30Z",
    "2026-11-20T14:30:58.5Z",
    "2026-11-20T14:30:58.485123Z",
    "2026-11-20T14:30:58.485+00:00",
    "2026-11-20T15:30:58.485+01:00",
    # the usual length and a Z, another spelling: never taken for the usual one
    "2026-11-20 14:30:58.485Z",
    "2026-11-20t14:30:58.485Z",
    "2026-11-20T14:30:58,485Z",
    "2026-W47-5T14:30:58.485Z",
]


@pytest.mark.parametrize("text", SPELLINGS)
def test_every_spelling_is_kept_by_each_step_that_parses_it(text: str) -> None:
    try:
        expected = datetime.datetime.fromisoformat(text)
    except ValueError:  # pragma: no cover - a Python whose parser refuses this spelling
        pytest.skip("not ISO 8601 for this Python")
    order = {**ORDER, "timestamp": text}
    lazy = decode(SyncMessage, orjson.dumps({**CORPUS, "orders": [order]})).orders
    built = SyncMessage.from_dict({**CORPUS, "orders": [order]}).orders
    assert isinstance(lazy, list) and isinstance(built, list)
    decoded: list[Any] = [
        decode(Order, orjson.dumps(order)),  # checked while built
        decode(Fill, orjson.dumps({**FILL, "timestamp": text})),  # checked, then built
        lazy[0],  # built on first read from the checked snapshot
        Order.from_dict(order),
        built[0],
    ]
    for model in decoded:
        assert model.timestamp == expected
        for twin in (model, pickle.loads(pickle.dumps(model)), copy.deepcopy(model), attrs.evolve(model, id=1)):
            assert twin.to_dict()["timestamp"] == text
            assert _codec.json_form(twin.timestamp) == text
    assert not drift.counts()


@pytest.mark.parametrize("text", ["2026-13-20T14:30:58.485Z", "2026-11-20T14:30:58.485", "2026-11-20T25:30:58.485Z"])
def test_a_text_of_the_usual_shape_that_is_no_date_time_with_a_timezone_is_kept_and_reported(text: str) -> None:
    order = decode(Order, orjson.dumps({**ORDER, "timestamp": text}))
    assert order.timestamp == text
    assert attrs.evolve(order, id=1).to_dict()["timestamp"] == text
    assert set(drift.counts()) == {("Order", "timestamp", "bad_format")}


_STAMPS = st.datetimes(
    min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30), timezones=st.just(datetime.UTC)
)


@given(stamp=_STAMPS, zero_millis=st.booleans())
def test_a_decoded_date_time_of_any_instant_is_the_instant_and_written_as_sent(
    stamp: datetime.datetime, zero_millis: bool
) -> None:
    text = datetime_json(stamp.replace(microsecond=0 if zero_millis else stamp.microsecond))
    if zero_millis:
        text = text[:-1] + ".000Z"  # the usual shape with a zero fraction
    order = decode(Order, orjson.dumps({**ORDER, "timestamp": text}))
    assert order.timestamp == datetime.datetime.fromisoformat(text)
    assert attrs.evolve(order, id=1).to_dict()["timestamp"] == text
    assert pickle.loads(pickle.dumps(order)).to_dict()["timestamp"] == text


def test_importing_a_model_loads_no_model_inside_it_until_first_used() -> None:
    probe = (
        "import sys\nfrom tradovate_api.models import SyncMessage\n"
        "before = sorted(m for m in sys.modules if m.startswith('tradovate_api.models.'))\n"
        "SyncMessage.from_dict({})\n"
        "after = sorted(m for m in sys.modules if m.startswith('tradovate_api.models.'))\n"
        "print(__import__('json').dumps([before, after]))"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    before, after = json.loads(run.stdout.splitlines()[-1])
    assert before == ["tradovate_api.models.sync_message"]
    assert "tradovate_api.models.order" in after and "tradovate_api.models.fill" in after
