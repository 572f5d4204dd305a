"""Security and new-user items of the client core (issue 18 items 7-8, issue 20 items 1, 3,
5, 8 and 12), each through the public API, sync and async where both exist."""

from __future__ import annotations

import asyncio
import gc
import gzip
import importlib
import json
import signal
import subprocess
import sys
import textwrap
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from test_faults import FaultServer, Reply
from werkzeug import Request, Response

import strait
from strait import (
    ApiError,
    AsyncClient,
    Client,
    DecodeError,
    Middleware,
    NotFoundError,
    RequestContext,
    TransportError,
    UnprocessableEntityError,
    ValidationError,
)
from strait._limits import MAX_RESPONSE_BYTES, MAX_SSE_LINE_BYTES
from strait._streams import AsyncEventStream, EventStream

RUN = {"id": "run_1", "status": "executing", "job_id": "job_1"}


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """``exc`` and every exception reachable from it (cause and context)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]


def RawServer(answer: bytes) -> FaultServer:
    """A loopback server answering every request with ``answer``, then closing."""
    return FaultServer(lambda server, request, n: Reply(answer, then="close"))


# -- issue 18 item 7: no credential in an exception chain, a repr or a hook --------------------


async def test_aiohttp_failure_chain_holds_no_credential() -> None:
    """aiohttp's exceptions carry the request's headers (``request_info``): none of them may
    hang under the TransportError the caller gets, nor under a hook's ``ctx.error``."""
    server = RawServer(b"HTTP/1.1 abc not http\r\n\r\n")
    errors: list[RequestContext] = []
    try:
        async with AsyncClient(
            base_url=server.url,
            api_key=API_KEY,
            max_retries=0,
            middleware=[Middleware(on_error=errors.append)],
        ) as client:
            with pytest.raises(TransportError) as info:
                await client.runs.get("run_1")
    finally:
        server.close()
    for root in (info.value, *(ctx.error for ctx in errors)):
        for exc in _chain(root):
            assert API_KEY not in repr(exc) and API_KEY not in str(exc)
            assert API_KEY not in repr(vars(exc))
            assert not type(exc).__module__.startswith("aiohttp")


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_a_password_in_base_url_is_refused_without_showing_it(cls: type[Client | AsyncClient]) -> None:
    with pytest.raises(ValidationError) as info:
        cls(base_url="https://user:hunter2@strait.example", api_key=API_KEY)
    assert info.value.field == "base_url"
    assert "hunter2" not in str(info.value) and "user name or password" in str(info.value)


# -- issue 18 item 8: bounded answers, no bare RecursionError -------------------------------


def _gzip_bomb() -> bytes:
    return gzip.compress(b"[" + b" " * (MAX_RESPONSE_BYTES + 1024) + b"]", compresslevel=9)


@pytest.fixture(scope="module")
def bomb_server() -> Iterator[str]:
    body = _gzip_bomb()
    assert len(body) < MAX_RESPONSE_BYTES // 100
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    server = RawServer(head.encode() + body)
    yield server.url
    server.close()


def test_inflated_answer_is_refused_sync(bomb_server: str) -> None:
    with Client(base_url=bomb_server, api_key=API_KEY) as client:
        with pytest.raises(DecodeError, match="larger than the client accepts"):
            client.runs.get("run_1")
        with pytest.raises(DecodeError, match="larger than the client accepts"):
            client.do_request("GET", "/v1/runs/run_1")


async def test_inflated_answer_is_refused_async(bomb_server: str) -> None:
    async with AsyncClient(base_url=bomb_server, api_key=API_KEY) as client:
        with pytest.raises(DecodeError, match="larger than the client accepts"):
            await client.runs.get("run_1")
        with pytest.raises(DecodeError, match="larger than the client accepts"):
            await client.do_request("GET", "/v1/runs/run_1")
    async with (
        httpx.AsyncClient() as http,
        AsyncClient(base_url=bomb_server, api_key=API_KEY, http_client=http) as c,
    ):
        with pytest.raises(DecodeError, match="larger than the client accepts"):
            await c.runs.get("run_1")


