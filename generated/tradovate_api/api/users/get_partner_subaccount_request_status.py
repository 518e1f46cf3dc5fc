"""POST /customerApplication/getpartnersubaccountrequeststatus: Get subaccount request status."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.get_partner_sub_account_request_status import GetPartnerSubAccountRequestStatus
from ...models.partner_sub_account_request_status_response import PartnerSubAccountRequestStatusResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "getPartnerSubaccountRequestStatus",
    "POST",
    "/customerApplication/getpartnersubaccountrequeststatus",
    idempotent=True,
)


def _get_kwargs(
    *,
    body: GetPartnerSubAccountRequestStatus,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> PartnerSubAccountRequestStatusResponse:
    return PartnerSubAccountRequestStatusResponse._from_json(
        _codec.json_object(PartnerSubAccountRequestStatusResponse, data)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetPartnerSubAccountRequestStatus,
) -> Response[PartnerSubAccountRequestStatusResponse]:
    """Get subaccount request status.

    ``POST /customerApplication/getpartnersubaccountrequeststatus``
    Organisation admins only. Returns where a subaccount request stands in review (typically
    Preapproved, InReview, possibly InAMLReview, then Approved or Denied); for a denial `message`
    says why. Not rate limited, but poll no more often than every 30-60 s; failures answer HTTP 200
    with `errorText` set.

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
    body: GetPartnerSubAccountRequestStatus,
) -> PartnerSubAccountRequestStatusResponse:
    """Get subaccount request status.

    ``POST /customerApplication/getpartnersubaccountrequeststatus``
    Organisation admins only. Returns where a subaccount request stands in review (typically
    Preapproved, InReview, possibly InAMLReview, then Approved or Denied); for a denial `message`
    says why. Not rate limited, but poll no more often than every 30-60 s; failures answer HTTP 200
    with `errorText` set.

    Args:
        body: The request body.

    Returns:
        PartnerSubAccountRequestStatusResponse

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
    body: GetPartnerSubAccountRequestStatus,
) -> Response[PartnerSubAccountRequestStatusResponse]:
    """Get subaccount request status.

    ``POST /customerApplication/getpartnersubaccountrequeststatus``
    Organisation admins only. Returns where a subaccount request stands in review (typically
    Preapproved, InReview, possibly InAMLReview, then Approved or Denied); for a denial `message`
    says why. Not rate limited, but poll no more often than every 30-60 s; failures answer HTTP 200
    with `errorText` set.

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
    body: GetPartnerSubAccountRequestStatus,
) -> PartnerSubAccountRequestStatusResponse:
    """Get subaccount request status.

    ``POST /customerApplication/getpartnersubaccountrequeststatus``
    Organisation admins only. Returns where a subaccount request stands in review (typically
    Preapproved, InReview, possibly InAMLReview, then Approved or Denied); for a denial `message`
    says why. Not rate limited, but poll no more often than every 30-60 s; failures answer HTTP 200
    with `errorText` set.

    Args:
        body: The request body.

    Returns:
        PartnerSubAccountRequestStatusResponse

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
