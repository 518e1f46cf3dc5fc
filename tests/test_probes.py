"""The probes of issue 6 that other files do not already cover, each as a test.

- a canary secret (token, password, ``sec``, header values, credential-named fields) appears
  in no repr, str, exception text or log record of anything public, calls included;
- decoding leaves the garbage collector exactly as it found it (a host's ``gc.freeze()`` too);
- strict drift mode belongs to one asyncio task;
- the request bytes are the same with msgspec, with orjson only and with the standard library only;
- deep nesting, non-objects, lone surrogates and huge names end in typed errors; NaN, unknown
  enum members and wrong types are ``InvalidRequest`` before anything is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime
import gc
import inspect
import json
import logging
import math
import subprocess
import sys
import textwrap
import traceback
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradovate_api.models as models
from tradovate_api import AsyncTradovate, Response, Tradovate, _codec, decode, decode_list, drift, encode, errors
from tradovate_api._codec import Model, is_secret_key, spec_of
from tradovate_api._operations import OPERATIONS, SyncNamespaces
from tradovate_api.models import (
    AccessTokenRequest,
    AccessTokenResponse,
    Action,
    Order,
    OrderType,
    PlaceOrder,
    SyncMessage,
)

from loopback import Loopback, Reply
from samples import Samples

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
CANARY = "canary-3e7b51"
# Credential-named keys a server might add to any object (besides the spec's own secret fields).
CREDENTIAL_KEYS = ["apiKey", "authorization", "jwt", "bearer", "refreshToken", "cookie", "password", "sec"]
CREDENTIAL_KEYS += ["accessToken", "mdAccessToken", "p-ticket", "X-Api-Key", "privateKey", "sessionId"]
ORDER = json.loads((CORPUS / "sync_snapshot.json").read_text())["orders"][0]
PLACE = PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.MARKET, is_automated=True)
MODELS = sorted(
    n for n in models.__all__ if isinstance(getattr(models, n), type) and issubclass(getattr(models, n), Model)
)


def client(server: Loopback, token: str | None = "tok", **kwargs: Any) -> Tradovate:
    return Tradovate(server.base_url, token=token, timeout=2.0, **kwargs)


# ---- canary ------------------------------------------------------------------------------------


def with_canary(value: Any) -> Any:
    """``value`` (JSON) with every credential-named key's value replaced by the canary."""
    if isinstance(value, dict):
        return {k: CANARY if is_secret_key(k) else with_canary(v) for k, v in value.items()}
    if isinstance(value, list):
        return [with_canary(v) for v in value]
    return value


def texts_of(exc: BaseException) -> list[str]:
    out = ["".join(traceback.format_exception(exc))]
    seen: BaseException | None = exc
    while seen is not None:
        out += [str(seen), repr(seen)]
        seen = seen.__cause__ or seen.__context__
    return out


def canary_models(samples: Samples) -> list[Model]:
    """An instance of every model, with the canary in each secret field and credential extra."""
    out = []
    for name in MODELS:
        cls: Any = getattr(models, name)
        payload = with_canary(samples.of(name)) if name in samples.schemas else {}
        for f in spec_of(cls).fields:
            if f.secret:
                payload[f.key] = CANARY
        payload.update({k: CANARY for k in CREDENTIAL_KEYS if k not in spec_of(cls).keys})
        payload["nested"] = {"token": CANARY, "list": [{"cookie": CANARY}]}
        out.append(cls.from_dict(payload))
    return out


def stand_in(param: inspect.Parameter) -> Any:
    kind = str(param.annotation)
    if "datetime" in kind:
        return datetime.datetime.now(datetime.UTC)
    if "bool" in kind:
        return True
    if "float" in kind or "int" in kind:
        return 1
    if "bytes" in kind:
        return CANARY.encode()
    return CANARY if is_secret_key(param.name) else "op"


