from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.trigger_job_response_201_type_1 import TriggerJobResponse201Type1
from ...models.trigger_job_response_201_type_2 import TriggerJobResponse201Type2
from ...models.trigger_job_response_201_type_3 import TriggerJobResponse201Type3
from ...models.trigger_request import TriggerRequest
from ...models.trigger_run_response import TriggerRunResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    body: TriggerRequest | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
    sentry_trace: str | Unset = UNSET,
    baggage: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_idempotency_key, Unset):
        headers["X-Idempotency-Key"] = x_idempotency_key

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(traceparent, Unset):
        headers["Traceparent"] = traceparent

    if not isinstance(tracestate, Unset):
        headers["Tracestate"] = tracestate

    if not isinstance(sentry_trace, Unset):
        headers["Sentry-Trace"] = sentry_trace

    if not isinstance(baggage, Unset):
        headers["Baggage"] = baggage

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/jobs/{job_id}/trigger".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
    | None
):
    if response.status_code == 201:

        def _parse_response_201(
            data: object,
        ) -> (
            TriggerJobResponse201Type1
            | TriggerJobResponse201Type2
            | TriggerJobResponse201Type3
            | TriggerRunResponse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = TriggerRunResponse.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_1 = TriggerJobResponse201Type1.from_dict(data)

                return response_201_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_2 = TriggerJobResponse201Type2.from_dict(data)

                return response_201_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_3 = TriggerJobResponse201Type3.from_dict(data)

            return response_201_type_3

        response_201 = _parse_response_201(response.json())

        return response_201

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
    sentry_trace: str | Unset = UNSET,
    baggage: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
]:
    """Trigger job

    Args:
        job_id (str):
        x_idempotency_key (str | Unset):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        sentry_trace (str | Unset):
        baggage (str | Unset):
        body (TriggerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerJobResponse201Type1 | TriggerJobResponse201Type2 | TriggerJobResponse201Type3 | TriggerRunResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        x_idempotency_key=x_idempotency_key,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
        sentry_trace=sentry_trace,
        baggage=baggage,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
    sentry_trace: str | Unset = UNSET,
    baggage: str | Unset = UNSET,
) -> (
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
    | None
):
    """Trigger job

    Args:
        job_id (str):
        x_idempotency_key (str | Unset):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        sentry_trace (str | Unset):
        baggage (str | Unset):
        body (TriggerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerJobResponse201Type1 | TriggerJobResponse201Type2 | TriggerJobResponse201Type3 | TriggerRunResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
        x_idempotency_key=x_idempotency_key,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
        sentry_trace=sentry_trace,
        baggage=baggage,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
    sentry_trace: str | Unset = UNSET,
    baggage: str | Unset = UNSET,
) -> Response[
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
]:
    """Trigger job

    Args:
        job_id (str):
        x_idempotency_key (str | Unset):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        sentry_trace (str | Unset):
        baggage (str | Unset):
        body (TriggerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TriggerJobResponse201Type1 | TriggerJobResponse201Type2 | TriggerJobResponse201Type3 | TriggerRunResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
        x_idempotency_key=x_idempotency_key,
        idempotency_key=idempotency_key,
        traceparent=traceparent,
        tracestate=tracestate,
        sentry_trace=sentry_trace,
        baggage=baggage,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    traceparent: str | Unset = UNSET,
    tracestate: str | Unset = UNSET,
    sentry_trace: str | Unset = UNSET,
    baggage: str | Unset = UNSET,
) -> (
    ErrorResponse
    | TriggerJobResponse201Type1
    | TriggerJobResponse201Type2
    | TriggerJobResponse201Type3
    | TriggerRunResponse
    | None
):
    """Trigger job

    Args:
        job_id (str):
        x_idempotency_key (str | Unset):
        idempotency_key (str | Unset):
        traceparent (str | Unset):
        tracestate (str | Unset):
        sentry_trace (str | Unset):
        baggage (str | Unset):
        body (TriggerRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TriggerJobResponse201Type1 | TriggerJobResponse201Type2 | TriggerJobResponse201Type3 | TriggerRunResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
            x_idempotency_key=x_idempotency_key,
            idempotency_key=idempotency_key,
            traceparent=traceparent,
            tracestate=tracestate,
            sentry_trace=sentry_trace,
            baggage=baggage,
        )
    ).parsed
