"""GET /contractGroup/suggest: ContractGroups whose text fields contain a string."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.contract_group import ContractGroup
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("contractGroupSuggest", "GET", "/contractGroup/suggest", idempotent=True)


def _get_kwargs(
    *,
    text: str,
    limit: int,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["t"] = text
    params["l"] = limit
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> list[ContractGroup]:
    return _codec.decode_list_of(ContractGroup, "[]", _codec.json_array(ContractGroup, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    text: str,
    limit: int,
) -> Response[list[ContractGroup]]:
    """ContractGroups whose text fields contain a string.

    ``GET /contractGroup/suggest``

    Args:
        text: Text to look for.
        limit: Maximum number of results.

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
            text=text,
            limit=limit,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    text: str,
    limit: int,
) -> list[ContractGroup]:
    """ContractGroups whose text fields contain a string.

    ``GET /contractGroup/suggest``

    Args:
        text: Text to look for.
        limit: Maximum number of results.

    Returns:
        list[ContractGroup]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            text=text,
            limit=limit,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    text: str,
    limit: int,
) -> Response[list[ContractGroup]]:
    """ContractGroups whose text fields contain a string.

    ``GET /contractGroup/suggest``

    Args:
        text: Text to look for.
        limit: Maximum number of results.

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
            text=text,
            limit=limit,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    text: str,
    limit: int,
) -> list[ContractGroup]:
    """ContractGroups whose text fields contain a string.

    ``GET /contractGroup/suggest``

    Args:
        text: Text to look for.
        limit: Maximum number of results.

    Returns:
        list[ContractGroup]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            text=text,
            limit=limit,
        )
    )
