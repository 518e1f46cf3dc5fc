"""POST /order/dryrun: Check orders against risk without placing them."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.dry_run import DryRun
from ...models.dry_run_response import DryRunResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("dryRun", "POST", "/order/dryrun", idempotent=True)


def _get_kwargs(
    *,
    body: DryRun,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> DryRunResponse:
    return DryRunResponse._from_json(_codec.json_object(DryRunResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DryRun,
) -> Response[DryRunResponse]:
    """Check orders against risk without placing them.

    ``POST /order/dryrun``
    Runs up to four hypothetical orders through the account's pre-trade risk checks (margin,
    position limits and so on) and reports the outcome and estimated fees; nothing is sent to the
    market. A rejection comes back in an HTTP 200 body as rejectReason/errorText. Limited to 500
    calls per hour.

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
    body: DryRun,
) -> DryRunResponse:
    """Check orders against risk without placing them.

    ``POST /order/dryrun``
    Runs up to four hypothetical orders through the account's pre-trade risk checks (margin,
    position limits and so on) and reports the outcome and estimated fees; nothing is sent to the
    market. A rejection comes back in an HTTP 200 body as rejectReason/errorText. Limited to 500
    calls per hour.

    Args:
        body: The request body.

    Returns:
        DryRunResponse

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
    body: DryRun,
) -> Response[DryRunResponse]:
    """Check orders against risk without placing them.

    ``POST /order/dryrun``
    Runs up to four hypothetical orders through the account's pre-trade risk checks (margin,
    position limits and so on) and reports the outcome and estimated fees; nothing is sent to the
    market. A rejection comes back in an HTTP 200 body as rejectReason/errorText. Limited to 500
    calls per hour.

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
    body: DryRun,
) -> DryRunResponse:
    """Check orders against risk without placing them.

    ``POST /order/dryrun``
    Runs up to four hypothetical orders through the account's pre-trade risk checks (margin,
    position limits and so on) and reports the outcome and estimated fees; nothing is sent to the
    market. A rejection comes back in an HTTP 200 body as rejectReason/errorText. Limited to 500
    calls per hour.

    Args:
        body: The request body.

    Returns:
        DryRunResponse

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
