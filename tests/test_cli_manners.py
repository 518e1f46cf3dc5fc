"""The ``tradovate`` command as a program: bounded runs that name their failure, global options
anywhere, numeric options checked before anything is sent, ``call`` on the token store, minimal
``--compact`` JSON, and output files with account data readable by their owner only."""

from __future__ import annotations

import io
import json
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from tradovate.cli import build_parser, main

from loopback import Loopback, Recorded, Reply

ENV = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "secret-pw-77"}
TOKEN: dict[str, Any] = {"accessToken": "tok-1", "expirationTime": "2030-01-01T00:00:00Z", "userId": 7, "name": "demo"}


def bounded_main(argv: list[str], env: dict[str, str]) -> BaseException | int:
    """``main`` in a thread that must end within 15 s (a hang fails the test instead of hanging it)."""
    result: list[BaseException | int] = []

    def run() -> None:
        try:
            result.append(main(argv, out=io.StringIO(), environ=env))
        except BaseException as exc:  # SystemExit from main, or anything else, is the outcome
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(15)
    assert not thread.is_alive(), "the command did not end"
    return result[0]


def exit_code(outcome: BaseException | int) -> Any:
    return outcome.code if isinstance(outcome, SystemExit) else outcome


def urls(server: Loopback) -> list[str]:
    ws = server.base_url.replace("http://", "ws://") + "/websocket"
    return ["--rest-url", server.base_url, "--ws-url", ws, "--md-url", ws]


def test_global_options_are_accepted_after_the_command() -> None:
    parser = build_parser()
    args = parser.parse_args(["sync", "--log-level", "debug", "--rest-url", "http://127.0.0.1:1/v1"])
    assert args.log_level == "debug" and args.rest_url == "http://127.0.0.1:1/v1"
    args = parser.parse_args(["--log-level", "info", "--env", "live", "quotes", "ESZ6"])
    assert args.log_level == "info" and args.env == "live"  # given before: kept
    args = parser.parse_args(["call", "account/list", "--connect-timeout", "3"])
    assert args.log_level == "warning" and args.env == "demo" and args.connect_timeout == 3.0


@pytest.mark.parametrize(
    "argv",
    [
        ["quotes", "ESZ6", "--limit", "-1"],
        ["quotes", "ESZ6", "--limit", "1.5"],
        ["quotes", "ESZ6", "--for", "0"],
        ["sync", "--for", "-3"],
        ["sync", "--for", "nan"],
        ["sync", "--for", "inf"],
        ["chart", "ESZ6", "--last", "0"],
        ["replay", "--start", "2026-11-02T14:30:00Z", "--speed", "9999"],
        ["replay", "--start", "2026-11-02T14:30:00Z", "--balance", "-5"],
        ["--connect-timeout", "-1", "quotes", "ESZ6"],
    ],
)
def test_nonsense_numbers_are_bad_usage_before_anything_is_sent(
    server: Loopback, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*urls(server), *argv], out=io.StringIO(), environ=ENV)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "must be" in err or "not an integer" in err
    assert server.requests == []