def test_declared_oversized_answer_is_refused_before_reading() -> None:
    size = MAX_RESPONSE_BYTES + 1
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n\r\n"
    server = RawServer(head.encode() + b"{}")
    try:
        with (
            Client(base_url=server.url, api_key=API_KEY) as client,
            pytest.raises(DecodeError, match="larger than the client accepts"),
        ):
            client.runs.get("run_1")
    finally:
        server.close()


def test_an_endless_sse_line_is_refused() -> None:
    line = b"data: " + b"x" * (MAX_SSE_LINE_BYTES + 10)
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
    server = RawServer(head + line)
    try:
        with (
            Client(base_url=server.url, api_key=API_KEY) as client,
            pytest.raises(DecodeError, match="longer than"),
        ):
            next(iter(client.runs.follow("run_1")))
    finally:
        server.close()


DEEP = b"[" * 200_000 + b"]" * 200_000


def test_deeply_nested_json_is_a_typed_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/deep_err").respond_with_data(
        DEEP, 500, content_type="application/json"
    )
    httpserver.expect_request("/v1/raw").respond_with_data(DEEP, 200, content_type="application/json")
    frame = b"data: " + DEEP + b"\n\n"
    httpserver.expect_request("/v1/runs/deep/stream").respond_with_data(
        frame, 200, content_type="text/event-stream"
    )
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, max_retries=0) as client:
        with pytest.raises(ApiError) as info:
            client.runs.get("deep_err")
        assert info.value.status == 500
        with pytest.raises(DecodeError, match="nested too deeply"):
            client.do_request("GET", "/v1/raw")
        with pytest.raises(DecodeError, match="nested too deeply"):
            next(iter(client.runs.follow("deep")))


# -- issue 20 item 1: a closed request schema takes no other field ---------------------------


def test_trigger_without_payload_wrapper_is_refused_before_sending(httpserver: HTTPServer) -> None:
    """TriggerRequest is closed (additionalProperties: false); the server drops unknown body
    fields (api/huma_bridge.go:220-221), so without this check the run would get payload {}."""
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(ValidationError) as info,
    ):
        client.jobs.trigger("job_1", {"sku": "ABC"})
    message = str(info.value)
    assert "'sku'" in message and '{"payload": {"sku": ...}}' in message
    assert info.value.field == "body.sku"
    assert not httpserver.log  # nothing was sent


async def test_trigger_without_payload_wrapper_is_refused_async(httpserver: HTTPServer) -> None:
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        with pytest.raises(ValidationError, match="did you mean 'tags'"):
            await client.jobs.trigger("job_1", {"payload": {}, "tag": {"a": "b"}})
    assert not httpserver.log


# -- issue 20 item 3: a cancelled or interrupted wait leaves nothing behind -----------------------


