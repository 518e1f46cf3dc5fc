"""POST /order/modifyorder: Change a working order."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.command_result import CommandResult
from ...models.modify_order import ModifyOrder
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("modifyOrder", "POST", "/order/modifyorder", idempotent=False)


def _get_kwargs(
    *,
    body: ModifyOrder,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> CommandResult:
    return CommandResult._from_json(_codec.json_object(CommandResult, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ModifyOrder,
) -> Response[CommandResult]:
    """Change a working order.

    ``POST /order/modifyorder``
    Asks to change the quantity, prices or time in force of a working order; send the full new set
    of values, including `orderQty` and `orderType`. Acceptance is not a guarantee: market and
    exchange rules may still refuse the change, and refusals come back as HTTP 200 with
    failureReason/failureText. Set `isAutomated` to true unless a person made the change.

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
    body: ModifyOrder,
) -> CommandResult:
    """Change a working order.

    ``POST /order/modifyorder``
    Asks to change the quantity, prices or time in force of a working order; send the full new set
    of values, including `orderQty` and `orderType`. Acceptance is not a guarantee: market and
    exchange rules may still refuse the change, and refusals come back as HTTP 200 with
    failureReason/failureText. Set `isAutomated` to true unless a person made the change.

    Args:
        body: The request body.

    Returns:
        CommandResult

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
    body: ModifyOrder,
) -> Response[CommandResult]:
    """Change a working order.

    ``POST /order/modifyorder``
    Asks to change the quantity, prices or time in force of a working order; send the full new set
    of values, including `orderQty` and `orderType`. Acceptance is not a guarantee: market and
    exchange rules may still refuse the change, and refusals come back as HTTP 200 with
    failureReason/failureText. Set `isAutomated` to true unless a person made the change.

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
    body: ModifyOrder,
) -> CommandResult:
    """Change a working order.

    ``POST /order/modifyorder``
    Asks to change the quantity, prices or time in force of a working order; send the full new set
    of values, including `orderQty` and `orderType`. Acceptance is not a guarantee: market and
    exchange rules may still refuse the change, and refusals come back as HTTP 200 with
    failureReason/failureText. Set `isAutomated` to true unless a person made the change.

    Args:
        body: The request body.

    Returns:
        CommandResult

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
