"""GET /marketDataSubscriptionPlan/list: All MarketDataSubscriptionPlans visible to the user."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.market_data_subscription_plan import MarketDataSubscriptionPlan
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation(
    "marketDataSubscriptionPlanList", "GET", "/marketDataSubscriptionPlan/list", idempotent=True
)


def _get_kwargs() -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    return kwargs


def _parse(data: Any) -> list[MarketDataSubscriptionPlan]:
    return _codec.decode_list_of(MarketDataSubscriptionPlan, "[]", _codec.json_array(MarketDataSubscriptionPlan, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[MarketDataSubscriptionPlan]]:
    """All MarketDataSubscriptionPlans visible to the user.

    ``GET /marketDataSubscriptionPlan/list``

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
    """

    return _http.send_sync(client, OPERATION, _get_kwargs(), _parse)


def sync(
    *,
    client: AuthenticatedClient,
) -> list[MarketDataSubscriptionPlan]:
    """All MarketDataSubscriptionPlans visible to the user.

    ``GET /marketDataSubscriptionPlan/list``

    Returns:
        list[MarketDataSubscriptionPlan]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[MarketDataSubscriptionPlan]]:
    """All MarketDataSubscriptionPlans visible to the user.

    ``GET /marketDataSubscriptionPlan/list``

    Returns:
        The HTTP status, headers and body, with ``parsed`` set when the call succeeded and
        ``error`` set to the typed error it ended in otherwise.

    Raises:
        errors.RequestNotSent: The request never reached the server.
        errors.TransportError: The connection failed while waiting for the answer.
    """

    return await _http.send_async(client, OPERATION, _get_kwargs(), _parse)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> list[MarketDataSubscriptionPlan]:
    """All MarketDataSubscriptionPlans visible to the user.

    ``GET /marketDataSubscriptionPlan/list``

    Returns:
        list[MarketDataSubscriptionPlan]

    Raises:
        errors.RequestNotSent: The request never reached the server (safe to send again).
        errors.TransportError: The connection failed while waiting for the answer.
        errors.PenaltyTicket: The server rate-limited the call; it was not executed.
        errors.ApiError: The server answered with an error status (a subclass per status).
    """

    return _http.result(
        await asyncio_detailed(
            client=client,
        )
    )
