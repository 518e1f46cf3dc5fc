"""POST /user/opendemoaccount: Open a demo account."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.open_demo_account import OpenDemoAccount
from ...models.open_demo_account_response import OpenDemoAccountResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("openDemoAccount", "POST", "/user/opendemoaccount", idempotent=False)


def _get_kwargs(
    *,
    body: OpenDemoAccount,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> OpenDemoAccountResponse:
    return OpenDemoAccountResponse._from_json(_codec.json_object(OpenDemoAccountResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OpenDemoAccount,
) -> Response[OpenDemoAccountResponse]:
    """Open a demo account.

    ``POST /user/opendemoaccount``
    Opens a simulation account, optionally setting its auto-liquidation limits (`defaultAutoLiq`)
    and pre-trade risk limits in the same call, which saves later risk calls and avoids a wrong
    start-of-day balance when done while the market is closed. Superseded by
    createEvaluationAccounts.

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
    body: OpenDemoAccount,
) -> OpenDemoAccountResponse:
    """Open a demo account.

    ``POST /user/opendemoaccount``
    Opens a simulation account, optionally setting its auto-liquidation limits (`defaultAutoLiq`)
    and pre-trade risk limits in the same call, which saves later risk calls and avoids a wrong
    start-of-day balance when done while the market is closed. Superseded by
    createEvaluationAccounts.

    Args:
        body: The request body.

    Returns:
        OpenDemoAccountResponse

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
    body: OpenDemoAccount,
) -> Response[OpenDemoAccountResponse]:
    """Open a demo account.

    ``POST /user/opendemoaccount``
    Opens a simulation account, optionally setting its auto-liquidation limits (`defaultAutoLiq`)
    and pre-trade risk limits in the same call, which saves later risk calls and avoids a wrong
    start-of-day balance when done while the market is closed. Superseded by
    createEvaluationAccounts.

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
    body: OpenDemoAccount,
) -> OpenDemoAccountResponse:
    """Open a demo account.

    ``POST /user/opendemoaccount``
    Opens a simulation account, optionally setting its auto-liquidation limits (`defaultAutoLiq`)
    and pre-trade risk limits in the same call, which saves later risk calls and avoids a wrong
    start-of-day balance when done while the market is closed. Superseded by
    createEvaluationAccounts.

    Args:
        body: The request body.

    Returns:
        OpenDemoAccountResponse

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
