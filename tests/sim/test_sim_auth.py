"""Logins and tokens against the simulator, with our own client."""

from __future__ import annotations

import asyncio
import datetime
import json
import urllib.parse
from collections.abc import Iterator

import httpx
import pytest
from simsocket import UserSocket, running_simulator

from tradovate.sim import DEMO_PASSWORD, DEMO_USER, SimulatorThread
from tradovate_api import Tradovate, drift, errors
from tradovate_api._operations import OPERATIONS
from tradovate_api.models import OAuthToken


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    yield from running_simulator()


def test_the_demo_login_works_with_no_configuration(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as tv, drift.strict():
        answer = tv.login(name=DEMO_USER, password=DEMO_PASSWORD)
        assert answer.user_id == 1001 and answer.name == "demo"
        assert isinstance(answer.access_token, str) and isinstance(answer.md_access_token, str)
        assert isinstance(answer.expiration_time, datetime.datetime)
        left = answer.expiration_time - datetime.datetime.now(datetime.UTC)
        assert datetime.timedelta(minutes=79) < left <= datetime.timedelta(minutes=80)
        me = tv.auth.me()
        assert (me.user_id, me.name, me.email) == (1001, "demo", "demo@example.com")
        assert [a.name for a in tv.accounts.list()] == ["DEMO20001", "DEMO20002"]


def test_each_user_sees_only_their_accounts(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as tv:
        tv.login(name="alice", password="alice-pass")
        assert [a.name for a in tv.accounts.list()] == ["DEMO20003"]


def test_invalid_credentials_answer_200_with_error_text_by_default(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as tv:
        with pytest.raises(errors.AuthenticationFailed) as refused:
            tv.login(name="demo", password="wrong")
        assert "Incorrect username or password" in str(refused.value)
        tv.login(name="demo", password="demo")  # a success resets the failure count


def test_invalid_credentials_can_answer_401() -> None:
    with SimulatorThread(invalid_login="401") as sim, Tradovate(sim.rest_url) as tv, pytest.raises(errors.Unauthorized):
        tv.login(name="demo", password="wrong")


def test_repeated_failures_earn_a_penalty_ticket_that_a_retry_redeems() -> None:
    scenario = {"auth": {"login_failures_before_penalty": 2, "penalty_seconds": 0}}
    with SimulatorThread(scenario=scenario) as sim:
        url = sim.rest_url + "/auth/accesstokenrequest"
        for _ in range(2):
            refused = httpx.post(url, json={"name": "demo", "password": "wrong"})
            assert refused.status_code == 200 and "errorText" in refused.json()
        penalty = httpx.post(url, json={"name": "demo", "password": "demo"}).json()
        assert set(penalty) == {"p-ticket", "p-time"} and penalty["p-time"] == 0
        with drift.strict(), pytest.raises(errors.PenaltyTicket):
            OPERATIONS["accessTokenRequest"].parse(json.dumps(penalty).encode())
        # the retry resends the body plus the ticket, as the official clients do
        retry = httpx.post(url, json={"name": "demo", "password": "demo", "p-ticket": penalty["p-ticket"]})
        assert retry.status_code == 200 and "accessToken" in retry.json()
        reused = httpx.post(url, json={"name": "demo", "password": "demo", "p-ticket": penalty["p-ticket"]})
        assert "p-ticket" in reused.json()  # a ticket is good once


def test_expired_tokens_are_refused_and_cannot_be_renewed() -> None:
    with SimulatorThread(token_lifetime=0.0) as sim, Tradovate(sim.rest_url) as tv:
        tv.login(name="demo", password="demo")
        with pytest.raises(errors.Unauthorized):
            tv.accounts.list()
        with pytest.raises(errors.Unauthorized):
            tv.renew()


def test_requests_without_a_token_are_unauthorized(sim: SimulatorThread) -> None:
    assert httpx.get(sim.rest_url + "/account/list").status_code == 401
    bad = httpx.get(sim.rest_url + "/account/list", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_oauth_code_exchange(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as tv:
        page = httpx.get(
            sim.rest_url.removesuffix("/v1") + "/oauth",
            params={"response_type": "code", "client_id": "app", "redirect_uri": "http://127.0.0.1:9/cb"},
        )
        assert page.status_code == 302
        code = urllib.parse.parse_qs(urllib.parse.urlsplit(page.headers["location"]).query)["code"][0]
        for given in (code, "demo-code"):
            answer = tv.auth.oauth_token(OAuthToken(grant_type="authorization_code", code=given, client_id="app"))
            assert isinstance(answer.access_token, str) and answer.expires_in == 80 * 60
            tv.token = answer.access_token
            assert tv.auth.me().name == "demo"
        with pytest.raises(errors.AuthenticationFailed):  # codes are single-use
            tv.auth.oauth_token(OAuthToken(grant_type="authorization_code", code=code))
        assert isinstance(answer.refresh_token, str)
        refreshed = tv.auth.oauth_token(OAuthToken(grant_type="refresh_token", refresh_token=answer.refresh_token))
        assert isinstance(refreshed.access_token, str)


def test_the_md_token_authorizes_the_sockets(sim: SimulatorThread) -> None:
    with Tradovate(sim.rest_url) as tv:
        answer = tv.login(name="demo", password="demo")
    assert isinstance(answer.md_access_token, str)
    token = answer.md_access_token

    async def main() -> None:
        for url in (sim.ws_url, sim.md_url):
            sock = await UserSocket.open(url)
            ok = await sock.request("authorize", raw_body=token)
            bad = await sock.request("authorize", raw_body="nope")
            await sock.close()
            assert ok["s"] == 200
            assert (bad["s"], bad["d"]) == (401, "Invalid access token")

    asyncio.run(main())


def test_a_login_past_the_session_limit_revokes_the_oldest_session() -> None:
    with SimulatorThread(scenario={"auth": {"max_sessions": 2}}) as sim:
        clients = [Tradovate(sim.rest_url) for _ in range(3)]
        try:
            for client in clients[:2]:
                client.login(name="demo", password="demo")
            clients[0].renew()  # a renewal keeps its session
            clients[2].login(name="demo", password="demo")
            with pytest.raises(errors.Unauthorized):
                clients[0].accounts.list()
            assert clients[1].accounts.list() and clients[2].accounts.list()
        finally:
            for client in clients:
                client.close()


def test_endpoint_rate_limits_answer_penalty_tickets_when_enabled() -> None:
    scenario = {"limits": {"enabled": True, "backoff_scale": 0.0}, "auth": {"login_failures_before_penalty": 100}}
    with SimulatorThread(scenario=scenario) as sim:
        url = sim.rest_url + "/auth/accesstokenrequest"
        for _ in range(5):  # accesstokenrequest: 5 refused requests an hour (successes do not count)
            assert "errorText" in httpx.post(url, json={"name": "demo", "password": "bad"}).json()
        penalty = httpx.post(url, json={"name": "demo", "password": "demo"}).json()
        assert "accessToken" not in penalty
        assert penalty["p-time"] == 0
        ticket = {"name": "demo", "password": "demo", "p-ticket": penalty["p-ticket"]}
        assert "accessToken" in httpx.post(url, json=ticket).json()


def test_a_scenario_can_bring_its_own_organisation() -> None:
    organization = {
        "users": [
            {
                "id": 7,
                "name": "bot",
                "password": "s3cret",
                "accounts": [{"id": 70, "name": "SIM70", "balance": 1000, "positionLimit": 1, "maxOrderQty": 1}],
            }
        ],
        "prices": {"ES": 6000.0},
    }
    with SimulatorThread(scenario={"organization": organization}) as sim, Tradovate(sim.rest_url) as tv:
        with pytest.raises(errors.AuthenticationFailed):
            tv.login(name="demo", password="demo")
        tv.login(name="bot", password="s3cret")
        assert [(a.id, a.name) for a in tv.accounts.list()] == [(70, "SIM70")]
        contract = tv.contracts.find("ESZ6")
        assert sim.call(lambda: sim.market.book(contract.id).best_bid) == 6000.0
        limits = tv.user_account_position_limits.deps(70)
        assert [(p.long_limit, p.short_limit) for p in limits] == [(1, 1)]
    with pytest.raises(ValueError):
        SimulatorThread(scenario={"organization": {"prices": {"XX": 1.0}}})
