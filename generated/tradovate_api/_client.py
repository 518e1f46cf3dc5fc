"""The client object: ``Tradovate`` and its async twin ``AsyncTradovate``.

    >>> from tradovate_api import Tradovate
    >>> with Tradovate() as tv:                          # demo environment
    ...     tv.login(name="...", password="...", app_id="...", app_version="1.0", cid=0, sec="...")
    ...     accounts = tv.accounts.list()

Every operation of the API is a method of a namespace of the client (``tv.orders.place``,
``tv.contracts.find``, ``tv.users.sync_request``; ``tv.<TAB>`` lists them). Each call validates
its arguments, sends one request and returns the typed result or raises one of
:mod:`tradovate_api.errors`. ``tv.raw(tv.orders.place, body)`` returns the HTTP exchange instead.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from . import _http, _limits, errors
from ._guards import Guards, GuardSettings
from ._namespaces import AsyncNamespaces, SyncNamespaces
from ._transport import DEMO_URL, LIVE_URL, AsyncTransport, HttpSettings, SyncTransport
from .types import Response

if TYPE_CHECKING:
    from typing import Self

    from ._http import Operation
    from .models import AccessTokenResponse

T = TypeVar("T")
P = ParamSpec("P")

__all__ = ["DEMO_URL", "LIVE_URL", "AsyncTradovate", "Tradovate"]


class _Base:
    """What both twins share: settings, the current token, login bookkeeping."""

    _token: str | None

    def __init__(
        self,
        base_url: str = DEMO_URL,
        *,
        token: str | None = None,
        timeout: float | httpx.Timeout = 10.0,
        deadline: float = 30.0,
        headers: Mapping[str, str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        transport: Any = None,
        guards: GuardSettings | Guards | None = None,
        max_response_bytes: int = _limits.MAX_RESPONSE_BYTES,
        backend: str = "httpx",
    ) -> None:
        """
        Args:
            base_url: The REST root: ``DEMO_URL`` (default), ``LIVE_URL``, or another server such
                as the local simulator (plain ``http://`` is accepted for loopback hosts only).
            token: An access token to start with (``login`` sets one).
            timeout: httpx's per-phase timeouts (connect, read, write, pool), in seconds.
            deadline: The most one call may take, everything included, in seconds. A call past
                it fails with ``DeadlineExceeded`` (reads) or ``OutcomeUnknown`` (state changes).
            headers: Extra headers for every request (never shown in reprs, logs or errors).
            ssl_context: A custom trust store; it must verify certificates and host names.
            transport: For tests and in-process servers only: an ``httpx.MockTransport`` or
                ``httpx.ASGITransport`` (``WSGITransport`` for the sync client).
            guards: How penalty tickets, 429/423 answers, hourly budgets and read retries are
                handled (:class:`GuardSettings`), or a :class:`Guards` shared with other clients
                of the same user and IP. Default: penalties waited out and retried once, the
                breaker open for an hour after a 429/423, the spec's budgets, no read retries.
            max_response_bytes: The largest answer accepted, decompressed (default 32 MiB);
                a larger one is ``ResponseTooLarge`` (reads) or ``OutcomeUnknown`` (state changes).
            backend: The HTTP library underneath: ``"httpx"`` (the default) or, for
                ``AsyncTradovate`` only, ``"aiohttp"`` (``pip install 'tradovate-partner[fast]'``):
                the same requests on the wire and the same rules, about a third of the client
                CPU per call. Not installed, or asked of ``Tradovate``: ``BackendUnavailable``.
        """
        self._settings = HttpSettings(
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            headers=dict(headers or {}),
            ssl_context=ssl_context,
            transport=transport,
            max_response_bytes=max_response_bytes,
            backend=backend,
        )
        self._token = token or None
        self._guards = guards if isinstance(guards, Guards) else Guards(guards)

    @property
    def guards(self) -> Guards:
        """The guards under every call (breaker state, ``reset_breaker()``, settings)."""
        return self._guards

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def token(self) -> str | None:
        """The access token sent with every authenticated request (None before login)."""
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        self._token = value or None

    def _current_token(self) -> str | None:
        return self._token

    def _remember(self, response: AccessTokenResponse) -> None:
        token = response.access_token
        if isinstance(token, str) and token:
            self._token = token

    def __repr__(self) -> str:
        state = "with a token" if self._token else "no token"
        return f"<{type(self).__name__} {self._settings.base_url} ({state})>"


def _login_body(**fields: Any) -> Any:
    from .models import AccessTokenRequest  # noqa: PLC0415 - models load on first use

    if fields.get("cid") is not None:
        fields["cid"] = str(fields["cid"])  # the spec types it as text; the docs show numbers
    return AccessTokenRequest(**{k: v for k, v in fields.items() if v is not None})


class Tradovate(_Base, SyncNamespaces):
    """The Tradovate Partner API client (blocking). Use it as a context manager, or ``close()``."""

    def __init__(self, base_url: str = DEMO_URL, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._transport = SyncTransport(self._settings, self._current_token)

    def login(
        self,
        *,
        name: str,
        password: str,
        app_id: str | None = None,
        app_version: str | None = None,
        cid: int | str | None = None,
        sec: str | None = None,
        device_id: str | None = None,
    ) -> AccessTokenResponse:
        """Request an access token with the user's credentials and use it from now on.

        Raises:
            errors.AuthenticationFailed: the server refused the credentials (in a 200 body).
            errors.PenaltyTicket: too many logins; wait ``time`` seconds (see the error).
        """
        body = _login_body(
            name=name, password=password, app_id=app_id, app_version=app_version, cid=cid, sec=sec, device_id=device_id
        )
        response = self.auth.access_token_request(body)
        self._remember(response)
        return response

    def renew(self) -> AccessTokenResponse:
        """Exchange the current token for a fresh one (``renewaccesstoken``) and use it."""
        response = self.auth.renew_access_token()
        self._remember(response)
        return response

    def raw(self, method: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
        """Call ``method`` (a method of this client) and return the HTTP exchange: status,
        headers, bytes, and the parsed result or the typed error it ended in."""
        return _http.raw(method, *args, **kwargs)

    def _exchange(self, op: Operation[Any], params: Mapping[str, Any] | None, body: Any) -> Response[Any]:
        request = op.request(params, body)
        secrets = errors.known_secrets(self._token)  # never echoed back in an error's text
        try:
            with _limits.deadline(time.monotonic() + self._settings.deadline):  # decoding included
                return self._guards.call(op, request, self._settings.deadline, self._transport.send)
        finally:
            errors._known_secrets.reset(secrets)

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTradovate(_Base, AsyncNamespaces):
    """The Tradovate Partner API client for asyncio. ``async with``, or ``await aclose()``."""

    def __init__(self, base_url: str = DEMO_URL, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self._transport = AsyncTransport(self._settings, self._current_token)

    async def login(
        self,
        *,
        name: str,
        password: str,
        app_id: str | None = None,
        app_version: str | None = None,
        cid: int | str | None = None,
        sec: str | None = None,
        device_id: str | None = None,
    ) -> AccessTokenResponse:
        """See :meth:`Tradovate.login`."""
        body = _login_body(
            name=name, password=password, app_id=app_id, app_version=app_version, cid=cid, sec=sec, device_id=device_id
        )
        response = await self.auth.access_token_request(body)
        self._remember(response)
        return response

    async def renew(self) -> AccessTokenResponse:
        """See :meth:`Tradovate.renew`."""
        response = await self.auth.renew_access_token()
        self._remember(response)
        return response

    async def raw(self, method: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> Response[T]:
        """See :meth:`Tradovate.raw`."""
        return await _http.araw(method, *args, **kwargs)

    async def _exchange(self, op: Operation[Any], params: Mapping[str, Any] | None, body: Any) -> Response[Any]:
        request = op.request(params, body)
        deadline = self._settings.deadline
        token = _limits.call_end.set(time.monotonic() + deadline)  # decoding included
        secrets = errors.known_secrets(self._token)  # never echoed back in an error's text
        try:
            return await self._guards.acall(op, request, deadline, self._transport.send)
        finally:
            errors._known_secrets.reset(secrets)
            _limits.call_end.reset(token)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
