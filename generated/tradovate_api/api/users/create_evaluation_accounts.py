"""POST /user/createevaluationaccounts: Create evaluation accounts."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.create_evaluation_accounts import CreateEvaluationAccounts
from ...models.create_evaluation_accounts_response import CreateEvaluationAccountsResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("createEvaluationAccounts", "POST", "/user/createevaluationaccounts", idempotent=False)


def _get_kwargs(
    *,
    body: CreateEvaluationAccounts,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CreateEvaluationAccountsResponse:
    return CreateEvaluationAccountsResponse._from_json(_codec.json_object(CreateEvaluationAccountsResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationAccounts,
) -> Response[CreateEvaluationAccountsResponse]:
    """Create evaluation accounts.

    ``POST /user/createevaluationaccounts``
    Partner operation: creates up to 100 simulation accounts in one call, each copied from one of
    your template accounts, and gives the named user a trading permission on it; pre- and post-trade
    risk settings can be applied in the same call. Use it instead of openDemoAccount plus
    createTradingPermission. Rate limit 100 failed calls per hour (1 s back-off).

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
    body: CreateEvaluationAccounts,
) -> CreateEvaluationAccountsResponse:
    """Create evaluation accounts.

    ``POST /user/createevaluationaccounts``
    Partner operation: creates up to 100 simulation accounts in one call, each copied from one of
    your template accounts, and gives the named user a trading permission on it; pre- and post-trade
    risk settings can be applied in the same call. Use it instead of openDemoAccount plus
    createTradingPermission. Rate limit 100 failed calls per hour (1 s back-off).

    Args:
        body: The request body.

    Returns:
        CreateEvaluationAccountsResponse

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
    body: CreateEvaluationAccounts,
) -> Response[CreateEvaluationAccountsResponse]:
    """Create evaluation accounts.

    ``POST /user/createevaluationaccounts``
    Partner operation: creates up to 100 simulation accounts in one call, each copied from one of
    your template accounts, and gives the named user a trading permission on it; pre- and post-trade
    risk settings can be applied in the same call. Use it instead of openDemoAccount plus
    createTradingPermission. Rate limit 100 failed calls per hour (1 s back-off).

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
    body: CreateEvaluationAccounts,
) -> CreateEvaluationAccountsResponse:
    """Create evaluation accounts.

    ``POST /user/createevaluationaccounts``
    Partner operation: creates up to 100 simulation accounts in one call, each copied from one of
    your template accounts, and gives the named user a trading permission on it; pre- and post-trade
    risk settings can be applied in the same call. Use it instead of openDemoAccount plus
    createTradingPermission. Rate limit 100 failed calls per hour (1 s back-off).

    Args:
        body: The request body.

    Returns:
        CreateEvaluationAccountsResponse

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
