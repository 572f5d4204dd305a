"""OpenTelemetry tracing (issue 19), with the SDK's in-memory exporter as the global provider.

Client spans and propagation (sync and async), handler spans of the HTTP adapters and of
``RunContext.from_headers`` / ``run_handler``, ``tracing=False``, a process without
opentelemetry. The server side these follow: a trigger's ``traceparent`` is kept in the
run's metadata and sent verbatim with the HTTP dispatch
(strait-dev/strait ``apps/strait/internal/api/trigger_immediate.go:95-101``,
``worker/executor_dispatch_http.go:96-109``); worker mode: ``tests/local/test_tracing_e2e.py``.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from conftest import API_KEY, AsyncSleeps, Sleeps
from opentelemetry import baggage, context, propagate, trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.trace import NonRecordingSpan, SpanContext, SpanKind, StatusCode, TraceFlags
from otel_support import Spans, ids, parent_id, recording, set_global_provider
from pytest_httpserver import HTTPServer
from test_worker_http import SECRET, dispatch_headers, make, post
from werkzeug import Request, Response

from strait import AsyncClient, Client, RetryPolicy, _tracing
from strait._faults import request_url
from strait.testing import make_run_token
from strait.worker import AsyncRunContext, RunContext, arun_handler, run_handler

RUN = {"id": "run_1", "status": "queued", "job_id": "job_1"}
CLIENTS = pytest.mark.parametrize("kind", ["sync", "async"])
KINDS = pytest.mark.parametrize("kind", ["asgi", "wsgi"])


@pytest.fixture
def spans() -> Iterator[Spans]:
    with recording() as found:
        yield found


class Recorder:
    """A loopback Strait API answering ``answer`` and keeping every request's headers."""

    def __init__(self, httpserver: HTTPServer) -> None:
        self.server = httpserver
        self.headers: list[dict[str, str]] = []

    def answer(
        self,
        path: str,
        body: Any,
        status: int = 200,
        method: str = "GET",
        once: bool = False,
        query: str | None = None,
    ) -> None:
        def handle(request: Request) -> Response:
            self.headers.append({k.lower(): v for k, v in request.headers.items()})
            return Response(json.dumps(body), status=status, content_type="application/json")

        expect = self.server.expect_oneshot_request if once else self.server.expect_request
        expect(path, method=method, query_string=query).respond_with_handler(handle)


@pytest.fixture
def api(httpserver: HTTPServer) -> Recorder:
    return Recorder(httpserver)


def call(kind: str, base_url: str, op: Callable[[Any], Any], **options: Any) -> Any:
    """``op(client)`` on a ``Client`` (sync) or an ``AsyncClient`` (async, awaited)."""
    options.setdefault("api_key", API_KEY)
    if kind == "sync":
        with Client(base_url=base_url, **options) as client:
            client._set_retry_sleep(Sleeps())
            return op(client)

    async def go() -> Any:
        async with AsyncClient(base_url=base_url, **options) as aclient:
            aclient._set_retry_sleep(AsyncSleeps())
            return await op(aclient)

    return asyncio.run(go())


def under(name: str, kind: str, base_url: str, op: Callable[[Any], Any], **options: Any) -> ReadableSpan:
    """Run ``op`` inside a span of the caller's; that span once ended."""
    with trace.get_tracer("tests").start_as_current_span(name) as parent:
        call(kind, base_url, op, **options)
    assert isinstance(parent, ReadableSpan)
    return parent


def header_ids(headers: dict[str, str]) -> tuple[int, int]:
    _, trace_id, span_id, _ = headers["traceparent"].split("-")
    return int(trace_id, 16), int(span_id, 16)


# -- client spans ------------------------------------------------------------------------


