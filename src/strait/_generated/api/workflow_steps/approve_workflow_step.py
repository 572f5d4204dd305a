from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_workflow_step_request import ApproveWorkflowStepRequest
from ...models.approve_workflow_step_response_200 import ApproveWorkflowStepResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_run_id: str,
    step_ref: str,
    *,
    body: ApproveWorkflowStepRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflow-runs/{workflow_run_id}/steps/{step_ref}/approve".format(
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
) -> ApproveWorkflowStepResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ApproveWorkflowStepResponse200.from_dict(response.json())

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
) -> Response[ApproveWorkflowStepResponse200 | ErrorResponse]:
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
    body: ApproveWorkflowStepRequest | Unset = UNSET,
) -> Response[ApproveWorkflowStepResponse200 | ErrorResponse]:
    """Approve workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ApproveWorkflowStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveWorkflowStepResponse200 | ErrorResponse]
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
    body: ApproveWorkflowStepRequest | Unset = UNSET,
) -> ApproveWorkflowStepResponse200 | ErrorResponse | None:
    """Approve workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ApproveWorkflowStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveWorkflowStepResponse200 | ErrorResponse
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
    body: ApproveWorkflowStepRequest | Unset = UNSET,
) -> Response[ApproveWorkflowStepResponse200 | ErrorResponse]:
    """Approve workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ApproveWorkflowStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveWorkflowStepResponse200 | ErrorResponse]
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
    body: ApproveWorkflowStepRequest | Unset = UNSET,
) -> ApproveWorkflowStepResponse200 | ErrorResponse | None:
    """Approve workflow step

    Args:
        workflow_run_id (str):
        step_ref (str):
        body (ApproveWorkflowStepRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveWorkflowStepResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workflow_run_id=workflow_run_id,
            step_ref=step_ref,
            client=client,
            body=body,
        )
    ).parsed
