"""GET /userAccountRiskParameter/items: Several UserAccountRiskParameters by id."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.user_account_risk_parameter import UserAccountRiskParameter
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("userAccountRiskParameterItems", "GET", "/userAccountRiskParameter/items", idempotent=True)


def _get_kwargs(
    *,
    ids: list[int],
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["ids"] = _http.join(ids, "ids", 1)
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> list[UserAccountRiskParameter]:
    return _codec.decode_list_of(UserAccountRiskParameter, "[]", _codec.json_array(UserAccountRiskParameter, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int],
) -> Response[list[UserAccountRiskParameter]]:
    """Several UserAccountRiskParameters by id.

    ``GET /userAccountRiskParameter/items``

    Args:
        ids: Ids of the UserAccountRiskParameters; sent comma-separated.

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
            ids=ids,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    ids: list[int],
) -> list[UserAccountRiskParameter]:
    """Several UserAccountRiskParameters by id.

    ``GET /userAccountRiskParameter/items``

    Args:
        ids: Ids of the UserAccountRiskParameters; sent comma-separated.

    Returns:
        list[UserAccountRiskParameter]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            ids=ids,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ids: list[int],
) -> Response[list[UserAccountRiskParameter]]:
    """Several UserAccountRiskParameters by id.

    ``GET /userAccountRiskParameter/items``

    Args:
        ids: Ids of the UserAccountRiskParameters; sent comma-separated.

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
            ids=ids,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    ids: list[int],
) -> list[UserAccountRiskParameter]:
    """Several UserAccountRiskParameters by id.

    ``GET /userAccountRiskParameter/items``

    Args:
        ids: Ids of the UserAccountRiskParameters; sent comma-separated.

    Returns:
        list[UserAccountRiskParameter]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    )
