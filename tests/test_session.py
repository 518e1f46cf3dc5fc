"""The session against a real loopback server: login, renewal, token store, md token, secrets."""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import ssl
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tradovate.realtime.reconnect import Backoff
from tradovate.session import DEMO, LIVE, Credentials, Environment, Session
from tradovate.tokens import FileTokenStore, MemoryTokenStore, Token
from tradovate_api import errors
from tradovate_api._guards import GuardSettings

from loopback import Loopback, Recorded, Reply

PASSWORD = "canary-password-5b1e"
SECRET = "canary-sec-77c2"
CREDS = Credentials(name="jdoe", password=PASSWORD, app_id="bot", app_version="1.0", cid=8, sec=SECRET, device_id="d-1")
LOGIN = "/auth/accesstokenrequest"
RENEW = "/auth/renewaccesstoken"
NO_RETRIES = GuardSettings(read_retries=0)
TLS = ssl.create_default_context()  # made once: loading the trust store is most of a client's cost


def stamp(minutes: float) -> str:
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=minutes)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def token_body(access: str, minutes: float = 80, md: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"accessToken": access, "expirationTime": stamp(minutes), "userId": 15, "name": "jdoe"}
    if md is not None:
        body["mdAccessToken"] = md
    return body


def issue(*tokens: tuple[str, float]) -> Callable[[Recorded], Reply]:
    """Answers with these (token, minutes to expiry) in turn, expiry computed when asked."""
    it: Iterator[tuple[str, float]] = iter(tokens)

    def answer(_: Recorded) -> Reply:
        access, minutes = next(it)
        return Reply.json(token_body(access, minutes))

    return answer


def session(server: Loopback, **kwargs: Any) -> Session:
    kwargs.setdefault("auto_renew", False)
    kwargs.setdefault("guards", NO_RETRIES)
    kwargs.setdefault("ssl_context", TLS)
    credentials = kwargs.pop("credentials", CREDS)
    return Session(credentials, Environment.simulator(server.base_url), **kwargs)


def paths(server: Loopback, path: str) -> list[Recorded]:
    return [r for r in server.requests if r.path == path]


# -- login ------------------------------------------------------------------------------------


def test_login_gives_the_token_to_the_rest_client(server: Loopback) -> None:
    server.route("POST", LOGIN, Reply.json(token_body("tok-A")))
    server.route("GET", "/account/list", Reply.json([]))

    async def main() -> None:
        async with session(server) as s:
            assert await s.access_token() == "tok-A"
            assert s.rest.token == "tok-A"
            assert await s.rest.accounts.list() == []
            assert s.token is not None and s.token.user_id == 15

    asyncio.run(main())
    login = server.requests[0]
    assert login.json() == {
        "name": "jdoe",
        "password": PASSWORD,
        "appId": "bot",
        "appVersion": "1.0",
        "cid": "8",
        "sec": SECRET,
        "deviceId": "d-1",
    }
    assert "authorization" not in login.headers
    assert server.last.headers["authorization"] == "Bearer tok-A"


@pytest.mark.parametrize(
    "reply",
    [
        Reply.json({"errorText": "Incorrect username or password"}),
        Reply(401, b"Unauthorized", "text/plain"),
        Reply.json({"userStatus": "Active"}),
    ],
    ids=["refused-in-200", "401", "no-token"],
)
def test_a_refused_login_is_authentication_failed(server: Loopback, reply: Reply) -> None:
    server.route("POST", LOGIN, reply)
    s = session(server)

    async def main() -> None:
        with pytest.raises(errors.AuthenticationFailed) as caught:
            await s.start()
        assert s.token is None and s.rest.token is None
        assert PASSWORD not in str(caught.value) and SECRET not in repr(caught.value)
        await s.aclose()

    asyncio.run(main())


def test_without_credentials_or_token_nothing_is_sent(server: Loopback) -> None:
    async def main() -> None:
        s = session(server, credentials=None)
        with pytest.raises(errors.NotAuthenticated):
            await s.access_token()
        await s.aclose()

    asyncio.run(main())
    assert server.requests == []


# -- renewal ----------------------------------------------------------------------------------


def test_renewal_is_single_flight_under_twenty_callers(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 10)))  # due: within 15 minutes of expiry
    server.route("GET", RENEW, issue(("tok-B", 80), ("tok-C", 80)))

    async def main() -> list[str]:
        async with session(server) as s:
            return await asyncio.gather(*(s.access_token() for _ in range(20)))

    assert asyncio.run(main()) == ["tok-B"] * 20
    renewals = paths(server, RENEW)
    assert len(renewals) == 1
    assert renewals[0].headers["authorization"] == "Bearer tok-A"