@CLIENTS
def test_a_call_is_one_client_span_under_the_callers_with_http_attributes(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", RUN)
    parent = under("caller", kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"))
    span = spans.one("GET /v1/runs/{runID}")
    assert span.kind is SpanKind.CLIENT
    assert parent_id(span) == ids(parent)[1] and ids(span)[0] == ids(parent)[0]
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "server.address": "localhost",
        "server.port": httpserver.port,
        "url.full": httpserver.url_for("/v1/runs/run_1"),
        "url.template": "/v1/runs/{runID}",
        "strait.operation": "runs.get",
        "http.response.status_code": 200,
    }
    assert span.status.status_code is StatusCode.UNSET
    # the request carried the call's own span as the parent of whatever the server does
    assert header_ids(api.headers[0]) == ids(span)


@CLIENTS
def test_do_request_and_each_page_of_a_list_are_spans_named_without_ids(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", RUN)
    page = {"data": [RUN], "next_cursor": "c2", "has_more": True}
    api.answer("/v1/runs", page, once=True, query="limit=1")
    api.answer("/v1/runs", {"data": [RUN], "has_more": False})

    def list_all(client: Any) -> Any:
        if isinstance(client, Client):
            return [*client.runs.list(limit=1), client.do_request("GET", "/v1/runs/run_1")]

        async def go() -> Any:
            rows = [run async for run in client.runs.list(limit=1)]
            return [*rows, await client.do_request("GET", "/v1/runs/run_1")]

        return go()

    call(kind, httpserver.url_for("/"), list_all)
    assert [s.name for s in spans.all()] == ["GET /v1/runs", "GET /v1/runs", "GET"]
    raw = spans.one("GET")
    assert raw.attributes is not None and raw.attributes["strait.operation"] == "do_request"
    assert "url.template" not in raw.attributes
    assert all("run_1" not in s.name for s in spans.all())


@CLIENTS
def test_an_error_answer_and_no_answer_mark_the_span_error_with_error_type(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", {"error": "not found"}, status=404)
    with pytest.raises(Exception, match=r"404|not found"):
        call(kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"))
    span = spans.one("GET /v1/runs/{runID}")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None
    assert (span.attributes["http.response.status_code"], span.attributes["error.type"]) == (404, "404")
    spans.clear()
    with pytest.raises(Exception):
        call(kind, "http://127.0.0.1:9/", lambda c: c.runs.get("run_1"), max_retries=0)
    span = spans.one("GET /v1/runs/{runID}")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None and "http.response.status_code" not in span.attributes
    assert str(span.attributes["error.type"]).startswith("strait.")


@CLIENTS
def test_retries_are_counted_on_the_call_span_and_carry_its_context(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", {"error": "busy"}, status=503, once=True)
    api.answer("/v1/runs/run_1", RUN)
    call(kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"), retry=RetryPolicy(max_retries=2))
    span = spans.one("GET /v1/runs/{runID}")
    assert span.attributes is not None
    assert span.attributes["http.request.resend_count"] == 1
    assert span.attributes["http.response.status_code"] == 200
    assert [header_ids(h) for h in api.headers] == [ids(span), ids(span)]


@CLIENTS
def test_no_credential_reaches_a_span(kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer) -> None:
    api.answer("/v1/runs", {"data": [], "has_more": False})
    api.answer("/v1/runs/run_1", {"error": "nope"}, status=401)
    base = httpserver.url_for("/")

    def calls(client: Any) -> Any:
        if isinstance(client, Client):
            client.do_request("GET", "/v1/runs", query={"access_token": "q-s3cret", "limit": 1})
            with pytest.raises(Exception, match=r"401|nope"):
                client.runs.get("run_1")
            return None

        async def go() -> None:
            await client.do_request("GET", "/v1/runs", query={"access_token": "q-s3cret", "limit": 1})
            with pytest.raises(Exception, match=r"401|nope"):
                await client.runs.get("run_1")

        return go()

    call(kind, base, calls)
    token = make_run_token("run_1", 1)
    call(kind, base, calls, api_key=None, run_token=token)
    raw = spans.named("GET")
    assert raw[0].attributes is not None
    assert raw[0].attributes["url.full"] == httpserver.url_for("/v1/runs") + "?access_token=***&limit=1"
    shown = repr([(s.name, dict(s.attributes or {}), s.events, s.status.description) for s in spans.all()])
    for secret in (API_KEY, token, "q-s3cret"):
        assert secret not in shown
    # a password in a base URL (where one is accepted) is dropped from url.full too
    # (url.full is request_url of the call's path and params)
    assert request_url("http://alice:pa55word@h:1/", "/v1/runs", {"token": "q-s3cret"}) == (
        "http://h:1/v1/runs?token=***"
    )
    assert request_url("http://alice:pa55word@h:1/", "/v1/runs", None) == "http://h:1/v1/runs"


@CLIENTS
def test_tracing_false_sends_no_span_and_no_trace_header(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", RUN)
    under("caller", kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"), tracing=False)
    assert [s.name for s in spans.all()] == ["caller"]
    assert "traceparent" not in api.headers[0]


@CLIENTS
def test_tracestate_and_baggage_of_the_context_travel_too(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", RUN)
    upstream = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    ctx = propagate.extract({"traceparent": upstream, "tracestate": "vendor=x"})
    token = context.attach(baggage.set_baggage("tenant", "acme", ctx))
    try:
        call(kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"))
    finally:
        context.detach(token)
    sent = api.headers[0]
    assert (sent["tracestate"], sent["baggage"]) == ("vendor=x", "tenant=acme")
    span = spans.one("GET /v1/runs/{runID}")
    assert header_ids(sent) == ids(span)
    assert ids(span)[0] == 0x0AF7651916CD43DD8448EB211C80319C
    assert parent_id(span) == 0xB7AD6B7169203331


@CLIENTS
def test_without_a_provider_the_callers_context_still_propagates(
    kind: str, api: Recorder, httpserver: HTTPServer
) -> None:
    """The API alone (no SDK provider): no span is recorded, the caller's context is sent as is."""
    api.answer("/v1/runs/run_1", RUN)
    call(kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"))
    assert "traceparent" not in api.headers[0]
    parent = SpanContext(0xABC, 0xDEF, is_remote=True, trace_flags=TraceFlags(1))
    token = context.attach(trace.set_span_in_context(NonRecordingSpan(parent)))
    try:
        call(kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1"))
    finally:
        context.detach(token)
    assert header_ids(api.headers[1]) == (0xABC, 0xDEF)


# -- handler spans -------------------------------------------------------------------------

UPSTREAM = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
UPSTREAM_IDS = (0x4BF92F3577B34DA6A3CE929D0E0E4736, 0x00F067AA0BA902B7)


def progress_api(api: Recorder, run_id: str = "run_7") -> None:
    event = {
        "id": "e",
        "run_id": run_id,
        "type": "progress",
        "message": "m",
        "created_at": "2026-01-01T00:00:00Z",
    }
    api.answer(f"/sdk/v1/runs/{run_id}/progress", event, status=201, method="POST")
    api.answer(f"/sdk/v1/runs/{run_id}/fail", {"id": run_id, "status": "failed"}, method="POST")
    api.answer(f"/sdk/v1/runs/{run_id}/complete", {"id": run_id, "status": "completed"}, method="POST")


def check_handler_span(spans: Spans, name: str, kind: SpanKind, api: Recorder) -> ReadableSpan:
    """The handler's span continues UPSTREAM; its progress call is a CLIENT span under it."""
    span = spans.one(name)
    assert span.kind is kind
    assert ids(span)[0] == UPSTREAM_IDS[0] and parent_id(span) == UPSTREAM_IDS[1]
    assert span.context is not None and span.context.trace_state.get("vendor") == "x"
    progress = spans.one("POST /sdk/v1/runs/{runID}/progress")
    assert parent_id(progress) == ids(span)[1] and ids(progress)[0] == UPSTREAM_IDS[0]
    assert header_ids(api.headers[0]) == ids(progress)
    return span


@KINDS
@pytest.mark.parametrize("slug", ["add", "mul"])
def test_an_adapter_runs_the_handler_in_a_server_span_continuing_the_dispatch(
    kind: str, slug: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    current: list[Any] = []

    def add(ctx: RunContext, payload: Any) -> Any:
        current.append(trace.get_current_span())
        ctx.progress(100)
        return 1

    async def mul(ctx: AsyncRunContext, payload: Any) -> Any:
        current.append(trace.get_current_span())
        await ctx.progress(100)
        return 2

    jobs = {"add": add, "mul": mul}
    app = make(kind, jobs, base_url=httpserver.url_for("/"))
    body = b"{}"
    headers = dispatch_headers(body, attempt=2, traceparent=UPSTREAM, tracestate="vendor=x")
    assert post(app, kind, f"/jobs/{slug}", body, headers).status_code == 200
    span = check_handler_span(spans, f"strait.run {slug}", SpanKind.SERVER, api)
    assert current[0].get_span_context().span_id == ids(span)[1]
    assert dict(span.attributes or {}) == {
        "strait.run.id": "run_7",
        "strait.job.id": "job_1",
        "strait.job.slug": slug,
        "strait.run.attempt": 2,
    }
    assert span.status.status_code is StatusCode.UNSET


@KINDS
def test_a_handler_exception_or_ctx_fail_marks_the_server_span_error(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)

    def boom(ctx: RunContext, payload: Any) -> Any:
        raise ValueError("bad input")

    def give_up(ctx: RunContext, payload: Any) -> Any:
        ctx.fail("gave up")

    app = make(kind, {"boom": boom, "give-up": give_up}, base_url=httpserver.url_for("/"))
    body = b"{}"
    assert post(app, kind, "/jobs/boom", body, dispatch_headers(body)).status_code == 500
    assert post(app, kind, "/jobs/give-up", body, dispatch_headers(body)).status_code == 422
    crashed, failed = spans.one("strait.run boom"), spans.one("strait.run give-up")
    assert crashed.status.status_code is StatusCode.ERROR and failed.status.status_code is StatusCode.ERROR
    assert crashed.attributes is not None and crashed.attributes["error.type"] == "ValueError"
    assert failed.attributes is not None and failed.attributes["error.type"] == "failed"
    assert "bad input" not in repr([crashed.events, crashed.status.description])


def test_from_headers_with_block_and_run_handler_continue_the_dispatch(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    headers = dispatch_headers(b"{}", traceparent=UPSTREAM, tracestate="vendor=x")
    with RunContext.from_headers(list(headers.items()), httpserver.url_for("/")) as ctx:
        ctx.progress(100)
    check_handler_span(spans, "strait.run", SpanKind.SERVER, api)
    spans.clear()
    api.headers.clear()
    assert (
        run_handler(lambda c, p: c.progress(100), headers, payload={}, base_url=httpserver.url_for("/"))
        is None
    )
    check_handler_span(spans, "strait.run", SpanKind.SERVER, api)
    spans.clear()
    with pytest.raises(KeyError), RunContext.from_headers(headers, httpserver.url_for("/")):
        raise KeyError("x")
    span = spans.one("strait.run")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None and span.attributes["error.type"] == "KeyError"
    # ctx.fail() is a client span under the handler's, like every run-context call
    assert parent_id(spans.one("POST /sdk/v1/runs/{runID}/fail")) == ids(span)[1]


async def test_async_from_headers_and_arun_handler_continue_the_dispatch(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    headers = dispatch_headers(b"{}", traceparent=UPSTREAM, tracestate="vendor=x")
    async with AsyncRunContext.from_headers(headers, httpserver.url_for("/")) as ctx:
        assert trace.get_current_span().get_span_context().trace_id == UPSTREAM_IDS[0]
        await ctx.progress(100)
    check_handler_span(spans, "strait.run", SpanKind.SERVER, api)
    spans.clear()
    api.headers.clear()

    async def handler(ctx: AsyncRunContext, payload: Any) -> None:
        await ctx.progress(100)

    await arun_handler(handler, headers, payload={}, base_url=httpserver.url_for("/"))
    check_handler_span(spans, "strait.run", SpanKind.SERVER, api)


def test_a_dispatch_without_trace_headers_starts_a_new_trace(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    with RunContext.from_headers(dispatch_headers(b"{}"), httpserver.url_for("/")) as ctx:
        ctx.progress(100)
    span = spans.one("strait.run")
    assert span.parent is None
    assert parent_id(spans.one("POST /sdk/v1/runs/{runID}/progress")) == ids(span)[1]


def test_the_sync_heartbeat_thread_reports_under_the_handlers_span(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/sdk/v1/runs/run_7/heartbeat", {}, method="POST")
    progress_api(api)
    headers = dispatch_headers(b"{}", traceparent=UPSTREAM)
    with RunContext.from_headers(headers, httpserver.url_for("/"), heartbeat_interval=0.01) as ctx:
        for _ in range(500):  # until the first beat (at most 5 s)
            if spans.named("POST /sdk/v1/runs/{runID}/heartbeat"):
                break
            time.sleep(0.01)
        ctx.progress(100)
    handler = spans.one("strait.run")
    beats = spans.named("POST /sdk/v1/runs/{runID}/heartbeat")
    assert beats and all(parent_id(b) == ids(handler)[1] for b in beats)


# -- without opentelemetry -------------------------------------------------------------------

_BLOCKED = textwrap.dedent(
    """
    import importlib.abc, json, sys, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "opentelemetry" or name.startswith("opentelemetry."):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, Block())
    seen = []

    class Api(BaseHTTPRequestHandler):
        def _answer(self):
            seen.append({k.lower(): v for k, v in self.headers.items()})
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.dumps({"id": "run_1", "status": "queued"}).encode()
            self.send_response(200 if self.command == "GET" else 201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        do_GET = do_POST = _answer
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"

    import asyncio
    import strait, strait.worker
    from strait.testing import make_run_token
    from strait.worker import RunContext

    with strait.Client(base_url=base, api_key="k") as client:
        client.runs.get("run_1")
        client.do_request("GET", "/v1/runs/run_1")

    async def go():
        async with strait.AsyncClient(base_url=base, api_key="k") as aclient:
            await aclient.runs.get("run_1")
    asyncio.run(go())
    headers = {"X-Run-Token": make_run_token("run_1", 1), "traceparent": "00-%s-%s-01" % ("a" * 32, "b" * 16)}
    with RunContext.from_headers(headers, base) as ctx:
        ctx.progress(100)
    loaded = sorted(m for m in sys.modules if m.split(".")[0] == "opentelemetry")
    traced = [h for h in seen if "traceparent" in h]
    print(json.dumps({"loaded": loaded, "requests": len(seen), "traced": traced}))
    """
)


def test_without_opentelemetry_nothing_is_loaded_and_calls_work() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _BLOCKED], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # runs.get, do_request, async runs.get, ctx.progress: none with a trace header
    assert result == {"loaded": [], "requests": 4, "traced": []}


def test_importing_strait_loads_no_opentelemetry_even_when_installed() -> None:
    code = "import sys, strait, strait.worker; print(sorted(m for m in sys.modules if 'opentelemetry' in m))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_global_provider_hook() -> None:
    """``_Api.global_provider`` reads the API's private global instead of calling
    ``get_tracer_provider()`` (which looks in ``os.environ`` on every call): it must see
    exactly what ``set_tracer_provider`` sets, and nothing before."""
    api = _tracing._Api()
    assert api.global_provider() is None and api.tracer() is None
    provider = TracerProvider()
    set_global_provider(provider)
    try:
        assert api.global_provider() is provider is trace.get_tracer_provider()
        assert api.tracer() is not None
    finally:
        set_global_provider(None)
        provider.shutdown()
    assert api.global_provider() is None and api.tracer() is None


def test_a_provider_named_by_the_environment_is_used() -> None:
    """OTEL_PYTHON_TRACER_PROVIDER names a provider the API loads on first use; strait
    reads the variable when it first traces, so a call made then is traced."""
    code = textwrap.dedent(
        """
        from strait import _tracing
        api = _tracing._otel()
        print(type(api.global_provider()).__module__, api.tracer() is not None)
        """
    )
    env = {**os.environ, "OTEL_PYTHON_TRACER_PROVIDER": "sdk_tracer_provider"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["opentelemetry.sdk.trace", "True"]


def test_signing_secret_never_reaches_a_span(spans: Spans, api: Recorder, httpserver: HTTPServer) -> None:
    progress_api(api)
    app = make("asgi", {"add": lambda c, p: c.progress(100)}, base_url=httpserver.url_for("/"))
    body = b"{}"
    headers = dispatch_headers(body, traceparent=UPSTREAM)
    assert post(app, "asgi", "/jobs/add", body, headers).status_code == 200
    shown = repr([(s.name, dict(s.attributes or {}), s.events, s.status.description) for s in spans.all()])
    assert SECRET not in shown and headers["X-Run-Token"] not in shown


def test_without_a_provider_the_handlers_calls_carry_the_dispatched_context(
    api: Recorder, httpserver: HTTPServer
) -> None:
    """The API alone: no span is recorded, but the dispatch's trace reaches the handler's calls."""
    progress_api(api)
    headers = dispatch_headers(b"{}", traceparent=UPSTREAM, tracestate="vendor=x")
    with RunContext.from_headers(headers, httpserver.url_for("/")) as ctx:
        ctx.progress(100)
    assert header_ids(api.headers[0]) == UPSTREAM_IDS
    assert api.headers[0]["tracestate"] == "vendor=x"
    assert trace.get_current_span() is trace.INVALID_SPAN  # the dispatched context is gone again


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_worker_assignment_carrying_a_traceparent_is_continued(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    """Today's server never fills ``TaskAssignment.metadata`` (api/grpc/dispatch.go:525-533:
    worker-mode runs start a trace, tests/local/test_tracing_e2e.py); one that carries a
    ``traceparent`` is continued by the run's CONSUMER span."""
    from strait.worker import Worker
    from strait.worker._hosting import execute_async
    from strait.worker._proto import worker_pb2 as pb
    from strait.worker._scheduler import _Run

    progress_api(api)

    def job(ctx: RunContext, payload: Any) -> Any:
        ctx.progress(100)
        return 1

    async def ajob(ctx: AsyncRunContext, payload: Any) -> Any:
        await ctx.progress(100)
        return 2

    worker = Worker(
        {"job": job if kind == "sync" else ajob},
        api_key="strait_workerkey0123456789",
        base_url=httpserver.url_for("/"),
        grpc_url="grpc://127.0.0.1:1",
    )
    assignment = pb.TaskAssignment(
        run_id="run_7",
        job_slug="job",
        attempt=3,
        run_token_jwt=make_run_token("run_7", 3),
        metadata={"traceparent": UPSTREAM, "tracestate": "vendor=x"},
    )
    run = _Run(assignment, worker.handlers["job"], stream=0)
    ctx: Any = worker.scheduler._context(run, {})
    if kind == "sync":
        assert worker.scheduler._call_sync(run, ctx).value == 1
        ctx.client.close()
    else:

        async def go() -> Any:
            try:
                return (await execute_async(run.handler, ctx)).value
            finally:
                await ctx.client.close()

        assert asyncio.run(go()) == 2
    span = check_handler_span(spans, "strait.run job", SpanKind.CONSUMER, api)
    assert dict(span.attributes or {}) == {
        "strait.run.id": "run_7",
        "strait.job.slug": "job",
        "strait.run.attempt": 3,
    }


def test_a_context_over_a_tracing_false_client_makes_no_span(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    headers = dispatch_headers(b"{}", traceparent=UPSTREAM)
    with (
        Client(base_url=httpserver.url_for("/"), run_token=headers["X-Run-Token"], tracing=False) as quiet,
        RunContext.from_headers(headers, client=quiet) as ctx,
    ):
        ctx.progress(100)
    assert spans.all() == ()
    assert "traceparent" not in api.headers[0]


def test_an_exception_after_complete_still_marks_the_handler_span_error(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    progress_api(api)
    with (
        pytest.raises(RuntimeError),
        RunContext.from_headers(dispatch_headers(b"{}"), httpserver.url_for("/")) as ctx,
    ):
        ctx.complete({"ok": True})
        raise RuntimeError("after the result")
    span = spans.one("strait.run")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes is not None and span.attributes["error.type"] == "RuntimeError"


def test_a_dispatch_keeps_only_the_trace_headers_strait_sends_on(
    spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    """The dispatch's trace headers are those of worker/executor_dispatch_http.go:96-109
    (traceparent, tracestate, sentry-trace, baggage); the global propagator reads those it
    knows (here W3C trace context and baggage), and the handler's calls carry them on."""
    headers = {
        **dispatch_headers(b"{}", traceparent=UPSTREAM, baggage="tenant=acme"),
        "Sentry-Trace": "abc-1",
    }
    kept = _tracing.dispatched(headers, "server").carrier
    assert kept == {"traceparent": UPSTREAM, "baggage": "tenant=acme", "sentry-trace": "abc-1"}
    progress_api(api)
    with RunContext.from_headers(headers, httpserver.url_for("/")) as ctx:
        ctx.progress(100)
    assert api.headers[0]["baggage"] == "tenant=acme"
    assert header_ids(api.headers[0])[0] == UPSTREAM_IDS[0]


@CLIENTS
def test_a_traceparent_the_caller_passes_is_sent_as_given(
    kind: str, spans: Spans, api: Recorder, httpserver: HTTPServer
) -> None:
    api.answer("/v1/runs/run_1", RUN)
    mine = {"TraceParent": UPSTREAM}
    under("caller", kind, httpserver.url_for("/"), lambda c: c.runs.get("run_1", extra_headers=mine))
    assert api.headers[0]["traceparent"] == UPSTREAM
    assert spans.one("GET /v1/runs/{runID}").kind is SpanKind.CLIENT
