"""GET /userAccountAutoLiq/deps: UserAccountAutoLiqs of one Account."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.user_account_auto_liq import UserAccountAutoLiq
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("userAccountAutoLiqDeps", "GET", "/userAccountAutoLiq/deps", idempotent=True)


def _get_kwargs(
    *,
    masterid: int,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["masterid"] = masterid
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> list[UserAccountAutoLiq]:
    return _codec.decode_list_of(UserAccountAutoLiq, "[]", _codec.json_array(UserAccountAutoLiq, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    masterid: int,
) -> Response[list[UserAccountAutoLiq]]:
    """UserAccountAutoLiqs of one Account.

    ``GET /userAccountAutoLiq/deps``

    Args:
        masterid: Id of the Account.

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
            masterid=masterid,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    masterid: int,
) -> list[UserAccountAutoLiq]:
    """UserAccountAutoLiqs of one Account.

    ``GET /userAccountAutoLiq/deps``

    Args:
        masterid: Id of the Account.

    Returns:
        list[UserAccountAutoLiq]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            masterid=masterid,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    masterid: int,
) -> Response[list[UserAccountAutoLiq]]:
    """UserAccountAutoLiqs of one Account.

    ``GET /userAccountAutoLiq/deps``

    Args:
        masterid: Id of the Account.

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
            masterid=masterid,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    masterid: int,
) -> list[UserAccountAutoLiq]:
    """UserAccountAutoLiqs of one Account.

    ``GET /userAccountAutoLiq/deps``

    Args:
        masterid: Id of the Account.

    Returns:
        list[UserAccountAutoLiq]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            masterid=masterid,
        )
    )
