"""POST /contract/rollcontracts: Find the contracts to roll to, in bulk."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.roll_contracts import RollContracts
from ...models.roll_contracts_response import RollContractsResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("rollContracts", "POST", "/contract/rollcontracts", idempotent=False)


def _get_kwargs(
    *,
    body: RollContracts,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> RollContractsResponse:
    return RollContractsResponse._from_json(_codec.json_object(RollContractsResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RollContracts,
) -> Response[RollContractsResponse]:
    """Find the contracts to roll to, in bulk.

    ``POST /contract/rollcontracts``
    Bulk form of the roll lookup for a list of contract symbols. Upstream leaves the layout of the
    returned `contracts` object undefined (an object with no declared properties).

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
    body: RollContracts,
) -> RollContractsResponse:
    """Find the contracts to roll to, in bulk.

    ``POST /contract/rollcontracts``
    Bulk form of the roll lookup for a list of contract symbols. Upstream leaves the layout of the
    returned `contracts` object undefined (an object with no declared properties).

    Args:
        body: The request body.

    Returns:
        RollContractsResponse

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
    body: RollContracts,
) -> Response[RollContractsResponse]:
    """Find the contracts to roll to, in bulk.

    ``POST /contract/rollcontracts``
    Bulk form of the roll lookup for a list of contract symbols. Upstream leaves the layout of the
    returned `contracts` object undefined (an object with no declared properties).

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
    body: RollContracts,
) -> RollContractsResponse:
    """Find the contracts to roll to, in bulk.

    ``POST /contract/rollcontracts``
    Bulk form of the roll lookup for a list of contract symbols. Upstream leaves the layout of the
    returned `contracts` object undefined (an object with no declared properties).

    Args:
        body: The request body.

    Returns:
        RollContractsResponse

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
