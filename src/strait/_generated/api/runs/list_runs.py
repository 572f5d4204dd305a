from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.paginated_job_run import PaginatedJobRun
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    payload_contains: str | Unset = UNSET,
    execution_mode: str | Unset = UNSET,
    error_class: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = statuses

    params["statuses"] = json_statuses

    params["tag_key"] = tag_key

    params["tag_value"] = tag_value

    params["metadata_key"] = metadata_key

    params["metadata_value"] = metadata_value

    params["triggered_by"] = triggered_by

    params["batch_id"] = batch_id

    params["payload_contains"] = payload_contains

    params["execution_mode"] = execution_mode

    params["error_class"] = error_class

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaginatedJobRun | None:
    if response.status_code == 200:
        response_200 = PaginatedJobRun.from_dict(response.json())

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
) -> Response[ErrorResponse | PaginatedJobRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    payload_contains: str | Unset = UNSET,
    execution_mode: str | Unset = UNSET,
    error_class: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedJobRun]:
    """List runs

    Args:
        status (str | Unset):
        statuses (list[str] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        payload_contains (str | Unset):
        execution_mode (str | Unset):
        error_class (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedJobRun]
    """

    kwargs = _get_kwargs(
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        payload_contains=payload_contains,
        execution_mode=execution_mode,
        error_class=error_class,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    payload_contains: str | Unset = UNSET,
    execution_mode: str | Unset = UNSET,
    error_class: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | PaginatedJobRun | None:
    """List runs

    Args:
        status (str | Unset):
        statuses (list[str] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        payload_contains (str | Unset):
        execution_mode (str | Unset):
        error_class (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedJobRun
    """

    return sync_detailed(
        client=client,
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        payload_contains=payload_contains,
        execution_mode=execution_mode,
        error_class=error_class,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    payload_contains: str | Unset = UNSET,
    execution_mode: str | Unset = UNSET,
    error_class: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | PaginatedJobRun]:
    """List runs

    Args:
        status (str | Unset):
        statuses (list[str] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        payload_contains (str | Unset):
        execution_mode (str | Unset):
        error_class (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaginatedJobRun]
    """

    kwargs = _get_kwargs(
        status=status,
        statuses=statuses,
        tag_key=tag_key,
        tag_value=tag_value,
        metadata_key=metadata_key,
        metadata_value=metadata_value,
        triggered_by=triggered_by,
        batch_id=batch_id,
        payload_contains=payload_contains,
        execution_mode=execution_mode,
        error_class=error_class,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    statuses: list[str] | Unset = UNSET,
    tag_key: str | Unset = UNSET,
    tag_value: str | Unset = UNSET,
    metadata_key: str | Unset = UNSET,
    metadata_value: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    batch_id: str | Unset = UNSET,
    payload_contains: str | Unset = UNSET,
    execution_mode: str | Unset = UNSET,
    error_class: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | PaginatedJobRun | None:
    """List runs

    Args:
        status (str | Unset):
        statuses (list[str] | Unset):
        tag_key (str | Unset):
        tag_value (str | Unset):
        metadata_key (str | Unset):
        metadata_value (str | Unset):
        triggered_by (str | Unset):
        batch_id (str | Unset):
        payload_contains (str | Unset):
        execution_mode (str | Unset):
        error_class (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaginatedJobRun
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            statuses=statuses,
            tag_key=tag_key,
            tag_value=tag_value,
            metadata_key=metadata_key,
            metadata_value=metadata_value,
            triggered_by=triggered_by,
            batch_id=batch_id,
            payload_contains=payload_contains,
            execution_mode=execution_mode,
            error_class=error_class,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
