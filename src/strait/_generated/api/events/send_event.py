from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.event_trigger import EventTrigger
from ...models.send_event_request import SendEventRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_key: str,
    *,
    body: SendEventRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/events/{event_key}/send".format(
            event_key=quote(str(event_key), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EventTrigger | None:
    if response.status_code == 200:
        response_200 = EventTrigger.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | EventTrigger]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_key: str,
    *,
    client: AuthenticatedClient,
    body: SendEventRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | EventTrigger]:
    """Send event

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventTrigger]
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_key: str,
    *,
    client: AuthenticatedClient,
    body: SendEventRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | EventTrigger | None:
    """Send event

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventTrigger
    """

    return sync_detailed(
        event_key=event_key,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    event_key: str,
    *,
    client: AuthenticatedClient,
    body: SendEventRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | EventTrigger]:
    """Send event

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EventTrigger]
    """

    kwargs = _get_kwargs(
        event_key=event_key,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_key: str,
    *,
    client: AuthenticatedClient,
    body: SendEventRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | EventTrigger | None:
    """Send event

    Args:
        event_key (str):
        idempotency_key (str | Unset):
        body (SendEventRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EventTrigger
    """

    return (
        await asyncio_detailed(
            event_key=event_key,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
