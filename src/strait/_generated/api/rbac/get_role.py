from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_role_response_200_type_1 import GetRoleResponse200Type1
from ...models.project_role import ProjectRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    role_id: str,
    *,
    include_lineage: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_lineage"] = include_lineage

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/roles/{role_id}".format(
            role_id=quote(str(role_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetRoleResponse200Type1 | ProjectRole | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> GetRoleResponse200Type1 | ProjectRole:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ProjectRole.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GetRoleResponse200Type1.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorResponse | GetRoleResponse200Type1 | ProjectRole]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    include_lineage: str | Unset = UNSET,
) -> Response[ErrorResponse | GetRoleResponse200Type1 | ProjectRole]:
    """Get role

    Args:
        role_id (str):
        include_lineage (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRoleResponse200Type1 | ProjectRole]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        include_lineage=include_lineage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient,
    include_lineage: str | Unset = UNSET,
) -> ErrorResponse | GetRoleResponse200Type1 | ProjectRole | None:
    """Get role

    Args:
        role_id (str):
        include_lineage (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRoleResponse200Type1 | ProjectRole
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        include_lineage=include_lineage,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient,
    include_lineage: str | Unset = UNSET,
) -> Response[ErrorResponse | GetRoleResponse200Type1 | ProjectRole]:
    """Get role

    Args:
        role_id (str):
        include_lineage (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetRoleResponse200Type1 | ProjectRole]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        include_lineage=include_lineage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient,
    include_lineage: str | Unset = UNSET,
) -> ErrorResponse | GetRoleResponse200Type1 | ProjectRole | None:
    """Get role

    Args:
        role_id (str):
        include_lineage (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetRoleResponse200Type1 | ProjectRole
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            include_lineage=include_lineage,
        )
    ).parsed