def test_a_refused_socket_ends_sync_on_time_with_the_failure_on_stderr(
    server: Loopback, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    server.route("GET", "/websocket", Reply(403, b"Forbidden"))
    assert exit_code(bounded_main([*urls(server), "sync", "--for", "1"], ENV)) == 1
    err = capsys.readouterr().err
    # typed by the connection (UpgradeRefused with its status), or named when --for ran out
    assert "HTTP 403" in err or ("not synced (still connecting) within 1s" in err and "last:" in err)
    assert ENV["TRADOVATE_PASSWORD"] not in err and "tok-1" not in err
    assert any(r.path == "/websocket" for r in server.requests)


def test_a_refused_md_socket_ends_quotes_within_the_connect_timeout(
    server: Loopback, capsys: pytest.CaptureFixture[str]
) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    server.route("GET", "/websocket", Reply(429, b"Too many"))
    assert exit_code(bounded_main([*urls(server), "quotes", "ESZ6", "--connect-timeout", "1"], ENV)) == 1
    err = capsys.readouterr().err
    assert "HTTP 429" in err or "no connection within 1s" in err


def test_quotes_for_bounds_the_connection_too(server: Loopback, capsys: pytest.CaptureFixture[str]) -> None:
    server.route("POST", "/auth/accesstokenrequest", Reply.json(TOKEN))
    server.route("GET", "/websocket", Reply(403, b"Forbidden"))
    assert exit_code(bounded_main([*urls(server), "quotes", "ESZ6", "--for", "1"], ENV)) == 1
    err = capsys.readouterr().err
    assert "HTTP 403" in err or "no connection within 1s" in err


def test_sync_for_ends_while_still_logging_in(capsys: pytest.CaptureFixture[str]) -> None:
    """A server that accepts the connection and never answers the login: ``--for`` still ends
    the run, and says where it was."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.05)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])  # accepted, never answered
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = silent.getsockname()[1]
    try:
        outcome = bounded_main(["--rest-url", f"http://127.0.0.1:{port}/v1", "sync", "--for", "1"], ENV)
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        silent.close()
    assert exit_code(outcome) == 1
    assert "the mirror was not synced (still logging in) within 1s" in capsys.readouterr().err


def test_call_uses_the_token_store(server: Loopback, tmp_path: Path) -> None:
    logins: list[Recorded] = []

    def login(request: Recorded) -> Reply:
        logins.append(request)
        return Reply.json(dict(TOKEN, accessToken=f"tok-{len(logins)}"))

    def accounts(request: Recorded) -> Reply:
        if request.headers.get("authorization") == "Bearer tok-1":
            return Reply(401, b"Access is denied")  # the first token was revoked meanwhile
        return Reply.json([{"id": 1, "name": "A", "userId": 7}])

    server.route("POST", "/auth/accesstokenrequest", login)
    server.route("GET", "/account/list", accounts)
    server.route("GET", "/contract/find", Reply.json({"id": 5, "name": "ESZ6"}))
    env = dict(ENV, TRADOVATE_TOKEN_DIR=str(tmp_path / "tokens"))
    for _ in range(2):
        assert main(["--rest-url", server.base_url, "call", "contracts.find", "name=ESZ6"], io.StringIO(), env) == 0
    assert len(logins) == 1  # the second run reused the stored token
    out = io.StringIO()
    assert main(["--rest-url", server.base_url, "call", "account/list"], out, env) == 0
    assert json.loads(out.getvalue())[0]["id"] == 1 and len(logins) == 2  # refused: one new login
    assert main(["--rest-url", server.base_url, "call", "contracts.find", "name=ESZ6"], io.StringIO(), env) == 0
    assert len(logins) == 2  # and the new token was stored


def test_compact_is_minimal_json(server: Loopback) -> None:
    value = [{"id": 1, "accountId": 2, "name": "é"}, {"id": 3, "accountId": 2}]
    server.route("GET", "/order/list", Reply.json(value))
    out = io.StringIO()
    assert main(["--rest-url", server.base_url, "call", "order/list", "--compact"], out, {"TRADOVATE_TOKEN": "t"}) == 0
    assert out.getvalue() == json.dumps(value, separators=(",", ":"), ensure_ascii=False) + "\n"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_account_data_files_are_owner_only(tmp_path: Path) -> None:
    from tradovate.cli_runtime import private_file

    fresh, old = tmp_path / "fresh.json", tmp_path / "old.json"
    old.write_text("x")
    old.chmod(0o644)
    for path in (fresh, old):
        with private_file(str(path)) as f:
            f.write("{}")
        assert mode_of(path) == 0o600 and path.read_text() == "{}"


def test_account_data_is_never_written_through_a_symbolic_link(tmp_path: Path) -> None:
    from tradovate.cli_runtime import private_file

    target, link = tmp_path / "target.txt", tmp_path / "link.json"
    target.write_text("someone else's")
    target.chmod(0o644)
    link.symlink_to(target)
    with pytest.raises(OSError):
        private_file(str(link))
    assert target.read_text() == "someone else's" and mode_of(target) == 0o644


def test_an_empty_cl_ord_id_is_a_usage_error_before_anything_is_sent(capsys: pytest.CaptureFixture[str]) -> None:
    for bad in ("", "  ", " id "):
        with pytest.raises(SystemExit) as exited:
            main(["resolve", bad, "--account", "DEMO20001"])
        assert exited.value.code == 2
    assert "clOrdId" in capsys.readouterr().err


# -- the console script itself ---------------------------------------------------------------

_INTERRUPT_DURING_IMPORT = """
import os, signal, sys

class Interrupt:  # Ctrl-C arrives while the command's modules are being imported
    def find_spec(self, name, path, target=None):
        if name == "tradovate.cli_market":
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = ["tradovate", "--help"]
from tradovate.cli_entry import main
main()
"""


def test_ctrl_c_while_the_command_is_still_importing_exits_130_without_a_traceback() -> None:
    done = subprocess.run([sys.executable, "-c", _INTERRUPT_DURING_IMPORT], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_a_closed_standard_output_ends_quietly_like_a_closed_pipe() -> None:
    code = "import sys; sys.argv = ['tradovate', 'call', '--help']; from tradovate.cli_entry import main; main()"
    done = subprocess.run([sys.executable, "-c", code], stdout=subprocess.DEVNULL, capture_output=False, timeout=60)
    assert done.returncode == 0
    closed = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -c "{code}" >&-'],
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
    )
    assert closed.returncode == 0, closed.stderr
    assert b"Traceback" not in closed.stderr and b"AttributeError" not in closed.stderr


def test_the_console_script_is_the_guarded_entry() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["tradovate"] == "tradovate.cli_entry:main"
