"""The ``tradovate`` command's socket subcommands against the local simulator."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("aiohttp")

from tradovate.cli import main
from tradovate.sim import SimulatorThread
from tradovate_api import Tradovate
from tradovate_api.models import Action, OrderType, PlaceOrder

LOGIN = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "demo"}


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=3, tick_interval=0.05) as running:
        yield running


def urls(sim: SimulatorThread) -> list[str]:
    return ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url, "--replay-url", sim.replay_url]


def test_sync_prints_changes_and_writes_the_mirror(sim: SimulatorThread, tmp_path: Path) -> None:
    events, state = tmp_path / "events.jsonl", tmp_path / "state.json"

    def trade() -> None:
        with Tradovate(sim.rest_url) as tv:
            tv.login(name="demo", password="demo")
            account = tv.accounts.list()[0]
            tv.orders.place(
                PlaceOrder(
                    account_id=account.id,
                    action=Action.BUY,
                    symbol="MESZ6",
                    order_qty=1,
                    order_type=OrderType.MARKET,
                    is_automated=True,
                )
            )

    timer = threading.Timer(1.0, trade)
    timer.start()
    try:
        code = main([*urls(sim), "sync", "--for", "2.5", "--events", str(events), "--state", str(state)], environ=LOGIN)
    finally:
        timer.join()
    assert code == 0
    lines = [json.loads(line) for line in events.read_text().splitlines()]
    kinds = {line["event"] for line in lines}
    assert "Synced" in kinds and "Change" in kinds
    created = {line["entityType"] for line in lines if line["event"] == "Change" and line["kind"] == "Created"}
    assert {"order", "fill", "position"} <= created
    mirror = json.loads(state.read_text())
    assert any(o.get("ordStatus") == "Filled" for o in mirror["orders"])
    assert mirror["accounts"] and "cashBalances" in mirror


def test_quotes_chart_and_replay(sim: SimulatorThread) -> None:
    out = io.StringIO()
    assert main([*urls(sim), "quotes", "ESZ6", "NQZ6", "--limit", "4"], out=out, environ=LOGIN) == 0
    quotes = [json.loads(line) for line in out.getvalue().splitlines()]
    # a loaded machine may conflate updates: a gap line then stands for the merged ones
    assert len(quotes) == 4 and any("entries" in q for q in quotes)
    assert all("entries" in q or q["gap"] == "conflated" for q in quotes)

    out = io.StringIO()
    assert (
        main([*urls(sim), "chart", "ESZ6", "--bars", "1m", "--last", "5", "--format", "csv"], out=out, environ=LOGIN)
        == 0
    )
    rows = out.getvalue().splitlines()
    assert rows[0].startswith("timestamp") and len(rows) == 6

    out = io.StringIO()
    code = main(
        [*urls(sim), "replay", "--start", "2026-11-02T14:30:00Z", "--speed", "400", "--limit", "2"],
        out=out,
        environ=LOGIN,
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 0 and lines[0]["checkStatus"] == "OK" and len(lines) == 3
