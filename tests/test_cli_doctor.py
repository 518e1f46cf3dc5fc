"""``tradovate doctor`` against the local simulator: each credential and lockout case it can produce."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("aiohttp")

from tradovate.cli import main
from tradovate.sim import SimulatorThread
from tradovate.tokens import FileTokenStore, store_key

from loopback import Loopback, Reply

LOGIN = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "demo", "TRADOVATE_CID": "8", "TRADOVATE_SEC": "f3a9c1"}


@pytest.fixture
def sim(request: pytest.FixtureRequest) -> Iterator[SimulatorThread]:
    options: dict[str, Any] = getattr(request, "param", {})
    with SimulatorThread(seed=2, **options) as running:
        yield running


def doctor(sim: SimulatorThread, environ: dict[str, str], *extra: str) -> tuple[int, dict[str, str]]:
    out = io.StringIO()
    urls = ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url]
    code = main([*urls, "doctor", "--timeout", "10", *extra], out=out, environ=environ)
    lines: dict[str, str] = {"all": out.getvalue()}
    for line in out.getvalue().splitlines():
        if not line.startswith(" "):
            status, name = line.split()[:2]
            lines[name] = line
            lines[name + ".status"] = status
    return code, lines


def test_a_healthy_setup_passes_every_check(sim: SimulatorThread, tmp_path: Path) -> None:
    store = tmp_path / "tokens"
    code, lines = doctor(sim, {**LOGIN, "TRADOVATE_TOKEN_DIR": str(store)})
    assert code == 0, lines
    for name in ("rest", "clock", "login", "user", "market", "api", "token"):
        assert lines[name + ".status"] == "ok", lines[name]
    assert "RealTime" in lines["market"]


@pytest.mark.parametrize("sim", [{"scenario": {"auth": {"login_failures_before_penalty": 100}}}], indirect=True)
def test_a_wrong_password_is_told_apart_from_a_missing_or_placeholder_api_key(sim: SimulatorThread) -> None:
    code, lines = doctor(sim, {**LOGIN, "TRADOVATE_PASSWORD": "wrong"})
    assert code == 1
    assert "wrong username or password (the API key is set)" in lines["login"]
    for key in ({"TRADOVATE_CID": "0"}, {"TRADOVATE_SEC": "<your secret>"}, {"TRADOVATE_CID": ""}):
        environ = {**LOGIN, "TRADOVATE_PASSWORD": "wrong", **key}
        code, lines = doctor(sim, {k: v for k, v in environ.items() if v})
        assert code == 1
        assert "or the API key: cid/sec" in lines["login"], lines["login"]
        assert lines["api.status"] == "warn"  # the simulator accepts any key; Tradovate's hosts: fail


@pytest.mark.parametrize("sim", [{"scenario": {"auth": {"penalty_seconds": 120}}}], indirect=True)
def test_a_login_penalty_is_reported_with_its_wait_not_waited_out(sim: SimulatorThread) -> None:
    for _ in range(3):
        doctor(sim, {**LOGIN, "TRADOVATE_PASSWORD": "wrong"})
    code, lines = doctor(sim, LOGIN)  # the right password, but the penalty runs
    assert code == 1
    assert "penalised by the server" in lines["login"] and "wait 120 s" in lines["login"]


@pytest.mark.parametrize("sim", [{"scenario": {"auth": {"penalty_captcha": True}}}], indirect=True)
def test_a_captcha_lockout_says_only_the_web_login_lifts_it(sim: SimulatorThread) -> None:
    for _ in range(3):
        doctor(sim, {**LOGIN, "TRADOVATE_PASSWORD": "wrong"})
    code, lines = doctor(sim, LOGIN)
    assert code == 1 and "captcha lockout" in lines["login"]


def test_a_token_store_others_can_read_is_a_warning_and_no_store_says_why_to_have_one(
    sim: SimulatorThread, tmp_path: Path
) -> None:
    open_dir = tmp_path / "open"
    open_dir.mkdir(mode=0o755)
    os.chmod(open_dir, 0o755)
    (open_dir / "demo.json").write_text("{}")
    os.chmod(open_dir / "demo.json", 0o644)
    code, lines = doctor(sim, {**LOGIN, "TRADOVATE_TOKEN_DIR": str(open_dir)})
    assert code == 0 and lines["token.status"] == "warn" and "readable by others" in lines["token"]
    code, lines = doctor(sim, LOGIN)
    assert lines["token.status"] == "warn" and "TRADOVATE_TOKEN_DIR is not set" in lines["token"]


def test_an_unreachable_host_fails_and_skips_what_needs_it(tmp_path: Path) -> None:
    out = io.StringIO()
    code = main(["--rest-url", "http://127.0.0.1:9/v1", "doctor", "--timeout", "3"], out=out, environ=LOGIN)
    text = out.getvalue()
    assert code == 1
    assert text.count("fail  rest") == 1 and "skip  login" in text
    assert "f3a9c1" not in text  # no secret in the output


def test_bad_timeout_is_bad_usage() -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["doctor", "--timeout", "-1"], out=io.StringIO(), environ=LOGIN)
    assert exit_.value.code == 2


def test_delayed_market_data_is_a_warning_naming_the_subscription(sim: SimulatorThread) -> None:
    es = sim.call(sim.store.find, "contract", "ESZ6")
    sim.call(sim.md_socket.service.set_mode, es["id"], "Delayed")  # no real-time data subscription
    code, lines = doctor(sim, LOGIN)
    assert code == 0  # a warning does not fail
    assert lines["market.status"] == "warn" and "Delayed" in lines["market"] and "not real time" in lines["market"]
    assert "Market Data Subscriptions" in lines["all"]  # the fix, on the next line


# What the simulator cannot produce: Tradovate's answers for a device it does not know on live,
# and for a user without API access, served by a loopback HTTP server the way Tradovate sends them
# (HTTP 200 with errorText).


def refusing_login(server: Loopback, text: str) -> None:
    server.route("GET", "/auth/me", Reply(401, b""))
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"errorText": text}))


def test_access_denied_on_live_names_the_device_id(server: Loopback) -> None:
    refusing_login(server, "Access is denied")
    out = io.StringIO()
    code = main(
        ["--env", "live", "--rest-url", server.base_url, "doctor", "--timeout", "5"],
        out=out,
        environ={**LOGIN, "TRADOVATE_DEVICE_ID": "9f1c2d3e-0000-4000-8000-00000000abcd"},
    )
    text = out.getvalue()
    assert code == 1
    assert "usually an unknown device id" in text and "TRADOVATE_DEVICE_ID" in text, text
    login = json.loads(next(r for r in server.requests if r.path == "/auth/accesstokenrequest").body)
    assert login["deviceId"] == "9f1c2d3e-0000-4000-8000-00000000abcd"  # the one given was sent
    assert "f3a9c1" not in text

    out = io.StringIO()
    code = main(["--env", "live", "--rest-url", server.base_url, "doctor", "--timeout", "5"], out=out, environ=LOGIN)
    assert code == 1 and "no TRADOVATE_DEVICE_ID on live" in out.getvalue()  # told before the login


def test_api_access_not_enabled_is_told_apart_from_a_wrong_password(server: Loopback) -> None:
    refusing_login(server, "API access is not enabled for this user")
    out = io.StringIO()
    code = main(["--rest-url", server.base_url, "doctor", "--timeout", "5"], out=out, environ=LOGIN)
    text = out.getvalue()
    assert code == 1
    assert "API access is not enabled for this user" in text and "API Access" in text, text
    assert "wrong username or password" not in text


@pytest.mark.parametrize("sim", [{"scenario": {"auth": {"max_sessions": 2}}}], indirect=True)
def test_a_valid_stored_token_is_used_so_a_running_programs_session_is_not_ended(
    sim: SimulatorThread, tmp_path: Path
) -> None:
    store = tmp_path / "tokens"
    env = {**LOGIN, "TRADOVATE_TOKEN_DIR": str(store)}
    urls = ["--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url]
    assert main([*urls, "call", "account/list"], out=io.StringIO(), environ=env) == 0  # "the bot": stores its token
    assert main([*urls, "call", "account/list"], out=io.StringIO(), environ=LOGIN) == 0  # a second session
    stored = FileTokenStore(store).load(store_key("demo", sim.rest_url))
    assert stored is not None

    def alive() -> bool:
        return sim.call(sim.auth.session, stored.access_token) is not None

    code, lines = doctor(sim, env)
    assert code == 0, lines["all"]
    assert "stored token of demo is valid" in lines["login"] and "no new login" in lines["login"]
    assert lines["user.status"] == "ok" and lines["market.status"] == "ok"  # the sockets use it too
    assert alive()  # a third login would have ended the bot's session

    code, lines = doctor(sim, env, "--login")  # asked for: a new login, a new session
    assert code == 0 and "a new server session" in lines["login"]
    assert not alive()  # the oldest session, the bot's, was ended: why the doctor avoids it
