"""Live streams (SSE): decoding, dedupe, reconnects, and how statuses end a stream.

A tiny raw-socket HTTP server plays a scripted answer per connection, so a test can
cut a connection mid-body, replay frames after a reconnect, or answer 401/410.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import AsyncSleeps, FakeClock, Sleeps, accept_each, closing_each
from spec_samples import component

from strait import (
    AsyncClient,
    Client,
    DecodeError,
    NotFoundError,
    TransportError,
    UnauthorizedError,
    ValidationError,
)
from strait._errors import (
    ApiError,
    RateLimitedError,
    ServerError,
    StraitTimeoutError,
    UnsupportedOperationError,
)
from strait._sse import (
    ReconnectPolicy,
    SSESession,
    StreamEvent,
    run_event_is_terminal,
    stream_unavailable,
)

API_KEY = "strait_stream_test_key_0123"
FAST = ReconnectPolicy(max_attempts=3, initial_delay=0.0, max_delay=0.0)


def frame(data: Any, *, event: str | None = None, id: str | None = None) -> bytes:
    lines = []
    if event:
        lines.append(f"event: {event}")
    if id:
        lines.append(f"id: {id}")
    lines.append("data: " + json.dumps(data))
    return ("\n".join(lines) + "\n\n").encode()


def chunked(*parts: bytes, complete: bool) -> bytes:
    body = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts)
    return body + (b"0\r\n\r\n" if complete else b"")


def sse_response(*frames: bytes, complete: bool = False) -> bytes:
    """200 event stream; ``complete=False`` cuts the connection mid-body (a forced drop)."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
    return head + b"Connection: close\r\n\r\n" + chunked(*frames, complete=complete)


def status_response(status: int, message: str = "nope") -> bytes:
    body = json.dumps({"error": {"code": "x", "message": message}}).encode()
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"Connection: close\r\n\r\n" + body


class ScriptedServer:
    """Answers connection n with ``script[n]`` (the last entry repeats), then closes it.

    With ``routes``, a request for a listed path gets that path's next answer instead
    (the last one repeats); an empty answer closes the connection without a response.
    """

    def __init__(self, script: list[bytes], routes: dict[str, list[bytes]] | None = None) -> None:
        self.script = script
        self.routes = routes or {}
        self.requests: list[dict[str, str]] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        accept_each(self._sock, self._reply)

    def _reply(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
            lines = data.split(b"\r\n\r\n")[0].decode().split("\r\n")
            headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
            headers[":path"] = lines[0].split(" ")[1]
            self.requests.append(headers)
            conn.sendall(self._answer(headers[":path"]))
            conn.shutdown(socket.SHUT_RDWR)

    def _answer(self, path: str) -> bytes:
        answers = self.routes.get(path)
        if answers is None:
            return self.script[min(len(self.requests), len(self.script)) - 1]
        n = sum(r[":path"] == path for r in self.requests)
        return answers[min(n, len(answers)) - 1]

    def paths(self) -> list[str]:
        return [r[":path"] for r in self.requests]

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., ScriptedServer]]:
    yield from closing_each(ScriptedServer)


def status_change(to: str) -> dict[str, Any]:
    return {"type": "status_change", "run_id": "run_1", "from": "executing", "to": to, "timestamp": "t9"}


def log_event(n: int) -> dict[str, Any]:
    return {"type": "event", "event_type": "log", "message": f"line {n}", "timestamp": f"t{n}"}


DISCONNECT_SCRIPT_WITH_IDS = [
    sse_response(frame(log_event(1), id="1"), b": keepalive\n\n", frame(log_event(2), id="2")),
    sse_response(frame(log_event(2), id="2"), frame(log_event(3), id="3")),  # replays 2
    sse_response(
        frame(log_event(3), id="3"), frame(log_event(4), id="4"), frame(status_change("completed"), id="5")
    ),
]
# What today's server does: no ids, so a replay is recognised by content.
DISCONNECT_SCRIPT_NO_IDS = [
    sse_response(frame(log_event(1)), frame(log_event(2))),
    sse_response(frame(log_event(1)), frame(log_event(2)), frame(log_event(3))),
    sse_response(frame(log_event(3)), frame(log_event(4)), frame(status_change("completed")), complete=True),
]
EXPECTED = [log_event(1), log_event(2), log_event(3), log_event(4), status_change("completed")]


