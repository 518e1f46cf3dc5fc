"""GET /adminAlert/find: One AdminAlert by name."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.admin_alert import AdminAlert
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("adminAlertFind", "GET", "/adminAlert/find", idempotent=True)


def _get_kwargs(
    *,
    name: str,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["name"] = name
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> AdminAlert:
    return AdminAlert._from_json(_codec.json_object(AdminAlert, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[AdminAlert]:
    """One AdminAlert by name.

    ``GET /adminAlert/find``

    Args:
        name: Exact name.

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
            name=name,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    name: str,
) -> AdminAlert:
    """One AdminAlert by name.

    ``GET /adminAlert/find``

    Args:
        name: Exact name.

    Returns:
        AdminAlert

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            name=name,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str,
) -> Response[AdminAlert]:
    """One AdminAlert by name.

    ``GET /adminAlert/find``

    Args:
        name: Exact name.

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
            name=name,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str,
) -> AdminAlert:
    """One AdminAlert by name.

    ``GET /adminAlert/find``

    Args:
        name: Exact name.

    Returns:
        AdminAlert

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            name=name,
        )
    )
