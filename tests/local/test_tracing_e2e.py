"""Tracing end to end against the local Strait (issue 19): a span around ``jobs.trigger``,
the dispatch, an ``asgi_app`` handler and its ``ctx.progress`` in one trace; worker-mode
runs in CONSUMER spans."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind
from otel_support import Spans, ids, parent_id, recording

from strait.local import LocalStrait
from strait.worker import AsyncRunContext, RunContext, asgi_app

from .conftest import Endpoint, Seen, wait_for_status
from .test_worker_mode import Running, _define, _worker


@pytest.fixture
def spans() -> Iterator[Spans]:
    with recording() as found:
        yield found


def serve_asgi(app: Any, seen: Seen) -> tuple[int, bytes]:
    """One request of ``endpoint`` through an ASGI app (the smallest ASGI server)."""
    scope = {
        "type": "http",
        "method": "POST",
        "path": seen.path,
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in seen.headers.items()],
    }
    answer: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": seen.body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        answer.setdefault("status", message.get("status"))
        answer["body"] = answer.get("body", b"") + message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return int(answer["status"]), answer["body"]


def test_one_trace_from_the_trigger_through_the_dispatch_to_the_handlers_progress(
    local_strait: LocalStrait, endpoint: Endpoint, spans: Spans
) -> None:
    """The trigger's span is the handler's parent: the server keeps the trigger's
    ``traceparent`` (api/trigger_immediate.go:95-101) and sends it with the dispatch verbatim
    (worker/executor_dispatch_http.go:96-109); the handler's calls are under its span."""

    def handle(ctx: RunContext, payload: Any) -> Any:
        ctx.progress(100)
        return {"ok": True}

    app = asgi_app({"work": handle}, allow_unsigned=True, base_url=local_strait.base_url)
    endpoint.respond = lambda seen: serve_asgi(app, seen)
    with local_strait.client() as client:
        body = {"project_id": local_strait.project_id, "name": "Work", "slug": "work"}
        job = client.jobs.create({**body, "endpoint_url": endpoint.url})
        with trace.get_tracer("tests").start_as_current_span("web request") as request:
            run = client.jobs.trigger(job["id"], {"payload": {"n": 1}})
        done = wait_for_status(client, run["id"], "completed")
    assert done["status"] == "completed"
    # The dispatch carries the trigger's traceparent verbatim (worker/executor_dispatch_http.go:96-109).
    assert any(name.lower() == "traceparent" for name in endpoint.seen[0].headers)
    assert isinstance(request, ReadableSpan)
    trigger = spans.one("POST /v1/jobs/{jobID}/trigger")
    handler = spans.one("strait.run work")
    progress = spans.one("POST /sdk/v1/runs/{runID}/progress")
    trace_id = ids(request)[0]
    assert {ids(s)[0] for s in (trigger, handler, progress)} == {trace_id}
    assert parent_id(trigger) == ids(request)[1]
    assert parent_id(handler) == ids(trigger)[1]
    assert parent_id(progress) == ids(handler)[1]
    assert handler.kind is SpanKind.SERVER
    assert handler.attributes is not None and handler.attributes["strait.run.id"] == run["id"]


def test_worker_runs_execute_in_consumer_spans_starting_a_new_trace(
    local_strait: LocalStrait, spans: Spans
) -> None:
    """Assignments carry no trace context (api/grpc/dispatch.go:525-533 never fills
    ``TaskAssignment.metadata``), so each run starts a trace; sync handlers (on the
    worker's threads) and async ones (on its loop) alike run inside their span."""
    current: dict[str, int] = {}

    def sync_job(ctx: RunContext, payload: Any) -> Any:
        current["sync"] = trace.get_current_span().get_span_context().span_id
        ctx.progress(100)
        return 1

    async def async_job(ctx: AsyncRunContext, payload: Any) -> Any:
        current["async"] = trace.get_current_span().get_span_context().span_id
        await ctx.progress(100)
        return 2

    jobs = [_define(local_strait, "sync", sync_job), _define(local_strait, "async", async_job)]
    with local_strait.client() as client, Running(_worker(local_strait, jobs)):
        for job in jobs:
            job.deploy(client)
        with trace.get_tracer("tests").start_as_current_span("caller"):
            runs = {slug: jobs[i].trigger(client, {})["id"] for i, slug in enumerate(["sync", "async"])}
        for run_id in runs.values():
            assert wait_for_status(client, run_id, "completed")["status"] == "completed"
    deadline = time.monotonic() + 5
    while len(spans.named("POST /sdk/v1/runs/{runID}/progress")) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    for slug, run_id in runs.items():
        span = spans.one(f"strait.run {slug}")
        assert span.kind is SpanKind.CONSUMER and span.parent is None
        assert dict(span.attributes or {}) == {
            "strait.run.id": run_id,
            "strait.job.slug": slug,
            "strait.run.attempt": 1,
        }
        assert current[slug] == ids(span)[1]
        (progress,) = [
            s for s in spans.named("POST /sdk/v1/runs/{runID}/progress") if parent_id(s) == ids(span)[1]
        ]
        assert ids(progress)[0] == ids(span)[0]


def test_worker_tracing_false_makes_no_span(local_strait: LocalStrait, spans: Spans) -> None:
    seen = threading.Event()

    def job(ctx: RunContext, payload: Any) -> Any:
        ctx.progress(100)
        seen.set()
        return {"ok": True}

    quiet = _define(local_strait, "quiet", job)
    with local_strait.client() as client, Running(_worker(local_strait, [quiet], tracing=False)):
        quiet.deploy(client)
        run = quiet.trigger(client, {})
        assert wait_for_status(client, run["id"], "completed")["status"] == "completed"
    assert seen.is_set()
    assert [s.name for s in spans.all() if s.name.startswith("strait.run") or "/sdk/" in s.name] == []
