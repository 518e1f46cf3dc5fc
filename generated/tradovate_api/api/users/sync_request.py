"""POST /user/syncrequest: Start user data sync."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.sync_message import SyncMessage
from ...models.sync_request import SyncRequest
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("syncRequest", "POST", "/user/syncrequest", idempotent=True)


def _get_kwargs(
    *,
    body: SyncRequest,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> SyncMessage:
    return SyncMessage._from_json(_codec.json_object(SyncMessage, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncRequest,
) -> Response[SyncMessage]:
    """Start user data sync.

    ``POST /user/syncrequest``
    Returns a snapshot of everything the selected users or accounts can see (accounts, orders,
    positions, ...); sent over the WebSocket, it also subscribes that socket to live updates. Send
    it once per socket; B2B partners must set `splitResponses` and name the `entityTypes` they want.
    Rate limit 300 calls per hour (3 s back-off).

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
    body: SyncRequest,
) -> SyncMessage:
    """Start user data sync.

    ``POST /user/syncrequest``
    Returns a snapshot of everything the selected users or accounts can see (accounts, orders,
    positions, ...); sent over the WebSocket, it also subscribes that socket to live updates. Send
    it once per socket; B2B partners must set `splitResponses` and name the `entityTypes` they want.
    Rate limit 300 calls per hour (3 s back-off).

    Args:
        body: The request body.

    Returns:
        SyncMessage

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
    body: SyncRequest,
) -> Response[SyncMessage]:
    """Start user data sync.

    ``POST /user/syncrequest``
    Returns a snapshot of everything the selected users or accounts can see (accounts, orders,
    positions, ...); sent over the WebSocket, it also subscribes that socket to live updates. Send
    it once per socket; B2B partners must set `splitResponses` and name the `entityTypes` they want.
    Rate limit 300 calls per hour (3 s back-off).

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
    body: SyncRequest,
) -> SyncMessage:
    """Start user data sync.

    ``POST /user/syncrequest``
    Returns a snapshot of everything the selected users or accounts can see (accounts, orders,
    positions, ...); sent over the WebSocket, it also subscribes that socket to live updates. Send
    it once per socket; B2B partners must set `splitResponses` and name the `entityTypes` they want.
    Rate limit 300 calls per hour (3 s back-off).

    Args:
        body: The request body.

    Returns:
        SyncMessage

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
