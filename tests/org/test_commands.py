"""``tradovate org-sync`` / ``tradovate org-watch``: wired into the command, usage errors, a run."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from orgkit import engine_server

from tradovate import cli
from tradovate.org import commands
from tradovate.org.servers import LocalServer


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