class _KeepaliveStream:
    """A run's event stream that only sends keepalives (for up to 10 s): ``opened`` is set
    once a client reads it, and ``done`` ends it early."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.done = threading.Event()

    def __call__(self, request: Request) -> Response:
        def body() -> Iterator[bytes]:
            self.opened.set()
            for _ in range(200):
                yield b": keepalive\n\n"
                if self.done.wait(0.05):
                    return

        return Response(body(), content_type="text/event-stream")


@pytest.fixture
def keepalive_stream() -> Iterator[_KeepaliveStream]:
    stream = _KeepaliveStream()
    yield stream
    stream.done.set()  # the shared test server is free for the next test


@pytest.fixture
def slow_run(httpserver: HTTPServer, keepalive_stream: _KeepaliveStream) -> str:
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_handler(keepalive_stream)
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    return httpserver.url_for("")


class Unraisable(list[str]):
    def __call__(self, info: Any) -> None:
        self.append(f"{info.exc_type.__name__}: {info.exc_value} in {info.object!r}")


@dataclass
class Leftovers:
    """The event streams closed during a test, and what reached ``sys.unraisablehook``."""

    closed: list[str] = field(default_factory=list)
    caught: Unraisable = field(default_factory=Unraisable)


@pytest.fixture
def leftovers(monkeypatch: pytest.MonkeyPatch) -> Leftovers:
    found = Leftovers()
    monkeypatch.setattr(sys, "unraisablehook", found.caught)
    sync_close, async_close = EventStream.close, AsyncEventStream.aclose

    def spy(self: Any) -> None:
        found.closed.append("sync")
        sync_close(self)

    async def aspy(self: Any) -> None:
        found.closed.append("async")
        await async_close(self)

    monkeypatch.setattr(EventStream, "close", spy)
    monkeypatch.setattr(AsyncEventStream, "close", aspy)
    return found


async def test_cancelled_async_wait_leaves_nothing_behind(
    slow_run: str, keepalive_stream: _KeepaliveStream, leftovers: Leftovers
) -> None:
    async with AsyncClient(base_url=slow_run, api_key=API_KEY) as client:
        waiting = asyncio.ensure_future(client.runs.wait("run_1", interval=30, timeout=10))
        assert await asyncio.to_thread(keepalive_stream.opened.wait, 10)  # the wait follows the stream
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        gc.collect()
    assert leftovers == Leftovers(closed=["async"])


def test_interrupted_sync_wait_leaves_nothing_behind(
    slow_run: str, keepalive_stream: _KeepaliveStream, leftovers: Leftovers
) -> None:
    # Ctrl-C raises KeyboardInterrupt even where pytest was started with SIGINT ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    main = threading.main_thread().ident
    assert main is not None

    def ctrl_c_once_following() -> None:
        if keepalive_stream.opened.wait(10):
            signal.pthread_kill(main, signal.SIGINT)

    try:
        with Client(base_url=slow_run, api_key=API_KEY) as client:
            interrupter = threading.Thread(target=ctrl_c_once_following)
            interrupter.start()
            with pytest.raises(KeyboardInterrupt):
                client.runs.wait("run_1", interval=30, timeout=10)
            interrupter.join()
            gc.collect()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert leftovers == Leftovers(closed=["sync"])


# -- issue 20 item 5: the server's reason is in the message -------------------------------------


def test_error_message_includes_the_servers_details(httpserver: HTTPServer) -> None:
    """``details`` is the error envelope's list of strings (api/server.go:544-549)."""
    reason = "endpoint_signing_secret has an invalid length"
    body = {"error": {"code": "validation_failed", "message": "validation failed", "details": [reason]}}
    httpserver.expect_request("/v1/jobs", method="POST").respond_with_json(body, status=422)
    long = {"error": {"code": "validation_failed", "message": "v", "details": ["x" * 5000]}}
    httpserver.expect_request("/v1/jobs/j", method="PATCH").respond_with_json(long, status=422)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        with pytest.raises(UnprocessableEntityError) as info:
            client.jobs.create({"name": "n", "slug": "s", "project_id": "p", "endpoint_url": "https://w"})
        assert reason in str(info.value) and info.value.details == [reason]
        with pytest.raises(UnprocessableEntityError) as info:
            client.jobs.update("j", {"name": "n"})
        assert len(str(info.value)) < 1000 and info.value.details == ["x" * 5000]


# -- issue 20 item 8: one AsyncClient across two asyncio.run calls -------------------------------


