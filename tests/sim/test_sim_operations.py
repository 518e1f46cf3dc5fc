"""Every operation of the spec, called with our own client against the simulator: HTTP 200 and a
body the generated decoders accept in strict drift mode (a refusal in the body counts: it is a
decoded ``OperationFailed``)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from simsocket import running_simulator

import tradovate_api.models as models
from tradovate.sim import SimulatorThread
from tradovate.sim.api import ROUTES
from tradovate.sim.entities import MASTERS, ROWS
from tradovate_api import Tradovate, drift, errors
from tradovate_api._operations import OPERATIONS

import bundle
from samples import Samples

SPEC = Path(__file__).resolve().parents[2] / "spec"
DOC = bundle.bundle(SPEC)
SPEC_OPS = {op["operationId"]: op for item in DOC["paths"].values() for op in item.values()}


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    yield from running_simulator()


@pytest.fixture(scope="module")
def tv(sim: SimulatorThread) -> Iterator[Tradovate]:
    with Tradovate(sim.rest_url) as client:
        client.login(name="demo", password="demo")
        # Trading history, so every entity the engine writes has a row to query.
        for action in ("Buy", "Sell"):
            client.orders.place(
                models.PlaceOrder(
                    action=models.Action(action),
                    symbol="ESZ6",
                    order_qty=1,
                    order_type=models.OrderType.MARKET,
                    account_id=20001,
                )
            )
        params = '{"entryVersion":{"orderQty":1,"orderType":"Market"},"brackets":[{"qty":1,"profitTarget":5}]}'
        client.order_strategies.start(
            models.StartOrderStrategy(
                symbol="NQZ6", order_strategy_type_id=2, action=models.Action.BUY, account_id=20001, params=params
            )
        )
        yield client


def _entity_args(sim: SimulatorThread, operation_id: str) -> list[Any] | None:
    op = OPERATIONS[operation_id]
    segment, name = op.path.strip("/").split("/")
    row = ROWS.get(segment)
    if row is None or name not in row.ops or name == "create":
        return None
    entity = sim.call(lambda: next(iter(sim.store.all(segment)), None))
    assert entity is not None, f"the seed has no {segment}"
    if op.name == "item":
        return [entity["id"]]
    if op.name == "items":
        return [[entity["id"]]]
    if op.name == "list":
        return []
    name_ = sim.call(sim.store.name_of, segment, entity)
    if op.name == "find":
        return [name_]
    if op.name == "suggest":
        return [name_[:1], 5]
    if op.name in ("deps", "ldeps"):
        master = entity[row.master_key]
        return [master] if op.name == "deps" else [[master]]
    if op.name == "update":
        return [row.model.from_dict(entity)]
    return None


# A create body names the caller's own user, account and position limit (else: 404).
MINE = {"userId": 1001, "accountId": 20001, "userAccountPositionLimitId": 20001}


def _arguments(samples: Samples, operation_id: str, sim: SimulatorThread) -> list[Any]:
    spec_op = SPEC_OPS[operation_id]
    args: list[Any] = []
    content = spec_op.get("requestBody", {}).get("content", {}).get("application/json")
    if content:
        name = content["schema"]["$ref"].rsplit("/", 1)[-1]
        body = samples.request(name)
        if name == "SyncRequest":
            body = {"entityTypes": ["order", "position"], "splitResponses": True}
        if OPERATIONS[operation_id].name == "create":
            body = {**body, **{k: v for k, v in MINE.items() if k in body}}
        if operation_id == "userAccountAutoLiqCreate":  # its id is its account's, which has none yet
            sim.call(sim.sim.store.delete, "userAccountAutoLiq", 20002)
            body["id"] = 20002
        args.append(getattr(models, name).from_dict(body))
    for i, param in enumerate(spec_op.get("parameters", [])):
        schema = param["schema"]
        if schema["type"] == "array":
            args.append([101 + i] if schema["items"]["type"] == "integer" else ["ESZ6"])
        elif schema["type"] == "integer":
            args.append(42 + i)
        else:
            args.append(f"text{i}")
    return args


CALLED = sorted(op for op in OPERATIONS if op != "renewAccessToken")


@pytest.mark.parametrize("operation_id", CALLED)
def test_operation_answers_a_valid_body(
    operation_id: str, sim: SimulatorThread, tv: Tradovate, samples: Samples
) -> None:
    op = OPERATIONS[operation_id]
    args = _entity_args(sim, operation_id)
    if args is None:
        args = _arguments(samples, operation_id, sim)
    method = getattr(getattr(tv, op.namespace), op.name)
    with drift.strict():
        response = tv.raw(method, *args)
    assert response.status_code == 200, (operation_id, response.content[:200])
    assert response.error is None or isinstance(response.error, errors.OperationFailed), response.error
    if response.error is None and op.result is not None:
        parsed = response.parsed
        assert isinstance(parsed, list) if op.many else type(parsed).__name__ == op.result


def test_renew_gives_a_new_token_and_retires_the_old(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as client:
        first = client.login(name="demo", password="demo")
        with drift.strict():
            renewed = client.renew()
        assert isinstance(renewed.access_token, str) and isinstance(first.access_token, str)
        assert renewed.access_token != first.access_token
        assert isinstance(renewed.expiration_time, datetime.datetime)
        assert isinstance(first.expiration_time, datetime.datetime)
        assert renewed.expiration_time >= first.expiration_time
        assert client.accounts.list()
        client.token = first.access_token
        with pytest.raises(errors.Unauthorized):
            client.accounts.list()


def test_routes_cover_every_operation() -> None:
    assert len(ROUTES) == len(OPERATIONS) == 350


def test_entity_rows_and_masters_match_the_spec() -> None:
    rows = yaml.safe_load((SPEC / "entities.yaml").read_text())
    assert dict(MASTERS) == {segment: row["master"] for segment, row in rows.items() if row.get("master")}
    served = {segment: row.ops for segment, row in ROWS.items()}
    assert served == {segment: set(row["ops"]) for segment, row in rows.items() if segment in served}
    assert set(rows) - set(served) <= {"pOAContact"} | {
        s for s, r in rows.items() if set(r["ops"]) <= {"create", "update"}
    }
