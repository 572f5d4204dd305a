"""RunContext / AsyncRunContext against a loopback server (pytest-httpserver).

Heartbeats use tiny intervals and the tests wait on events set by the server, never
on the clock.
"""

from __future__ import annotations

import ast
import asyncio
import base64
import inspect
import json
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from strait import SignatureVerificationError, UnsupportedOperationError, ValidationError
from strait import worker as strait_worker
from strait._signing import signature_headers
from strait.worker import (
    AsyncRunContext,
    NoActiveRunError,
    ProgressThrottle,
    RunContext,
    RunFinishedError,
    arun_handler,
    current,
    parse_dispatch_headers,
    run_handler,
)

RUN = "run_1"
SDK = f"/sdk/v1/runs/{RUN}"
NOW = "2026-01-01T00:00:00+00:00"


def token(**claims: Any) -> str:
    body = {"iss": "strait:run-token", "sub": RUN, "attempt": 2, "exp": int(time.time()) + 3600, **claims}

    def enc(obj: Any) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(body)}.c2ln"


def job_run(status: str) -> dict[str, Any]:
    return {
        "id": RUN,
        "job_id": "job_1",
        "project_id": "proj_1",
        "status": status,
        "attempt": 2,
        "triggered_by": "manual",
        "priority": 0,
        "job_version": 1,
        "debug_mode": False,
        "lineage_depth": 0,
        "created_at": NOW,
    }


