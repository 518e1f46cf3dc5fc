"""POST /contract/getproductfeeparams: Get fee and margin parameters of products."""

from __future__ import annotations

from typing import Any

from ... import _codec, _http
from ...client import AuthenticatedClient
from ...models.get_product_fee_params import GetProductFeeParams
from ...models.product_fee_params_response import ProductFeeParamsResponse
from ...types import Response

__all__ = ["asyncio", "asyncio_detailed", "sync", "sync_detailed"]

OPERATION = _http.Operation("getProductFeeParams", "POST", "/contract/getproductfeeparams", idempotent=True)


def _get_kwargs(
    *,
    body: GetProductFeeParams,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    kwargs["json"] = body.to_dict()
    return kwargs


def _parse(data: Any) -> ProductFeeParamsResponse:
    return ProductFeeParamsResponse._from_json(_codec.json_object(ProductFeeParamsResponse, data))


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetProductFeeParams,
) -> Response[ProductFeeParamsResponse]:
    """Get fee and margin parameters of products.

    ``POST /contract/getproductfeeparams``
    Returns, for each product id sent, its fees (clearing, exchange, NFA, brokerage, commission,
    order routing), the currency of each fee, and the product's day, night and full margins.

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
    body: GetProductFeeParams,
) -> ProductFeeParamsResponse:
    """Get fee and margin parameters of products.

    ``POST /contract/getproductfeeparams``
    Returns, for each product id sent, its fees (clearing, exchange, NFA, brokerage, commission,
    order routing), the currency of each fee, and the product's day, night and full margins.

    Args:
        body: The request body.

    Returns:
        ProductFeeParamsResponse

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
    body: GetProductFeeParams,
) -> Response[ProductFeeParamsResponse]:
    """Get fee and margin parameters of products.

    ``POST /contract/getproductfeeparams``
    Returns, for each product id sent, its fees (clearing, exchange, NFA, brokerage, commission,
    order routing), the currency of each fee, and the product's day, night and full margins.

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
    body: GetProductFeeParams,
) -> ProductFeeParamsResponse:
    """Get fee and margin parameters of products.

    ``POST /contract/getproductfeeparams``
    Returns, for each product id sent, its fees (clearing, exchange, NFA, brokerage, commission,
    order routing), the currency of each fee, and the product's day, night and full margins.

    Args:
        body: The request body.

    Returns:
        ProductFeeParamsResponse

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
