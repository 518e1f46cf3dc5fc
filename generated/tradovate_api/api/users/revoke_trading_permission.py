"""POST /user/revoketradingpermission: Revoke a trading permission."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.revoke_trading_permission import RevokeTradingPermission
from ...models.trading_permission_response import TradingPermissionResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("revokeTradingPermission", "POST", "/user/revoketradingpermission", idempotent=False)


def _get_kwargs(
    *,
    body: RevokeTradingPermission,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> TradingPermissionResponse:
    return TradingPermissionResponse._from_json(_codec.json_object(TradingPermissionResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RevokeTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Revoke a trading permission.

    ``POST /user/revoketradingpermission``
    Withdraws a trading permission that was granted to another party on one of the caller's
    accounts.

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
    client: AuthenticatedClient,
    body: RevokeTradingPermission,
) -> TradingPermissionResponse:
    """Revoke a trading permission.

    ``POST /user/revoketradingpermission``
    Withdraws a trading permission that was granted to another party on one of the caller's
    accounts.

    Args:
        body: The request body.

    Returns:
        TradingPermissionResponse

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
    client: AuthenticatedClient,
    body: RevokeTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Revoke a trading permission.

    ``POST /user/revoketradingpermission``
    Withdraws a trading permission that was granted to another party on one of the caller's
    accounts.

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
    client: AuthenticatedClient,
    body: RevokeTradingPermission,
) -> TradingPermissionResponse:
    """Revoke a trading permission.

    ``POST /user/revoketradingpermission``
    Withdraws a trading permission that was granted to another party on one of the caller's
    accounts.

    Args:
        body: The request body.

    Returns:
        TradingPermissionResponse

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