class Recorder:
    """Counts requests per path and lets a test wait for the n-th one."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.bodies: dict[str, list[Any]] = {}
        self._cond = threading.Condition()

    def route(self, op: str, status: int, answer: Any, method: str = "POST") -> None:
        def handle(request: Request) -> Response:
            with self._cond:
                self.bodies.setdefault(op, []).append(request.get_json(silent=True))
                self._cond.notify_all()
            return Response(json.dumps(answer), status=status, content_type="application/json")

        self.server.expect_request(f"{SDK}/{op}", method=method).respond_with_handler(handle)

    def count(self, op: str) -> int:
        with self._cond:
            return len(self.bodies.get(op, []))

    def wait_for(self, op: str, n: int = 1) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.bodies.get(op, [])) >= n, timeout=10)


@pytest.fixture
def rec(httpserver: HTTPServer) -> Recorder:
    r = Recorder(httpserver)
    r.route("heartbeat", 200, {"status": "ok"})
    r.route("complete", 200, job_run("completed"))
    r.route("fail", 200, job_run("failed"))
    r.route("payload", 200, {"sku": "A"}, method="GET")
    r.route(
        "progress", 201, {"id": "e", "run_id": RUN, "type": "progress", "message": "m", "created_at": NOW}
    )
    r.route("log", 201, {"id": "e", "run_id": RUN, "type": "log", "message": "m", "created_at": NOW})
    r.route("annotate", 200, job_run("executing"))
    removed = {"error": {"code": "not_found", "message": "not found"}}
    r.route("usage", 404, removed)
    r.route("tool-call", 404, removed)
    return r


def headers(server: HTTPServer, **extra: str) -> dict[str, str]:
    return {"x-run-token": token(), "X-Job-ID": "job_1", **extra}


def make_ctx(server: HTTPServer, **kwargs: Any) -> RunContext:
    return RunContext(token(), server.url_for(""), **kwargs)


# -- construction -------------------------------------------------------------


def test_from_headers_reads_token_run_attempt_and_checkpoint(httpserver: HTTPServer) -> None:
    h = {"X-RUN-TOKEN": token(), "x-last-checkpoint": '{"cursor": 7}', "X-Attempt": "9", "X-Job-ID": "job_1"}
    with RunContext.from_headers(h, httpserver.url_for("")) as ctx:
        assert ctx.run_id == RUN
        assert ctx.attempt == 2  # the token's claim wins over X-Attempt
        assert ctx.job_id == "job_1"
        assert ctx.last_checkpoint == {"cursor": 7}
        assert ctx.resume() == {"cursor": 7}
        assert current() is ctx


def test_from_headers_accepts_the_documented_sdk_token_header(httpserver: HTTPServer) -> None:
    info = parse_dispatch_headers([("X-SDK-Token", token(attempt=None)), ("X-Attempt", "3")])
    ctx = RunContext.from_headers({"x-sdk-token": token()}, httpserver.url_for(""))
    assert ctx.run_id == RUN and info.attempt == 3
    ctx.close()


def test_base_url_falls_back_to_the_environment(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", httpserver.url_for(""))
    ctx = RunContext.from_headers({"X-Run-Token": token()})
    assert ctx.client.base_url == httpserver.url_for("").rstrip("/")
    ctx.close()
    monkeypatch.delenv("STRAIT_BASE_URL")
    with pytest.raises(ValidationError, match="base_url"):
        RunContext(token())


def test_forged_issuer_and_bad_headers_are_refused(httpserver: HTTPServer) -> None:
    with pytest.raises(ValidationError, match="issuer"):
        RunContext.from_headers({"X-Run-Token": token(iss="strait:sse")}, httpserver.url_for(""))
    with pytest.raises(ValidationError, match="issuer"):
        AsyncRunContext(token(iss="evil"), httpserver.url_for(""))
    with pytest.raises(ValidationError, match="X-Run-Token"):
        RunContext.from_headers({"Authorization": "Bearer x"}, httpserver.url_for(""))
    with pytest.raises(ValidationError, match="does not match"):
        make_ctx(httpserver, run_id="run_other")
    with pytest.raises(ValidationError, match="X-Last-Checkpoint"):
        parse_dispatch_headers({"X-Run-Token": token(), "X-Last-Checkpoint": "{nope"})
    with pytest.raises(ValidationError, match="heartbeat_interval"):
        make_ctx(httpserver, heartbeat_interval=0)
    assert make_ctx(httpserver, auto_heartbeat=True).heartbeat_interval == 30.0


# -- terminal calls -----------------------------------------------------------


def test_complete_twice_raises_without_a_second_request(httpserver: HTTPServer, rec: Recorder) -> None:
    ctx = make_ctx(httpserver)
    done = ctx.complete({"ok": True})
    assert done is not None and done["status"] == "completed"
    with pytest.raises(RunFinishedError, match="already completed"):
        ctx.complete()
    with pytest.raises(RunFinishedError):
        ctx.fail("late")
    assert rec.count("complete") == 1 and rec.count("fail") == 0
    assert rec.bodies["complete"] == [{"result": {"ok": True}}]
    assert ctx.finished and ctx.status == "completed"
    ctx.close()


def test_handler_exception_fails_the_run_exactly_once(httpserver: HTTPServer, rec: Recorder) -> None:
    def handler(ctx: RunContext, payload: Any) -> None:
        raise KeyError("sku")

    with pytest.raises(KeyError):
        run_handler(handler, headers(httpserver), base_url=httpserver.url_for(""))
    assert rec.bodies["fail"] == [{"error": "KeyError: 'sku'"}]
    assert rec.count("complete") == 0


def test_handler_that_fails_itself_is_not_failed_again(httpserver: HTTPServer, rec: Recorder) -> None:
    def handler(ctx: RunContext, payload: Any) -> None:
        ctx.fail("bad input")
        raise ValueError("bad input")

    with pytest.raises(ValueError):
        make_ctx(httpserver).run(handler)
    assert rec.bodies["fail"] == [{"error": "bad input"}]


def test_run_completes_with_the_return_value_and_sets_current(httpserver: HTTPServer, rec: Recorder) -> None:
    seen: list[Any] = []

    def handler(ctx: RunContext, payload: Any) -> dict[str, Any]:
        seen.append(current() is ctx)
        return {"sku": payload["sku"]}

    assert run_handler(handler, headers(httpserver), base_url=httpserver.url_for("")) == {"sku": "A"}
    assert seen == [True]
    assert rec.bodies["complete"] == [{"result": {"sku": "A"}}]
    with pytest.raises(NoActiveRunError):
        current()


def test_deprecated_usage_and_tool_call_surface_unsupported_operation(
    httpserver: HTTPServer, rec: Recorder
) -> None:
    ctx = make_ctx(httpserver)
    with pytest.raises(UnsupportedOperationError, match="no longer supports"):
        ctx.usage("openai", "gpt-5", prompt_tokens=10, total_tokens=12)
    with pytest.raises(UnsupportedOperationError, match="no longer supports"):
        ctx.tool_call("search", input={"q": "x"})
    assert rec.bodies["usage"] == [
        {"provider": "openai", "model": "gpt-5", "prompt_tokens": 10, "total_tokens": 12}
    ]
    ctx.close()


def test_annotations_are_capped_at_fifty_per_run(httpserver: HTTPServer, rec: Recorder) -> None:
    ctx = make_ctx(httpserver)
    ctx.annotate({f"k{i}": "v" for i in range(49)})
    ctx.annotate(k0="again", k49="v")  # a known key does not count twice
    with pytest.raises(ValidationError, match="at most 50"):
        ctx.annotate(k50="v")
    assert rec.count("annotate") == 2
    with pytest.raises(ValidationError):
        ctx.annotate({"": "v"})
    ctx.close()


def test_progress_in_a_tight_loop_is_coalesced(httpserver: HTTPServer, rec: Recorder) -> None:
    ctx = make_ctx(httpserver, progress_interval=3600)
    for i in range(1000):
        ctx.progress(i / 10, step="loop")
    assert rec.count("progress") == 1  # the first; the rest are pending
    ctx.progress(100)
    assert rec.count("progress") == 2
    assert rec.bodies["progress"][-1] == {"percent": 100, "message": "100%"}
    with pytest.raises(ValidationError):
        ctx.progress(101)
    ctx.close()


def test_pending_progress_is_flushed_before_complete(httpserver: HTTPServer, rec: Recorder) -> None:
    ctx = make_ctx(httpserver, progress_interval=3600)
    ctx.progress(10)
    ctx.progress(42, "almost")
    ctx.complete()
    assert [b["percent"] for b in rec.bodies["progress"]] == [10, 42]


def test_progress_throttle_decisions() -> None:
    now = [0.0]
    throttle = ProgressThrottle(1.0, clock=lambda: now[0])
    assert throttle.offer({"percent": 1}, 1) is not None
    assert throttle.offer({"percent": 2}, 2) is None
    assert throttle.offer({"percent": 3}, 3) is None
    assert throttle.pending == {"percent": 3}
    now[0] = 1.5
    assert throttle.offer({"percent": 4}, 4) == {"percent": 4}
    assert throttle.take_pending() is None
    assert throttle.offer({"percent": 100}, 100) == {"percent": 100}


# -- heartbeat ----------------------------------------------------------------


def _beating(httpserver: HTTPServer, rec: Recorder) -> RunContext:
    ctx = make_ctx(httpserver, heartbeat_interval=0.005)
    ctx.__enter__()
    rec.wait_for("heartbeat", 2)
    assert ctx.heartbeat_running
    return ctx


@pytest.mark.parametrize("exit_path", ["complete", "fail", "exception", "context-exit"])
def test_heartbeat_stops_on_every_exit_path(httpserver: HTTPServer, rec: Recorder, exit_path: str) -> None:
    ctx = _beating(httpserver, rec)
    thread = ctx._beat_thread
    assert thread is not None
    if exit_path == "complete":
        ctx.complete()
        ctx.__exit__(None, None, None)
    elif exit_path == "fail":
        ctx.fail("nope")
        ctx.__exit__(None, None, None)
    elif exit_path == "exception":
        err = RuntimeError("boom")
        ctx.__exit__(type(err), err, None)
    else:
        ctx.__exit__(None, None, None)
    assert not thread.is_alive()
    assert not ctx.heartbeat_running
    beats = rec.count("heartbeat")
    thread.join()  # already stopped: no beat can follow
    assert rec.count("heartbeat") == beats
    assert rec.count("fail") == (1 if exit_path in ("fail", "exception") else 0)


def test_heartbeat_gives_up_when_the_run_is_gone(httpserver: HTTPServer) -> None:
    gone = {"error": {"code": "internal_error", "message": "run has reached a terminal state"}}
    calls = threading.Event()

    def handle(request: Request) -> Response:
        calls.set()
        return Response(json.dumps(gone), status=410, content_type="application/json")

    httpserver.expect_request(f"{SDK}/heartbeat").respond_with_handler(handle)
    ctx = make_ctx(httpserver, heartbeat_interval=0.005)
    ctx.start_heartbeat()
    assert calls.wait(10)
    thread = ctx._beat_thread
    assert thread is not None
    thread.join(10)
    assert not thread.is_alive()
    ctx.close()


def test_wait_for_event_parks_the_run_instead_of_completing(httpserver: HTTPServer, rec: Recorder) -> None:
    answer = {"status": "waiting", "event_key": "approval:1", "expires_at": NOW, "trigger_id": "trg_1"}
    rec.route("wait-for-event", 200, answer)

    def handler(ctx: RunContext, payload: Any) -> None:
        ctx.wait_for_event("approval:1", timeout=90.5)

    make_ctx(httpserver, heartbeat_interval=0.005).run(handler)
    assert rec.bodies["wait-for-event"] == [{"event_key": "approval:1", "timeout_secs": 91}]
    assert rec.count("complete") == 0


# -- async --------------------------------------------------------------------


def make_actx(server: HTTPServer, **kwargs: Any) -> AsyncRunContext:
    return AsyncRunContext(token(), server.url_for(""), **kwargs)


async def _until(predicate: Callable[[], bool]) -> None:
    for _ in range(2000):
        if predicate():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("condition not reached")


@pytest.mark.parametrize("exit_path", ["complete", "fail", "exception", "context-exit"])
async def test_async_heartbeat_stops_on_every_exit_path(
    httpserver: HTTPServer, rec: Recorder, exit_path: str
) -> None:
    ctx = make_actx(httpserver, heartbeat_interval=0.005)
    with pytest.raises(RuntimeError) if exit_path == "exception" else _nullcontext():
        async with ctx:
            await _until(lambda: rec.count("heartbeat") >= 2)
            task = ctx._beat_task
            assert task is not None and ctx.heartbeat_running
            if exit_path == "complete":
                await ctx.complete()
                assert task.done()
            elif exit_path == "fail":
                await ctx.fail("nope")
                assert task.done()
            elif exit_path == "exception":
                raise RuntimeError("boom")
    assert task.done() and not ctx.heartbeat_running
    assert rec.count("fail") == (1 if exit_path in ("fail", "exception") else 0)


async def test_a_caller_cancelled_while_the_heartbeat_stops_stays_cancelled(httpserver: HTTPServer) -> None:
    """Stopping the heartbeat waits for its task without swallowing a cancellation aimed at
    the caller: ``asyncio.timeout`` around a handler still fires while it completes."""
    ctx = make_actx(httpserver, heartbeat_interval=30)
    ctx.start_heartbeat()
    await asyncio.sleep(0)  # the beat task now sleeps until its first beat
    after: list[str] = []

    async def caller() -> None:
        await ctx.stop_heartbeat()
        after.append("ran on")

    task = asyncio.create_task(caller())
    await asyncio.sleep(0)  # the caller now waits for the beat task to end
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert after == [] and not ctx.heartbeat_running


class _nullcontext:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


async def test_async_handler_runner_completes_or_fails_once(httpserver: HTTPServer, rec: Recorder) -> None:
    async def ok(ctx: AsyncRunContext, payload: Any) -> str:
        assert current() is ctx
        await ctx.log("hi", data={"n": 1})
        await ctx.progress(100)
        return str(payload["sku"])

    assert await arun_handler(ok, headers(httpserver), base_url=httpserver.url_for("")) == "A"
    assert rec.bodies["complete"] == [{"result": "A"}]

    async def bad(ctx: AsyncRunContext, payload: Any) -> None:
        raise ValueError("nope")

    actx = make_actx(httpserver)
    with pytest.raises(ValueError):
        await actx.run(bad)
    assert rec.bodies["fail"] == [{"error": "ValueError: nope"}]
    with pytest.raises(RunFinishedError):
        await actx.complete()
    assert rec.count("complete") == 1


async def test_async_deprecated_usage_surfaces_unsupported_operation(
    httpserver: HTTPServer, rec: Recorder
) -> None:
    ctx = make_actx(httpserver)
    with pytest.raises(UnsupportedOperationError, match="no longer supports"):
        await ctx.usage("anthropic", "claude", cost_microusd=5)
    with pytest.raises(UnsupportedOperationError):
        await ctx.tool_call("t")
    await ctx.close()


# -- parity ---------------------------------------------------------------------


def _public(cls: type) -> dict[str, Any]:
    return {name: getattr(cls, name) for name in dir(cls) if not name.startswith("_")}


def _shape(fn: Any) -> list[tuple[str, Any, Any]]:
    """Parameter names, kinds and defaults (annotations differ by design: Async* types)."""
    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


def test_sync_and_async_contexts_have_the_same_methods_and_signatures() -> None:
    sync, asyn = _public(RunContext), _public(AsyncRunContext)
    assert sync.keys() == asyn.keys()
    for name, member in sync.items():
        if callable(member):
            assert _shape(member) == _shape(asyn[name]), name
            assert member.__doc__ and asyn[name].__doc__, name


class _Request:
    """What a web framework hands the endpoint: headers and the raw body."""

    def __init__(self, headers: dict[str, str], body: bytes) -> None:
        self.headers, self._body = headers, body

    def body(self) -> bytes:
        return self._body

    def json(self) -> Any:
        return json.loads(self._body)


def _docstring_example() -> str:
    """The ``strait.worker`` package docstring's example, as code."""
    doc = strait_worker.__doc__ or ""
    block = doc.split("::\n", 1)[1].split("\n:class:", 1)[0]
    return textwrap.dedent(block)


