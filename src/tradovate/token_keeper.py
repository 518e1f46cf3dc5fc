"""The token keeping of :class:`.session.Session` (its base, :class:`TokenKeeper`): when a token is
still usable or due for renewal, the single-flight login and renewal (under the session's lock),
reading a token from an answer, installing it (the REST client, the token store, the
listeners), dropping it, the store's upkeep, and the background renewal. The rules are in
:mod:`.session`'s module doc; the public face is :class:`.session.Session`'s.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from tradovate_api import UNSET, AsyncTradovate, Unset, errors
from tradovate_api.runtime import Clock

from .environment import Credentials
from .tokens import Token, TokenStore, TokenStoreError, header_safe

if TYPE_CHECKING:
    from tradovate_api.models import AccessTokenResponse

__all__ = ["EXPIRY_SLACK", "FALLBACK_LIFETIME", "RENEW_BEFORE", "RETRY_RENEWAL", "TokenKeeper", "TokenListener"]

_log = logging.getLogger("tradovate.session")  # the session's records, wherever the code lives

RENEW_BEFORE: Final = 15 * 60.0  # the docs: renew about 15 minutes before expirationTime
FALLBACK_LIFETIME: Final = 80 * 60.0  # if an answer has no expiry: the shortest documented lifetime
RETRY_RENEWAL: Final = 60.0  # after a failed renewal while the token is still valid
EXPIRY_SLACK: Final = 5.0  # a token this close to its expiry is treated as expired

TokenListener = Callable[[Token], object]


def given(value: str | None) -> str | Unset:
    return UNSET if value is None else value


class TokenKeeper:
    """The current token of a session, kept valid (see the module doc)."""

    # Set by Session.__init__.
    _rest: AsyncTradovate
    _clock: Clock
    _credentials: Credentials | None
    _store: TokenStore | None
    _store_key: str | None
    _renew_before: float
    _token: Token | None
    _renew_not_before: float  # wall time; after a failed or useless renewal
    _lock: asyncio.Lock
    _listeners: list[TokenListener]
    _refused: bool  # the token was dropped by invalidate(): REST calls log in first

    def _usable(self, token: Token) -> bool:
        return token.seconds_left(self._clock.wall()) > EXPIRY_SLACK

    def _due(self, token: Token) -> bool:
        now = self._clock.wall()
        return token.seconds_left(now) <= self._renew_before and now >= self._renew_not_before

    async def _valid(self) -> Token:
        token = self._token
        if token is not None and self._usable(token) and not self._due(token):
            return token
        async with self._lock:
            token = self._token
            if token is not None and self._usable(token):
                if not self._due(token):
                    return token  # renewed while this call waited
                try:
                    return await self._renew(token)
                except (errors.AuthenticationFailed, errors.Unauthorized):
                    _log.info("renewal refused; logging in again")
                    self._drop()
                    self._forget_stored(token)
                except errors.TradovateError as exc:
                    # Still valid: keep it, and try again a little later.
                    _log.warning("renewal failed (%s); the current token stays in use", type(exc).__name__)
                    self._renew_not_before = self._clock.wall() + RETRY_RENEWAL
                    return token
            return await self._login()

    async def _login(self) -> Token:
        credentials = self._credentials
        if credentials is None:
            raise errors.NotAuthenticated("no valid token and no credentials to log in with")
        from tradovate_api.models import AccessTokenRequest  # noqa: PLC0415 - models load on first use

        body = AccessTokenRequest(
            name=credentials.name,
            password=credentials.password,
            app_id=given(credentials.app_id),
            app_version=given(credentials.app_version),
            cid=given(None if credentials.cid is None else str(credentials.cid)),  # text in the spec
            sec=given(credentials.sec),
            device_id=given(credentials.device_id),
        )
        try:
            answer = await self._rest.auth.access_token_request(body)
        except errors.Unauthorized as exc:
            raise errors.AuthenticationFailed(
                "accessTokenRequest", "HTTP 401", exc.text or "credentials refused"
            ) from None
        token = self._token_from(answer, "accessTokenRequest", previous=None)
        self._drop()  # a login opens a new server session: its token replaces whatever was here
        self._install(token)
        _log.info("logged in: user id %s, token expires %s", token.user_id, token.expiration.isoformat())
        return token

    async def _renew(self, current: Token) -> Token:
        if self._rest.token != current.access_token:
            self._rest.token = current.access_token
        try:
            answer = await self._rest.auth.renew_access_token()
        except errors.Unauthorized as exc:
            raise errors.AuthenticationFailed("renewAccessToken", "HTTP 401", exc.text or "token refused") from None
        token = self._token_from(answer, "renewAccessToken", previous=current)
        if not self._install(token):
            # Not newer than what we have: keep the current token, do not ask again at once.
            self._renew_not_before = self._clock.wall() + RETRY_RENEWAL
            return current
        _log.info("token renewed: expires %s", token.expiration.isoformat())
        return token

    def _token_from(self, answer: AccessTokenResponse, operation: str, previous: Token | None) -> Token:
        access = answer.access_token
        if not isinstance(access, str) or not access:
            error_text = answer.error_text if isinstance(answer.error_text, str) else None
            raise errors.AuthenticationFailed(operation, None, error_text or "the answer has no access token")
        if not header_safe(access):
            raise errors.AuthenticationFailed(operation, None, "the answer's access token is not a valid header value")
        expiration = answer.expiration_time
        if not isinstance(expiration, datetime.datetime):
            expiration = datetime.datetime.fromtimestamp(self._clock.wall() + FALLBACK_LIFETIME, datetime.UTC)
        md = answer.md_access_token if header_safe(answer.md_access_token) else None
        # Whether a renewal carries a new mdAccessToken is UNCONFIRMED; without one, the market
        # data socket uses the new access token (which it accepts) rather than an older md token.
        user_id = answer.user_id if isinstance(answer.user_id, int) else (previous.user_id if previous else None)
        name = answer.name if isinstance(answer.name, str) else (previous.name if previous else None)
        return Token(
            access_token=access,
            expiration=expiration,
            md_access_token=md if isinstance(md, str) and md else None,
            user_id=user_id,
            name=name,
        )

    def _install(self, token: Token, save: bool = True) -> bool:
        """Make ``token`` current, unless the current one expires later. True if installed."""
        current = self._token
        if current is not None and token.expiration < current.expiration:
            _log.info("ignoring a token that expires before the current one")
            return False
        self._token = token
        self._refused = False
        self._renew_not_before = 0.0
        self._rest.token = token.access_token
        if save and self._store is not None and self._store_key is not None:
            try:
                self._store.save(self._store_key, token)
            except TokenStoreError as exc:
                _log.warning("token store: %s", exc)
        for listener in list(self._listeners):
            try:
                listener(token)
            except Exception as exc:
                _log.warning("token listener %r failed: %s", listener, type(exc).__name__)
        return True

    def _drop(self) -> None:
        self._token = None
        self._rest.token = None

    def _forget_stored(self, refused: Token) -> None:
        """Remove ``refused`` from the store, if the store still holds it (another process may
        have stored a newer token under the same key meanwhile: that one stays)."""
        if self._store is None or self._store_key is None:
            return
        try:
            stored = self._store.load(self._store_key)
            if stored is None or stored.access_token == refused.access_token:
                self._store.clear(self._store_key)
                _log.info("the refused token was removed from the token store")
        except TokenStoreError as exc:
            _log.warning("token store: %s", exc)

    def _load(self) -> Token | None:
        if self._store is None or self._store_key is None:
            return None
        try:
            return self._store.load(self._store_key)
        except TokenStoreError as exc:
            _log.warning("token store: %s", exc)
            return None

    async def _renew_in_time(self) -> None:
        """The background renewal: sleeps until the token is due, then renews it."""
        while True:
            token = self._token
            now = self._clock.wall()
            if token is None:
                delay = RETRY_RENEWAL
            else:
                delay = max(token.seconds_left(now) - self._renew_before, self._renew_not_before - now, 0.1)
            await self._clock.asleep(delay)
            try:
                await self._valid()
            except errors.TradovateError as exc:
                _log.warning("background renewal failed: %s", type(exc).__name__)
                self._renew_not_before = self._clock.wall() + RETRY_RENEWAL
