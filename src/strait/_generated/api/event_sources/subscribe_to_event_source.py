from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_subscription import EventSubscription
from ...models.subscribe_to_event_source_request import SubscribeToEventSourceRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    source_id: str,
    *,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/event-sources/{source_id}/subscribe".format(
            source_id=quote(str(source_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventSubscription | None:
    if response.status_code == 201:
        response_201 = EventSubscription.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | EventSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | EventSubscription]:
    """Subscribe to event source

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventSubscription]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | EventSubscription | None:
    """Subscribe to event source

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventSubscription
    """

    return sync_detailed(
        source_id=source_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | EventSubscription]:
    """Subscribe to event source

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventSubscription]
    """

    kwargs = _get_kwargs(
        source_id=source_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    source_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscribeToEventSourceRequest,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | EventSubscription | None:
    """Subscribe to event source

    Args:
        source_id (str):
        idempotency_key (str | Unset):
        body (SubscribeToEventSourceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventSubscription
    """

    return (
        await asyncio_detailed(
            source_id=source_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