def test_the_package_docstring_example_verifies_the_signature(
    httpserver: HTTPServer, rec: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documented way to serve a dispatch reads the raw body and runs only a request
    signed with the configured secret (Strait signs ``<timestamp>.<body>``,
    worker/sign.go:9-14); the old ``payload=request.json()`` form raised with a secret set."""
    secret = "whsec-docstring-example"
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", secret)
    monkeypatch.setenv("STRAIT_BASE_URL", httpserver.url_for(""))
    body = b'{"sku": "A-1"}'
    example = _docstring_example()
    assert "body=request.body()" in example

    signed = {**headers(httpserver), **signature_headers(secret, body)}
    namespace: dict[str, Any] = {"request": _Request(signed, body)}
    exec(compile(example, "strait.worker docstring", "exec"), namespace)
    assert rec.bodies["complete"] == [{"result": {"synced": True}}]
    assert rec.bodies["log"][0]["data"] == {"sku": "A-1"}

    forged = {**headers(httpserver), **signature_headers("another-secret", body)}
    with pytest.raises(SignatureVerificationError):
        exec(compile(example, "strait.worker docstring", "exec"), {"request": _Request(forged, body)})
    assert len(rec.bodies["complete"]) == 1


def _worker_imports() -> dict[str, set[str]]:
    """``strait.worker`` module -> the package modules it imports (``TYPE_CHECKING`` ones too)."""
    package = Path(strait_worker.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in package.glob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names.update([node.module] if node.module else [a.name for a in node.names])
        graph[path.stem] = {n.split(".")[0] for n in names} - {path.stem}
    return graph


def test_the_worker_package_has_no_import_cycle() -> None:
    """No module of ``strait.worker`` imports, even for typing only, one that imports it
    back: ``current()`` lives above both context classes, the contexts' shared code names
    them only through ``RunOperations[Client]`` / ``RunOperations[AsyncClient]``."""
    graph = _worker_imports()
    assert {"_core", "_context", "_sync", "_async", "_current"} <= set(graph)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, set()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cyclic = sorted(m for m in graph if m != "__init__" and reaches(m, m, {m}))
    assert cyclic == []


def test_the_two_heartbeat_intervals_have_one_name_each(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run's REST heartbeat (``DEFAULT_HEARTBEAT_INTERVAL``, 30 s as Strait's docs advise)
    and the gRPC worker's stream heartbeat (``STREAM_HEARTBEAT_INTERVAL``, well inside the
    90 s lease: three times the server's 30 s WORKER_HEARTBEAT_TIMEOUT,
    api/grpc/stream.go:796-797) are two settings with two names."""
    from strait.worker import DEFAULT_HEARTBEAT_INTERVAL
    from strait.worker import _worker as worker_module  # grpc: the worker extra

    ctx = RunContext(token(), "http://127.0.0.1:9", auto_heartbeat=True)
    assert ctx.heartbeat_interval == DEFAULT_HEARTBEAT_INTERVAL == 30.0
    ctx.close()
    worker = worker_module.Worker(
        {"h": lambda ctx, payload: None}, api_key="strait_key0123456789", grpc_url="grpc://127.0.0.1:1"
    )
    assert worker.heartbeat_interval == worker_module.STREAM_HEARTBEAT_INTERVAL < 90 / 2
    assert not hasattr(worker_module, "DEFAULT_HEARTBEAT_INTERVAL")
