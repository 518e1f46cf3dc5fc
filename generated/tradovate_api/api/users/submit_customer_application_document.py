"""POST /customerApplication/submitcustomerapplicationdocument: Upload an application document."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.submit_customer_application_document import SubmitCustomerApplicationDocument
from ...models.submit_customer_application_document_response import SubmitCustomerApplicationDocumentResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "submitCustomerApplicationDocument",
    "POST",
    "/customerApplication/submitcustomerapplicationdocument",
    idempotent=False,
)


def _get_kwargs(
    *,
    body: SubmitCustomerApplicationDocument,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> SubmitCustomerApplicationDocumentResponse:
    return SubmitCustomerApplicationDocumentResponse._from_json(
        _codec.json_object(SubmitCustomerApplicationDocumentResponse, data)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitCustomerApplicationDocument,
) -> Response[SubmitCustomerApplicationDocumentResponse]:
    """Upload an application document.

    ``POST /customerApplication/submitcustomerapplicationdocument``
    Stores one document, sent inline as a base64 data URI (PDF, plain text or an image; about 6 MB
    at most), for the workflow named in `process` and returns its `documentId`. Organisation admins
    may upload for another user via `userId`, e.g. with `process: SubAccountRequest` to get the
    three document ids that createPartnerSubaccountRequest accepts. Rate limit 30 calls per hour (30
    s back-off).

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
    body: SubmitCustomerApplicationDocument,
) -> SubmitCustomerApplicationDocumentResponse:
    """Upload an application document.

    ``POST /customerApplication/submitcustomerapplicationdocument``
    Stores one document, sent inline as a base64 data URI (PDF, plain text or an image; about 6 MB
    at most), for the workflow named in `process` and returns its `documentId`. Organisation admins
    may upload for another user via `userId`, e.g. with `process: SubAccountRequest` to get the
    three document ids that createPartnerSubaccountRequest accepts. Rate limit 30 calls per hour (30
    s back-off).

    Args:
        body: The request body.

    Returns:
        SubmitCustomerApplicationDocumentResponse

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
    body: SubmitCustomerApplicationDocument,
) -> Response[SubmitCustomerApplicationDocumentResponse]:
    """Upload an application document.

    ``POST /customerApplication/submitcustomerapplicationdocument``
    Stores one document, sent inline as a base64 data URI (PDF, plain text or an image; about 6 MB
    at most), for the workflow named in `process` and returns its `documentId`. Organisation admins
    may upload for another user via `userId`, e.g. with `process: SubAccountRequest` to get the
    three document ids that createPartnerSubaccountRequest accepts. Rate limit 30 calls per hour (30
    s back-off).

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
    body: SubmitCustomerApplicationDocument,
) -> SubmitCustomerApplicationDocumentResponse:
    """Upload an application document.

    ``POST /customerApplication/submitcustomerapplicationdocument``
    Stores one document, sent inline as a base64 data URI (PDF, plain text or an image; about 6 MB
    at most), for the workflow named in `process` and returns its `documentId`. Organisation admins
    may upload for another user via `userId`, e.g. with `process: SubAccountRequest` to get the
    three document ids that createPartnerSubaccountRequest accepts. Rate limit 30 calls per hour (30
    s back-off).

    Args:
        body: The request body.

    Returns:
        SubmitCustomerApplicationDocumentResponse

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
