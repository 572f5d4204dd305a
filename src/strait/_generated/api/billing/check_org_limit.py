from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_org_limit_response_200 import CheckOrgLimitResponse200
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    plan_tier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["plan_tier"] = plan_tier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/billing/check-org-limit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckOrgLimitResponse200 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckOrgLimitResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[CheckOrgLimitResponse200 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    plan_tier: str | Unset = UNSET,
) -> Response[CheckOrgLimitResponse200 | ErrorResponse]:
    """Check org limit

    Args:
        user_id (str | Unset):
        plan_tier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckOrgLimitResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        plan_tier=plan_tier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    plan_tier: str | Unset = UNSET,
) -> CheckOrgLimitResponse200 | ErrorResponse | None:
    """Check org limit

    Args:
        user_id (str | Unset):
        plan_tier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckOrgLimitResponse200 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        plan_tier=plan_tier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    plan_tier: str | Unset = UNSET,
) -> Response[CheckOrgLimitResponse200 | ErrorResponse]:
    """Check org limit

    Args:
        user_id (str | Unset):
        plan_tier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckOrgLimitResponse200 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        plan_tier=plan_tier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    plan_tier: str | Unset = UNSET,
) -> CheckOrgLimitResponse200 | ErrorResponse | None:
    """Check org limit

    Args:
        user_id (str | Unset):
        plan_tier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckOrgLimitResponse200 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            plan_tier=plan_tier,
        )
    ).parsed
