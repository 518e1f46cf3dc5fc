"""POST /fundTransaction/adjustcash: Adjust the cash of a demo account."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.adjust_cash import AdjustCash
from ...models.cash_balance_snapshot import CashBalanceSnapshot
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("adjustCash", "POST", "/fundTransaction/adjustcash", idempotent=False)


def _get_kwargs(
    *,
    body: AdjustCash,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CashBalanceSnapshot:
    return CashBalanceSnapshot._from_json(_codec.json_object(CashBalanceSnapshot, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdjustCash,
) -> Response[CashBalanceSnapshot]:
    """Adjust the cash of a demo account.

    ``POST /fundTransaction/adjustcash``
    Organisation administrators use this to credit or debit a demo account in a chosen currency,
    with a change type and an audit comment; there is no undo, only an opposite adjustment. The API
    key needs the `Funds:FullAccess` permission (otherwise 401). Business failures come back as HTTP
    200 with errorText; on success the updated snapshot is returned.

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
    body: AdjustCash,
) -> CashBalanceSnapshot:
    """Adjust the cash of a demo account.

    ``POST /fundTransaction/adjustcash``
    Organisation administrators use this to credit or debit a demo account in a chosen currency,
    with a change type and an audit comment; there is no undo, only an opposite adjustment. The API
    key needs the `Funds:FullAccess` permission (otherwise 401). Business failures come back as HTTP
    200 with errorText; on success the updated snapshot is returned.

    Args:
        body: The request body.

    Returns:
        CashBalanceSnapshot

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
    body: AdjustCash,
) -> Response[CashBalanceSnapshot]:
    """Adjust the cash of a demo account.

    ``POST /fundTransaction/adjustcash``
    Organisation administrators use this to credit or debit a demo account in a chosen currency,
    with a change type and an audit comment; there is no undo, only an opposite adjustment. The API
    key needs the `Funds:FullAccess` permission (otherwise 401). Business failures come back as HTTP
    200 with errorText; on success the updated snapshot is returned.

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
    body: AdjustCash,
) -> CashBalanceSnapshot:
    """Adjust the cash of a demo account.

    ``POST /fundTransaction/adjustcash``
    Organisation administrators use this to credit or debit a demo account in a chosen currency,
    with a change type and an audit comment; there is no undo, only an opposite adjustment. The API
    key needs the `Funds:FullAccess` permission (otherwise 401). Business failures come back as HTTP
    200 with errorText; on success the updated snapshot is returned.

    Args:
        body: The request body.

    Returns:
        CashBalanceSnapshot

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
