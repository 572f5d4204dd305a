from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.log_drain import LogDrain
from ...models.update_log_drain_request import UpdateLogDrainRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    drain_id: str,
    *,
    body: UpdateLogDrainRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/log-drains/{drain_id}".format(
            drain_id=quote(str(drain_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LogDrain | None:
    if response.status_code == 200:
        response_200 = LogDrain.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | LogDrain]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    drain_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLogDrainRequest | Unset = UNSET,
) -> Response[ErrorResponse | LogDrain]:
    """Update log drain

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogDrain]
    """

    kwargs = _get_kwargs(
        drain_id=drain_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    drain_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLogDrainRequest | Unset = UNSET,
) -> ErrorResponse | LogDrain | None:
    """Update log drain

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LogDrain
    """

    return sync_detailed(
        drain_id=drain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    drain_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLogDrainRequest | Unset = UNSET,
) -> Response[ErrorResponse | LogDrain]:
    """Update log drain

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogDrain]
    """

    kwargs = _get_kwargs(
        drain_id=drain_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    drain_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateLogDrainRequest | Unset = UNSET,
) -> ErrorResponse | LogDrain | None:
    """Update log drain

    Args:
        drain_id (str):
        body (UpdateLogDrainRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LogDrain
    """

    return (
        await asyncio_detailed(
            drain_id=drain_id,
            client=client,
            body=body,
        )
    ).parsed
