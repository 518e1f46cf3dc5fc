"""The token store heals itself and reads hostile content without trust (issue 14, items 1 and 3).

- damaged, foreign or hostile store content (deep nesting, an expiry out of range, a directory
  or a FIFO in the file's place, CRLF in the token, symlinks, other owners, loose permissions,
  oversized files) is ignored with a warning: never an untyped exception, never a hang;
- a token refused anywhere (REST 401, renewal refused, a socket's authorize) is dropped from the
  store too, and the session logs in once;
- a program whose first step is a socket recovers from a stored token the server no longer
  knows (the simulator; a stale token, as after a server restart).
"""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import os
import stat
import threading
from pathlib import Path
from typing import Any

import pytest

from tradovate.session import Credentials, Environment, Session
from tradovate.tokens import FileTokenStore, MemoryTokenStore, Token, header_safe, store_key
from tradovate_api import errors
from tradovate_api._guards import GuardSettings

from loopback import Loopback, Recorded, Reply

KEY = "jdoe@http://127.0.0.1/v1"
LOGIN = "/auth/accesstokenrequest"
RENEW = "/auth/renewaccesstoken"
CREDS = Credentials(name="jdoe", password="pw", app_id="bot", cid=8, sec="s")
LATER = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)


def good_file(token: str = "tok-A") -> dict[str, Any]:
    return {"key": KEY, "token": Token(token, LATER, user_id=1).to_json()}


def write(path: Path, content: bytes | str, mode: int = 0o600) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    os.chmod(path, mode)


