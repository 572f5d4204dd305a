from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_estimate import CostEstimate
from ...models.error_response_removed import ErrorResponseRemoved
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    preset: str | Unset = UNSET,
    timeout_secs: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["preset"] = preset

    params["timeout_secs"] = timeout_secs

    params["org_id"] = org_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/cost-estimate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CostEstimate | ErrorResponseRemoved | None:
    if response.status_code == 200:
        response_200 = CostEstimate.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponseRemoved.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponseRemoved.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponseRemoved.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponseRemoved.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponseRemoved.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponseRemoved.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CostEstimate | ErrorResponseRemoved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    preset: str | Unset = UNSET,
    timeout_secs: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
) -> Response[CostEstimate | ErrorResponseRemoved]:
    """Get cost estimate

    Args:
        preset (str | Unset):
        timeout_secs (str | Unset):
        org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostEstimate | ErrorResponseRemoved]
    """

    kwargs = _get_kwargs(
        preset=preset,
        timeout_secs=timeout_secs,
        org_id=org_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    preset: str | Unset = UNSET,
    timeout_secs: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
) -> CostEstimate | ErrorResponseRemoved | None:
    """Get cost estimate

    Args:
        preset (str | Unset):
        timeout_secs (str | Unset):
        org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostEstimate | ErrorResponseRemoved
    """

    return sync_detailed(
        client=client,
        preset=preset,
        timeout_secs=timeout_secs,
        org_id=org_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    preset: str | Unset = UNSET,
    timeout_secs: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
) -> Response[CostEstimate | ErrorResponseRemoved]:
    """Get cost estimate

    Args:
        preset (str | Unset):
        timeout_secs (str | Unset):
        org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CostEstimate | ErrorResponseRemoved]
    """

    kwargs = _get_kwargs(
        preset=preset,
        timeout_secs=timeout_secs,
        org_id=org_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    preset: str | Unset = UNSET,
    timeout_secs: str | Unset = UNSET,
    org_id: str | Unset = UNSET,
) -> CostEstimate | ErrorResponseRemoved | None:
    """Get cost estimate

    Args:
        preset (str | Unset):
        timeout_secs (str | Unset):
        org_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CostEstimate | ErrorResponseRemoved
    """

    return (
        await asyncio_detailed(
            client=client,
            preset=preset,
            timeout_secs=timeout_secs,
            org_id=org_id,
        )
    ).parsed
