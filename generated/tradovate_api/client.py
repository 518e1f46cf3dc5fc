"""HTTP clients for the Tradovate Partner API.

``Client`` sends requests without credentials (enough for the access token request);
``AuthenticatedClient`` adds ``Authorization: Bearer <token>`` to every request, reading
``token`` at send time, so assigning a renewed token takes effect immediately.

TLS certificates are always verified. To trust a private CA, pass an ``ssl.SSLContext``.
"""

from __future__ import annotations

import ssl
from collections.abc import Generator
from typing import Any, Final, Self

import httpx
from attrs import define, field

DEMO_URL: Final = "https://demo.tradovateapi.com/v1"
LIVE_URL: Final = "https://live.tradovateapi.com/v1"

_FORBIDDEN_HTTPX_ARGS: Final = frozenset({"verify", "auth", "base_url", "transport"})


def _check_httpx_args(instance: Any, attribute: Any, value: dict[str, Any]) -> None:
    bad = _FORBIDDEN_HTTPX_ARGS.intersection(value)
    if bad:
        raise ValueError(f"httpx_args may not set {sorted(bad)}: TLS verification and auth are managed here")


@define
class Client:
    """A connection to one Tradovate REST environment.

    Attributes:
        base_url: ``DEMO_URL``, ``LIVE_URL`` or another server (for example the local simulator).
        timeout: Seconds (or an ``httpx.Timeout``) before a request is abandoned.
        headers: Extra headers sent with every request.
        ssl_context: Custom trust store; certificates are verified either way.
        httpx_args: Further ``httpx.Client`` arguments (not ``verify``, ``auth`` or ``base_url``).
    """

    base_url: str = field(default=DEMO_URL)
    timeout: httpx.Timeout | float = field(default=10.0, kw_only=True)
    headers: dict[str, str] = field(factory=dict, kw_only=True)
    ssl_context: ssl.SSLContext | None = field(default=None, kw_only=True, repr=False)
    follow_redirects: bool = field(default=False, kw_only=True)
    httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, validator=_check_httpx_args, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _auth(self) -> httpx.Auth | None:
        return None

    def _args(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": {"Accept": "application/json", **self.headers},
            "timeout": self.timeout,
            "follow_redirects": self.follow_redirects,
            "verify": self.ssl_context if self.ssl_context is not None else True,
            "auth": self._auth(),
            **self.httpx_args,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._args())
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._args())
        return self._async_client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    async def aclose(self) -> None:
        if self._async_client is not None:
            await self._async_client.aclose()
            self._async_client = None

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


class _BearerAuth(httpx.Auth):
    def __init__(self, owner: AuthenticatedClient) -> None:
        self._owner = owner

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"{self._owner.prefix} {self._owner.token}"
        yield request


@define
class AuthenticatedClient(Client):
    """A ``Client`` that sends ``Authorization: Bearer <token>``; ``token`` is never shown in reprs."""

    token: str = field(default="", kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)

    def _auth(self) -> httpx.Auth | None:
        return _BearerAuth(self)


__all__ = ["DEMO_URL", "LIVE_URL", "AuthenticatedClient", "Client"]
