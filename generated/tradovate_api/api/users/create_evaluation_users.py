"""POST /user/createevaluationusers: Create evaluation users."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.create_evaluation_users import CreateEvaluationUsers
from ...models.create_evaluation_users_response import CreateEvaluationUsersResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("createEvaluationUsers", "POST", "/user/createevaluationusers", idempotent=False)


def _get_kwargs(
    *,
    body: CreateEvaluationUsers,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CreateEvaluationUsersResponse:
    return CreateEvaluationUsersResponse._from_json(_codec.json_object(CreateEvaluationUsersResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationUsers,
) -> Response[CreateEvaluationUsersResponse]:
    """Create evaluation users.

    ``POST /user/createevaluationusers``
    Partner operation: creates up to 100 users of your organisation in one call, optionally giving
    each a Tradovate subscription plan and entitlements. Use it instead of signUpOrganizationMember,
    addTradovateSubscription and addEntitlementSubscription; first and last name together may have
    at most 60 characters. Rate limit 100 failed calls per hour (1 s back-off).

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
    body: CreateEvaluationUsers,
) -> CreateEvaluationUsersResponse:
    """Create evaluation users.

    ``POST /user/createevaluationusers``
    Partner operation: creates up to 100 users of your organisation in one call, optionally giving
    each a Tradovate subscription plan and entitlements. Use it instead of signUpOrganizationMember,
    addTradovateSubscription and addEntitlementSubscription; first and last name together may have
    at most 60 characters. Rate limit 100 failed calls per hour (1 s back-off).

    Args:
        body: The request body.

    Returns:
        CreateEvaluationUsersResponse

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
    body: CreateEvaluationUsers,
) -> Response[CreateEvaluationUsersResponse]:
    """Create evaluation users.

    ``POST /user/createevaluationusers``
    Partner operation: creates up to 100 users of your organisation in one call, optionally giving
    each a Tradovate subscription plan and entitlements. Use it instead of signUpOrganizationMember,
    addTradovateSubscription and addEntitlementSubscription; first and last name together may have
    at most 60 characters. Rate limit 100 failed calls per hour (1 s back-off).

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
    body: CreateEvaluationUsers,
) -> CreateEvaluationUsersResponse:
    """Create evaluation users.

    ``POST /user/createevaluationusers``
    Partner operation: creates up to 100 users of your organisation in one call, optionally giving
    each a Tradovate subscription plan and entitlements. Use it instead of signUpOrganizationMember,
    addTradovateSubscription and addEntitlementSubscription; first and last name together may have
    at most 60 characters. Rate limit 100 failed calls per hour (1 s back-off).

    Args:
        body: The request body.

    Returns:
        CreateEvaluationUsersResponse

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
