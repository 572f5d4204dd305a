"""HTTP mode against hostile and odd requests, through real sockets: ``wsgi_app`` under
``wsgiref.simple_server`` and ``asgi_app`` under a small HTTP/1.1 server (h11 over asyncio
streams, which hands the app the body as it arrives, chunk by chunk, as uvicorn does).

What Strait sends (paths relative to ``apps/strait/internal/`` at ac094a3c8): the payload
is at most 5 MiB (``api/validation.go:12``), signed over ``<timestamp>.<body>``
(``worker/sign.go:14-28``, ``worker/executor_dispatch_headers.go:18-26``), with the job's
secrets as ``X-Secret-<KEY>`` and, on retries, ``X-Last-Checkpoint`` / ``X-Checkpoint-At``
/ ``X-Previous-Error`` (``worker/executor_dispatch_headers.go:110-160``), through Go's
``Header.Set`` (``worker/executor_dispatch_http.go:91``), which canonicalizes names.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import socket
import threading
import wsgiref.simple_server
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import h11
import httpx
import pytest
from pytest_httpserver import HTTPServer
from test_worker_http import SECRET, dispatch_headers
from werkzeug import Request, Response

from strait import SignatureVerificationError, ValidationError
from strait.testing import make_run_token
from strait.worker import RunContext, asgi_app, parse_dispatch_headers, run_handler, wsgi_app

KINDS = pytest.mark.parametrize("kind", ["asgi", "wsgi"])


# -- real-socket servers -------------------------------------------------------------


class _QuietHandler(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def wsgi_server(app: Any) -> Iterator[str]:
    server = wsgiref.simple_server.make_server("127.0.0.1", 0, app, handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


class AsgiHarness:
    """One ASGI HTTP cycle per connection; counts the body bytes the app pulled."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.body_bytes_read = 0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.server: asyncio.Server | None = None

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)

        async def next_event() -> Any:
            while True:
                event = conn.next_event()
                if event is not h11.NEED_DATA:
                    return event
                conn.receive_data(await reader.read(65536))

        request = await next_event()
        if not isinstance(request, h11.Request):
            writer.close()
            return
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method.decode(),
            "path": request.target.decode().split("?", 1)[0],
            "headers": [(k.lower(), v) for k, v in request.headers],
        }

        async def receive() -> dict[str, Any]:
            event = await next_event()
            if isinstance(event, h11.Data):
                self.body_bytes_read += len(event.data)
                return {"type": "http.request", "body": bytes(event.data), "more_body": True}
            if isinstance(event, h11.EndOfMessage):
                return {"type": "http.request", "body": b"", "more_body": False}
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [*message["headers"], (b"connection", b"close")]
                writer.write(conn.send(h11.Response(status_code=message["status"], headers=headers)))
            else:
                writer.write(conn.send(h11.Data(data=message.get("body", b""))))
                writer.write(conn.send(h11.EndOfMessage()))
                await writer.drain()
                writer.close()

        await self.app(scope, receive, send)

    def __enter__(self) -> str:
        self.thread.start()

        async def start() -> int:
            self.server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
            return int(self.server.sockets[0].getsockname()[1])

        port = asyncio.run_coroutine_threadsafe(start(), self.loop).result(5)
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            assert self.server is not None
            self.server.close()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@contextmanager
def serve(kind: str, app: Any) -> Iterator[str]:
    if kind == "wsgi":
        with wsgi_server(app) as url:
            yield url
    else:
        with AsgiHarness(app) as url:
            yield url


