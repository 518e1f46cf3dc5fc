"""POST /cashBalance/getcashbalancesnapshot: Current cash, margin and P&L of an account."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.cash_balance_snapshot import CashBalanceSnapshot
from ...models.get_cash_balance_snapshot import GetCashBalanceSnapshot
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("getCashBalanceSnapshot", "POST", "/cashBalance/getcashbalancesnapshot", idempotent=True)


def _get_kwargs(
    *,
    body: GetCashBalanceSnapshot,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CashBalanceSnapshot:
    return CashBalanceSnapshot._from_json(_codec.json_object(CashBalanceSnapshot, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetCashBalanceSnapshot,
) -> Response[CashBalanceSnapshot]:
    """Current cash, margin and P&L of an account.

    ``POST /cashBalance/getcashbalancesnapshot``
    Returns the account's cash balance, margins and profit and loss as of now. Do not poll it in a
    loop; for live values subscribe with `user/syncrequest` on the WebSocket. Failures come back as
    HTTP 200 with errorText.

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
    body: GetCashBalanceSnapshot,
) -> CashBalanceSnapshot:
    """Current cash, margin and P&L of an account.

    ``POST /cashBalance/getcashbalancesnapshot``
    Returns the account's cash balance, margins and profit and loss as of now. Do not poll it in a
    loop; for live values subscribe with `user/syncrequest` on the WebSocket. Failures come back as
    HTTP 200 with errorText.

    Args:
        body: The request body.

    Returns:
        CashBalanceSnapshot

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
    body: GetCashBalanceSnapshot,
) -> Response[CashBalanceSnapshot]:
    """Current cash, margin and P&L of an account.

    ``POST /cashBalance/getcashbalancesnapshot``
    Returns the account's cash balance, margins and profit and loss as of now. Do not poll it in a
    loop; for live values subscribe with `user/syncrequest` on the WebSocket. Failures come back as
    HTTP 200 with errorText.

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
    body: GetCashBalanceSnapshot,
) -> CashBalanceSnapshot:
    """Current cash, margin and P&L of an account.

    ``POST /cashBalance/getcashbalancesnapshot``
    Returns the account's cash balance, margins and profit and loss as of now. Do not poll it in a
    loop; for live values subscribe with `user/syncrequest` on the WebSocket. Failures come back as
    HTTP 200 with errorText.

    Args:
        body: The request body.

    Returns:
        CashBalanceSnapshot

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
