from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response_removed import ErrorResponseRemoved
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    deployment_id: str,
    *,
    stream: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stream"] = stream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/jobs/{job_id}/deployments/{deployment_id}/logs".format(
            job_id=quote(str(job_id), safe=""),
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponseRemoved | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponseRemoved.from_dict(response.json())

        return response_401

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
) -> Response[Any | ErrorResponseRemoved]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
) -> Response[Any | ErrorResponseRemoved]:
    """Stream deployment logs

    Args:
        job_id (str):
        deployment_id (str):
        stream (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseRemoved]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        deployment_id=deployment_id,
        stream=stream,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
) -> Any | ErrorResponseRemoved | None:
    """Stream deployment logs

    Args:
        job_id (str):
        deployment_id (str):
        stream (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseRemoved
    """

    return sync_detailed(
        job_id=job_id,
        deployment_id=deployment_id,
        client=client,
        stream=stream,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
) -> Response[Any | ErrorResponseRemoved]:
    """Stream deployment logs

    Args:
        job_id (str):
        deployment_id (str):
        stream (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponseRemoved]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        deployment_id=deployment_id,
        stream=stream,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    deployment_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
) -> Any | ErrorResponseRemoved | None:
    """Stream deployment logs

    Args:
        job_id (str):
        deployment_id (str):
        stream (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponseRemoved
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            deployment_id=deployment_id,
            client=client,
            stream=stream,
        )
    ).parsed
