from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloud_edition_required import CloudEditionRequired
from ...models.error_response import ErrorResponse
from ...models.job_comparison import JobComparison
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: str,
    to: str,
    job_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params["job_ids"] = job_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/analytics/jobs/comparison",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CloudEditionRequired | ErrorResponse | list[JobComparison] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200 or []:
            response_200_item = JobComparison.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = CloudEditionRequired.from_dict(response.json())

        return response_402

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
) -> Response[CloudEditionRequired | ErrorResponse | list[JobComparison]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    job_ids: str | Unset = UNSET,
) -> Response[CloudEditionRequired | ErrorResponse | list[JobComparison]]:
    """Get job comparison

    Args:
        from_ (str):
        to (str):
        job_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudEditionRequired | ErrorResponse | list[JobComparison]]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        job_ids=job_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    job_ids: str | Unset = UNSET,
) -> CloudEditionRequired | ErrorResponse | list[JobComparison] | None:
    """Get job comparison

    Args:
        from_ (str):
        to (str):
        job_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudEditionRequired | ErrorResponse | list[JobComparison]
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        job_ids=job_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    job_ids: str | Unset = UNSET,
) -> Response[CloudEditionRequired | ErrorResponse | list[JobComparison]]:
    """Get job comparison

    Args:
        from_ (str):
        to (str):
        job_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudEditionRequired | ErrorResponse | list[JobComparison]]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        job_ids=job_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    from_: str,
    to: str,
    job_ids: str | Unset = UNSET,
) -> CloudEditionRequired | ErrorResponse | list[JobComparison] | None:
    """Get job comparison

    Args:
        from_ (str):
        to (str):
        job_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudEditionRequired | ErrorResponse | list[JobComparison]
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            job_ids=job_ids,
        )
    ).parsed