def error_instances() -> list[BaseException]:
    """One instance of every error class, built with the canary wherever a secret can travel."""
    cause = RuntimeError(CANARY)
    result = AccessTokenResponse.from_dict({"accessToken": CANARY, "mdAccessToken": CANARY})
    out: list[BaseException] = []
    for name in errors.__all__:
        cls = getattr(errors, name)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            continue
        init = next(c for c in cls.__mro__ if "__init__" in vars(c))
        if issubclass(cls, errors.ApiError):
            # the server's words are kept, its credentials are not
            out.append(cls("op", 401, json.dumps({"errorText": f"token={CANARY}", "accessToken": CANARY}).encode()))
            out.append(cls("op", 401, f"Bearer {CANARY} refused".encode()))
        elif issubclass(cls, errors.OperationFailed):
            out.append(cls("op", "InvalidCredentials", "refused", result))
        elif issubclass(cls, errors.RequestNotSent | errors.TransportError):
            error = cls("op", cause)
            error.__cause__ = None  # the cause is the caller's own text, chained on purpose
            out.append(error)
        elif init.__module__ == errors.__name__:  # built from its signature
            required = [p for p in inspect.signature(cls).parameters.values() if p.default is p.empty]
            out.append(cls(*[stand_in(p) for p in required]))
        else:
            out.append(cls("message"))
    out.append(errors.from_status("op", 503, f"password: {CANARY}".encode(), False))
    return out


def test_the_canary_appears_in_no_repr_message_or_log(
    server: Loopback, samples: Samples, caplog: pytest.LogCaptureFixture
) -> None:
    for name in ["", *logging.root.manager.loggerDict]:
        caplog.set_level(logging.DEBUG, logger=name)  # every logger, ours, httpx's and the rest
    token_body = samples.success("AccessTokenResponse") | {"accessToken": CANARY, "mdAccessToken": CANARY}
    account = with_canary(samples.of("Account")) | {k: CANARY for k in CREDENTIAL_KEYS}
    server.route("POST", "/auth/accesstokenrequest", Reply.json(token_body))
    server.route("GET", "/auth/renewaccesstoken", Reply.json(token_body))
    server.route("GET", "/account/list", Reply.json([account]))
    server.route("POST", "/order/placeorder", Reply(401, json.dumps({"accessToken": CANARY}).encode()))
    server.route("GET", "/account/item", Reply.json({"p-ticket": CANARY, "p-time": 0, "p-captcha": True}))
    server.route("GET", "/order/list", Reply(action="close"))
    server.route("POST", "/order/cancelorder", Reply(500, f"Authorization: Bearer {CANARY}".encode()))
    texts: list[str] = []
    headers = {"X-Api-Key": CANARY, "X-Trace": CANARY}

    def attempt(call: Any, *args: Any) -> Any:
        try:
            result = call(*args)
        except errors.TradovateError as exc:
            texts.extend(texts_of(exc))
            return None
        texts.extend([repr(result), str(result)])
        return result

    with Tradovate(server.base_url, headers=headers, timeout=2.0) as tv:
        attempt(lambda: tv.login(name="jdoe", password=CANARY, sec=CANARY, cid=8, app_id="a", app_version="1"))
        attempt(tv.raw, tv.renew)
        attempt(tv.accounts.list)
        attempt(tv.orders.place, PLACE)
        attempt(tv.accounts.item, 1)
        attempt(tv.orders.list)
        attempt(lambda: tv.orders.cancel(models.CancelOrder(order_id=1)))
        attempt(lambda: tv.auth.access_token_request(AccessTokenRequest(name="x", password=CANARY, cid=object())))  # type: ignore[arg-type]
        namespaces = [getattr(tv, n) for n, v in vars(SyncNamespaces).items() if isinstance(v, cached_property)]
        public = [tv, tv._transport, tv._settings, tv.guards, *namespaces]

    async def async_calls() -> None:
        async with AsyncTradovate(server.base_url, headers=headers, timeout=2.0) as atv:
            texts.append(repr(await atv.login(name="jdoe", password=CANARY, sec=CANARY)))
            texts.append(repr(await atv.raw(atv.accounts.list)))
            try:
                await atv.orders.place(PLACE)
            except errors.TradovateError as exc:
                texts.extend(texts_of(exc))
            public.extend([atv, atv._transport])

    asyncio.run(async_calls())
    for bad_url in ("http://example.com/v1", f"https://jdoe:{CANARY}@example.com/v1"):
        attempt(lambda url=bad_url: Tradovate(url, token=CANARY))
    public += canary_models(samples)
    public += [AccessTokenRequest(name="jdoe", password=CANARY, sec=CANARY, cid=CANARY, device_id="d")]
    public += [Response(status_code=200, content=CANARY.encode(), headers={"set-cookie": CANARY}, parsed=None)]
    public += error_instances()
    texts += [text for obj in public for text in (repr(obj), str(obj))]
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    assert [t[:200] for t in texts if CANARY in t] == []
    # the canary was really there: sent, received, decoded
    login = server.requests[0]
    assert login.json()["password"] == CANARY and login.headers["x-api-key"] == CANARY
    assert any(r.headers.get("authorization") == f"Bearer {CANARY}" for r in server.requests)
    assert len(public) > len(MODELS) + len(errors.__all__) and len(caplog.records) > 10


