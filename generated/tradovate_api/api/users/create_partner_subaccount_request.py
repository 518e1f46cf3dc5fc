"""POST /customerApplication/createpartnersubaccountrequest: Request a partner subaccount."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.create_partner_sub_account_request import CreatePartnerSubAccountRequest
from ...models.create_partner_sub_account_request_response import CreatePartnerSubAccountRequestResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "createPartnerSubaccountRequest", "POST", "/customerApplication/createpartnersubaccountrequest", idempotent=False
)


def _get_kwargs(
    *,
    body: CreatePartnerSubAccountRequest,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CreatePartnerSubAccountRequestResponse:
    return CreatePartnerSubAccountRequestResponse._from_json(
        _codec.json_object(CreatePartnerSubAccountRequestResponse, data)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePartnerSubAccountRequest,
) -> Response[CreatePartnerSubAccountRequestResponse]:
    """Request a partner subaccount.

    ``POST /customerApplication/createpartnersubaccountrequest``
    Organisation admins only. Opens a request for a new subaccount for a trader of your
    organisation, funded with `transferAmount` from the organisation's master account; keep the
    returned `requestId` to upload documents and to poll the status. US citizens need a 9-digit
    `taxIdentifier`, everyone else a `nationalId`; rate limit 250 calls per hour (30 s back-off),
    and failures still answer HTTP 200 with `errorText` set.

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
    body: CreatePartnerSubAccountRequest,
) -> CreatePartnerSubAccountRequestResponse:
    """Request a partner subaccount.

    ``POST /customerApplication/createpartnersubaccountrequest``
    Organisation admins only. Opens a request for a new subaccount for a trader of your
    organisation, funded with `transferAmount` from the organisation's master account; keep the
    returned `requestId` to upload documents and to poll the status. US citizens need a 9-digit
    `taxIdentifier`, everyone else a `nationalId`; rate limit 250 calls per hour (30 s back-off),
    and failures still answer HTTP 200 with `errorText` set.

    Args:
        body: The request body.

    Returns:
        CreatePartnerSubAccountRequestResponse

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
    body: CreatePartnerSubAccountRequest,
) -> Response[CreatePartnerSubAccountRequestResponse]:
    """Request a partner subaccount.

    ``POST /customerApplication/createpartnersubaccountrequest``
    Organisation admins only. Opens a request for a new subaccount for a trader of your
    organisation, funded with `transferAmount` from the organisation's master account; keep the
    returned `requestId` to upload documents and to poll the status. US citizens need a 9-digit
    `taxIdentifier`, everyone else a `nationalId`; rate limit 250 calls per hour (30 s back-off),
    and failures still answer HTTP 200 with `errorText` set.

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
    body: CreatePartnerSubAccountRequest,
) -> CreatePartnerSubAccountRequestResponse:
    """Request a partner subaccount.

    ``POST /customerApplication/createpartnersubaccountrequest``
    Organisation admins only. Opens a request for a new subaccount for a trader of your
    organisation, funded with `transferAmount` from the organisation's master account; keep the
    returned `requestId` to upload documents and to poll the status. US citizens need a 9-digit
    `taxIdentifier`, everyone else a `nationalId`; rate limit 250 calls per hour (30 s back-off),
    and failures still answer HTTP 200 with `errorText` set.

    Args:
        body: The request body.

    Returns:
        CreatePartnerSubAccountRequestResponse

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
