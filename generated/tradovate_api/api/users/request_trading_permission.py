"""POST /user/requesttradingpermission: Request a trading permission."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.request_trading_permission import RequestTradingPermission
from ...models.trading_permission_response import TradingPermissionResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("requestTradingPermission", "POST", "/user/requesttradingpermission", idempotent=False)


def _get_kwargs(
    *,
    body: RequestTradingPermission,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> TradingPermissionResponse:
    return TradingPermissionResponse._from_json(_codec.json_object(TradingPermissionResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Request a trading permission.

    ``POST /user/requesttradingpermission``
    Asks to give another party, named by contact and email, trading access to one of the caller's
    accounts; the party gets access only after Tradovate's compliance review. Partners should use
    createTradingPermission or createEvaluationAccounts instead.

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
    body: RequestTradingPermission,
) -> TradingPermissionResponse:
    """Request a trading permission.

    ``POST /user/requesttradingpermission``
    Asks to give another party, named by contact and email, trading access to one of the caller's
    accounts; the party gets access only after Tradovate's compliance review. Partners should use
    createTradingPermission or createEvaluationAccounts instead.

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
    body: RequestTradingPermission,
) -> Response[TradingPermissionResponse]:
    """Request a trading permission.

    ``POST /user/requesttradingpermission``
    Asks to give another party, named by contact and email, trading access to one of the caller's
    accounts; the party gets access only after Tradovate's compliance review. Partners should use
    createTradingPermission or createEvaluationAccounts instead.

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
    body: RequestTradingPermission,
) -> TradingPermissionResponse:
    """Request a trading permission.

    ``POST /user/requesttradingpermission``
    Asks to give another party, named by contact and email, trading access to one of the caller's
    accounts; the party gets access only after Tradovate's compliance review. Partners should use
    createTradingPermission or createEvaluationAccounts instead.

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