def make(kind: str, jobs: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("signing_secret", SECRET)
    return (asgi_app if kind == "asgi" else wsgi_app)(jobs, **kwargs)


def raw_exchange(url: str, head: bytes, body_parts: list[bytes] = ()) -> bytes:  # type: ignore[assignment]
    """Send a request head and body parts on a plain socket; the raw answer (10 s at most)."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(head)
        for part in body_parts:
            try:
                sock.sendall(part)
            except OSError:  # the server answered and closed: that is the point
                break
        chunks = []
        while True:
            try:
                data = sock.recv(65536)
            except ConnectionResetError:
                break
            if not data:
                break
            chunks.append(data)
    return b"".join(chunks)


def echo(ctx: RunContext, payload: Any) -> Any:
    return payload


# -- item 9: strict JSON ----------------------------------------------------------------


def _strict(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"not RFC 8259 JSON: {name}")

    return json.loads(text, parse_constant=refuse)


@KINDS
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_result_with_nan_or_infinity_is_a_final_failure_not_200(kind: str, value: float) -> None:
    """Item 9. The server stores an answer that is not valid JSON as a JSON *string*
    (worker/executor_dispatch_http.go:111-120) and refuses it from a worker (json.Valid,
    api/grpc/stream.go:996-1004); a 4xx other than 408/429 fails the run without a retry
    (worker/executor_errors.go:37-50)."""

    def scored(ctx: RunContext, payload: Any) -> Any:
        return {"score": value}

    body = b"{}"
    with serve(kind, make(kind, {"score": scored})) as url:
        answer = httpx.post(url + "/jobs/score", content=body, headers=dispatch_headers(body))
    assert answer.status_code == 422
    error = _strict(answer.text)["error"]  # the answer itself is strict JSON
    assert error["code"] == "result_not_json" and "RFC 8259" in error["message"]


# -- item 14: the body cap ----------------------------------------------------------------


def _head(path: str, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: worker", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@KINDS
def test_a_declared_body_over_the_cap_is_refused_413_before_reading(kind: str) -> None:
    """Item 14. A dispatch body is a payload of at most 5 MiB (api/validation.go:12): a
    1 GiB Content-Length is answered 413 at once, nothing read, no signature needed."""
    with serve(kind, make(kind, {"echo": echo})) as url:
        answer = raw_exchange(url, _head("/jobs/echo", {"Content-Length": str(1 << 30)}), [b"x" * 1024])
    assert answer.startswith(b"HTTP/1.") and b" 413 " in answer.split(b"\r\n", 1)[0]
    assert b"body_too_large" in answer


def test_a_streamed_body_is_cut_off_at_the_cap_asgi() -> None:
    """Item 14. Without Content-Length (chunked), the ASGI app stops reading as soon as
    the body passes max_body_bytes and answers 413 (api/validation.go:12 for the 5 MiB
    payload the default cap follows)."""
    app = make("asgi", {"echo": echo}, max_body_bytes=10_000)
    harness = AsgiHarness(app)
    chunk = b"x" * 4000
    encoded = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(200)] + [b"0\r\n\r\n"]
    with harness as url:
        answer = raw_exchange(url, _head("/jobs/echo", {"Transfer-Encoding": "chunked"}), encoded)
    assert b" 413 " in answer.split(b"\r\n", 1)[0]
    assert harness.body_bytes_read <= 10_000 + len(chunk)


@KINDS
def test_the_default_cap_takes_a_full_5_mib_payload(kind: str) -> None:
    """Item 14. The default cap is a little over the server's 5 MiB payload cap
    (api/validation.go:12), so the largest payload Strait sends is served."""
    payload = json.dumps({"blob": "x" * (5 * 1024 * 1024 - 20)}).encode()

    def size(ctx: RunContext, body: Any) -> Any:
        return len(body["blob"])

    with serve(kind, make(kind, {"size": size})) as url:
        headers = dispatch_headers(payload)
        answer = httpx.post(url + "/jobs/size", content=payload, headers=headers, timeout=30)
    assert (answer.status_code, answer.json()) == (200, 5 * 1024 * 1024 - 20)


def test_max_body_bytes_is_checked() -> None:
    with pytest.raises(ValidationError, match="max_body_bytes"):
        asgi_app({"echo": echo}, signing_secret=SECRET, max_body_bytes=0)


# -- item 15: verify before routing -------------------------------------------------------


@KINDS
def test_an_unsigned_request_gets_the_same_401_whatever_the_path(kind: str) -> None:
    """Item 15. Dispatches are always POSTs signed with the job's secret
    (worker/executor_dispatch_http.go:73-93, worker/executor_dispatch_headers.go:18-26):
    anything unsigned learns nothing about the served slugs, not from 404 nor from 405."""
    app = make(kind, {"resize": echo, "summarize": echo})
    body = b"{}"
    unsigned = {"Content-Type": "application/json", "X-Run-Token": make_run_token("run_7")}
    with serve(kind, app) as url:
        answers = [
            httpx.post(url + "/jobs/resize", content=body, headers=unsigned),
            httpx.post(url + "/jobs/no-such-job", content=body, headers=unsigned),
            httpx.get(url + "/jobs/resize", headers=unsigned),
            httpx.get(url + "/", headers=unsigned),
        ]
    assert {a.status_code for a in answers} == {401}
    assert len({a.content for a in answers}) == 1
    with serve(kind, app) as url:  # signed, the route is checked as before
        signed = httpx.post(url + "/jobs/no-such-job", content=body, headers=dispatch_headers(body))
    assert signed.status_code == 404


# -- item 13: rotation and X-Strait-Signature-Old ----------------------------------------


@KINDS
def test_a_list_of_secrets_serves_both_while_rotating(kind: str) -> None:
    """Item 13. A receiver may hold several secrets while rotating; Strait signs each
    dispatch with the job's one current secret (worker/executor_dispatch_headers.go:143-148)."""
    body = b'{"n": 1}'
    app = make(kind, {"echo": echo}, signing_secret=["new-secret", SECRET])
    with serve(kind, app) as url:
        answer = httpx.post(url + "/jobs/echo", content=body, headers=dispatch_headers(body))
    assert (answer.status_code, answer.json()) == (200, {"n": 1})


# -- item 16: verify by default ------------------------------------------------------------


def test_run_handler_verifies_whenever_a_secret_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 16. With STRAIT_SIGNING_SECRET set, run_handler / from_headers refuse an
    unsigned or tampered request (the signature of worker/sign.go:14-28), insist on the
    raw body, and run unverified only with verify=False."""
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", SECRET)
    body = b'{"sku": "A"}'
    signed = dispatch_headers(body)
    unsigned = {k: v for k, v in signed.items() if not k.startswith("X-Strait")}
    ran: list[Any] = []
    with pytest.raises(SignatureVerificationError):
        run_handler(lambda c, p: ran.append(p), unsigned, body=body, base_url="http://127.0.0.1:9")
    with pytest.raises(SignatureVerificationError):
        run_handler(lambda c, p: ran.append(p), signed, body=b'{"sku": "B"}', base_url="http://127.0.0.1:9")
    with pytest.raises(ValidationError, match="pass body="):
        run_handler(lambda c, p: ran.append(p), signed, payload={"sku": "A"}, base_url="http://127.0.0.1:9")
    assert ran == []
    ctx = RunContext.from_headers(signed, "http://127.0.0.1:9", body=body)
    assert ctx.payload() == {"sku": "A"}
    ctx.close()
    ctx = RunContext.from_headers(unsigned, "http://127.0.0.1:9", payload={"x": 1}, verify=False)
    assert ctx.payload() == {"x": 1}
    ctx.close()
    monkeypatch.delenv("STRAIT_SIGNING_SECRET")
    with pytest.raises(ValidationError, match="verify=True needs a signing secret"):
        RunContext.from_headers(unsigned, "http://127.0.0.1:9", body=body, verify=True)


def test_the_asgi_example_has_no_fallback_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 16. examples/http_asgi.py serves only with the job's real secret."""
    import importlib
    import sys
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "examples"))
    monkeypatch.delenv("STRAIT_SIGNING_SECRET", raising=False)
    sys.modules.pop("http_asgi", None)
    with pytest.raises(ValidationError, match="STRAIT_SIGNING_SECRET"):
        importlib.import_module("http_asgi")
    source = (Path(__file__).resolve().parent.parent / "examples/http_asgi.py").read_text()
    assert "dev-only-secret" not in source


