"""``tradovate watch`` driven in a pseudo-terminal against the simulator, and its frames."""

from __future__ import annotations

import io
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("aiohttp")

from tradovate.cli import main
from tradovate.cli_watch import CLEAR
from tradovate.marketdata.plot import DOWN_BODY, UP_BODY
from tradovate.sim import SimulatorThread

LOGIN = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "demo"}


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=4, tick_interval=0.1) as running:
        yield running


def urls(sim: SimulatorThread) -> list[str]:
    return ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url]


def in_terminal(sim: SimulatorThread, argv: list[str]) -> tuple[int, str]:
    """Run ``tradovate ARGV`` in a pseudo-terminal; its exit code and everything the screen got."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tradovate.cli", *urls(sim), *argv],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, **LOGIN, "COLUMNS": "100"},
        close_fds=True,
    )
    os.close(terminal)
    screen = b""
    limit = time.monotonic() + 60
    try:
        while process.poll() is None and time.monotonic() < limit:
            ready, _, _ = select.select([controller], [], [], 0.5)
            if ready:
                try:
                    screen += os.read(controller, 65536)
                except OSError:
                    break
        while True:  # what is left after the process ended
            ready, _, _ = select.select([controller], [], [], 0.1)
            if not ready:
                break
            try:
                chunk = os.read(controller, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(controller)
    return process.returncode, screen.decode(errors="replace")


def test_the_dashboard_redraws_in_a_terminal_with_symbols_positions_orders_and_fills(sim: SimulatorThread) -> None:
    assert main([*urls(sim), "buy", "ESZ6", "3", "--account", "DEMO20001"], out=io.StringIO(), environ=LOGIN) == 0
    assert (
        main(
            [*urls(sim), "sell", "MNQZ6", "1", "--limit", "99999", "--account", "DEMO20001"],
            out=io.StringIO(),
            environ=LOGIN,
        )
        == 0
    )
    code, text = in_terminal(sim, ["watch", "--every", "0.3", "--for", "3"])
    assert code == 0, text[-2000:]
    assert text.count(CLEAR) >= 2  # redrawn in place, more than once
    last = text.rsplit(CLEAR, 1)[-1]
    assert "connection: live" in last
    position = next(line for line in last.splitlines() if "ESZ6" in line and "DEMO20001" in line)
    assert position.split()[:3] == ["DEMO20001", "ESZ6", "3"]
    assert any("MNQZ6" in line and "Working" in line for line in last.splitlines())
    assert "Last fills" in last and "Traceback" not in text


def test_once_prints_one_plain_frame(sim: SimulatorThread) -> None:
    out = io.StringIO()
    assert main([*urls(sim), "watch", "--once", "--every", "0.2"], out=out, environ=LOGIN) == 0
    frame = out.getvalue()
    assert CLEAR not in frame and frame.startswith("tradovate watch")
    for title in ("Accounts", "Positions", "Working orders", "Last fills"):
        assert title in frame


@pytest.mark.parametrize("bad", [["--every", "0"], ["--every", "nan"], ["--for", "-1"]])
def test_bad_periods_are_bad_usage(bad: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["watch", *bad], out=io.StringIO(), environ=LOGIN)
    assert exit_.value.code == 2


def test_chart_plot_draws_candles_in_the_terminal_and_png_writes_a_picture(
    sim: SimulatorThread, tmp_path: Path
) -> None:
    code, text = in_terminal(sim, ["chart", "ESZ6", "--bars", "1m", "--last", "40", "--plot"])
    assert code == 0, text[-2000:]
    lines = text.splitlines()
    assert lines[0].strip() == "ESZ6"
    assert sum("┤" in line for line in lines) == 20  # the price axis of 20 rows
    assert any(UP_BODY in line or DOWN_BODY in line for line in lines)  # candle bodies
    pytest.importorskip("matplotlib")
    png = tmp_path / "esz6.png"
    out = io.StringIO()
    assert main([*urls(sim), "chart", "ESZ6", "--last", "30", "--png", str(png)], out=out, environ=LOGIN) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(SystemExit) as exit_:  # ticks have no candles: bad usage, nothing drawn
        main([*urls(sim), "chart", "ESZ6", "--bars", "tick", "--plot"], out=io.StringIO(), environ=LOGIN)
    assert exit_.value.code == 2
