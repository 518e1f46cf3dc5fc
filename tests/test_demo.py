"""`make demo` (tradovate.demo): the whole session against the in-process simulator."""

from __future__ import annotations

import asyncio
import io
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tradovate import demo, demo_report
from tradovate_api.models import Action, OrdStatus

pytest.importorskip("aiohttp")  # the simulator's extra (in the pinned dev set)

ROOT = Path(__file__).resolve().parent.parent


def test_python_m_tradovate_demo_runs_the_session_and_exits_0() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tradovate.demo", "--seed", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0].startswith("Simulator (seed 1) at http://127.0.0.1:")
    assert "Logged in as demo; account DEMO20001; trading ESZ6 (E-Mini S&P 500)" in lines
    assert any(line.startswith("5 quotes of ESZ6: bid ") for line in lines)
    assert any(line.startswith("Bracket placed: buy 1 ESZ6 at market, take profit ") for line in lines)
    assert any(re.fullmatch(r"  order \d{12} \(entry\): Filled", line) for line in lines)  # one 12-digit id sequence
    assert "  position ESZ6: net +1" in lines
    assert "  position ESZ6: flat" in lines
    for title in ("Account", "Quotes seen (ESZ6)", "Orders", "Fills", "Position", "Cash (DEMO20001)"):
        assert title in lines, title
    assert lines[-1].startswith("Done in ")
    assert lines[-1].endswith("s: entry filled, position opened (net +1), closed by the liquidation.") or (
        "closed by the take profit." in lines[-1] or "closed by the stop loss." in lines[-1]
    )
    assert done.stderr == ""


def test_the_report_agrees_with_itself_and_renders_as_plain_text() -> None:
    threads = threading.active_count()
    told: list[str] = []
    report = asyncio.run(demo.run(seed=2, symbol="MES", say=told.append))
    assert threading.active_count() == threads  # nothing left running

    assert report.contract.name == "MESZ6"
    assert len(report.quotes) == demo.QUOTES
    roles = {report.roles[o.id]: o for o in report.orders}
    assert roles["entry"].ord_status == OrdStatus.FILLED
    assert roles["take profit"].action == roles["stop loss"].action == Action.SELL
    # Exactly one of the closing orders filled; the others were cancelled.
    closers = [o for role, o in roles.items() if role != "entry" and o.ord_status == OrdStatus.FILLED]
    assert len(closers) == 1
    assert report.closed_by == report.roles[closers[0].id]
    assert all(o.ord_status in (OrdStatus.FILLED, OrdStatus.CANCELED) for o in report.orders)

    buy, sell = report.fills
    assert (buy.action, buy.qty, buy.order_id) == (Action.BUY, 1, roles["entry"].id)
    assert (sell.action, sell.qty, sell.order_id) == (Action.SELL, 1, closers[0].id)
    assert report.opened is not None and report.opened.net_pos == 1
    assert report.closed is not None and report.closed.net_pos == 0
    assert (report.closed.bought, report.closed.sold) == (1, 1)

    # The cash balance the mirror ended with: realized P&L of the round trip, less fees.
    assert report.end_cash is not None
    realized = float(report.end_cash.realized_pnl) - float(report.start_cash.realized_pnl)  # type: ignore[arg-type]
    assert realized == pytest.approx((sell.price - buy.price) * report.product.value_per_point)
    assert report.end_cash.amount < report.start_cash.amount + realized  # fees were charged

    assert f"  fill: Buy 1 @ {report.price(buy.price)} (entry)" in told

    out = io.StringIO()
    demo.render(report, out, use_rich=False)
    text = out.getvalue()
    rows = [line.split() for line in text.splitlines()]
    assert ["Orders"] in rows and ["order", "role", "side", "type", "price", "status"] in rows
    assert [str(roles["entry"].id), "entry", "Buy", "Market", "-", "Filled"] in rows
    assert ["at", "the", "end", "MESZ6", "0", "1", "1"] in rows
    assert text.rstrip().splitlines()[-1] == demo_report.outcome(report)
    assert demo_report.outcome(report).endswith(f"position opened (net +1), closed by the {report.closed_by}.")

    rich_out = io.StringIO()
    demo.render(report, rich_out, use_rich=True)
    assert "Filled" in rich_out.getvalue() and "MESZ6" in rich_out.getvalue()


def test_an_unknown_symbol_is_a_clear_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main(["--symbol", "NOPE"]) == 1
    captured = capsys.readouterr()
    assert "demo failed: DemoError: no product or contract named 'NOPE'" in captured.err


def test_a_bracket_that_closes_the_position_first_ends_the_session_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both brackets at the last ask: whatever the market did since, one of them fills as soon as
    # the entry does, before the demo asks to liquidate.
    monkeypatch.setattr(demo, "BRACKET_TICKS", 0)
    told: list[str] = []
    report = asyncio.run(demo.run(seed=4, symbol="ESH7", say=told.append))

    assert report.contract.name == "ESH7" and report.product.name == "ES"
    assert report.closed_by in ("take profit", "stop loss")
    assert "liquidation" not in report.roles.values()
    assert "Not liquidated: No position to liquidate" in told
    assert report.opened is not None and report.opened.net_pos == 1
    assert report.closed is not None and report.closed.net_pos == 0
    statuses = sorted(o.ord_status.value for o in report.orders)
    assert statuses == ["Canceled", "Filled", "Filled"]
    assert demo_report.outcome(report).endswith(f"closed by the {report.closed_by}.")


def test_the_demo_draws_its_session_as_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from PIL import Image

    path = tmp_path / "session.png"
    out = io.StringIO()
    assert demo.main(["--plain", "--png", str(path)], out=out) == 0
    assert f"picture of the session: {path}" in out.getvalue()
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (1000, 500)
