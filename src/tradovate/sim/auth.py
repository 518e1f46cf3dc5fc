"""Logins and tokens: ``accesstokenrequest``, ``renewaccesstoken``, ``me``, OAuth, penalties.

The demo login is ``name="demo"``, ``password="demo"`` (any ``appId``/``cid``/``sec``/
``deviceId``). Tokens are opaque random strings that expire after ``token_lifetime`` seconds
(80 minutes by default, as the current reference says; configurable). Each login answers both an
``accessToken`` and an ``mdAccessToken``; either authorizes either socket.

Invalid credentials are answered as HTTP 200 with ``errorText`` (what deployed clients and the
older reference show), or as HTTP 401 with ``invalid_login="401"`` (what the conformance page
expects): the reference disagrees with itself, so it is a switch. After ``login_failures_before_penalty``
failures in a row, logins answer a penalty ticket (``p-ticket``, ``p-time``, ``p-captcha``), as
the real server does for its "novel" operations; a retry with the ticket after ``p-time`` seconds
is served. OAuth: ``/auth/oauthtoken`` exchanges the code ``demo-code`` (or one made by
:meth:`Auth.oauth_code`, or handed out by the simulator's ``/oauth`` page) for a token.
"""

from __future__ import annotations

import datetime
import math
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Final

from .clock import iso
from .seed import DEMO_USER, ORGANIZATION, USERS, UserSpec
from .store import Store

__all__ = ["DEMO_OAUTH_CODE", "Auth", "AuthOptions", "Session"]

DEMO_OAUTH_CODE: Final = "demo-code"
INVALID_LOGIN_TEXT: Final = "Incorrect username or password. Please try again. Note that passwords are case-sensitive."


@dataclass
class AuthOptions:
    token_lifetime: float = 80 * 60.0  # seconds
    invalid_login: str = "errorText"  # "errorText" (HTTP 200) or "401"
    login_failures_before_penalty: int = 3
    penalty_seconds: int = 1
    penalty_captcha: bool = False
    # Concurrent login sessions per user; a login past it revokes the oldest session's tokens (the
    # real server allows 2; off by default so test suites may log in freely).
    max_sessions: int | None = None


@dataclass
class Session:
    user_id: int
    name: str
    token: str
    md_token: str
    expires: float  # time.time()
    number: int = 0  # the login session this token belongs to (renewals keep it)

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires


@dataclass
class _Ticket:
    endpoint: str
    ready: float  # time.time() after which the ticket is accepted


