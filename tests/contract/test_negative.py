"""Requests that break the spec: Prism rejects them and the SDK raises the right typed error.

Also the other side: a plain-dict body missing a required field never leaves the client.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from strait import ApiError, BadRequestError, UnprocessableEntityError, ValidationError

from ._support import operation_cases, prism_violations, valid_value
from .conftest import Clients

pytestmark = pytest.mark.contract


class _RawBody:
    """A body object sent as is: like a generated model, but nothing checks it client-side."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def _check_rejection(clients: Clients, error: ApiError, operation: str, field: str) -> None:
    """The request was refused by the spec validation, and the error says which operation."""
    assert error.operation == operation
    report = prism_violations(error.response)
    assert report is not None, error
    assert field in report
    if clients.server.mode == "static":
        # Prism's own problem+json report carries no ``error.code``, so the class is
        # the status's. (In dynamic mode the error body is generated from the spec's
        # ErrorResponse and its random ``error.code`` can pick a code-mapped class.)
        assert type(error) is _BY_STATUS[error.status], type(error)


_BY_STATUS: dict[int, type[ApiError]] = {400: BadRequestError, 422: UnprocessableEntityError}


def _create_job_body(clients: Clients) -> dict[str, Any]:
    schema = operation_cases()["create-job"].request_schema()
    assert schema is not None
    body: dict[str, Any] = valid_value(schema)
    body["project_id"] = clients.project or body["project_id"]
    return body


@pytest.fixture
def prism(clients: Clients) -> Clients:
    if clients.server.live:
        pytest.skip("live server: invalid requests are only sent to Prism")
    return clients


def test_body_missing_required_field_is_rejected_by_the_server(prism: Clients) -> None:
    body = _create_job_body(prism)
    del body["name"]
    with pytest.raises(ApiError) as caught:
        prism.api.jobs.create(cast(Any, _RawBody(body)))
    assert caught.value.status == 422
    _check_rejection(prism, caught.value, "create-job", "name")


def test_wrong_query_type_is_rejected_by_the_server(prism: Clients) -> None:
    # ``query=`` is the escape hatch for parameters by wire name; its values are not
    # type-checked by the client, so the server's validation is what answers here.
    with pytest.raises(ApiError) as caught:
        prism.api.jobs.list(query={"limit": "lots"})
    assert caught.value.status in _BY_STATUS
    _check_rejection(prism, caught.value, "list-jobs", "limit")


def test_query_below_minimum_is_rejected_by_the_server(prism: Clients) -> None:
    with pytest.raises(ApiError) as caught:
        prism.api.runs.list(limit=0)
    assert caught.value.status in _BY_STATUS
    _check_rejection(prism, caught.value, "list-runs", "limit")


def test_dict_body_missing_required_field_fails_before_sending(prism: Clients) -> None:
    body = _create_job_body(prism)
    del body["slug"]
    prism.recorder.clear()
    with pytest.raises(ValidationError) as caught:
        prism.api.jobs.create(body)
    assert caught.value.field == "body.slug"
    assert caught.value.source == "argument"
    assert prism.recorder.responses == []