# ---- no process-wide side effects --------------------------------------------------------------


def big_snapshot(copies: int = 40) -> bytes:
    base = json.loads((CORPUS / "sync_snapshot.json").read_text())
    return json.dumps({k: [copy.deepcopy(e) for e in v for _ in range(copies)] for k, v in base.items()}).encode()


def gc_state() -> tuple[bool, tuple[int, ...], int]:
    return gc.isenabled(), gc.get_threshold(), gc.get_freeze_count()


def test_decoding_leaves_the_garbage_collector_alone() -> None:
    raw = big_snapshot()
    before = gc_state()
    sync = decode(SyncMessage, raw)
    SyncMessage.from_dict(json.loads(raw))
    decode_list(Order, json.dumps([ORDER] * 500).encode())
    sync.to_dict()
    assert gc_state() == before
    # A host's choices survive a decode: collector off, objects frozen for copy-on-write.
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        frozen = gc_state()
        assert frozen[2] > 0
        decode(SyncMessage, raw)
        assert gc_state() == frozen
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()
        gc.set_threshold(*threshold)


# ---- strict drift mode per task ----------------------------------------------------------------


def test_strict_drift_mode_belongs_to_one_task() -> None:
    drifted = json.dumps({**ORDER, "ordStatus": "Parked", "newField": 1}).encode()

    async def decoder(strict: bool, mine: asyncio.Event, theirs: asyncio.Event, seen: list[str]) -> None:
        with drift.strict() if strict else contextlib.nullcontext():  # the lenient one sets nothing
            for _ in range(3):
                await mine.wait()
                mine.clear()
                try:
                    decode(Order, drifted)
                    seen.append("kept")
                except errors.SpecDriftError:
                    seen.append("raised")
                assert drift.is_strict() is strict
                theirs.set()

    async def main() -> tuple[list[str], list[str]]:
        a, b = asyncio.Event(), asyncio.Event()
        strict_seen: list[str] = []
        lenient_seen: list[str] = []
        a.set()
        await asyncio.gather(decoder(True, a, b, strict_seen), decoder(False, b, a, lenient_seen))
        assert not drift.is_strict()  # nothing leaked into the parent
        return strict_seen, lenient_seen

    strict_seen, lenient_seen = asyncio.run(main())
    assert strict_seen == ["raised"] * 3 and lenient_seen == ["kept"] * 3
    assert drift.counts()[("Order", "ordStatus", "unknown_enum_value")] == 3


def test_a_strict_task_does_not_make_a_sibling_task_strict() -> None:
    drifted = json.dumps({**ORDER, "newField": 1}).encode()

    async def main() -> list[str]:
        started = asyncio.Event()
        release = asyncio.Event()
        outcome: list[str] = []

        async def strict_task() -> None:
            with drift.strict():
                started.set()
                await release.wait()

        async def plain_task() -> None:
            await started.wait()
            decode(Order, drifted)  # raises if the other task's strict mode leaked
            outcome.append("kept")
            release.set()

        await asyncio.gather(strict_task(), plain_task())
        return outcome

    assert asyncio.run(main()) == ["kept"]


# ---- the same bytes whatever JSON library is installed -----------------------------------------

# Each run records what the client hands to httpx: method, URL, content type and body bytes
# (httpx's MockTransport, so the three runs need no server and no network round trips).
WIRE_SCRIPT = textwrap.dedent(
    """
    import json, sys
    for name in sys.argv[1].split(","):
        if name:
            sys.modules[name] = None  # import name -> ImportError
    import httpx
    from tradovate_api import Tradovate, errors
    from tradovate_api import models
    from tradovate_api._operations import OPERATIONS

    sent = []

    def record(request):
        sent.append([request.method, str(request.url), request.headers.get("content-type"), request.content.hex()])
        return httpx.Response(404, json="Not found")

    bodies = json.load(sys.stdin)
    out = []
    with Tradovate(token="tok", transport=httpx.MockTransport(record)) as tv:
        for op_id, body in bodies:
            op = OPERATIONS[op_id]
            model = getattr(models, op.body)
            try:
                value = model.from_dict(body)
                if op_id == "placeOrder":
                    value = value.with_extras(note={"x": [1.5, 0.1 + 0.2, 1e-7, 2**53 + 1, "\\u00e9\\u2713"]})
                getattr(getattr(tv, op.namespace), op.name)(value)
            except errors.InvalidRequest as exc:
                out.append([op_id, "invalid", exc.field])
            except errors.TradovateError as exc:
                out.append([op_id, type(exc).__name__])
    loaded = sorted(m for m in ("msgspec", "orjson") if sys.modules.get(m) is not None)
    print(json.dumps({"loaded": loaded, "out": out + sent}))
    """
)


