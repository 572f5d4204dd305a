"""Every operation of the spec, called through the facade with a request built from the spec.

Each call must be accepted by the server (Prism answers a request that breaks the spec
with a 4xx validation report, shown on failure) and its answer must come back as what
the method's signature promises: the generated model, a list of them, a ``SyncPage``,
``{}`` for 204, the raw body for streamed and untyped answers, or a follow stream for
Server-Sent Events. Every JSON answer is a dict (or list) whose ``json.dumps`` is the
wire body, byte for byte once both are serialised the same way.
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest

from strait import ApiError, ForbiddenError, NotFoundError, UnsupportedOperationError

from ._support import (
    OperationCase,
    check_result,
    operation_cases,
    prism_violations,
    response_violations,
)
from .conftest import EXERCISED, Clients

pytestmark = pytest.mark.contract

#: Typed errors a real server may answer a read-only call on made-up ids with.
_LIVE_ACCEPTED = (NotFoundError, ForbiddenError, UnsupportedOperationError)
#: Query parameters a live server requires although the spec leaves them optional: the
#: analytics window (api/analytics.go:51-54, api/webhook_analytics.go:22,45,72).
_WINDOW = {"from_": "2026-01-01T00:00:00Z", "to": "2026-01-02T00:00:00Z"}
_WINDOW_OPERATIONS = ("get-webhook-delivery-stats", "get-webhook-endpoint-health", "get-top-failing-webhooks")
_LIVE_QUERY = dict.fromkeys(_WINDOW_OPERATIONS, _WINDOW)


def _skip_reason(case: OperationCase, clients: Clients) -> str | None:
    if not clients.server.live:
        return None
    if not case.read_only:
        return "live server: only read-only (GET) operations run; see test_flow for writes"
    if case.service == "billing":
        return "live server: billing operations are not called (Prism runs cover them)"
    if case.sse:
        return "live server: an event stream does not end; Prism runs cover it"
    if case.internal_only:
        return "live server: internal-secret-only operation"
    if case.run_token_auth and clients.run is None:
        return "live server: set STRAIT_RUN_TOKEN to exercise /sdk/v1 reads"
    return None


def _body(response: Any) -> Any:
    """The body as the facade returns an untyped answer: JSON decoded, text as text, else bytes."""
    if not response.content:
        return {}  # an empty 2xx body reads as {} (issue 10)
    kind = response.headers.get("content-type", "").split(";")[0]
    if kind == "application/json":
        return response.json()
    if kind.startswith("text/") or kind.endswith("ndjson"):
        return response.text
    return response.content


@pytest.mark.parametrize("operation_id", sorted(operation_cases()))
def test_operation(operation_id: str, clients: Clients) -> None:
    case = operation_cases()[operation_id]
    reason = _skip_reason(case, clients)
    if reason:
        pytest.skip(reason)
    client = clients.run if case.run_token_auth else clients.api
    assert client is not None
    args, kwargs = case.call_args()
    if clients.server.live:
        kwargs.update(_LIVE_QUERY.get(operation_id, {}))
    clients.recorder.clear()
    if case.sse:
        # issue 9 #7: an event stream is a follow stream that opens on first read
        stream = case.bound_method(client)(*args, timeout=5)
        check_result(case, stream)
        stream.close()
        EXERCISED.add((clients.server.mode, operation_id))
        return
    try:
        result = case.bound_method(client)(*args, **kwargs)
    except ApiError as exc:
        report = prism_violations(exc.response)
        if report is not None:
            pytest.fail(f"{operation_id}: the server rejected the request as breaking the spec:\n{report}")
        if clients.server.live and exc.status == 501 and os.environ.get("STRAIT_LOCAL"):
            pytest.skip(f"strait.local does not implement {operation_id} (501)")
        if clients.server.live and isinstance(exc, _LIVE_ACCEPTED):
            EXERCISED.add((clients.server.mode, operation_id))
            assert exc.operation == operation_id
            return
        raise

    response = clients.recorder.last
    assert response.status_code == case.operation.status, (
        f"{operation_id}: answered {response.status_code}, the spec documents {case.operation.status}"
    )
    violations = response_violations(case, response)
    assert not violations, f"{operation_id}: the answer breaks the documented schema: {violations}"
    check_result(case, result)
    kind = case.expected.kind
    if case.accept:
        # the facade asks for the operation's own media type (SSE, CSV) by itself
        assert case.accept in response.request.headers["accept"], response.request.headers
        assert response.headers["content-type"].startswith(case.accept), response.headers
    if kind == "text":
        assert result == response.text
    if kind == "any":
        # Untyped (and streamed) answers come back as the decoded body, unchanged.
        assert result == _body(response)
    elif kind == "empty":
        assert response.status_code == 204
        assert not response.content
    if kind in ("model", "list", "page"):
        # lossless: the result is the wire JSON (same keys, order and values)
        assert json.dumps(result) == json.dumps(json.loads(response.content)), operation_id
    EXERCISED.add((clients.server.mode, operation_id))


def test_every_operation_is_covered() -> None:
    """The parametrisation above covers the whole spec, and the facade names every operation."""
    from strait._generated.services._index import OPERATIONS

    cases = operation_cases()
    assert set(cases) == set(OPERATIONS)
    assert len(cases) == 307
