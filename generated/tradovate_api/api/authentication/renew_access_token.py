"""GET /auth/renewaccesstoken: Renew the access token."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.access_token_response import AccessTokenResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("renewAccessToken", "GET", "/auth/renewaccesstoken", idempotent=True)


def _get_kwargs() -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    return kwargs


def _parse(data: Any) -> AccessTokenResponse:
    return AccessTokenResponse._from_json(_codec.json_object(AccessTokenResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse]:
    """Renew the access token.

    ``GET /auth/renewaccesstoken``
    Returns a fresh token with a later `expirationTime` for the session of the current, still valid
    bearer token, without opening a new session. Tokens last roughly 80–90 minutes; renew about 15
    minutes before `expirationTime`. Limited to about 15 calls per hour per IP.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
    """

    return _http.send_sync(client, OPERATION, _get_kwargs(), _parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse:
    """Renew the access token.

    ``GET /auth/renewaccesstoken``
    Returns a fresh token with a later `expirationTime` for the session of the current, still valid
    bearer token, without opening a new session. Tokens last roughly 80–90 minutes; renew about 15
    minutes before `expirationTime`. Limited to about 15 calls per hour per IP.

    Returns:
        AccessTokenResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AccessTokenResponse]:
    """Renew the access token.

    ``GET /auth/renewaccesstoken``
    Returns a fresh token with a later `expirationTime` for the session of the current, still valid
    bearer token, without opening a new session. Tokens last roughly 80–90 minutes; renew about 15
    minutes before `expirationTime`. Limited to about 15 calls per hour per IP.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
    """

    return await _http.send_async(client, OPERATION, _get_kwargs(), _parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AccessTokenResponse:
    """Renew the access token.

    ``GET /auth/renewaccesstoken``
    Returns a fresh token with a later `expirationTime` for the session of the current, still valid
    bearer token, without opening a new session. Tokens last roughly 80–90 minutes; renew about 15
    minutes before `expirationTime`. Limited to about 15 calls per hour per IP.

    Returns:
        AccessTokenResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
        )
    )
