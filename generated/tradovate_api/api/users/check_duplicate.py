"""POST /customerApplication/checkduplicate: Check for duplicate applications."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.check_duplicate import CheckDuplicate
from ...models.simple_response import SimpleResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("checkDuplicate", "POST", "/customerApplication/checkduplicate", idempotent=True)


def _get_kwargs(
    *,
    body: CheckDuplicate,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> SimpleResponse:
    return SimpleResponse._from_json(_codec.json_object(SimpleResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CheckDuplicate,
) -> Response[SimpleResponse]:
    """Check for duplicate applications.

    ``POST /customerApplication/checkduplicate``
    Organisation admins only (live environment). Looks for existing customer applications that match
    the given identifiers, so a conflict shows up before you call createPartnerSubaccountRequest;
    `ok: false` means possible duplicates exist. No endpoint-specific rate limit.

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
    body: CheckDuplicate,
) -> SimpleResponse:
    """Check for duplicate applications.

    ``POST /customerApplication/checkduplicate``
    Organisation admins only (live environment). Looks for existing customer applications that match
    the given identifiers, so a conflict shows up before you call createPartnerSubaccountRequest;
    `ok: false` means possible duplicates exist. No endpoint-specific rate limit.

    Args:
        body: The request body.

    Returns:
        SimpleResponse

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
    body: CheckDuplicate,
) -> Response[SimpleResponse]:
    """Check for duplicate applications.

    ``POST /customerApplication/checkduplicate``
    Organisation admins only (live environment). Looks for existing customer applications that match
    the given identifiers, so a conflict shows up before you call createPartnerSubaccountRequest;
    `ok: false` means possible duplicates exist. No endpoint-specific rate limit.

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
    body: CheckDuplicate,
) -> SimpleResponse:
    """Check for duplicate applications.

    ``POST /customerApplication/checkduplicate``
    Organisation admins only (live environment). Looks for existing customer applications that match
    the given identifiers, so a conflict shows up before you call createPartnerSubaccountRequest;
    `ok: false` means possible duplicates exist. No endpoint-specific rate limit.

    Args:
        body: The request body.

    Returns:
        SimpleResponse

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
