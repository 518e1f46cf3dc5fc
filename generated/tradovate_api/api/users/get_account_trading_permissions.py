"""POST /user/getaccounttradingpermissions: List an account's trading permissions."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.get_account_trading_permissions import GetAccountTradingPermissions
from ...models.trading_permissions_response import TradingPermissionsResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "getAccountTradingPermissions", "POST", "/user/getaccounttradingpermissions", idempotent=True
)


def _get_kwargs(
    *,
    body: GetAccountTradingPermissions,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> TradingPermissionsResponse:
    return TradingPermissionsResponse._from_json(_codec.json_object(TradingPermissionsResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAccountTradingPermissions,
) -> Response[TradingPermissionsResponse]:
    """List an account's trading permissions.

    ``POST /user/getaccounttradingpermissions``
    Returns the trading permissions that have been granted on one account.

    Args:
        body: The request body.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
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
    body: GetAccountTradingPermissions,
) -> TradingPermissionsResponse:
    """List an account's trading permissions.

    ``POST /user/getaccounttradingpermissions``
    Returns the trading permissions that have been granted on one account.

    Args:
        body: The request body.

    Returns:
        TradingPermissionsResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
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
    body: GetAccountTradingPermissions,
) -> Response[TradingPermissionsResponse]:
    """List an account's trading permissions.

    ``POST /user/getaccounttradingpermissions``
    Returns the trading permissions that have been granted on one account.

    Args:
        body: The request body.

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
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
    body: GetAccountTradingPermissions,
) -> TradingPermissionsResponse:
    """List an account's trading permissions.

    ``POST /user/getaccounttradingpermissions``
    Returns the trading permissions that have been granted on one account.

    Args:
        body: The request body.

    Returns:
        TradingPermissionsResponse

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