def load_within(store: FileTokenStore, seconds: float = 5.0) -> Token | None:
    """``store.load(KEY)`` in a thread: a hang fails the test instead of stalling the suite."""
    outcome: list[Any] = []
    thread = threading.Thread(target=lambda: outcome.append(_attempt(store)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, "load() hung"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]  # type: ignore[no-any-return]


def _attempt(store: FileTokenStore) -> Any:
    try:
        return store.load(KEY)
    except BaseException as exc:
        return exc


def damage(case: str, path: Path, tmp: Path) -> None:
    """Put the damaged or hostile content ``case`` in the store file's place."""
    token = good_file()["token"]

    def with_token(**changes: Any) -> None:
        write(path, json.dumps({"key": KEY, "token": {**token, **changes}}))

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if case == "deep-nesting":
        write(path, "[" * 30_000)
    elif case == "deep-nesting-in-token":
        write(path, json.dumps({"key": KEY, "token": 1})[:-2] + "[" * 20_000)
    elif case == "expiry-past-year-9999":
        with_token(expirationTime="9999-12-31T23:59:59-23:59")
    elif case == "expiry-before-year-1":
        with_token(expirationTime="0001-01-01T00:00:00+23:59")
    elif case == "expiry-not-text":
        with_token(expirationTime=10**400)
    elif case == "directory":
        path.mkdir()
    elif case == "fifo":
        os.mkfifo(path, 0o600)
    elif case == "crlf-token":
        with_token(accessToken="a\r\nX-Evil: 1")
    elif case == "space-token":
        with_token(accessToken="a b")
    elif case == "non-ascii-token":
        with_token(accessToken="tök")
    elif case == "huge-token":
        with_token(accessToken="a" * 9000)
    elif case == "symlink":
        write(tmp / "elsewhere.json", json.dumps(good_file()))
        path.symlink_to(tmp / "elsewhere.json")
    elif case == "readable-by-others":
        write(path, json.dumps(good_file()), 0o644)
    elif case == "other-owner":
        write(path, json.dumps(good_file()))
        os.chown(path, os.getuid() + 4242, -1)
    elif case == "oversized":
        write(path, json.dumps(good_file()) + " " * 100_000)
    elif case == "not-utf8":
        write(path, b"\xff\xfe\x00garbage")
    elif case == "wrong-key":
        write(path, json.dumps({**good_file(), "key": "someone@else"}))
    elif case == "wrong-types":
        with_token(userId=[1], name={})
    else:
        raise AssertionError(case)


CASES = [
    "crlf-token",
    "deep-nesting",
    "deep-nesting-in-token",
    "directory",
    "expiry-before-year-1",
    "expiry-not-text",
    "expiry-past-year-9999",
    "fifo",
    "huge-token",
    "non-ascii-token",
    "not-utf8",
    "other-owner",
    "oversized",
    "readable-by-others",
    "space-token",
    "symlink",
    "wrong-key",
    "wrong-types",
]


@pytest.mark.parametrize("case", CASES)
def test_damaged_or_hostile_store_content_is_ignored_with_a_warning(
    case: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = FileTokenStore(tmp_path / "tokens")
    path = store.path(KEY)
    if case == "other-owner" and os.getuid() != 0:
        pytest.skip("needs root to give a file to another user")
    damage(case, path, tmp_path)
    caplog.set_level(logging.WARNING, logger="tradovate.tokens")
    loaded = load_within(store)
    if case == "wrong-types":  # a usable token, the odd fields dropped
        assert loaded is not None and loaded.user_id is None and loaded.name is None
        return
    assert loaded is None
    assert any(r.name == "tradovate.tokens" and r.levelno == logging.WARNING for r in caplog.records)


@pytest.mark.parametrize("case", CASES)
def test_a_session_over_a_damaged_store_logs_in_and_works(case: str, tmp_path: Path, server: Loopback) -> None:
    if case == "other-owner" and os.getuid() != 0:
        pytest.skip("needs root to give a file to another user")
    environment = Environment.simulator(server.base_url)
    key = store_key("jdoe", environment.rest_url)
    store = FileTokenStore(tmp_path / "tokens")
    path = store.path(key)
    damage(case, path, tmp_path)
    if case not in ("directory", "fifo", "symlink", "other-owner"):
        text = path.read_bytes().replace(KEY.encode(), key.encode())
        write(path, text, stat.S_IMODE(path.stat().st_mode))
    server.route("POST", LOGIN, Reply.json({"accessToken": "tok-new", "expirationTime": "2099-01-01T00:00:00Z"}))
    server.route("GET", "/account/list", Reply.json([]))

    async def main() -> None:
        async with Session(CREDS, environment, token_store=store, auto_renew=False) as s:
            assert await s.rest.accounts.list() == []

    asyncio.run(main())
    sent = [r.headers.get("authorization") for r in server.requests if r.path == "/account/list"]
    if case == "wrong-types":  # that token was usable: no login
        assert sent == ["Bearer tok-A"]
    else:
        assert sent == ["Bearer tok-new"] and len([r for r in server.requests if r.path == LOGIN]) == 1


def test_tokens_must_be_header_safe() -> None:
    for bad in ("", "a\r\nb", "a b", "tök", "a\x00", "a" * 9000):
        assert not header_safe(bad)
        with pytest.raises(errors.InvalidRequest):
            Token(bad, LATER)
        with pytest.raises(errors.InvalidRequest):
            Token("ok", LATER, md_access_token=bad)
    assert header_safe("eyJhbGciOi.J-_IUzI1NiJ9~+/=")
    with pytest.raises(errors.InvalidRequest, match="expiration"):
        Token("ok", datetime.datetime(9999, 12, 31, 23, 59, tzinfo=datetime.timezone(-datetime.timedelta(hours=23))))


def test_a_login_answer_with_an_unsafe_token_is_refused(server: Loopback) -> None:
    server.route("POST", LOGIN, Reply.json({"accessToken": "a\r\nb", "expirationTime": "2099-01-01T00:00:00Z"}))

    async def main() -> None:
        s = Session(CREDS, Environment.simulator(server.base_url), auto_renew=False)
        with pytest.raises(errors.AuthenticationFailed, match="header"):
            await s.start()
        await s.aclose()

    asyncio.run(main())


# -- refused tokens leave the store ----------------------------------------------------------


def stored_session(server: Loopback, store: Any, token: str = "tok-stale", **kwargs: Any) -> Session:
    environment = Environment.simulator(server.base_url)
    store.save(store_key("jdoe", environment.rest_url), Token(token, LATER, user_id=1))
    kwargs.setdefault("guards", GuardSettings(read_retries=0))
    return Session(CREDS, environment, token_store=store, auto_renew=False, **kwargs)


def test_a_token_refused_by_rest_leaves_the_store_and_one_login_serves_all(server: Loopback) -> None:
    store = MemoryTokenStore()
    logins: list[Recorded] = []

    def login(request: Recorded) -> Reply:
        logins.append(request)
        return Reply.json({"accessToken": "tok-new", "expirationTime": "2099-01-01T00:00:00Z"})

    def accounts(request: Recorded) -> Reply:
        ok = request.headers.get("authorization") == "Bearer tok-new"
        return Reply.json([]) if ok else Reply(401, b"Invalid access token", "text/plain")

    server.route("POST", LOGIN, login)
    server.route("GET", "/account/list", accounts)

    async def main() -> None:
        async with stored_session(server, store) as s:
            results = await asyncio.gather(*(s.rest.accounts.list() for _ in range(8)))
            assert results == [[]] * 8

    asyncio.run(main())
    assert len(logins) == 1
    stored = store.load(store_key("jdoe", Environment.simulator(server.base_url).rest_url))
    assert stored is not None and stored.access_token == "tok-new"


def test_a_refused_renewal_clears_the_store_even_when_the_login_fails(server: Loopback, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    environment = Environment.simulator(server.base_url)
    key = store_key("jdoe", environment.rest_url)
    store.save(key, Token("tok-due", datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)))
    server.route("GET", RENEW, Reply(401, b"Expired Access Token", "text/plain"))
    server.route("POST", LOGIN, Reply.json({"errorText": "Incorrect username or password"}))

    async def main() -> None:
        s = Session(CREDS, environment, token_store=store, auto_renew=False)
        with pytest.raises(errors.AuthenticationFailed, match="Incorrect username or password"):
            await s.start()
        await s.aclose()

    asyncio.run(main())
    assert store.load(key) is None and list(tmp_path.iterdir()) == []


def test_invalidate_keeps_a_newer_token_another_process_stored(server: Loopback) -> None:
    store = MemoryTokenStore()

    async def main() -> None:
        async with stored_session(server, store) as s:
            key = store_key("jdoe", s.environment.rest_url)
            store.save(key, Token("tok-other-process", LATER))
            s.invalidate("tok-stale")
            stored = store.load(key)
            assert stored is not None and stored.access_token == "tok-other-process"
            assert s.token is None

    asyncio.run(main())


def test_a_401_login_keeps_the_servers_words(server: Loopback) -> None:
    server.route("POST", LOGIN, Reply(401, b"Incorrect username or password", "text/plain"))

    async def main() -> None:
        s = Session(CREDS, Environment.simulator(server.base_url), auto_renew=False)
        with pytest.raises(errors.AuthenticationFailed) as caught:
            await s.start()
        assert caught.value.text == "Incorrect username or password"
        await s.aclose()

    asyncio.run(main())


# -- a socket first, on the simulator ----------------------------------------------------------


def test_a_program_whose_first_step_is_a_socket_recovers_from_a_stale_stored_token(tmp_path: Path) -> None:
    pytest.importorskip("aiohttp")
    from tradovate.realtime.account import AccountSession
    from tradovate.sim import Simulator

    store = FileTokenStore(tmp_path / "tokens")

    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            key = store_key("demo", environment.rest_url)
            store.save(key, Token("unknown-after-a-restart", LATER, user_id=1001))
            tokens: list[Token] = []
            async with Session(Credentials(name="demo", password="demo"), environment, token_store=store) as session:
                session.add_token_listener(tokens.append)
                async with AccountSession(session) as first, AccountSession(session) as second:
                    await first.wait_ready(10)
                    await second.wait_ready(10)
                    assert sorted(a.name for a in first.mirror.all("account")) == ["DEMO20001", "DEMO20002"]
            assert len(tokens) == 1  # one login, shared by both sockets
            stored = store.load(key)
            assert stored is not None and stored.access_token == tokens[0].access_token

    asyncio.run(main())


def test_a_socket_with_wrong_credentials_still_fails_fast(tmp_path: Path) -> None:
    pytest.importorskip("aiohttp")
    from tradovate.realtime.account import AccountSession
    from tradovate.sim import Simulator

    store = FileTokenStore(tmp_path / "tokens")

    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            store.save(store_key("demo", environment.rest_url), Token("unknown", LATER))
            session = await Session(Credentials(name="demo", password="wrong"), environment, token_store=store).start()
            with pytest.raises(errors.AuthenticationFailed):
                async with AccountSession(session):
                    pass
            await session.aclose()

    asyncio.run(main())
