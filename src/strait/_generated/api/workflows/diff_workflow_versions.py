from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.diff_workflow_versions_response_200 import (
    DiffWorkflowVersionsResponse200,
)
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions/{from_version_id}/diff/{to_version_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
            from_version_id=quote(str(from_version_id), safe=""),
            to_version_id=quote(str(to_version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiffWorkflowVersionsResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DiffWorkflowVersionsResponse200.from_dict(response.json())

        return response_200

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
) -> Response[DiffWorkflowVersionsResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DiffWorkflowVersionsResponse200 | ErrorResponse]:
    """Diff workflow versions

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffWorkflowVersionsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient,
) -> DiffWorkflowVersionsResponse200 | ErrorResponse | None:
    """Diff workflow versions

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffWorkflowVersionsResponse200 | ErrorResponse
    """

    return sync_detailed(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DiffWorkflowVersionsResponse200 | ErrorResponse]:
    """Diff workflow versions

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiffWorkflowVersionsResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient,
) -> DiffWorkflowVersionsResponse200 | ErrorResponse | None:
    """Diff workflow versions

    Args:
        workflow_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiffWorkflowVersionsResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            from_version_id=from_version_id,
            to_version_id=to_version_id,
            client=client,
        )
    ).parsed