def test_one_async_client_across_two_event_loops_leaks_no_socket(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    script = textwrap.dedent(
        f"""
        import asyncio
        from strait import AsyncClient
        client = AsyncClient(base_url={httpserver.url_for("")!r}, api_key={API_KEY!r})

        async def use():
            await client.runs.get("run_1")
            await client.generated.get_async_httpx_client().get("/v1/runs/run_1")

        async def use_and_close():
            await use()
            await client.close()

        asyncio.run(use())
        asyncio.run(use())
        asyncio.run(use_and_close())
        other = AsyncClient(base_url={httpserver.url_for("")!r}, api_key={API_KEY!r})
        asyncio.run(other.runs.get("run_1"))  # never closed: quiet at exit too
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", script],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.strip() == "ok", done.stderr
    noise = [line for line in done.stderr.splitlines() if "Executing <" not in line and "took" not in line]
    assert noise == []


# -- issue 20 item 12 ------------------------------------------------------------------------------


def test_runs_cancel_is_the_cancel_run_operation(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1", method="DELETE").respond_with_json(
        {**RUN, "status": "canceled"}
    )
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        assert client.runs.cancel("run_1")["status"] == "canceled"
        assert client.runs.delete("run_1")["status"] == "canceled"  # 0.1.1's name
    assert [r.method for r, _ in httpserver.log] == ["DELETE", "DELETE"]


async def test_async_runs_cancel(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1", method="DELETE").respond_with_json(
        {**RUN, "status": "canceled"}
    )
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        assert (await client.runs.cancel("run_1"))["status"] == "canceled"


def test_trigger_by_slug_404_points_at_runs_trigger(httpserver: HTTPServer) -> None:
    body = {"error": {"code": "not_found", "message": "job not found"}}
    httpserver.expect_request("/v1/jobs/resize/trigger", method="POST").respond_with_json(body, status=404)
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(NotFoundError) as info,
    ):
        client.jobs.trigger("resize", {"payload": {}})
    assert "client.runs.trigger(job_id='resize'" in str(info.value)


def test_tracebacks_name_the_public_module(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(
        {"error": {"code": "forbidden"}}, status=403
    )
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(strait.ForbiddenError) as info,
    ):
        client.runs.get("run_1")
    last = traceback.format_exception(info.value)[-1]
    assert last.startswith("strait.errors.ForbiddenError: [403 forbidden]")
    assert "_errors" not in last
    assert importlib.import_module("strait.errors").ForbiddenError is strait.ForbiddenError


def test_two_body_fields_of_0_1_1_reach_the_server_as_it_reads_them(httpserver: HTTPServer) -> None:
    """sdk-complete reads ``result`` (api/sdk_terminal.go:20-22); approve-workflow-step
    reads no body field: the route approves (api/workflow_runs.go:20, 375-380)."""
    httpserver.expect_request("/sdk/v1/runs/r1/complete", method="POST").respond_with_json(RUN)
    httpserver.expect_request("/v1/workflow-runs/wr1/steps/s1/approve", method="POST").respond_with_json({})
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        client.sdk_runs.complete_run("r1", {"output": "done"})
        client.workflow_runs.approve_step("wr1", "s1", {"approved": True})
        with pytest.raises(ValidationError, match="skip_step"):
            client.workflow_runs.approve_step("wr1", "s1", {"approved": False})
    bodies = [json.loads(request.data or b"{}") for request, _ in httpserver.log]
    assert bodies == [{"result": "done"}, {}]


# -- issue 18 item 1: one connection pool per AsyncClient ----------------------------------------


async def test_calls_streams_and_generated_share_one_pool(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aiohttp

    sessions: list[object] = []
    original = aiohttp.ClientSession.__init__

    def counting(self: aiohttp.ClientSession, *args: Any, **kwargs: Any) -> None:
        sessions.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(aiohttp.ClientSession, "__init__", counting)
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    terminal = {"type": "status_change", "from": "executing", "to": "completed"}
    frame = f"data: {json.dumps(terminal)}\n\n".encode()
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_data(
        frame, content_type="text/event-stream"
    )
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        await client.runs.get("run_1")
        async with client.runs.follow("run_1") as events:
            assert [e.data["to"] async for e in events] == ["completed"]
        answer = await client.generated.get_async_httpx_client().get("/v1/runs/run_1")
        assert answer.json()["id"] == "run_1"
        await client.with_options(timeout=5).runs.get("run_1")
    assert len(sessions) == 1  # one aiohttp session: one pool for calls, streams and generated
    assert all(r.headers["Authorization"] == f"Bearer {API_KEY}" for r, _ in httpserver.log)
