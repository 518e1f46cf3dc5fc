"""The ``tradovate`` command's socket subcommands against the local simulator."""

from __future__ import annotations

import datetime
import io
import json
import os
import signal
import stat
import subprocess
import sys
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
    assert stat.S_IMODE(state.stat().st_mode) == 0o600 and stat.S_IMODE(events.stat().st_mode) == 0o600


def test_quotes_chart_and_replay(sim: SimulatorThread) -> None:
    out = io.StringIO()
    assert main([*urls(sim), "quotes", "ESZ6", "NQZ6", "--limit", "4"], out=out, environ=LOGIN) == 0
    quotes = [json.loads(line) for line in out.getvalue().splitlines()]
    # a loaded machine may conflate updates: a gap line then stands for the merged ones
    assert len(quotes) == 4 and any("entries" in q for q in quotes)
    assert all("entries" in q or q["gap"] == "conflated" for q in quotes)
    assert all(q["symbol"] in ("ESZ6", "NQZ6") for q in quotes if "entries" in q)  # as asked, not ids
    sizes = [e["size"] for q in quotes if "entries" in q for e in q["entries"].values() if "size" in e]
    assert sizes and all(isinstance(size, int) for size in sizes)  # 27, not 27.0
    assert all("mode" not in q for q in quotes)  # real time

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


def test_quotes_mark_delayed_data(sim: SimulatorThread, capsys: pytest.CaptureFixture[str]) -> None:
    service = sim.md_socket.service
    contract = service.resolve("MESZ6")
    service.set_mode(contract, "Delayed")
    try:
        out = io.StringIO()
        assert main([*urls(sim), "quotes", "MESZ6", "--limit", "2"], out=out, environ=LOGIN) == 0
    finally:
        service.set_mode(contract, "RealTime")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(q["mode"] == "Delayed" for q in lines if "entries" in q)
    assert "MESZ6: market data is Delayed" in capsys.readouterr().err


def test_chart_includes_the_bar_in_progress(sim: SimulatorThread) -> None:
    def minute() -> datetime.datetime:
        now: datetime.datetime = sim.clock.now()
        return now.replace(second=0, microsecond=0)

    before = minute()
    out = io.StringIO()
    assert main([*urls(sim), "chart", "ESZ6", "--last", "3"], out=out, environ=LOGIN) == 0
    bars = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(bars) == 3
    last = datetime.datetime.fromisoformat(bars[-1]["timestamp"].replace("Z", "+00:00"))
    assert before <= last <= minute()
    assert all(isinstance(bar["upVolume"], int) for bar in bars)


def command(sim: SimulatorThread, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tradovate.cli", *urls(sim), *argv],
        env={**os.environ, **LOGIN},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_ctrl_c_ends_cleanly_with_130(sim: SimulatorThread) -> None:
    with command(sim, "quotes", "ESZ6") as proc:
        try:
            assert proc.stdout is not None and proc.stdout.readline()  # streaming
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=15)
        finally:
            proc.kill()
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


def test_a_closed_pipe_ends_quietly(sim: SimulatorThread) -> None:
    with command(sim, "quotes", "ESZ6", "NQZ6") as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            head = [proc.stdout.readline() for _ in range(2)]  # | head -2
            proc.stdout.close()
            err = proc.stderr.read()
            proc.wait(timeout=15)
        finally:
            proc.kill()
    assert all(head) and proc.returncode == 0
    assert "Traceback" not in err and "BrokenPipe" not in err
