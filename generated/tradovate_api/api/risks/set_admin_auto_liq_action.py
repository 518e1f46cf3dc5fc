"""POST /accountRiskStatus/setadminautoliqaction: Lock, liquidate or unlock an account."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.account_risk_status_response import AccountRiskStatusResponse
from ...models.set_admin_auto_liq_action import SetAdminAutoLiqAction
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "setAdminAutoLiqAction", "POST", "/accountRiskStatus/setadminautoliqaction", idempotent=False
)


def _get_kwargs(
    *,
    body: SetAdminAutoLiqAction,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> AccountRiskStatusResponse:
    return AccountRiskStatusResponse._from_json(_codec.json_object(AccountRiskStatusResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetAdminAutoLiqAction,
) -> Response[AccountRiskStatusResponse]:
    """Lock, liquidate or unlock an account.

    ``POST /accountRiskStatus/setadminautoliqaction``
    Sets the administrative risk action on one account (for example lock trading, liquidate,
    liquidate-only, or `Normal` to lift a restriction); there is no bulk form. The state persists
    until another call sets `Normal`. Organization administrators only, Demo environment; with
    reason code `Other` the free-text `adminActionReason` (up to 8192 characters) is required.

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
    body: SetAdminAutoLiqAction,
) -> AccountRiskStatusResponse:
    """Lock, liquidate or unlock an account.

    ``POST /accountRiskStatus/setadminautoliqaction``
    Sets the administrative risk action on one account (for example lock trading, liquidate,
    liquidate-only, or `Normal` to lift a restriction); there is no bulk form. The state persists
    until another call sets `Normal`. Organization administrators only, Demo environment; with
    reason code `Other` the free-text `adminActionReason` (up to 8192 characters) is required.

    Args:
        body: The request body.

    Returns:
        AccountRiskStatusResponse

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
    body: SetAdminAutoLiqAction,
) -> Response[AccountRiskStatusResponse]:
    """Lock, liquidate or unlock an account.

    ``POST /accountRiskStatus/setadminautoliqaction``
    Sets the administrative risk action on one account (for example lock trading, liquidate,
    liquidate-only, or `Normal` to lift a restriction); there is no bulk form. The state persists
    until another call sets `Normal`. Organization administrators only, Demo environment; with
    reason code `Other` the free-text `adminActionReason` (up to 8192 characters) is required.

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
    body: SetAdminAutoLiqAction,
) -> AccountRiskStatusResponse:
    """Lock, liquidate or unlock an account.

    ``POST /accountRiskStatus/setadminautoliqaction``
    Sets the administrative risk action on one account (for example lock trading, liquidate,
    liquidate-only, or `Normal` to lift a restriction); there is no bulk form. The state persists
    until another call sets `Normal`. Organization administrators only, Demo environment; with
    reason code `Other` the free-text `adminActionReason` (up to 8192 characters) is required.

    Args:
        body: The request body.

    Returns:
        AccountRiskStatusResponse

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
