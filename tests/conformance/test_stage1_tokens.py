"""Partner conformance, stage 1 (authentication): our session against the simulator.

One test per criterion of the stage: the access token request (a token, an expiration in the
future; invalid credentials typed, in both forms the server may answer them), the renewal (a
different token, a later expiry; an expired token refused with 401, typed), rate limiting (429
typed, the breaker fails fast), and session management (a stored token is reused instead of a
new login). The stage's response-time criteria (< 2 s, < 1 s) are not asserted: timings belong to
the benchmarks, not to tests.
"""

from __future__ import annotations

import asyncio
import datetime
import time

import pytest
from conformance_support import DEMO, environment, session_on

from tradovate.session import Credentials, MemoryTokenStore, Session, Token
from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate, errors
from tradovate_api._guards import GuardSettings


def logins(sim: Simulator) -> int:
    """Login sessions the simulator opened (a renewal keeps its session)."""
    return len({s.number for s in sim.auth.sessions.values()})


def test_access_token_request_returns_a_token() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim, session_on(sim) as session:
            token = session.token
            assert token is not None and token.access_token
            assert await session.access_token() == token.access_token
            assert sim.auth.session(token.access_token) is not None  # the server knows it
            assert token.user_id is not None and token.name == "demo"

    asyncio.run(main())


def test_access_token_expiration_is_present_and_in_the_future() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim, session_on(sim) as session:
            token = session.token
            assert token is not None
            now = datetime.datetime.now(datetime.UTC)
            assert token.expiration > now
            served = sim.auth.session(token.access_token)
            assert served is not None
            # the expiry the server holds, to the millisecond it writes
            assert abs(token.expiration.timestamp() - served.expires) < 0.001

    asyncio.run(main())


@pytest.mark.parametrize("form", ["errorText", "401"])
def test_invalid_credentials_are_a_typed_authentication_failure(form: str) -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None, invalid_login=form) as sim:
            wrong = Credentials(name="demo", password="not-the-password")
            with pytest.raises(errors.AuthenticationFailed) as refused:
                async with session_on(sim, wrong):
                    raise AssertionError("a refused login gave a session")
            assert "not-the-password" not in str(refused.value) + repr(refused.value)
            assert logins(sim) == 0

    asyncio.run(main())


def test_renewal_gives_a_different_token_with_a_later_expiry() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim, session_on(sim) as session:
            first = session.token
            assert first is not None
            served = sim.auth.session(first.access_token)
            assert served is not None
            served.expires -= 600  # as if the token were 10 minutes older: renewal is due
            older = first.expiration - datetime.timedelta(seconds=600)
            renewed = await session.renew()
            assert renewed.access_token != first.access_token
            assert renewed.expiration > older
            assert renewed.expiration >= first.expiration
            assert session.rest.token == renewed.access_token  # the REST client carries it
            await session.rest.accounts.list()  # and the server accepts it
            assert logins(sim) == 1  # a renewal is not a new login

    asyncio.run(main())


def test_the_session_renews_before_expiry_on_its_own() -> None:
    """Renewal is due ``renew_before`` seconds before ``expirationTime`` (here 0.3 s after the
    login): the session's background task renews, and listeners get the new token."""

    async def main() -> None:
        async with Simulator(seed=1, md_port=None, token_lifetime=3600) as sim:
            renewed: asyncio.Queue[Token] = asyncio.Queue()
            session = Session(DEMO, environment(sim), renew_before=3600 - 0.3)
            session.add_token_listener(renewed.put_nowait)
            async with session:
                first = await asyncio.wait_for(renewed.get(), 10)  # the login
                second = await asyncio.wait_for(renewed.get(), 10)  # the renewal, unasked
                assert second.access_token != first.access_token
                assert second.expiration > first.expiration
                assert session.rest.token == second.access_token
                assert logins(sim) == 1

    asyncio.run(main())


def test_an_expired_token_is_refused_with_a_typed_401() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim, session_on(sim) as session:
            token = session.token
            assert token is not None
            served = sim.auth.session(token.access_token)
            assert served is not None
            served.expires = time.time() - 1  # expired on the server
            async with AsyncTradovate(sim.rest_url, token=token.access_token) as client:
                with pytest.raises(errors.Unauthorized) as refused:
                    await client.accounts.list()
            assert refused.value.status_code == 401
            assert token.access_token not in repr(refused.value) + str(refused.value)
            with pytest.raises(errors.AuthenticationFailed):
                await session.renew()  # renewing an expired token: 401, typed

    asyncio.run(main())


def test_rate_limiting_is_typed_and_the_breaker_fails_fast() -> None:
    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim, session_on(sim) as session:
            sim.faults.status(429, "account/list")
            with pytest.raises(errors.RateLimited):
                await session.rest.accounts.list()
            seen = sim.faults.applied.get("status", 0)
            with pytest.raises(errors.BreakerOpen):
                await session.rest.accounts.list()  # refused here: the server is not asked again
            assert sim.faults.applied.get("status", 0) == seen

    asyncio.run(main())


def test_a_stored_token_is_reused_instead_of_a_new_login() -> None:
    async def main() -> None:
        store = MemoryTokenStore()
        async with Simulator(seed=1, md_port=None) as sim:
            async with session_on(sim, token_store=store) as first:
                token = first.token
                assert token is not None
            assert logins(sim) == 1
            async with session_on(sim, token_store=store) as restarted:  # a restarted service
                assert restarted.token is not None
                assert restarted.token.access_token == token.access_token
                await restarted.rest.accounts.list()
            assert logins(sim) == 1  # no second login, no second server session

    asyncio.run(main())


def test_repeated_failed_logins_get_a_typed_penalty() -> None:
    """After repeated failed logins the server answers a penalty ticket instead of executing
    the login: a typed ``PenaltyTicket`` (here not waited for), never a crash or a token."""

    async def main() -> None:
        async with Simulator(seed=1, md_port=None) as sim:
            wrong = Credentials(name="demo", password="nope")
            guards = GuardSettings(penalty_retry=False)
            refusals: list[type[BaseException]] = []
            for _ in range(7):
                try:
                    async with Session(wrong, environment(sim), guards=guards, auto_renew=False):
                        pass
                except errors.TradovateError as exc:
                    refusals.append(type(exc))
            assert refusals[0] is errors.AuthenticationFailed
            assert all(issubclass(kind, errors.TradovateError) for kind in refusals)
            assert errors.PenaltyTicket in refusals  # the server's penalty, typed (not retried here)

    asyncio.run(main())
