"""``tradovate org-sync`` / ``tradovate org-watch``: wired into the command, usage errors, a run."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import sys
from collections.abc import Iterator

import pytest
from orgkit import engine_server

from tradovate import cli
from tradovate.org import commands
from tradovate.org.servers import LocalServer
from tradovate.sim import SimulatorThread
from tradovate.sim.org import ADMIN_NAME, ADMIN_PASSWORD, install, organization


@pytest.fixture
def redis_server() -> Iterator[LocalServer]:
    yield from engine_server("redis")


def test_both_commands_are_tradovate_subcommands() -> None:
    names = [name for name, _, _ in cli.EXTERNAL_COMMANDS]
    assert "org-sync" in names and "org-watch" in names


def test_a_worker_without_an_engine_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRADOVATE_ORG_ENGINE", raising=False)
    with pytest.raises(SystemExit) as exited:
        cli.main(["org-sync", "--shards", "4"])
    assert exited.value.code == 2


def test_a_worker_without_credentials_says_so(redis_server: LocalServer) -> None:
    err = commands.sync_main(["--engine", redis_server.url, "--shards", "2", "--for", "0"], io.StringIO(), environ={})
    assert err == 2


def test_a_watcher_prints_its_figures(redis_server: LocalServer) -> None:
    out = io.StringIO()
    code = commands.watch_main(["--engine", redis_server.url, "--for", "0.3", "--every", "0.1"], out)
    assert code == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines and {"applied", "duplicates", "lag_p99", "waiting"} <= set(lines[-1])


def test_a_worker_shows_its_start_up_on_a_terminal_until_synced(
    redis_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """stderr on a pseudo-terminal: one line (shards held and synced) redrawn in place, erased
    once every shard has its snapshot; stdout keeps only the figures; ``--quiet`` shows nothing."""
    scenario = {"organization": organization(accounts=120, users=20)}
    with SimulatorThread(scenario=scenario, md_port=None) as sim:
        sim.call(install, sim.sim)
        login = {"TRADOVATE_USERNAME": ADMIN_NAME, "TRADOVATE_PASSWORD": ADMIN_PASSWORD}
        argv = ["--engine", redis_server.url, "--shards", "2", "--for", "1.5", "--every", "0.5"]
        argv += ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url]
        for quiet in (False, True):
            controller, terminal = pty.openpty()
            with os.fdopen(terminal, "w") as screen:
                monkeypatch.setattr(sys, "stderr", screen)
                out = io.StringIO()
                code = commands.sync_main([*argv, *(["--quiet"] if quiet else [])], out, environ=login)
            monkeypatch.undo()
            shown = b""
            while select.select([controller], [], [], 0)[0]:
                try:
                    chunk = os.read(controller, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                shown += chunk
            os.close(controller)
            assert code == 0
            assert all(json.loads(line)["shards"] == [0, 1] for line in out.getvalue().splitlines()[-1:])
            text = shown.decode(errors="replace")
            if quiet:
                assert text == ""
            else:
                assert "shards held" in text and "\n" not in text
                assert text.endswith("\r\x1b[K")
