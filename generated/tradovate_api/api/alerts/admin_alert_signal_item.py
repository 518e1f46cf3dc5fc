"""GET /adminAlertSignal/item: One AdminAlertSignal by id."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.admin_alert_signal import AdminAlertSignal
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("adminAlertSignalItem", "GET", "/adminAlertSignal/item", idempotent=True)


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["id"] = id
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> AdminAlertSignal:
    return AdminAlertSignal._from_json(_codec.json_object(AdminAlertSignal, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
) -> Response[AdminAlertSignal]:
    """One AdminAlertSignal by id.

    ``GET /adminAlertSignal/item``

    Args:
        id: Id of the AdminAlertSignal.

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
            id=id,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    id: int,
) -> AdminAlertSignal:
    """One AdminAlertSignal by id.

    ``GET /adminAlertSignal/item``

    Args:
        id: Id of the AdminAlertSignal.

    Returns:
        AdminAlertSignal

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            id=id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
) -> Response[AdminAlertSignal]:
    """One AdminAlertSignal by id.

    ``GET /adminAlertSignal/item``

    Args:
        id: Id of the AdminAlertSignal.

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
            id=id,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int,
) -> AdminAlertSignal:
    """One AdminAlertSignal by id.

    ``GET /adminAlertSignal/item``

    Args:
        id: Id of the AdminAlertSignal.

    Returns:
        AdminAlertSignal

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            id=id,
        )
    )