@dataclass
class Auth:
    """Token bookkeeping (see the module doc). Times are wall-clock: tokens really expire."""

    store: Store
    options: AuthOptions = field(default_factory=AuthOptions)
    users: tuple[UserSpec, ...] = USERS
    sessions: dict[str, Session] = field(default_factory=dict)
    failures: int = 0
    tickets: dict[str, _Ticket] = field(default_factory=dict)
    oauth_codes: dict[str, int] = field(default_factory=dict)
    refresh_tokens: dict[str, int] = field(default_factory=dict)
    logins: dict[int, list[int]] = field(default_factory=dict)  # user -> live session numbers, oldest first
    _numbers: int = 0

    def session(self, token: str | None) -> Session | None:
        """The live session of a token (``None`` if unknown or expired)."""
        if not token:
            return None
        session = self.sessions.get(token)
        if session is None or session.expired:
            return None
        return session

    def _issue(self, user_id: int, name: str, number: int | None = None) -> Session:
        if number is None:  # a new login session
            self._numbers += 1
            number = self._numbers
            live = self.logins.setdefault(user_id, [])
            limit = self.options.max_sessions
            while limit is not None and live and len(live) >= limit:
                self._revoke(live.pop(0))
            live.append(number)
        session = Session(
            user_id=user_id,
            name=name,
            token=secrets.token_urlsafe(32),
            md_token=secrets.token_urlsafe(32),
            expires=time.time() + self.options.token_lifetime,
            number=number,
        )
        self.sessions[session.token] = session
        self.sessions[session.md_token] = session
        return session

    def _revoke(self, number: int) -> None:
        for token in [t for t, s in self.sessions.items() if s.number == number]:
            del self.sessions[token]

    def _answer(self, session: Session) -> dict[str, Any]:
        expires = datetime.datetime.fromtimestamp(session.expires, datetime.UTC)
        return {
            "accessToken": session.token,
            "mdAccessToken": session.md_token,
            "expirationTime": iso(expires),
            "userStatus": "Active",
            "userId": session.user_id,
            "name": session.name,
            "hasLive": False,
            "hasSimPlus": True,
            "hasFunded": False,
            "hasMarketData": True,
            "outdatedTaC": False,
            "outdatedLiquidationPolicy": False,
            "orgName": ORGANIZATION,
        }

    # ---------------------------------------------------------------------------------------
    # penalty tickets

    def penalty(self, endpoint: str, seconds: float | None = None, captcha: bool | None = None) -> dict[str, Any]:
        """A penalty ticket for ``endpoint`` (the request was not executed)."""
        seconds = self.options.penalty_seconds if seconds is None else seconds
        ticket = secrets.token_urlsafe(24)
        self.tickets[ticket] = _Ticket(endpoint, time.time() + seconds)
        # Whole seconds, rounded up: never 0 for a positive wait (a 0.5 s penalty that said 0
        # would refuse a client that trusted it).
        body: dict[str, Any] = {"p-ticket": ticket, "p-time": math.ceil(seconds)}
        if captcha if captcha is not None else self.options.penalty_captcha:
            body["p-captcha"] = True
        return body

    def redeem(self, endpoint: str, ticket: Any) -> bool | None:
        """``None``: no ticket sent; ``True``: a valid ticket whose time is up; ``False``: too early or unknown."""
        if ticket is None:
            return None
        found = self.tickets.get(ticket) if isinstance(ticket, str) else None
        if found is None or found.endpoint != endpoint or time.time() < found.ready:
            return False
        del self.tickets[ticket]
        return True

    # ---------------------------------------------------------------------------------------
    # operations: (HTTP status, JSON body or None)

    def access_token_request(self, body: dict[str, Any], ticketed: bool = False) -> tuple[int, Any]:
        """``ticketed``: the request carried a valid penalty ticket (redeemed by the caller,
        :meth:`.limits.RateLimits.before`); the login penalty does not apply to it."""
        endpoint = "auth/accesstokenrequest"
        if not ticketed and self.failures >= self.options.login_failures_before_penalty:
            return 200, self.penalty(endpoint)
        user = next((u for u in self.users if u.name == body.get("name") and u.password == body.get("password")), None)
        if user is None:
            self.failures += 1
            if self.options.invalid_login == "401":
                return 401, None
            return 200, {"errorText": INVALID_LOGIN_TEXT}
        self.failures = 0
        return 200, self._answer(self._issue(user.id, user.name))

    def renew(self, token: str | None) -> tuple[int, Any]:
        session = self.session(token)
        if session is None:
            return 401, None
        for old in (session.token, session.md_token):
            self.sessions.pop(old, None)
        fresh = self._issue(session.user_id, session.name, session.number)
        return 200, self._answer(fresh)

    def me(self, session: Session) -> dict[str, Any]:
        user = self.store.get("user", session.user_id) or {}
        spec = next((u for u in self.users if u.id == session.user_id), None)
        balance = sum(
            b["amount"]
            for b in self.store.all("cashBalance")
            if (self.store.get("account", b["accountId"]) or {}).get("userId") == session.user_id
        )
        return {
            "userId": session.user_id,
            "name": session.name,
            "fullName": spec.full_name if spec else session.name,
            "email": user.get("email", ""),
            "emailVerified": True,
            "isTrial": False,
            "organizationName": ORGANIZATION,
            "currentAccountPlan": "Free",
            "currentMDSubs": [],
            "currentBalance": round(balance, 2),
            "activePlugins": [],
        }

    def oauth_code(self, user_name: str = DEMO_USER) -> str:
        """A one-time authorization code for ``user_name`` (what the OAuth page would redirect with)."""
        user = next(u for u in self.users if u.name == user_name)
        code = secrets.token_urlsafe(16)
        self.oauth_codes[code] = user.id
        return code

    def oauth_token(self, body: dict[str, Any]) -> dict[str, Any]:
        grant = body.get("grant_type")
        user_id: int | None = None
        if grant == "authorization_code":
            code = body.get("code")
            if code == DEMO_OAUTH_CODE:
                user_id = next(u.id for u in self.users if u.name == DEMO_USER)
            elif isinstance(code, str):
                user_id = self.oauth_codes.pop(code, None)
        elif grant == "refresh_token":
            refresh = body.get("refresh_token")
            user_id = self.refresh_tokens.pop(refresh, None) if isinstance(refresh, str) else None
        else:
            return {"error": "unsupported_grant_type", "error_description": "grant_type is not supported"}
        if user_id is None:
            return {"error": "invalid_grant", "error_description": "The authorization code is invalid or expired"}
        spec = next(u for u in self.users if u.id == user_id)
        session = self._issue(user_id, spec.name)
        refresh_token = secrets.token_urlsafe(32)
        self.refresh_tokens[refresh_token] = user_id
        return {
            "access_token": session.token,
            "token_type": "Bearer",
            "expires_in": int(self.options.token_lifetime),
            "refresh_token": refresh_token,
        }
