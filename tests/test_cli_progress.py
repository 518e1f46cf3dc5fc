"""Progress of long work on stderr: drawn on a terminal, bounded, erased; nothing when piped or
``--quiet``; never on stdout. Long charts are paged against a simulator that sends few bars."""

from __future__ import annotations

import datetime
import io
import itertools
import json
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

pytest.importorskip("aiohttp")

from tradovate.cli import main
from tradovate.cli_progress import ERASE, Progress
from tradovate.sim import SimulatorThread

LOGIN = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "demo"}
PAGE = 50  # bars the simulator sends per chart request here


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=6, tick_interval=0.1) as running:
        running.call(setattr, running.md_socket.service, "history_limit", PAGE)
        yield running


def urls(sim: SimulatorThread) -> list[str]:
    return ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url]


def stderr_on_a_terminal(sim: SimulatorThread, argv: list[str]) -> tuple[int, str, str]:
    """Run ``tradovate ARGV`` with stderr on a pseudo-terminal and stdout on a pipe: its exit
    code, what stdout got, what the terminal got."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "tradovate.cli", *urls(sim), *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**os.environ, **LOGIN, "COLUMNS": "100"},
        close_fds=True,
    )
    os.close(terminal)
    assert process.stdout is not None
    stdout = process.stdout.fileno()
    got = {controller: b"", stdout: b""}
    open_fds = set(got)
    limit = time.monotonic() + 60
    try:
        while open_fds and time.monotonic() < limit:
            ready, _, _ = select.select(list(open_fds), [], [], 0.5)
            for fd in ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:  # the terminal's other side closed
                    chunk = b""
                got[fd] += chunk
                if not chunk:
                    open_fds.discard(fd)
            if not ready and process.poll() is not None:
                break
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        os.close(controller)
        process.stdout.close()
    return process.returncode, got[stdout].decode(), got[controller].decode(errors="replace")


# -- the line itself ---------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_progress_is_one_line_redrawn_at_a_bounded_rate_and_erased() -> None:
    stream, clock = io.StringIO(), Clock()
    progress = Progress(stream, every=0.2, clock=clock)
    for i in range(1000):  # a thousand updates within one second of the clock
        clock.now = i / 1000
        progress.show(f"page {i}")
    assert progress.drawn == 5  # at 0.0, 0.2, 0.4, 0.6, 0.8
    progress.show("page last", now=True)
    assert progress.drawn == 6
    progress.done()
    text = stream.getvalue()
    assert "\n" not in text  # never a new line: the line is redrawn in place
    assert text.endswith("page last" + ERASE + "\r" + ERASE)  # erased at the end
    progress.show("x" * 10_000, now=True)
    assert len(stream.getvalue()) - len(text) < 1000  # cut to the terminal's width


def test_progress_is_silent_when_stderr_is_not_a_terminal_or_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    for quiet in (False, True):
        progress = Progress.on_stderr(quiet)
        assert not progress.active
        progress.show("nothing", now=True)
        progress.done()
    assert capsys.readouterr().err == ""


# -- a chart paged over several requests --------------------------------------------------------


def test_a_chart_longer_than_one_answer_is_paged_whole_and_silent_when_piped(
    sim: SimulatorThread, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.StringIO()
    assert main([*urls(sim), "chart", "ESZ6", "--last", "180"], out=out, environ=LOGIN) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 180  # not just the 50 the server sends at once
    stamps = [datetime.datetime.fromisoformat(r["timestamp"].replace("Z", "+00:00")) for r in rows]
    assert stamps == sorted(set(stamps))
    assert {b - a for a, b in itertools.pairwise(stamps)} == {datetime.timedelta(minutes=1)}
    assert capsys.readouterr().err == ""  # stderr is not a terminal here: no progress


def test_a_tick_chart_longer_than_one_answer_is_paged_whole(sim: SimulatorThread) -> None:
    out = io.StringIO()
    assert main([*urls(sim), "chart", "ESZ6", "--bars", "tick", "--last", "180"], out=out, environ=LOGIN) == 0
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert len(ids) == 180 and ids == sorted(set(ids))  # each tick once (pages overlap at their edge)


def test_chart_paging_shows_progress_on_the_terminal_and_only_data_on_stdout(sim: SimulatorThread) -> None:
    code, out, screen = stderr_on_a_terminal(sim, ["chart", "ESZ6", "--last", "400", "--format", "csv"])
    assert code == 0, screen
    lines = out.splitlines()
    assert lines[0].startswith("timestamp") and len(lines) == 401  # the header and the bars, nothing else
    assert "ESZ6: 50 of 400 bars" in screen  # the first page told at once
    assert screen.endswith(ERASE)  # and the line erased at the end
    assert "\n" not in screen

    code, out, screen = stderr_on_a_terminal(sim, ["chart", "ESZ6", "--last", "400", "--quiet"])
    assert code == 0 and len(out.splitlines()) == 400
    assert screen == ""


def test_a_chart_of_one_request_shows_nothing(sim: SimulatorThread) -> None:
    code, out, screen = stderr_on_a_terminal(sim, ["chart", "ESZ6", "--last", "20"])
    assert code == 0 and len(out.splitlines()) == 20
    assert screen == ""


# -- a sync waiting for its snapshot -------------------------------------------------------------


def test_sync_shows_its_phase_on_the_terminal_and_erases_it(sim: SimulatorThread) -> None:
    code, out, screen = stderr_on_a_terminal(sim, ["sync", "--for", "2"])
    assert code == 0, screen
    events = [json.loads(line)["event"] for line in out.splitlines()]
    assert "Synced" in events and "Change" in events
    assert "tradovate sync: logging in" in screen
    assert screen.endswith(ERASE)
    assert "\n" not in screen

    code, out, screen = stderr_on_a_terminal(sim, ["sync", "--for", "2", "--quiet"])
    assert code == 0 and "Synced" in out
    assert screen == ""
