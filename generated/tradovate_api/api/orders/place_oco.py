"""POST /order/placeoco: Place two orders that cancel each other."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.place_oco import PlaceOCO
from ...models.place_oco_result import PlaceOcoResult
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("placeOco", "POST", "/order/placeoco", idempotent=False)


def _get_kwargs(
    *,
    body: PlaceOCO,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> PlaceOcoResult:
    return PlaceOcoResult._from_json(_codec.json_object(PlaceOcoResult, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlaceOCO,
) -> Response[PlaceOcoResult]:
    """Place two orders that cancel each other.

    ``POST /order/placeoco``
    Places an order together with a second one (`other`) on the same contract; when one of them
    fills, the other is cancelled. Set `isAutomated` to true for orders not entered by a person.
    This moves money on live accounts, rejections come back as HTTP 200 with
    failureReason/failureText, and a timeout leaves the outcome unknown.

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
    body: PlaceOCO,
) -> PlaceOcoResult:
    """Place two orders that cancel each other.

    ``POST /order/placeoco``
    Places an order together with a second one (`other`) on the same contract; when one of them
    fills, the other is cancelled. Set `isAutomated` to true for orders not entered by a person.
    This moves money on live accounts, rejections come back as HTTP 200 with
    failureReason/failureText, and a timeout leaves the outcome unknown.

    Args:
        body: The request body.

    Returns:
        PlaceOcoResult

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
    body: PlaceOCO,
) -> Response[PlaceOcoResult]:
    """Place two orders that cancel each other.

    ``POST /order/placeoco``
    Places an order together with a second one (`other`) on the same contract; when one of them
    fills, the other is cancelled. Set `isAutomated` to true for orders not entered by a person.
    This moves money on live accounts, rejections come back as HTTP 200 with
    failureReason/failureText, and a timeout leaves the outcome unknown.

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
    body: PlaceOCO,
) -> PlaceOcoResult:
    """Place two orders that cancel each other.

    ``POST /order/placeoco``
    Places an order together with a second one (`other`) on the same contract; when one of them
    fills, the other is cancelled. Set `isAutomated` to true for orders not entered by a person.
    This moves money on live accounts, rejections come back as HTTP 200 with
    failureReason/failureText, and a timeout leaves the outcome unknown.

    Args:
        body: The request body.

    Returns:
        PlaceOcoResult

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