def test_request_bytes_do_not_depend_on_the_json_library(samples: Samples) -> None:
    bodies = [[op_id, samples.request(op.body)] for op_id, op in sorted(OPERATIONS.items()) if op.body]
    limit = {k: v for k, v in samples.request("PlaceOrder").items() if k != "stopPrice"}
    price = limit | {"orderType": "Limit", "price": 0.1 + 0.2, "text": 'é ✓ "q" \\ </x>'}
    bodies.append(["placeOrder", price])
    runs = {
        blocked: subprocess.Popen(
            [sys.executable, "-c", WIRE_SCRIPT, blocked],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for blocked in ("", "msgspec", "msgspec,orjson")
    }
    results = {}
    for blocked, proc in runs.items():
        out, err = proc.communicate(json.dumps(bodies), timeout=120)
        assert proc.returncode == 0, err[-2000:]
        results[blocked] = json.loads(out)
    assert results[""]["loaded"] == ["msgspec"]  # the codec parses with it; orjson is not needed
    assert results["msgspec"]["loaded"] == ["orjson"]
    assert results["msgspec,orjson"]["loaded"] == []
    reference = results[""]["out"]
    assert results["msgspec"]["out"] == reference
    assert results["msgspec,orjson"]["out"] == reference
    sent = [row for row in reference if row[0] in ("GET", "POST")]
    assert len(sent) > len(bodies) * 0.9  # nearly every body passed the rules and was sent
    assert all(row[2] == "application/json" for row in sent if row[3])
    assert any(b"0.30000000000000004".hex() in row[3] and "c3a920e29c93".lower() in row[3] for row in sent)


# ---- typed errors for hostile input, InvalidRequest before sending -----------------------------


@pytest.mark.parametrize("depth", [257, 495, 1000, 50_000])
def test_from_dict_refuses_deep_nesting_with_a_decode_error(depth: int) -> None:
    nested: Any = 1
    for _ in range(depth):
        nested = {"a": nested}
    with pytest.raises(errors.DecodeError):
        Order.from_dict({**ORDER, "extra": nested})
    with pytest.raises(errors.DecodeError):
        decode(Order, b'{"id":1,"x":' + b"[" * depth + b"]" * depth + b"}")


def test_from_dict_accepts_any_mapping_and_refuses_anything_else() -> None:
    assert Order.from_dict(MappingProxyType(ORDER)).to_dict() == Order.from_dict(ORDER).to_dict()
    for value in ([ORDER], None, "x", 1, b"{}", object(), (("id", 1),)):
        with pytest.raises(errors.DecodeError, match="expected a JSON object"):
            Order.from_dict(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "raw",
    [b'{"id":1,"x":"\xed\xa0\x80"}', b'{"id":1,"\xed\xa0\x80":1}', b'{"id":1,"x":"\xff"}', '{"id":1,"x":"\ud800"}'],
    ids=["utf8-surrogate-value", "utf8-surrogate-key", "invalid-utf8", "str-surrogate"],
)
def test_lone_surrogates_and_invalid_utf8_are_decode_errors(raw: bytes | str) -> None:
    with pytest.raises(errors.DecodeError):
        decode(Order, raw)
    listed = b"[" + raw + b"]" if isinstance(raw, bytes) else "[" + raw + "]"
    with pytest.raises(errors.DecodeError):
        decode_list(Order, listed)


def test_lone_surrogates_from_a_python_dict_are_kept_but_never_sent() -> None:
    order = Order.from_dict({**ORDER, "note": "\ud800"})
    assert order["note"] == "\ud800"
    with pytest.raises(errors.InvalidRequest):
        encode(order)


@pytest.mark.parametrize(
    "body",
    [b'{"id":1,"x":"\xed\xa0\x80"}', b"7", b'"text"', b"[]", b"null"],
    ids=["surrogate", "7", "str", "[]", "null"],
)
def test_unusable_200_answers_are_typed(server: Loopback, body: bytes) -> None:
    server.route("GET", "/order/item", Reply(200, body))
    server.route("POST", "/order/placeorder", Reply(200, body))
    with client(server) as tv:
        with pytest.raises(errors.DecodeError):
            tv.orders.item(7)
        with pytest.raises(errors.OutcomeUnknown):
            tv.orders.place(PLACE)
    assert len(server.requests) == 2  # nothing retried


@pytest.mark.parametrize("name", ["x" * 200_000, "\ud800", "ok\udfffok"], ids=["200k", "surrogate", "inner-surrogate"])
def test_huge_or_broken_names_are_refused_before_sending(server: Loopback, name: str) -> None:
    with client(server) as tv, pytest.raises(errors.InvalidRequest):
        tv.contracts.find(name)
    assert server.requests == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"order_type": OrderType.LIMIT, "price": math.nan}, "price"),
        ({"order_type": OrderType.LIMIT, "price": math.inf}, "price"),
        ({"order_type": OrderType.STOP, "stop_price": -math.inf}, "stopPrice"),
        ({"action": "Bogus"}, "action"),
        ({"action": Action._open_value("Short")}, "action"),
        ({"order_type": "Market "}, "orderType"),
        ({"order_qty": "1"}, "orderQty"),
        ({"order_qty": 1.0}, "orderQty"),
        ({"order_qty": True}, "orderQty"),
        ({"text": object()}, "text"),
        ({"symbol": "ES\ud800"}, "symbol"),
        ({"order_type": OrderType.STOPLIMIT, "price": 1.0}, "stopPrice"),
    ],
)
def test_invalid_orders_are_refused_before_sending(server: Loopback, changes: dict[str, Any], field: str) -> None:
    with client(server) as tv, pytest.raises(errors.InvalidRequest) as caught:
        tv.orders.place(attrs.evolve(PLACE, **changes))
    assert caught.value.field == field
    assert server.requests == []