def test_forced_renewals_are_shared_too(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80)))
    server.route("GET", RENEW, issue(("tok-B", 85), ("tok-C", 90)))

    async def main() -> None:
        async with session(server) as s:
            tokens = await asyncio.gather(*(s.renew() for _ in range(20)))
            assert {t.access_token for t in tokens} == {"tok-B"}
            assert await s.access_token() == "tok-B"

    asyncio.run(main())
    assert len(paths(server, RENEW)) == 1


def test_an_older_token_never_replaces_a_newer_one(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80)))
    server.route("GET", RENEW, issue(("tok-OLD", 70)))
    store = MemoryTokenStore()
    seen: list[Token] = []

    async def main() -> None:
        async with session(server, token_store=store) as s:
            s.add_token_listener(seen.append)
            assert (await s.renew()).access_token == "tok-A"
            assert await s.access_token() == "tok-A"
            assert s.rest.token == "tok-A"

    asyncio.run(main())
    assert seen == []
    stored = store.load("jdoe@" + Environment.simulator(server.base_url).rest_url)
    assert stored is not None and stored.access_token == "tok-A"


def test_a_refused_renewal_logs_in_again(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 10), ("tok-B", 80)))
    server.route("GET", RENEW, Reply(401, b"Expired Access Token", "text/plain"))

    async def main() -> None:
        async with session(server) as s:
            assert await s.access_token() == "tok-B"

    asyncio.run(main())
    assert len(paths(server, LOGIN)) == 2 and len(paths(server, RENEW)) == 1


def test_a_failed_renewal_keeps_the_still_valid_token(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 10)))
    server.route("GET", RENEW, Reply(503, b"", "text/plain"))

    async def main() -> None:
        async with session(server) as s:
            assert await s.access_token() == "tok-A"
            assert await s.access_token() == "tok-A"  # not asked again at once

    asyncio.run(main())
    assert len(paths(server, RENEW)) == 1 and len(paths(server, LOGIN)) == 1


def test_the_background_task_renews_before_expiry_and_listeners_hear_it(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 1.0)))  # renewal due in 0.2 s
    server.route("GET", RENEW, issue(("tok-B", 80)))

    async def main() -> None:
        renewed = asyncio.Event()
        seen: list[str] = []

        def listener(token: Token) -> None:
            seen.append(token.access_token)
            renewed.set()

        async with session(server, auto_renew=True, renew_before=59.8) as s:
            s.add_token_listener(listener)
            await asyncio.wait_for(renewed.wait(), timeout=10)
            assert s.rest.token == "tok-B"
        assert seen == ["tok-B"]

    asyncio.run(main())


