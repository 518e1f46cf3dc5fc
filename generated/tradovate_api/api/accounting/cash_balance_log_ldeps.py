"""GET /cashBalanceLog/ldeps: CashBalanceLogs of several Accounts."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.cash_balance_log import CashBalanceLog
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("cashBalanceLogLdeps", "GET", "/cashBalanceLog/ldeps", idempotent=True)


def _get_kwargs(
    *,
    masterids: list[int],
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {}
    params["masterids"] = _http.join(masterids, "masterids", 1)
    kwargs["params"] = params
    return kwargs


def _parse(data: Any) -> list[CashBalanceLog]:
    return _codec.decode_list_of(CashBalanceLog, "[]", _codec.json_array(CashBalanceLog, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> Response[list[CashBalanceLog]]:
    """CashBalanceLogs of several Accounts.

    ``GET /cashBalanceLog/ldeps``

    Args:
        masterids: Ids of the Accounts; sent comma-separated.

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
            masterids=masterids,
        ),
        _parse,
    )


def sync(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> list[CashBalanceLog]:
    """CashBalanceLogs of several Accounts.

    ``GET /cashBalanceLog/ldeps``

    Args:
        masterids: Ids of the Accounts; sent comma-separated.

    Returns:
        list[CashBalanceLog]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
            masterids=masterids,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> Response[list[CashBalanceLog]]:
    """CashBalanceLogs of several Accounts.

    ``GET /cashBalanceLog/ldeps``

    Args:
        masterids: Ids of the Accounts; sent comma-separated.

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
            masterids=masterids,
        ),
        _parse,
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    masterids: list[int],
) -> list[CashBalanceLog]:
    """CashBalanceLogs of several Accounts.

    ``GET /cashBalanceLog/ldeps``

    Args:
        masterids: Ids of the Accounts; sent comma-separated.

    Returns:
        list[CashBalanceLog]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
            masterids=masterids,
        )
    )
