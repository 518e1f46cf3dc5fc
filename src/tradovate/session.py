"""The session: one user's access token, kept valid for the REST client and the sockets. asyncio.

    >>> async with Session(Credentials(name="...", password="...", app_id="...", cid=8, sec="..."),
    ...                    DEMO, token_store=FileTokenStore("~/.cache/my-bot")) as session:
    ...     accounts = await session.rest.accounts.list()
    ...     token = await session.access_token()      # what a socket authorizes with

- Credentials come from the caller, never from files or the environment.
- ``start()`` reuses a still-valid token from the token store if there is one, else logs in
  (``accesstokenrequest``). A refusal (``errorText`` in a 200, or a 401) is
  :class:`~tradovate_api.errors.AuthenticationFailed` (with the server's words); there is no
  token-less success, and a token that is not a valid header value is refused like one.
- The store heals itself: a token refused anywhere — a REST 401, a socket's ``authorize``
  answer (the socket calls :meth:`Session.invalidate`, its ``on_auth_refused``), a refused
  renewal — is dropped here *and from the store*, and the next caller logs in once (single
  flight: callers waiting meanwhile share that login).
- The token is renewed (``renewaccesstoken``) ``renew_before`` seconds (15 min) before its
  ``expirationTime``: by a background task, and by :meth:`Session.access_token` whenever it is
  due. Renewals are single-flight (one at a time; callers waiting for one get its result), and a
  token never replaces one that expires later. A failed renewal keeps the current token while
  it is valid; a revoked or expired one leads to a new login (with credentials).
- The REST client :attr:`Session.rest` always carries the current token. A 401 to a call made
  with the current token (revoked server-side) drops it (:meth:`Session.invalidate`), so the
  next call logs in again; a read is then sent once more with the new token, a state-changing
  call never is (its 401 is raised: the server refused it, nothing was done). Sockets call
  :meth:`Session.access_token` / :meth:`Session.md_access_token` at every (re)connect, and
  listeners (:meth:`Session.add_token_listener`) hear of every new token.
- Tokens, passwords and secrets never appear in reprs, log lines or error messages.
- Sockets opened on the session (``AccountSession``) share its call policy (:attr:`Session.guards`)
  and, per socket URL, one reconnect backoff (:meth:`Session.reconnect_delays`): several sockets
  of this user that a server keeps closing escalate one backoff together instead of each storming.
- The API has no log-out operation: :meth:`Session.logout` forgets the token here and in the
  store (the server session ends when the token expires).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import logging
import ssl
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

from tradovate_api import UNSET as UNSET  # the old import paths keep working
from tradovate_api import AsyncTradovate, errors
from tradovate_api import Unset as Unset
from tradovate_api.runtime import SYSTEM_CLOCK, Clock, Guards, GuardSettings

from .environment import DEMO, LIVE, Credentials, Environment
from .realtime.reconnect import Backoff, ReconnectDelays
from .token_keeper import EXPIRY_SLACK as EXPIRY_SLACK  # the old import paths keep working
from .token_keeper import FALLBACK_LIFETIME, RENEW_BEFORE, TokenKeeper, TokenListener, given
from .token_keeper import RETRY_RENEWAL as RETRY_RENEWAL
from .tokens import FileTokenStore, MemoryTokenStore, Token, TokenStore, TokenStoreError, header_safe, store_key

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

    from tradovate_api.models import OAuthMeResponse
    from tradovate_api.runtime import Operation
    from tradovate_api.types import Response

_log = logging.getLogger("tradovate.session")

# The session's own token calls: it handles their refusals itself (under its lock).
_TOKEN_OPERATIONS: Final = frozenset({"accessTokenRequest", "renewAccessToken", "oAuthToken"})


# ---------------------------------------------------------------------------------------------
# The session's REST client


class _SessionRest(AsyncTradovate):
    """The REST client of a session: a 401 to the session's current token drops that token
    (the next call logs in again); a read is sent once more with the new token."""

    def __init__(self, session: Session, base_url: str, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._session = session

    async def _exchange(self, op: Operation[Any], params: Mapping[str, Any] | None, body: Any) -> Response[Any]:
        session = self._session
        if not op.auth or op.operation_id in _TOKEN_OPERATIONS:
            return await super()._exchange(op, params, body)
        if session._refused:
            await session.access_token()  # the token was refused (here or by a socket): log in
        sent_with = self._token
        response = await super()._exchange(op, params, body)
        if not isinstance(response.error, errors.Unauthorized) or sent_with is None:
            return response
        current = session.token
        if current is not None and current.access_token == sent_with:
            _log.info("%s: HTTP 401 with the current token; it is dropped", op.operation_id)
            session.invalidate(sent_with)
        # else: already dropped or replaced after another call's 401: no second login for it
        if not op.idempotent:
            return response  # never resent: the caller decides (the server refused it)
        await session.access_token()  # one login, shared by every call that was refused
        return await super()._exchange(op, params, body)


# ---------------------------------------------------------------------------------------------
# The session


class Session(TokenKeeper):
    """One user's authenticated session in one environment (asyncio). Keeping its token valid is
    :class:`.token_keeper.TokenKeeper`'s (the base)."""

    def __init__(
        self,
        credentials: Credentials | None = None,
        environment: Environment = DEMO,
        *,
        token_store: TokenStore | None = None,
        store_user: str | None = None,
        renew_before: float = RENEW_BEFORE,
        auto_renew: bool = True,
        guards: GuardSettings | Guards | None = None,
        timeout: float = 10.0,
        deadline: float = 30.0,
        ssl_context: ssl.SSLContext | None = None,
        transport: Any = None,
        backend: str = "httpx",
        reconnect_backoff: Backoff | None = None,
    ) -> None:
        """
        Args:
            credentials: For logging in; None for a session that lives on a stored token or an
                OAuth exchange only.
            environment: ``DEMO`` (default), ``LIVE``, ``Environment.simulator(...)`` or your own.
            token_store: Where the token is kept between runs (e.g. ``FileTokenStore(dir)``).
            store_user: The user the stored token is kept under (default: ``credentials.name``).
            renew_before: Renew this many seconds before ``expirationTime``.
            auto_renew: Renew in a background task (started by ``start()``).
            guards: The call policy of this user and IP (``tradovate_api.GuardSettings`` or a
                ``Guards``): one state (hourly budgets, the 429/423 breaker, penalty holds) shared
                by the REST client and every socket opened on this session (``AccountSession``,
                ``MarketDataClient.from_session``, ``ReplayClient.from_session``), since the
                server counts per user and IP. Default: the client's, with two jittered retries
                of idempotent reads.
            timeout, deadline, ssl_context, transport, backend: passed to the REST client
                (``backend="aiohttp"``: the faster HTTP backend, see ``AsyncTradovate``).
            reconnect_backoff: the reconnect backoff of the session's sockets, one escalation
                per socket URL shared by every socket opened there (:meth:`reconnect_delays`).
        """
        if credentials is not None and not isinstance(credentials, Credentials):
            raise errors.InvalidRequest("must be Credentials", field="credentials")
        if not isinstance(environment, Environment):
            raise errors.InvalidRequest("must be an Environment", field="environment")
        if isinstance(renew_before, bool) or not isinstance(renew_before, int | float) or not renew_before >= 0:
            raise errors.InvalidRequest("must be a number of seconds >= 0", field="renew_before")
        if guards is None:
            guards = GuardSettings(read_retries=2)
        self._guards = guards if isinstance(guards, Guards) else Guards(guards)
        self._clock: Clock = self._guards.settings.clock
        self._credentials = credentials
        self._environment = environment
        self._rest = _SessionRest(
            self,
            environment.rest_url,
            timeout=timeout,
            deadline=deadline,
            ssl_context=ssl_context,
            transport=transport,
            guards=self._guards,
            backend=backend,
        )
        self._store = token_store
        user = store_user if store_user is not None else (credentials.name if credentials else None)
        self._store_key = store_key(user, environment.rest_url) if user else None
        self._renew_before = float(renew_before)
        self._auto_renew = auto_renew
        self._token: Token | None = None
        self._renew_not_before = 0.0  # wall time; after a failed or useless renewal
        self._lock = asyncio.Lock()
        self._listeners: list[TokenListener] = []
        self._renewer: asyncio.Task[None] | None = None
        self._closed = False
        self._refused = False  # the token was dropped by invalidate(): REST calls log in first
        if reconnect_backoff is not None and not isinstance(reconnect_backoff, Backoff):
            raise errors.InvalidRequest("must be a Backoff", field="reconnect_backoff")
        self._reconnect_backoff = reconnect_backoff
        self._delays: dict[str, ReconnectDelays] = {}

    def __repr__(self) -> str:
        who = self._credentials.name if self._credentials else "no credentials"
        state = repr(self._token) if self._token else "no token"
        return f"<Session {self._environment.name} {who!r}: {state}>"

    # -- what other parts use -----------------------------------------------------------------

    @property
    def environment(self) -> Environment:
        return self._environment

    @property
    def rest(self) -> AsyncTradovate:
        """The REST client; it always carries the session's current token."""
        return self._rest

    @property
    def guards(self) -> Guards:
        """The call policy's state shared by the REST client and the session's sockets."""
        return self._guards

    def reconnect_delays(self, url: str) -> ReconnectDelays:
        """The reconnect delays every socket of this session to ``url`` shares (made on first
        use): one backoff escalation per user and server, as the server counts per user and IP."""
        delays = self._delays.get(url)
        if delays is None:
            delays = self._delays[url] = ReconnectDelays(self._reconnect_backoff)
        return delays

    @property
    def token(self) -> Token | None:
        """The current token (None before ``start()`` or after ``logout()``)."""
        return self._token

    async def access_token(self) -> str:
        """A valid access token: the current one, renewed first when due, or a new login when
        there is none or it expired. Sockets call this at every (re)connect."""
        return (await self._valid()).access_token

    async def md_access_token(self) -> str:
        """The market-data socket's token: ``mdAccessToken``, else the access token."""
        return (await self._valid()).md_token

    def add_token_listener(self, listener: TokenListener) -> Callable[[], None]:
        """Call ``listener(token)`` with every new token; returns a function that removes it.
        Listeners run synchronously and must not block; their exceptions are logged."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def invalidate(self, access_token: str) -> None:
        """Tell the session a token was refused (a 401, a socket's authorize answer). If it is
        the current token (its access token or its ``mdAccessToken``), it is dropped: the next
        ``access_token()`` logs in again. A report about an older token is ignored, so a token
        refused by many sockets at once costs one login. Give it to sockets as their
        ``on_auth_refused``."""
        token = self._token
        if token is not None and access_token in (token.access_token, token.md_access_token):
            _log.info("the current token was refused; it is dropped")
            self._drop()
            self._refused = True
            self._forget_stored(token)

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> Self:
        """Reuse a stored, still-valid token, or log in; start the background renewal."""
        if self._closed:
            raise errors.InvalidRequest("the session is closed")
        async with self._lock:
            if self._token is None:
                stored = self._load()
                if stored is not None and self._usable(stored):
                    _log.info("reusing the stored token of user id %s", stored.user_id)
                    self._install(stored, save=False)
        await self._valid()
        if self._auto_renew and self._renewer is None:
            self._renewer = asyncio.get_running_loop().create_task(self._renew_in_time(), name="tradovate-renewal")
        return self

    async def login(self) -> Token:
        """Log in now (``accesstokenrequest``), whatever the current token; opens a new server
        session, so prefer :meth:`access_token`."""
        async with self._lock:
            return await self._login()

    async def renew(self) -> Token:
        """Renew now (``renewaccesstoken``). Concurrent calls share one renewal."""
        seen = self._token
        async with self._lock:
            current = self._token
            if current is not None and current is not seen:
                return current  # renewed (or logged in) while this call waited
            if current is None:
                return await self._login()
            return await self._renew(current)

    async def me(self) -> OAuthMeResponse:
        """``auth/me``: the profile of the token's user (limited to about ten calls per hour)."""
        await self._valid()
        return await self._rest.auth.me()

    async def oauth_exchange(
        self,
        code: str,
        *,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        code_verifier: str | None = None,
    ) -> Token:
        """The last step of the OAuth authorization-code flow (``auth/oauthtoken``): the code
        received at ``redirect_uri`` becomes this session's token. A refusal (``error``) is
        ``AuthenticationFailed``."""
        from tradovate_api.models import OAuthToken  # noqa: PLC0415 - models load on first use

        body = OAuthToken(
            grant_type="authorization_code",
            code=code,
            client_id=client_id,
            client_secret=client_secret,
            redirect_uri=redirect_uri,
            code_verifier=given(code_verifier),
        )
        async with self._lock:
            try:
                answer = await self._rest.auth.oauth_token(body)
            except (errors.Unauthorized, errors.BadRequest) as exc:
                raise errors.AuthenticationFailed("oAuthToken", f"HTTP {exc.status_code}", None) from None
            access = answer.access_token
            if not header_safe(access):
                raise errors.AuthenticationFailed("oAuthToken", None, "the answer has no usable access_token")
            lifetime = answer.expires_in if isinstance(answer.expires_in, int) and answer.expires_in > 0 else None
            now = self._clock.wall()
            token = Token(
                access_token=access,
                expiration=datetime.datetime.fromtimestamp(now + (lifetime or FALLBACK_LIFETIME), datetime.UTC),
            )
            self._drop()
            self._install(token)
            return token

    async def logout(self) -> None:
        """Forget the token here and in the store, and close. (The API has no log-out
        operation; the server session ends when the token expires.)"""
        self._drop()
        if self._store is not None and self._store_key is not None:
            try:
                self._store.clear(self._store_key)
            except TokenStoreError as exc:
                _log.warning("token store: %s", exc)
        await self.aclose()

    async def aclose(self) -> None:
        """Stop the background renewal and close the REST client (the stored token stays)."""
        self._closed = True
        renewer, self._renewer = self._renewer, None
        if renewer is not None:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
        await self._rest.aclose()

    async def __aenter__(self) -> Self:
        try:
            return await self.start()
        except BaseException:
            await self.aclose()
            raise

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


__all__ = [
    "DEMO",
    "LIVE",
    "SYSTEM_CLOCK",
    "Credentials",
    "Environment",
    "FileTokenStore",
    "GuardSettings",
    "Guards",
    "MemoryTokenStore",
    "Session",
    "Token",
    "TokenStore",
]