def test_the_adapters_read_the_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 16. asgi_app(...) without signing_secret= verifies with STRAIT_SIGNING_SECRET."""
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", SECRET)
    app = asgi_app({"echo": echo})
    body = b'{"a": 1}'
    with AsgiHarness(app) as url:
        good = httpx.post(url + "/", content=body, headers=dispatch_headers(body))
        forged = httpx.post(url + "/", content=body, headers={"X-Run-Token": make_run_token("run_7")})
    assert (good.status_code, forged.status_code) == (200, 401)


# -- item 17: secrets and retry headers on the context -------------------------------------


@KINDS
def test_the_handler_sees_the_jobs_secrets_and_the_previous_error(kind: str) -> None:
    """Item 17. Strait adds X-Secret-<KEY> per job secret and, on a retry, X-Last-Checkpoint,
    X-Checkpoint-At and X-Previous-Error (worker/executor_dispatch_headers.go:110-160), set
    with Go's canonicalizing Header.Set (worker/executor_dispatch_http.go:91)."""

    def look(ctx: RunContext, payload: Any) -> Any:
        return {
            "key": ctx.secrets["OPENAI_API_KEY"],
            "same": ctx.secrets["openai_api_key"],
            "names": sorted(ctx.secrets),
            "previous_error": ctx.previous_error,
            "checkpoint_at": ctx.checkpoint_at,
            "checkpoint": ctx.last_checkpoint,
        }

    body = b"{}"
    headers = dispatch_headers(
        body,
        attempt=2,
        **{
            "X-Secret-Openai_api_key": "sk-test-1",  # how Go's Header.Set spells OPENAI_API_KEY
            "X-Secret-Db-Url": "postgres://x",
            "X-Last-Checkpoint": '{"done": 3}',
            "X-Checkpoint-At": "2026-12-06T10:00:00Z",
            "X-Previous-Error": "endpoint returned 500",
        },
    )
    with serve(kind, make(kind, {"look": look})) as url:
        answer = httpx.post(url + "/jobs/look", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {
        "key": "sk-test-1",
        "same": "sk-test-1",
        "names": ["DB_URL", "OPENAI_API_KEY"],
        "previous_error": "endpoint returned 500",
        "checkpoint_at": "2026-12-06T10:00:00Z",
        "checkpoint": {"done": 3},
    }


# -- item 18: no token in a repr ------------------------------------------------------------


def test_dispatch_info_repr_leaves_out_the_token_and_secret_values() -> None:
    """Item 18. The run token (worker/executor_dispatch_headers.go:119-141) is a bearer
    credential for the run's SDK endpoints; secrets' values are the job's."""
    token = make_run_token("run_7")
    info = parse_dispatch_headers({"X-Run-Token": token, "X-Run-ID": "run_7", "X-Secret-Api_key": "hunter2"})
    assert info.token == token and info.secrets["API_KEY"] == "hunter2"
    text = repr(info)
    assert token not in text and token.split(".")[1] not in text and "hunter2" not in text
    assert "run_7" in text and "API_KEY" in text


# -- seeing what went wrong ------------------------------------------------------------------


def _event_sink(httpserver: HTTPServer) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []

    def record(request: Request) -> Response:
        events.append(json.loads(request.data))
        event = {"id": "e", "run_id": "run_7", "type": "log", "message": "m"}
        event["created_at"] = "2026-01-01T00:00:00Z"
        return Response(json.dumps(event), status=201, content_type="application/json")

    httpserver.expect_request("/sdk/v1/runs/run_7/log", method="POST").respond_with_handler(record)
    return events


def _crash(ctx: RunContext, payload: Any) -> Any:
    raise ValueError("the sku is unknown")


def _fail(ctx: RunContext, payload: Any) -> Any:
    ctx.fail("out of stock")


async def _fail_async(ctx: Any, payload: Any) -> Any:
    found: dict[str, int] = {}
    try:
        found["missing"] += 1
    except KeyError as exc:
        await ctx.fail(exc)


def _not_json(ctx: RunContext, payload: Any) -> Any:
    return {"when": object()}


@KINDS
@pytest.mark.parametrize(
    ("handler", "status", "code", "reason"),
    [
        (_crash, 500, "handler_error", "ValueError: the sku is unknown"),
        (_fail, 422, "run_failed", "out of stock"),
        (_fail_async, 422, "run_failed", "KeyError: 'missing'"),
        (_not_json, 422, "result_not_json", "not JSON-serializable"),
    ],
)
def test_why_a_run_did_not_complete_is_logged_and_recorded_on_the_run(
    kind: str,
    handler: Any,
    status: int,
    code: str,
    reason: str,
    httpserver: HTTPServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Seeing what went wrong. The server keeps only the answer's status
    (domain/errors.go:46-48: "endpoint returned 500"), so the adapter logs the reason with
    its traceback where it runs and records it as an error-level run event through the run
    token (api/sdk.go:395-437), before answering, while the run is still active."""
    events = _event_sink(httpserver)
    body = b"{}"
    app = make(kind, {"job": handler}, base_url=httpserver.url_for(""))
    with caplog.at_level(logging.ERROR, logger="strait.worker"), serve(kind, app) as url:
        answer = httpx.post(url + "/jobs/job", content=body, headers=dispatch_headers(body))
    assert answer.status_code == status and answer.json()["error"]["code"] == code
    [event] = events
    assert event["level"] == "error" and reason in event["message"]
    assert event["data"]["code"] == code and str(status) in event["data"]["answer"]
    [logged] = [r for r in caplog.records if r.name == "strait.worker" and "run_7" in r.getMessage()]
    assert reason in logged.getMessage()
    if handler is not _fail:  # an exception was involved: its traceback is logged
        assert logged.exc_info is not None
        assert handler.__name__ in caplog.text or "encode" in caplog.text
    if handler in (_crash, _fail_async):  # where it raised, on the run
        assert event["data"]["where"].startswith(__file__) and handler.__name__ in event["data"]["where"]
