"""``python -m tradovate.sim``: one JSON line with the URLs, a scenario file, --fault, clean exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tradovate.sim import main
from tradovate_api import Tradovate


def test_json_line_scenario_and_faults_then_a_clean_exit(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps({"seed": 9, "auth": {"token_lifetime": 600}}))
    server = subprocess.Popen(
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0", "--scenario", str(scenario),
         "--fault", "status:account/list,status=503,count=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        assert urls["seed"] == 9 and urls["login"] == {"name": "demo", "password": "demo"}
        assert urls["rest"].startswith("http://127.0.0.1:") and urls["rest"].endswith("/v1")
        assert urls["ws"].endswith("/v1/websocket") and urls["md"].endswith("/v1/websocket")
        with Tradovate(urls["rest"]) as tv:
            tv.login(name="demo", password="demo")
            first = httpx.get(urls["rest"] + "/account/list", headers={"Authorization": f"Bearer {tv.token}"})
            assert first.status_code == 503
            assert [a.name for a in tv.accounts.list()] == ["DEMO20001", "DEMO20002"]
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert server.returncode == 0, err


def test_bad_options_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["--fault", "explode"]) == 2
    assert "unknown fault kind" in capsys.readouterr().err
    assert main(["--scenario", str(tmp_path / "missing.json")]) == 2
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"engine": {"off_tick": "round"}}))
    assert main(["--scenario", str(bad)]) == 2  # the tick-grid rule: price9 or strict
    assert "off_tick" in capsys.readouterr().err
    with pytest.raises(SystemExit) as helped:
        main(["--help"])
    assert helped.value.code == 0
    assert "--md-port" in capsys.readouterr().out


def test_the_main_module_does_not_run_on_import() -> None:
    import importlib

    module = importlib.import_module("tradovate.sim.__main__")
    assert module.main is main


def test_tradovate_sim_delegates_with_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    from tradovate.cli import main as tradovate_main

    assert tradovate_main(["sim", "--fault", "explode"]) == 2
    assert "unknown fault kind" in capsys.readouterr().err
