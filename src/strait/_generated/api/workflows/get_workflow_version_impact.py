from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_workflow_version_impact_response_200 import (
    GetWorkflowVersionImpactResponse200,
)
from ...types import Response


def _get_kwargs(
    workflow_id: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_id}/versions/{version_id}/impact".format(
            workflow_id=quote(str(workflow_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetWorkflowVersionImpactResponse200 | None:
    if response.status_code == 200:
        response_200 = GetWorkflowVersionImpactResponse200.from_dict(response.json())

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
) -> Response[ErrorResponse | GetWorkflowVersionImpactResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetWorkflowVersionImpactResponse200]:
    """Get workflow version impact

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetWorkflowVersionImpactResponse200]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetWorkflowVersionImpactResponse200 | None:
    """Get workflow version impact

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetWorkflowVersionImpactResponse200
    """

    return sync_detailed(
        workflow_id=workflow_id,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | GetWorkflowVersionImpactResponse200]:
    """Get workflow version impact

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetWorkflowVersionImpactResponse200]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | GetWorkflowVersionImpactResponse200 | None:
    """Get workflow version impact

    Args:
        workflow_id (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetWorkflowVersionImpactResponse200
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            version_id=version_id,
            client=client,
        )
    ).parsed
