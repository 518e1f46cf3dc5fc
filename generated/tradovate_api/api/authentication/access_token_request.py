"""POST /auth/accesstokenrequest: Request an access token."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient, Client
from ...models.access_token_request import AccessTokenRequest
from ...models.access_token_response import AccessTokenResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("accessTokenRequest", "POST", "/auth/accesstokenrequest", idempotent=False)


def _get_kwargs(
    *,
    body: AccessTokenRequest,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> AccessTokenResponse:
    return AccessTokenResponse._from_json(_codec.json_object(AccessTokenResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse]:
    """Request an access token.

    ``POST /auth/accesstokenrequest``
    Exchanges a username and password (plus the API key's `cid` and `sec`) for an access token; no
    bearer token is needed. Every successful call opens a new server session, a user may hold only
    two at a time and the oldest is closed (its token stops working), so keep one token per
    application and renew it instead of calling this again. Failed attempts are limited to about
    five per hour per IP; a rejected login may still be HTTP 200, with `errorText` or a `p-ticket`.

    Args:
        body: The request body.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.OutcomeUnknown: The request may have been executed, but no answer arrived.
    """

    return _http.send_sync(
        client,
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessTokenResponse:
    """Request an access token.

    ``POST /auth/accesstokenrequest``
    Exchanges a username and password (plus the API key's `cid` and `sec`) for an access token; no
    bearer token is needed. Every successful call opens a new server session, a user may hold only
    two at a time and the oldest is closed (its token stops working), so keep one token per
    application and renew it instead of calling this again. Failed attempts are limited to about
    five per hour per IP; a rejected login may still be HTTP 200, with `errorText` or a `p-ticket`.

    Args:
        body: The request body.

    Returns:
        AccessTokenResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.OutcomeUnknown: The request may have been executed but its result is unknown
            (connection lost, server error, unreadable answer). Never resend blindly: look
            the state up first.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> Response[AccessTokenResponse]:
    """Request an access token.

    ``POST /auth/accesstokenrequest``
    Exchanges a username and password (plus the API key's `cid` and `sec`) for an access token; no
    bearer token is needed. Every successful call opens a new server session, a user may hold only
    two at a time and the oldest is closed (its token stops working), so keep one token per
    application and renew it instead of calling this again. Failed attempts are limited to about
    five per hour per IP; a rejected login may still be HTTP 200, with `errorText` or a `p-ticket`.

    Args:
        body: The request body.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.OutcomeUnknown: The request may have been executed, but no answer arrived.
    """

    return await _http.send_async(
        client,
        OPERATION,
        _get_kwargs(
            body=body,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequest,
) -> AccessTokenResponse:
    """Request an access token.

    ``POST /auth/accesstokenrequest``
    Exchanges a username and password (plus the API key's `cid` and `sec`) for an access token; no
    bearer token is needed. Every successful call opens a new server session, a user may hold only
    two at a time and the oldest is closed (its token stops working), so keep one token per
    application and renew it instead of calling this again. Failed attempts are limited to about
    five per hour per IP; a rejected login may still be HTTP 200, with `errorText` or a `p-ticket`.

    Args:
        body: The request body.

    Returns:
        AccessTokenResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.OutcomeUnknown: The request may have been executed but its result is unknown
            (connection lost, server error, unreadable answer). Never resend blindly: look
            the state up first.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
