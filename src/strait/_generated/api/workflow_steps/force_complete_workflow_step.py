from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.force_complete_step_request import ForceCompleteStepRequest
from ...models.force_complete_workflow_step_response_200 import (
    ForceCompleteWorkflowStepResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_run_id: str,
    step_ref: str,
    *,
    body: ForceCompleteStepRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/force-complete".format(
            workflow_run_id=quote(str(workflow_run_id), safe=""),
            step_ref=quote(str(step_ref), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ForceCompleteWorkflowStepResponse200 | None:
    if response.status_code == 200:
        response_200 = ForceCompleteWorkflowStepResponse200.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ForceCompleteWorkflowStepResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AuthenticatedClient,
    body: ForceCompleteStepRequest | Unset = UNSET,
) -> Response[ErrorResponse | ForceCompleteWorkflowStepResponse200]:
    """Force complete workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ForceCompleteStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForceCompleteWorkflowStepResponse200]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AuthenticatedClient,
    body: ForceCompleteStepRequest | Unset = UNSET,
) -> ErrorResponse | ForceCompleteWorkflowStepResponse200 | None:
    """Force complete workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ForceCompleteStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForceCompleteWorkflowStepResponse200
    """

    return sync_detailed(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AuthenticatedClient,
    body: ForceCompleteStepRequest | Unset = UNSET,
) -> Response[ErrorResponse | ForceCompleteWorkflowStepResponse200]:
    """Force complete workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ForceCompleteStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ForceCompleteWorkflowStepResponse200]
    """

    kwargs = _get_kwargs(
        workflow_run_id=workflow_run_id,
        step_ref=step_ref,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_run_id: str,
    step_ref: str,
    *,
    client: AuthenticatedClient,
    body: ForceCompleteStepRequest | Unset = UNSET,
) -> ErrorResponse | ForceCompleteWorkflowStepResponse200 | None:
    """Force complete workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ForceCompleteStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ForceCompleteWorkflowStepResponse200
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=client,
            body=body,
        )
    ).parsed