def test_an_invalidated_token_leads_to_a_new_login(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-B", 80)))

    async def main() -> None:
        async with session(server) as s:
            s.invalidate("some-older-token")  # not the current one: ignored
            assert await s.access_token() == "tok-A"
            s.invalidate("tok-A")
            assert s.rest.token is None
            assert await s.access_token() == "tok-B"

    asyncio.run(main())
    assert len(paths(server, LOGIN)) == 2


def test_the_md_token_refused_by_a_socket_is_dropped_too(server: Loopback) -> None:
    server.route("POST", LOGIN, lambda _: Reply.json(token_body(f"tok-{len(paths(server, LOGIN))}", md="md-1")))

    async def main() -> None:
        async with session(server) as s:
            assert await s.md_access_token() == "md-1"
            s.invalidate("md-1")
            assert s.token is None
            assert await s.access_token() == "tok-2"

    asyncio.run(main())


# -- a 401 from the REST client (the token revoked server-side) -------------------------------


def revocable(server: Loopback, valid: set[str], path: str = "/account/list", body: Any = ()) -> None:
    """``path`` answers 401 unless the request carries one of ``valid`` (changed by the test)."""

    def answer(recorded: Recorded) -> Reply:
        if recorded.headers.get("authorization", "").removeprefix("Bearer ") in valid:
            return Reply.json(list(body) if isinstance(body, tuple) else body)
        return Reply(401, b'"Unauthorized"')

    server.route("GET" if path == "/account/list" else "POST", path, answer)


def test_a_read_refused_with_401_logs_in_once_and_is_sent_once_more(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-B", 80), ("tok-C", 80)))
    valid = {"tok-A"}
    revocable(server, valid)

    async def main() -> None:
        async with session(server) as s:
            assert await s.rest.accounts.list() == []
            valid.clear()
            valid.add("tok-B")  # tok-A revoked server-side
            answers = await asyncio.gather(*(s.rest.accounts.list() for _ in range(5)))
            assert answers == [[]] * 5
            assert s.token is not None and s.token.access_token == "tok-B"

    asyncio.run(main())
    assert len(paths(server, LOGIN)) == 2  # one for the five refused reads
    sent = [r.headers["authorization"] for r in paths(server, "/account/list")]
    # Reads that left before the new login were refused (at least the first) and each was sent
    # once more; reads that left after it went out with tok-B at once. Five answers with tok-B.
    refused = sent.count("Bearer tok-A") - 1
    assert sent[0] == "Bearer tok-A" and 1 <= refused <= 5
    assert sent.count("Bearer tok-B") == 5 and len(sent) == 1 + refused + 5


def test_a_read_refused_again_after_the_new_login_is_not_retried_again(server: Loopback) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-B", 80), ("tok-C", 80)))
    revocable(server, set())

    async def main() -> None:
        async with session(server) as s:
            with pytest.raises(errors.Unauthorized):
                await s.rest.accounts.list()

    asyncio.run(main())
    assert len(paths(server, LOGIN)) == 2 and len(paths(server, "/account/list")) == 2


def test_a_state_changing_call_refused_with_401_is_never_resent(server: Loopback) -> None:
    from tradovate_api.models import CancelOrder

    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-B", 80)))
    valid: set[str] = set()
    revocable(server, valid, "/order/cancelorder", {"commandId": 5})

    async def main() -> None:
        async with session(server) as s:
            with pytest.raises(errors.Unauthorized):
                await s.rest.orders.cancel(CancelOrder(order_id=1))
            assert len(paths(server, "/order/cancelorder")) == 1 and s.token is None
            assert len(paths(server, LOGIN)) == 1  # the login waits for the next call
            valid.add("tok-B")
            assert (await s.rest.orders.cancel(CancelOrder(order_id=1))).command_id == 5

    asyncio.run(main())
    assert len(paths(server, LOGIN)) == 2
    sent = [r.headers["authorization"] for r in paths(server, "/order/cancelorder")]
    assert sent == ["Bearer tok-A", "Bearer tok-B"]


def test_a_refused_login_or_renewal_is_not_taken_for_a_revoked_token(server: Loopback) -> None:
    server.route("POST", LOGIN, Reply(401, b'"Unauthorized"'))

    async def main() -> None:
        async with session(server):
            pass

    with pytest.raises(errors.AuthenticationFailed):
        asyncio.run(main())
    assert len(paths(server, LOGIN)) == 1


# -- md token, me, OAuth ----------------------------------------------------------------------


@pytest.mark.parametrize(("md", "expected"), [("md-tok", "md-tok"), (None, "tok-A")])
def test_the_md_token_falls_back_to_the_access_token(server: Loopback, md: str | None, expected: str) -> None:
    server.route("POST", LOGIN, Reply.json(token_body("tok-A", md=md)))

    async def main() -> None:
        async with session(server) as s:
            assert await s.md_access_token() == expected

    asyncio.run(main())


def test_me_uses_the_current_token(server: Loopback) -> None:
    server.route("POST", LOGIN, Reply.json(token_body("tok-A")))
    server.route("GET", "/auth/me", Reply.json({"userId": 15, "name": "jdoe", "fullName": "J Doe"}))

    async def main() -> None:
        async with session(server) as s:
            assert (await s.me()).full_name == "J Doe"

    asyncio.run(main())
    assert server.last.headers["authorization"] == "Bearer tok-A"


def test_the_oauth_code_exchange(server: Loopback) -> None:
    server.route("POST", "/auth/oauthtoken", Reply.json({"access_token": "oa-tok", "expires_in": 4800}))

    async def main() -> None:
        s = session(server, credentials=None)
        token = await s.oauth_exchange("the-code", client_id="cid", client_secret=SECRET, redirect_uri="https://x/cb")
        assert await s.access_token() == "oa-tok" == token.access_token
        assert 4700 < token.seconds_left(datetime.datetime.now(datetime.UTC).timestamp()) <= 4800
        await s.aclose()

    asyncio.run(main())
    sent = server.last.json()
    assert sent["grant_type"] == "authorization_code" and sent["code"] == "the-code"
    assert "authorization" not in server.last.headers


def test_a_refused_oauth_exchange_is_authentication_failed(server: Loopback) -> None:
    server.route("POST", "/auth/oauthtoken", Reply.json({"error": "invalid_grant", "error_description": "bad code"}))

    async def main() -> None:
        s = session(server, credentials=None)
        with pytest.raises(errors.AuthenticationFailed) as caught:
            await s.oauth_exchange("c", client_id="cid", client_secret=SECRET, redirect_uri="https://x/cb")
        assert caught.value.reason == "invalid_grant" and s.token is None
        await s.aclose()

    asyncio.run(main())


# -- token store ------------------------------------------------------------------------------


def test_a_restarted_service_reuses_the_stored_token(server: Loopback, tmp_path: Path) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-X", 80)))
    directory = tmp_path / "tokens"
    store = FileTokenStore(directory)

    async def run_once() -> str:
        async with session(server, token_store=store) as s:
            return await s.access_token()

    assert asyncio.run(run_once()) == "tok-A"
    assert asyncio.run(run_once()) == "tok-A"
    assert len(paths(server, LOGIN)) == 1
    (file,) = directory.iterdir()
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(directory.stat().st_mode) & 0o077 == 0
    assert "jdoe" not in file.name


def test_a_stored_token_due_for_renewal_is_renewed_not_replaced_by_a_login(server: Loopback) -> None:
    store = MemoryTokenStore()
    key = "jdoe@" + Environment.simulator(server.base_url).rest_url
    store.save(key, Token("tok-stored", datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=5)))
    server.route("GET", RENEW, issue(("tok-B", 80)))

    async def main() -> None:
        async with session(server, token_store=store) as s:
            assert await s.access_token() == "tok-B"

    asyncio.run(main())
    assert paths(server, LOGIN) == [] and paths(server, RENEW)[0].headers["authorization"] == "Bearer tok-stored"
    stored = store.load(key)
    assert stored is not None and stored.access_token == "tok-B"


def test_expired_or_exposed_stored_tokens_are_not_used(server: Loopback, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    key = "jdoe@" + Environment.simulator(server.base_url).rest_url
    past = datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=1)
    store.save(key, Token("tok-expired", past))
    server.route("POST", LOGIN, issue(("tok-A", 80), ("tok-B", 80)))

    async def run_once() -> str:
        async with session(server, token_store=store) as s:
            return await s.access_token()

    assert asyncio.run(run_once()) == "tok-A"
    os.chmod(store.path(key), 0o644)  # readable by others: ignored
    assert store.load(key) is None
    assert asyncio.run(run_once()) == "tok-B"
    assert stat.S_IMODE(store.path(key).stat().st_mode) == 0o600  # written anew, owner-only


def test_logout_forgets_the_stored_token(server: Loopback, tmp_path: Path) -> None:
    server.route("POST", LOGIN, issue(("tok-A", 80)))
    store = FileTokenStore(tmp_path)

    async def main() -> None:
        s = await session(server, token_store=store).start()
        await s.logout()
        assert s.token is None and s.rest.token is None

    asyncio.run(main())
    assert list(tmp_path.iterdir()) == []


def test_tokens_round_trip_through_json() -> None:
    token = Token("a", datetime.datetime(2026, 11, 26, 14, 0), md_access_token="m", user_id=3, name="n")
    assert Token.from_json(token.to_json()) == token
    assert token.expiration.tzinfo is datetime.UTC
    bads: list[object] = [None, [], {"accessToken": ""}, {"accessToken": "a", "expirationTime": "soon"}]
    for bad in bads:
        assert Token.from_json(bad) is None
    with pytest.raises(errors.InvalidRequest):
        Token("a", "2026-11-26T14:00:00Z")  # type: ignore[arg-type]


# -- environments and secrets -----------------------------------------------------------------


def test_environments() -> None:
    assert DEMO.rest_url == "https://demo.tradovateapi.com/v1" and LIVE.ws_url.startswith("wss://live.")
    sim = Environment.simulator("http://127.0.0.1:8000/v1", md_base_url="http://127.0.0.1:8001")
    assert (sim.rest_url, sim.ws_url) == ("http://127.0.0.1:8000/v1", "ws://127.0.0.1:8000/v1/websocket")
    assert (sim.md_url, sim.replay_url) == (
        "ws://127.0.0.1:8001/v1/websocket",
        "ws://127.0.0.1:8001/replay/v1/websocket",
    )
    assert Environment.simulator("http://127.0.0.1:8000", "ws://127.0.0.1:8001/v1/websocket/") == sim
    with pytest.raises(errors.InsecureConfiguration):
        Environment("https://x.example/v1", "ws://x.example/v1/websocket", DEMO.md_url, DEMO.replay_url)
    with pytest.raises(errors.InsecureConfiguration):
        Session(CREDS, Environment("http://x.example/v1", DEMO.ws_url, DEMO.md_url, DEMO.replay_url))


def test_the_canary_token_appears_in_no_log_repr_or_error(server: Loopback, caplog: pytest.LogCaptureFixture) -> None:
    canary = "canary-token-3f9a0c"
    renewed = "canary-renewed-8d2e"
    md = "canary-md-41aa"
    secrets = (canary, renewed, md, PASSWORD, SECRET)
    server.route("POST", LOGIN, Reply.json(token_body(canary, minutes=10, md=md)))
    server.route("GET", RENEW, Reply.json(token_body(renewed)))
    server.route("GET", "/auth/me", Reply.json({"errorText": "Access is denied"}))
    texts: list[str] = []

    async def main() -> None:
        s = session(server, guards=GuardSettings(read_retries=1))
        texts.append(repr(s))
        await s.start()
        assert await s.access_token() == renewed
        texts.extend([repr(s), str(s.token), repr(s.token), repr(CREDS), str(CREDS), repr(s.rest), repr(s.guards)])
        try:
            await s.me()
        except errors.TradovateError as exc:
            texts.extend([str(exc), repr(exc)])
        server.route("POST", LOGIN, Reply.json({"errorText": "Incorrect username or password"}))
        s.invalidate(renewed)
        try:
            await s.access_token()
        except errors.AuthenticationFailed as exc:
            texts.extend([str(exc), repr(exc)])
        await s.logout()

    with caplog.at_level(logging.DEBUG):
        asyncio.run(main())
    texts.extend(record.getMessage() for record in caplog.records)
    texts.append(caplog.text)
    assert any("logged in" in t for t in texts) and any("renewed" in t for t in texts)
    assert any("Access is denied" in t for t in texts)  # the errors were captured
    assert {"tradovate_api.http", "tradovate.session"} <= {r.name for r in caplog.records}  # DEBUG lines too
    assert [t for t in texts for secret in secrets if secret in t] == []


def test_against_the_simulator() -> None:
    pytest.importorskip("aiohttp")
    from tradovate.sim.server import Simulator

    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            assert (environment.ws_url, environment.md_url) == (sim.ws_url, sim.md_url)
            async with Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as s:
                first = await s.access_token()
                renewed = await s.renew()
                assert renewed.access_token != first and await s.access_token() == renewed.access_token
                assert (await s.me()).name == "demo"
                assert await s.md_access_token()
            wrong = Session(Credentials(name="demo", password="wrong"), environment, auto_renew=False)
            with pytest.raises(errors.AuthenticationFailed):
                await wrong.start()
            await wrong.aclose()

    asyncio.run(main())


def test_the_sockets_of_a_session_share_one_reconnect_backoff_per_url() -> None:
    backoff = Backoff(initial=1.0, jitter=0.0)
    session = Session(Credentials(name="u", password="p"), DEMO, reconnect_backoff=backoff)
    user = session.reconnect_delays(DEMO.ws_url)
    assert session.reconnect_delays(DEMO.ws_url) is user and user.backoff is backoff
    assert session.reconnect_delays(DEMO.md_url) is not user  # another server counts its own
    # shared: the second socket's attempt waits its delay after the first one's
    assert [user.next(now=0.0), user.next(now=0.0), user.next(now=0.0)] == [1.0, 3.0, 7.0]
    with pytest.raises(errors.InvalidRequest):
        Session(Credentials(name="u", password="p"), DEMO, reconnect_backoff=30.0)  # type: ignore[arg-type]


def test_market_data_clients_of_a_session_share_its_reconnect_delays() -> None:
    from tradovate.marketdata import MarketDataClient

    session = Session(Credentials(name="u", password="p"), DEMO)
    first, second = MarketDataClient.from_session(session), MarketDataClient.from_session(session)
    shared = session.reconnect_delays(DEMO.md_url)
    assert first.socket.connection.delays is shared and second.socket.connection.delays is shared
    own = MarketDataClient.from_session(session, backoff=Backoff(initial=2.0))  # given: its own
    assert own.socket.connection.delays is None and own.socket.connection.backoff.initial == 2.0
