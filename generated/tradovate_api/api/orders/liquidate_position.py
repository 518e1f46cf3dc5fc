"""POST /order/liquidateposition: Flatten one position."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.liquidate_position import LiquidatePosition
from ...models.place_order_result import PlaceOrderResult
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("liquidatePosition", "POST", "/order/liquidateposition", idempotent=False)


def _get_kwargs(
    *,
    body: LiquidatePosition,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> PlaceOrderResult:
    return PlaceOrderResult._from_json(_codec.json_object(PlaceOrderResult, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LiquidatePosition,
) -> Response[PlaceOrderResult]:
    """Flatten one position.

    ``POST /order/liquidateposition``
    Cancels the account's working orders in one contract and sends an order that closes the
    position. This trades real money on a live account; success only means the request was accepted,
    and a timeout leaves the outcome unknown, so check orders and positions before retrying.

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
    body: LiquidatePosition,
) -> PlaceOrderResult:
    """Flatten one position.

    ``POST /order/liquidateposition``
    Cancels the account's working orders in one contract and sends an order that closes the
    position. This trades real money on a live account; success only means the request was accepted,
    and a timeout leaves the outcome unknown, so check orders and positions before retrying.

    Args:
        body: The request body.

    Returns:
        PlaceOrderResult

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
    body: LiquidatePosition,
) -> Response[PlaceOrderResult]:
    """Flatten one position.

    ``POST /order/liquidateposition``
    Cancels the account's working orders in one contract and sends an order that closes the
    position. This trades real money on a live account; success only means the request was accepted,
    and a timeout leaves the outcome unknown, so check orders and positions before retrying.

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
    body: LiquidatePosition,
) -> PlaceOrderResult:
    """Flatten one position.

    ``POST /order/liquidateposition``
    Cancels the account's working orders in one contract and sends an order that closes the
    position. This trades real money on a live account; success only means the request was accepted,
    and a timeout leaves the outcome unknown, so check orders and positions before retrying.

    Args:
        body: The request body.

    Returns:
        PlaceOrderResult

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
