"""Shared helpers of the ``test_ops_*`` conformance tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx

from local.conftest import Endpoint, Seen
from strait import Client
from strait.local import LocalStrait


def later() -> str:
    """A ``scheduled_at`` far enough ahead that the run stays ``delayed`` during a test, and
    within the server's 30 days (api/trigger_intake.go:98-116)."""
    moment = datetime.now(UTC) + timedelta(days=20)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_job(client: Client, strait: LocalStrait, url: str, slug: str = "work", **extra: Any) -> Any:
    body = {"project_id": strait.project_id, "name": slug.title(), "slug": slug, "endpoint_url": url}
    body.update(extra)
    return client.jobs.create(body)


def hold(endpoint: Endpoint) -> threading.Event:
    """The endpoint keeps each dispatch open (the run stays ``executing``) until the
    returned event is set."""
    gate = threading.Event()

    def respond(seen: Seen) -> tuple[int, bytes]:
        gate.wait(10)
        return 200, b'{"ok": true}'

    endpoint.respond = respond
    return gate


def fail_through_sdk(endpoint: Endpoint, base_url: str) -> None:
    """The endpoint fails its run through ``/sdk/v1/runs/{id}/fail`` (status ``failed``)."""

    def respond(seen: Seen) -> tuple[int, bytes]:
        headers = {k.lower(): v for k, v in seen.headers.items()}
        httpx.post(
            f"{base_url}/sdk/v1/runs/{headers['x-run-id']}/fail",
            headers={"Authorization": "Bearer " + headers["x-run-token"]},
            json={"error": "boom"},
        )
        return 200, b"{}"

    endpoint.respond = respond


_T = TypeVar("_T")


def eventually(read: Callable[[], _T], done: Callable[[_T], bool], timeout: float = 10.0) -> _T:
    """``read()`` until ``done`` holds for it (or as it is after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    value = read()
    while not done(value) and time.monotonic() < deadline:
        time.sleep(0.005)
        value = read()
    return value


def validation_details(strait: LocalStrait, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    """POST ``body`` as is (past the client's own checks): the status and the error's details."""
    response = httpx.post(
        strait.base_url + path, json=body, headers={"Authorization": "Bearer " + strait.api_key}
    )
    return response.status_code, response.json()["error"].get("details")
