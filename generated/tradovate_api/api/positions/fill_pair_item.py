"""GET /fillPair/item: One FillPair by id."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.fill_pair import FillPair
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("fillPairItem", "GET", "/fillPair/item", idempotent=True)


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["id"] = id
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> FillPair:
    return FillPair._from_json(_codec.json_object(FillPair, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
) -> Response[FillPair]:
    """One FillPair by id.

    ``GET /fillPair/item``

    Args:
        id: Id of the FillPair.

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
) -> FillPair:
    """One FillPair by id.

    ``GET /fillPair/item``

    Args:
        id: Id of the FillPair.

    Returns:
        FillPair

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
) -> Response[FillPair]:
    """One FillPair by id.

    ``GET /fillPair/item``

    Args:
        id: Id of the FillPair.

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
) -> FillPair:
    """One FillPair by id.

    ``GET /fillPair/item``

    Args:
        id: Id of the FillPair.

    Returns:
        FillPair

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