@pytest.mark.parametrize(
    "script", [DISCONNECT_SCRIPT_WITH_IDS, DISCONNECT_SCRIPT_NO_IDS], ids=["ids", "no-ids"]
)
def test_stream_survives_two_disconnects_without_loss_or_duplicates(
    serve: Callable[[list[bytes]], ScriptedServer], script: list[bytes]
) -> None:
    server = serve(script)
    sleeps = Sleeps()
    with (
        Client(base_url=server.url, api_key=API_KEY) as client,
        client.runs.follow("run_1", reconnect=FAST, sleep=sleeps) as events,
    ):
        received = [e.data for e in events]
    assert received == EXPECTED
    assert len(server.requests) == 3
    assert len(sleeps) == 2
    request = server.requests[0]
    assert request[":path"] == "/v1/runs/run_1/stream"
    assert request["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in request[":path"]
    assert request["accept"] == "text/event-stream"
    if script is DISCONNECT_SCRIPT_WITH_IDS:
        assert [r.get("last-event-id") for r in server.requests] == [None, "2", "3"]


@pytest.mark.parametrize(
    "script", [DISCONNECT_SCRIPT_WITH_IDS, DISCONNECT_SCRIPT_NO_IDS], ids=["ids", "no-ids"]
)
async def test_async_stream_survives_two_disconnects(
    serve: Callable[[list[bytes]], ScriptedServer], script: list[bytes]
) -> None:
    server = serve(script)
    sleeps = AsyncSleeps()
    async with (
        AsyncClient(base_url=server.url, api_key=API_KEY) as client,
        client.runs.follow("run_1", reconnect=FAST, sleep=sleeps) as events,
    ):
        received = [e.data async for e in events]
    assert received == EXPECTED
    assert len(server.requests) == 3
    assert len(sleeps) == 2


def test_410_ends_the_stream_cleanly(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    server = serve([status_response(410, "run already in terminal state")])
    with Client(base_url=server.url, api_key=API_KEY) as client:
        assert list(client.runs.follow("run_1", reconnect=FAST, sleep=Sleeps())) == []
    assert len(server.requests) == 1  # no reconnect


@pytest.mark.parametrize(
    ("status", "error"), [(401, UnauthorizedError), (403, UnauthorizedError), (404, NotFoundError)]
)
def test_auth_and_not_found_raise_without_reconnecting(
    serve: Callable[[list[bytes]], ScriptedServer], status: int, error: type[Exception]
) -> None:
    server = serve([status_response(status)])
    sleeps = Sleeps()
    with Client(base_url=server.url, api_key=API_KEY) as client, pytest.raises(error):
        list(client.runs.follow("run_1", reconnect=FAST, sleep=sleeps))
    assert len(server.requests) == 1
    assert sleeps == []


async def test_async_401_raises(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    server = serve([status_response(401)])
    async with AsyncClient(base_url=server.url, api_key=API_KEY) as client:
        with pytest.raises(UnauthorizedError):
            async for _ in client.runs.follow("run_1", reconnect=FAST, sleep=AsyncSleeps()):
                pass


def test_retryable_status_reconnects_then_gives_up(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    server = serve([status_response(503, "too many SSE connections")])
    sleeps = Sleeps()
    with (
        Client(base_url=server.url, api_key=API_KEY) as client,
        pytest.raises(Exception, match="too many SSE"),
    ):
        list(client.runs.follow("run_1", reconnect=FAST, sleep=sleeps))
    assert len(server.requests) == FAST.max_attempts + 1
    assert len(sleeps) == FAST.max_attempts


def test_drops_without_progress_give_up_with_transport_error(
    serve: Callable[[list[bytes]], ScriptedServer],
) -> None:
    server = serve([sse_response(frame(log_event(1)))])  # every connection replays the same frame, then drops
    with Client(base_url=server.url, api_key=API_KEY) as client:
        events = client.runs.follow("run_1", reconnect=FAST, sleep=Sleeps())
        assert next(events).data == log_event(1)
        with pytest.raises(TransportError, match="reconnect"):
            next(events)


def test_server_error_frame_is_reported(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    script = [sse_response(frame({"error": "streaming not available"}, event="error"), complete=True)]
    server = serve(script)
    with (
        Client(base_url=server.url, api_key=API_KEY) as client,
        pytest.raises(TransportError, match="not available"),
    ):
        list(client.runs.follow("run_1", reconnect=FAST, sleep=Sleeps()))


def test_event_trigger_stream_ends_on_terminal_status(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    trigger = {"id": "trg_1", "event_key": "approval:1", "status": "waiting"}
    received = {**trigger, "status": "received", "timestamp": "t2"}
    server = serve(
        [sse_response(frame(trigger, event="status"), frame(received, event="status"), complete=True)]
    )
    with Client(base_url=server.url, api_key=API_KEY) as client:
        events = list(client.event_triggers.follow("approval:1", reconnect=FAST, sleep=Sleeps()))
    assert [(e.event, e.data["status"]) for e in events] == [("status", "waiting"), ("status", "received")]
    assert server.requests[0][":path"] == "/v1/events/approval%3A1/stream"


def test_project_activity_stream_reads_until_closed(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    change = {
        "table": "job_runs",
        "action": "update",
        "record": {"id": "r"},
        "timestamp": "t",
        "source": "cdc",
    }
    server = serve(
        [sse_response(frame(change, event="activity"), frame({**change, "timestamp": "u"}, event="activity"))]
    )
    with Client(base_url=server.url, api_key=API_KEY) as client:
        with client.projects.follow_activity("proj_1", reconnect=FAST, sleep=Sleeps()) as events:
            first = next(events)
        assert first == StreamEvent(event="activity", data=change)
        with pytest.raises(StopIteration):
            next(events)  # closed
    assert server.requests[0][":path"] == "/v1/projects/proj_1/activity/stream"


def test_non_event_stream_200_is_a_decode_error(serve: Callable[[list[bytes]], ScriptedServer]) -> None:
    body = b'{"ok": true}'
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
    server = serve([head + b"Connection: close\r\n\r\n" + body])

    with Client(base_url=server.url, api_key=API_KEY) as client, pytest.raises(DecodeError):
        list(client.runs.follow("run_1", reconnect=FAST, sleep=Sleeps()))


def test_empty_ids_are_rejected_before_connecting() -> None:
    with Client(base_url="http://127.0.0.1:9", api_key=API_KEY) as client, pytest.raises(ValidationError):
        client.runs.follow("")


# -- the pure session ---------------------------------------------------------


class _Frame:
    def __init__(self, data: str, event: str = "message", id: str = "", retry: int | None = None) -> None:
        self.data, self.event, self.id, self.retry = data, event, id, retry


def test_session_keeps_a_bounded_set_of_seen_events() -> None:
    session = SSESession(run_event_is_terminal, max_seen=2)
    assert session.accept(_Frame('{"n":1}')) is not None
    assert session.accept(_Frame('{"n":1}')) is None
    session.accept(_Frame('{"n":2}'))
    session.accept(_Frame('{"n":3}'))
    assert session.accept(_Frame('{"n":1}')) is not None  # forgotten: the set is bounded


def test_session_backoff_grows_caps_and_honours_retry_hint() -> None:
    policy = ReconnectPolicy(max_attempts=5, initial_delay=1.0, max_delay=4.0, jitter=0.0)
    session = SSESession(run_event_is_terminal, policy, rand=lambda: 0.0)
    assert [session.on_drop() for _ in range(6)] == [1.0, 2.0, 4.0, 4.0, 4.0, None]
    hinted = SSESession(run_event_is_terminal, policy, rand=lambda: 0.0)
    hinted.accept(_Frame("", retry=250))
    assert hinted.on_drop() == 0.25
    jittered = SSESession(
        run_event_is_terminal, ReconnectPolicy(initial_delay=1.0, jitter=0.5), rand=lambda: 1.0
    )
    assert jittered.on_drop() == 0.5


def test_session_gives_up_after_max_elapsed_and_at_the_deadline() -> None:
    now = [0.0]
    policy = ReconnectPolicy(max_attempts=100, initial_delay=0.0, max_elapsed=10.0)
    session = SSESession(run_event_is_terminal, policy, clock=lambda: now[0])
    assert session.on_drop() == 0.0
    now[0] = 11.0
    assert session.on_drop() is None
    timed = SSESession(run_event_is_terminal, deadline_in=5.0, clock=lambda: now[0])
    now[0] = 20.0
    assert timed.on_drop() is None
    assert isinstance(timed.give_up(None, "stream-run"), StraitTimeoutError)


def test_session_parses_json_and_marks_terminal_events() -> None:
    session = SSESession(run_event_is_terminal)
    assert session.accept(_Frame("not json", event="log")) == StreamEvent(event="log", data="not json")
    assert not session.done
    session.accept(_Frame(json.dumps(status_change("canceled"))))
    assert session.done
    with pytest.raises(ValidationError):
        ReconnectPolicy(max_attempts=-1)
    with pytest.raises(ValidationError):
        SSESession(run_event_is_terminal, deadline_in=0)


def test_stream_read_timeout_is_bounded_by_the_deadline() -> None:
    session = SSESession(run_event_is_terminal, deadline_in=2.0)
    timeout = session.read_timeout(60.0)
    assert timeout is not None and timeout <= 2.0
    assert session.is_timeout(httpx.ReadTimeout("x")) is False


# -- client.runs.wait: the stream when offered, polling otherwise ---------------


RUN_PATH = "/v1/runs/run_1"
STREAM_PATH = "/v1/runs/run_1/stream"


def run_response(status: str) -> bytes:
    body = json.dumps(component("JobRun", id="run_1", job_id="job_1", status=status)).encode()
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + b"Connection: close\r\n\r\n" + body


Routes = Callable[[dict[str, list[bytes]]], ScriptedServer]


@pytest.fixture
def routes(serve: Callable[..., ScriptedServer]) -> Routes:
    """A server answering by path; any other path is a visible failure (418)."""
    return lambda table: serve([status_response(418, "unexpected request")], table)


def wait_behind_stream(
    routes: Routes, statuses: list[str], stream_status: int, **options: Any
) -> tuple[str, ScriptedServer, FakeClock]:
    """``runs.wait`` on a run read as ``statuses`` (one per read) whose stream answers
    ``stream_status``: the final status, the server and the clock."""
    server = routes(
        {
            RUN_PATH: [run_response(status) for status in statuses],
            STREAM_PATH: [status_response(stream_status, "too many SSE connections")],
        }
    )
    clock = FakeClock()
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", sleep=clock.sleep, clock=clock, **options)
    return run.status, server, clock


@pytest.fixture
def dead_port() -> Iterator[int]:
    """A loopback port bound but not listening: connecting to it is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


class RefuseStreams(httpx.BaseTransport):
    """Sends ``.../stream`` requests to a refusing port, everything else to the server."""

    def __init__(self, port: int) -> None:
        self._inner = httpx.HTTPTransport()
        self._port = port

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            request.url = request.url.copy_with(port=self._port)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncRefuseStreams(httpx.AsyncBaseTransport):
    def __init__(self, port: int) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._port = port

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            request.url = request.url.copy_with(port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def test_wait_follows_the_stream_and_returns_the_final_run(routes: Routes) -> None:
    server = routes(
        {
            RUN_PATH: [run_response("executing"), run_response("completed")],
            STREAM_PATH: [sse_response(frame(log_event(1)), frame(status_change("completed")))],
        }
    )
    clock = FakeClock()
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", sleep=clock.sleep, clock=clock)
    assert run.status == "completed" and run["id"] == "run_1"
    assert server.paths() == [RUN_PATH, STREAM_PATH, RUN_PATH]
    assert server.requests[1]["accept"] == "text/event-stream"
    assert clock.slept == []


def test_wait_returns_a_finished_run_without_opening_a_stream(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("failed")]})
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", sleep=Sleeps(), clock=FakeClock())
    assert run.status == "failed"
    assert server.paths() == [RUN_PATH]


def test_wait_reads_the_run_after_410(routes: Routes) -> None:
    status, server, clock = wait_behind_stream(routes, ["executing", "canceled"], 410)
    assert status == "canceled"
    assert server.paths() == [RUN_PATH, STREAM_PATH, RUN_PATH]
    assert clock.slept == []


@pytest.mark.parametrize("status", [503, 500, 404, 405])
def test_wait_falls_back_to_polling_when_the_stream_is_unavailable(routes: Routes, status: int) -> None:
    final, server, clock = wait_behind_stream(
        routes, ["queued", "executing", "completed"], status, interval=3.0, reconnect=FAST
    )
    assert final == "completed"
    stream_requests = server.paths().count(STREAM_PATH)
    retried = status >= 500  # 5xx is retried within the reconnect policy first; 404/405 are not
    assert stream_requests == (FAST.max_attempts + 1 if retried else 1)
    assert server.paths().count(RUN_PATH) == 3
    # the reconnect waits (0.0 under FAST), then one poll interval between the two later reads
    assert clock.slept == [0.0] * (FAST.max_attempts if retried else 0) + [3.0, 3.0]


def test_wait_falls_back_after_the_default_reconnects(routes: Routes) -> None:
    status, server, clock = wait_behind_stream(routes, ["executing", "completed"], 503, interval=2.0)
    assert status == "completed"
    assert server.paths().count(STREAM_PATH) == 3  # the first try and two reconnects, then polling
    first, second, poll = clock.slept
    assert 0 < first <= 0.5 and 0 < second <= 1.0
    # polls are `interval` apart counted from the last read, so the stream phase counts
    assert first + second + poll == pytest.approx(2.0)


def test_wait_falls_back_when_the_stream_connection_is_refused(routes: Routes, dead_port: int) -> None:
    server = routes({RUN_PATH: [run_response("executing"), run_response("completed")]})
    clock = FakeClock()
    with (
        httpx.Client(transport=RefuseStreams(dead_port)) as http,
        Client(base_url=server.url, api_key=API_KEY, http_client=http) as client,
    ):
        run = client.runs.wait("run_1", interval=2.0, reconnect=FAST, sleep=clock.sleep, clock=clock)
    assert run.status == "completed"
    assert server.paths() == [RUN_PATH, RUN_PATH]  # every stream attempt was refused
    assert clock.slept == [0.0] * FAST.max_attempts + [2.0]


def test_wait_falls_back_on_a_stream_that_is_not_an_event_stream(routes: Routes) -> None:
    body = b'{"ok": true}'
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n"
    server = routes(
        {
            RUN_PATH: [run_response("executing"), run_response("completed")],
            STREAM_PATH: [head + b"Connection: close\r\n\r\n" + body],
        }
    )
    clock = FakeClock()
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", interval=1.0, sleep=clock.sleep, clock=clock)
    assert run.status == "completed"
    assert clock.slept == [1.0]


def test_wait_polls_again_when_the_run_is_not_yet_terminal_after_the_stream(routes: Routes) -> None:
    server = routes(
        {
            RUN_PATH: [run_response("executing")] * 3 + [run_response("completed")],
            STREAM_PATH: [sse_response(frame(status_change("completed")))],
        }
    )
    clock = FakeClock()
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", interval=2.0, sleep=clock.sleep, clock=clock)
    assert run.status == "completed"
    # read, stream, read once the stream is open, read after the terminal event, poll
    assert server.paths() == [RUN_PATH, STREAM_PATH, RUN_PATH, RUN_PATH, RUN_PATH]
    assert clock.slept == [2.0]


def test_wait_raises_auth_errors_from_the_stream(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("executing")], STREAM_PATH: [status_response(403)]})
    with Client(base_url=server.url, api_key=API_KEY) as client, pytest.raises(UnauthorizedError):
        client.runs.wait("run_1", sleep=Sleeps(), clock=FakeClock())
    assert server.paths() == [RUN_PATH, STREAM_PATH]


def test_wait_times_out_while_polling(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("executing")], STREAM_PATH: [status_response(404)]})
    clock = FakeClock()
    with (
        Client(base_url=server.url, api_key=API_KEY) as client,
        pytest.raises(StraitTimeoutError, match="run run_1 is still 'executing' after 5s"),
    ):
        client.runs.wait("run_1", timeout=5.0, interval=2.0, sleep=clock.sleep, clock=clock)
    assert clock.slept == [2.0, 2.0, 1.0]  # never past the deadline
    assert server.paths() == [RUN_PATH, STREAM_PATH, RUN_PATH, RUN_PATH, RUN_PATH]


def test_wait_deadline_covers_the_stream_phase(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("executing")], STREAM_PATH: [status_response(503)]})
    clock = FakeClock()
    patient = ReconnectPolicy(max_attempts=100, initial_delay=1.0, max_delay=1.0, jitter=0.0)
    with (
        Client(base_url=server.url, api_key=API_KEY) as client,
        pytest.raises(StraitTimeoutError, match="after 3s"),
    ):
        client.runs.wait("run_1", timeout=3.0, reconnect=patient, sleep=clock.sleep, clock=clock)
    assert clock.now <= 3.0
    assert server.paths()[0] == RUN_PATH and set(server.paths()[1:]) == {STREAM_PATH}


def test_wait_without_the_stream_only_polls(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("pending"), run_response("timed_out")]})
    clock = FakeClock()
    with Client(base_url=server.url, api_key=API_KEY) as client:
        run = client.runs.wait("run_1", use_stream=False, interval=0.5, sleep=clock.sleep, clock=clock)
    assert run.status == "timed_out"
    assert server.paths() == [RUN_PATH, RUN_PATH]
    assert clock.slept == [0.5]


@pytest.mark.parametrize("kwargs", [{"timeout": 0}, {"interval": -1}, {"timeout": float("inf")}])
def test_wait_validates_arguments_before_sending(kwargs: dict[str, Any]) -> None:
    with Client(base_url="http://127.0.0.1:9", api_key=API_KEY) as client:
        with pytest.raises(ValidationError):
            client.runs.wait("run_1", sleep=Sleeps(), **kwargs)
        with pytest.raises(ValidationError):
            client.runs.wait("", sleep=Sleeps())


async def test_async_wait_follows_the_stream(routes: Routes) -> None:
    server = routes(
        {
            RUN_PATH: [run_response("executing"), run_response("completed")],
            STREAM_PATH: [sse_response(frame(status_change("completed")))],
        }
    )
    clock = FakeClock()
    async with AsyncClient(base_url=server.url, api_key=API_KEY) as client:
        run = await client.runs.wait("run_1", sleep=clock.asleep, clock=clock)
    assert run.status == "completed"
    assert server.paths() == [RUN_PATH, STREAM_PATH, RUN_PATH]


async def test_async_wait_reads_the_run_after_410(routes: Routes) -> None:
    server = routes(
        {
            RUN_PATH: [run_response("executing"), run_response("dead_letter")],
            STREAM_PATH: [status_response(410)],
        }
    )
    clock = FakeClock()
    async with AsyncClient(base_url=server.url, api_key=API_KEY) as client:
        run = await client.runs.wait("run_1", sleep=clock.asleep, clock=clock)
    assert run.status == "dead_letter"


async def test_async_wait_falls_back_on_503(routes: Routes) -> None:
    server = routes(
        {
            RUN_PATH: [run_response("executing"), run_response("completed")],
            STREAM_PATH: [status_response(503, "too many SSE connections")],
        }
    )
    clock = FakeClock()
    async with AsyncClient(base_url=server.url, api_key=API_KEY) as client:
        run = await client.runs.wait("run_1", interval=2.0, reconnect=FAST, sleep=clock.asleep, clock=clock)
    assert run.status == "completed"
    assert server.paths().count(STREAM_PATH) == FAST.max_attempts + 1
    assert clock.slept == [0.0] * FAST.max_attempts + [2.0]


async def test_async_wait_falls_back_when_refused(routes: Routes, dead_port: int) -> None:
    server = routes({RUN_PATH: [run_response("executing"), run_response("completed")]})
    clock = FakeClock()
    async with (
        httpx.AsyncClient(transport=AsyncRefuseStreams(dead_port)) as http,
        AsyncClient(base_url=server.url, api_key=API_KEY, http_client=http) as client,
    ):
        run = await client.runs.wait("run_1", interval=2.0, reconnect=FAST, sleep=clock.asleep, clock=clock)
    assert run.status == "completed"
    assert server.paths() == [RUN_PATH, RUN_PATH]


async def test_async_wait_times_out(routes: Routes) -> None:
    server = routes({RUN_PATH: [run_response("executing")], STREAM_PATH: [status_response(405)]})
    clock = FakeClock()
    async with AsyncClient(base_url=server.url, api_key=API_KEY) as client:
        with pytest.raises(StraitTimeoutError, match="after 4s"):
            await client.runs.wait("run_1", timeout=4.0, interval=2.0, sleep=clock.asleep, clock=clock)
    assert clock.slept == [2.0, 2.0]


def test_stream_unavailable_decides_what_falls_back() -> None:
    def api(cls: type[ApiError], status: int) -> ApiError:
        return cls("x", status=status)

    fallback = [
        TransportError("refused"),
        httpx.ConnectError("refused"),
        DecodeError("not SSE"),
        api(ServerError, 503),
        api(NotFoundError, 404),
        api(UnsupportedOperationError, 404),
        api(ApiError, 405),
        api(RateLimitedError, 429),
    ]
    fatal = [api(UnauthorizedError, 401), api(ApiError, 400), StraitTimeoutError("late"), KeyError("k")]
    assert [stream_unavailable(e) for e in fallback] == [True] * len(fallback)
    assert [stream_unavailable(e) for e in fatal] == [False] * len(fatal)


def test_the_sync_clients_runs_does_not_import_asyncio() -> None:
    # client.runs loads the streams and runs.trigger (strait._plan); a sync caller must not pay for asyncio.
    import subprocess
    import sys

    code = (
        "import sys, strait; c = strait.Client(api_key='k', base_url='http://127.0.0.1:9'); c.runs.get; "
        "print(sorted(m for m in ('strait._plan', 'strait._streams', 'asyncio') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['strait._plan', 'strait._streams']"