def test_unencodable_extras_are_refused_before_sending(server: Loopback) -> None:
    for extra in ({"x": math.nan}, {"x": object()}, {"x": {1: 2}}, {"x": "\ud800"}):
        with client(server) as tv, pytest.raises(errors.InvalidRequest):
            tv.orders.place(PLACE.with_extras(**extra))
    assert server.requests == []


def test_a_server_inventing_field_names_cannot_grow_the_drift_counters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drift, "MAX_DISTINCT", 5)
    for i in range(20):
        Order.from_dict({**ORDER, f"invented{i}": i})
    counts = drift.counts()
    assert len(counts) == 6 and counts[("Order", drift.OTHER_FIELDS, "unknown_field")] == 15


def test_a_server_inventing_enum_values_cannot_grow_the_enum_cache() -> None:
    for i in range(_codec._MAX_OPEN_VALUES + 10):
        Order.from_dict({**ORDER, "ordStatus": f"Invented{i}"})
    assert len(vars(models.OrdStatus)["_open_values"]) <= _codec._MAX_OPEN_VALUES
    late = Order.from_dict({**ORDER, "ordStatus": "InventedLate"}).ord_status
    assert late == "InventedLate" and not late.is_known and isinstance(late, models.OrdStatus)


def test_values_kept_as_sent_are_never_shared_with_the_input_or_the_json_form() -> None:
    payload = {**ORDER, "id": [1, {"a": [2]}], "timestamp": {"t": [3]}, "ordStatus": ["x"], "admin": {"b": 1}}
    order = Order.from_dict(payload)
    payload["id"][1]["a"].append(99)
    payload["timestamp"]["t"].append(99)
    form = order.to_dict()
    assert form["id"] == [1, {"a": [2]}] and form["timestamp"] == {"t": [3]}
    form["ordStatus"].append("y")
    form["admin"]["b"] = 2
    assert order.to_dict() == {
        **ORDER,
        "id": [1, {"a": [2]}],
        "timestamp": {"t": [3]},
        "ordStatus": ["x"],
        "admin": {"b": 1},
    }


@given(
    st.datetimes(
        datetime.datetime(1, 1, 2), datetime.datetime(9999, 12, 30), timezones=st.timezones() | st.just(datetime.UTC)
    )
)
@settings(max_examples=300, deadline=None, derandomize=True)
def test_date_time_texts_are_exact_whatever_was_formatted_before(value: datetime.datetime) -> None:
    """The minute texts remembered by the encoder never leak into another stamp's text."""
    utc = value.astimezone(datetime.UTC)
    micro = utc.microsecond
    expected = utc.replace(tzinfo=None).isoformat("T", "seconds")
    expected += "" if not micro else (f".{micro // 1000:03d}" if micro % 1000 == 0 else f".{micro:06d}")
    assert _codec.datetime_json(value) == expected + "Z"
    assert datetime.datetime.fromisoformat(_codec.datetime_json(value)) == utc
