"""The HTTP-mode adapters: asgi_app and wsgi_app receive a signed dispatch the way Strait
sends it (headers of executor_dispatch_headers.go, signature of sign.go) and answer the
way Strait reads answers (executor_dispatch_http.go). Requests go through httpx's ASGI and
WSGI transports; run-context calls reach a loopback Strait API (pytest-httpserver)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import strait
from strait import ValidationError
from strait._signing import sign, signature_headers
from strait.authoring import JobOptions, define_job
from strait.testing import make_run_token
from strait.worker import AsyncRunContext, RunContext, asgi_app, current, wsgi_app

SECRET = "endpoint-secret-1"


def dispatch_headers(body: bytes, run_id: str = "run_7", attempt: int = 1, **extra: str) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-Run-ID": run_id,
        "X-Job-ID": "job_1",
        "X-Attempt": str(attempt),
        "X-Run-Token": make_run_token(run_id, attempt),
        **signature_headers(SECRET, body),
        **extra,
    }


def post(
    app: Any, kind: str, path: str, body: bytes, headers: dict[str, str], method: str = "POST"
) -> httpx.Response:
    if kind == "asgi":

        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://worker") as client:
                return await client.request(method, path, content=body, headers=headers)

        return asyncio.run(go())
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://worker") as client:
        return client.request(method, path, content=body, headers=headers)


def make(kind: str, jobs: Any, **kwargs: Any) -> Any:
    return (asgi_app if kind == "asgi" else wsgi_app)(jobs, signing_secret=SECRET, **kwargs)


KINDS = pytest.mark.parametrize("kind", ["asgi", "wsgi"])


@KINDS
def test_a_signed_dispatch_runs_the_handler_and_answers_its_result(kind: str, httpserver: HTTPServer) -> None:
    seen: list[tuple[str, str]] = []

    def record(request: Request) -> Response:
        seen.append((request.path, request.headers.get("Authorization", "")))
        event = {
            "id": "e",
            "run_id": "run_7",
            "type": "progress",
            "message": "m",
            "created_at": "2026-01-01T00:00:00Z",
        }
        return Response(json.dumps(event), status=201, content_type="application/json")

    httpserver.expect_request("/sdk/v1/runs/run_7/progress", method="POST").respond_with_handler(record)
    calls: list[Any] = []

    def sync_handler(ctx: RunContext, payload: Any) -> Any:
        calls.append((type(ctx).__name__, ctx.run_id, ctx.attempt, current() is ctx, payload))
        ctx.progress(50)
        return {"total": payload["a"] + payload["b"]}

    async def async_handler(ctx: AsyncRunContext, payload: Any) -> Any:
        calls.append((type(ctx).__name__, ctx.run_id, ctx.attempt, current() is ctx, payload))
        await ctx.progress(50)
        return {"total": payload["a"] * payload["b"]}

    job = define_job(
        JobOptions(name="Add", slug="add", project_id="p", endpoint_url="https://w.example.com/jobs/add"),
        handler=sync_handler,
    )
    app = make(
        kind,
        [
            job,
            define_job(
                JobOptions(name="Mul", slug="mul", project_id="p", endpoint_url="https://w/mul"),
                handler=async_handler,
            ),
        ],
        base_url=httpserver.url_for("/"),
    )
    body = b'{"a": 6, "b": 7}'
    added = post(app, kind, "/jobs/add", body, dispatch_headers(body, attempt=2))
    multiplied = post(app, kind, "/jobs/mul", body, dispatch_headers(body))
    assert (added.status_code, added.json()) == (200, {"total": 13})
    assert (multiplied.status_code, multiplied.json()) == (200, {"total": 42})
    assert added.headers["content-type"] == "application/json"
    assert calls == [
        ("RunContext", "run_7", 2, True, {"a": 6, "b": 7}),
        ("AsyncRunContext", "run_7", 1, True, {"a": 6, "b": 7}),
    ]
    assert [path for path, _ in seen] == ["/sdk/v1/runs/run_7/progress"] * 2
    assert all(auth.startswith("Bearer ") for _, auth in seen)


@KINDS
def test_forged_stale_and_unsigned_requests_are_refused_without_running(kind: str) -> None:
    ran: list[Any] = []
    app = make(kind, {"only": lambda ctx, payload: ran.append(payload)})
    body = b'{"amount": 10}'
    tampered = post(app, kind, "/", b'{"amount": 10000}', dispatch_headers(body))
    headers = dispatch_headers(body)
    old_ts = str(int(time.time()) - 3600)
    stale = post(
        app,
        kind,
        "/",
        body,
        {**headers, "X-Strait-Timestamp": old_ts, "X-Strait-Signature": sign(SECRET, old_ts, body)},
    )
    unsigned = post(app, kind, "/", body, {k: v for k, v in headers.items() if not k.startswith("X-Strait")})
    wrong_secret = post(app, kind, "/", body, {**headers, **signature_headers("not-the-secret", body)})
    for response, reason in (
        (tampered, "does not match"),
        (stale, "old"),
        (unsigned, "missing"),
        (wrong_secret, "does not match"),
    ):
        assert response.status_code == 401  # a 4xx other than 408/429: Strait fails the run, no retry
        assert response.json()["error"]["code"] == "invalid_signature"
        assert reason in response.json()["error"]["message"]
    assert ran == []


@KINDS
def test_answers_map_to_what_strait_retries_and_what_it_fails(kind: str) -> None:
    def crashes(ctx: Any, payload: Any) -> Any:
        raise ConnectionError("database down")

    def gives_up(ctx: RunContext, payload: Any) -> Any:
        ctx.fail("card declined")
        return "ignored"

    def completes(ctx: RunContext, payload: Any) -> Any:
        ctx.complete({"early": True})
        return "ignored"

    app = make(
        kind,
        {
            "crash": crashes,
            "fail": gives_up,
            "done": completes,
            "set": lambda c, p: {1},
            "none": lambda c, p: None,
        },
    )
    body = b"{}"
    h = dispatch_headers(body)
    crash = post(app, kind, "/crash", body, h)
    assert (
        crash.status_code == 500 and crash.json()["error"]["message"] == "ConnectionError: database down"
    )  # retried
    fail = post(app, kind, "/fail", body, h)
    assert fail.status_code == 422 and fail.json()["error"]["message"] == "card declined"  # failed for good
    assert post(app, kind, "/done", body, h).json() == {"early": True}
    not_json = post(app, kind, "/set", body, h)
    assert not_json.status_code == 422 and not_json.json()["error"]["code"] == "result_not_json"
    none = post(app, kind, "/none", body, h)
    assert (none.status_code, none.content) == (200, b"null")
    assert post(app, kind, "/missing", body, h).status_code == 404
    assert post(app, kind, "/done", body, h, method="PUT").status_code == 405
    no_token = {k: v for k, v in h.items() if k != "X-Run-Token"}
    bad = post(app, kind, "/done", body, no_token)
    assert bad.status_code == 400 and "X-Run-Token" in bad.json()["error"]["message"]
    big = post(make(kind, {"big": lambda c, p: "x" * (1 << 20)}), kind, "/", body, h)
    assert big.status_code == 422 and big.json()["error"]["code"] == "result_too_large"


def test_a_secret_is_required_unless_unsigned_is_explicit() -> None:
    with pytest.raises(ValidationError, match="signing_secret"):
        asgi_app({"a": lambda c, p: None})
    with pytest.raises(ValidationError, match="signing_secret"):
        wsgi_app({"a": lambda c, p: None})
    app = wsgi_app({"a": lambda c, p: p}, allow_unsigned=True)
    body = b'{"x": 1}'
    headers = {"X-Run-Token": make_run_token("run_1", 1), "Content-Type": "application/json"}
    assert post(app, "wsgi", "/", body, headers).json() == {"x": 1}


@pytest.mark.parametrize("make_app", [asgi_app, wsgi_app])
def test_both_adapters_take_the_same_options_and_refuse_unknown_ones(make_app: Any) -> None:
    with pytest.raises(ValidationError, match="max_body_bytes"):
        make_app({"a": lambda c, p: None}, signing_secret=SECRET, max_body_bytes=0)
    with pytest.raises(TypeError, match=r"the HTTP adapter: unexpected keyword argument.*signing_key"):
        make_app({"a": lambda c, p: None}, signing_key=SECRET)


def test_run_context_from_headers_verifies_the_body() -> None:
    body = b'{"sku": "A"}'
    headers = dispatch_headers(body)
    ctx = RunContext.from_headers(headers, "http://127.0.0.1:9", body=body, signing_secret=SECRET)
    assert ctx.run_id == "run_7" and ctx.payload() == {"sku": "A"}
    ctx.close()
    with pytest.raises(strait.SignatureVerificationError):
        RunContext.from_headers(headers, "http://127.0.0.1:9", body=b'{"sku": "B"}', signing_secret=SECRET)
    with pytest.raises(ValidationError, match="pass body="):
        RunContext.from_headers(headers, "http://127.0.0.1:9", signing_secret=SECRET)


def test_the_examples_import_and_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    import ast
    import importlib
    import sys
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    monkeypatch.syspath_prepend(str(examples))
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", SECRET)
    for name in ("worker_jobs", "worker_mode", "http_asgi"):
        sys.modules.pop(name, None)
    http_asgi = importlib.import_module("http_asgi")
    worker_mode = importlib.import_module("worker_mode")
    assert callable(worker_mode.report)
    body = b'{"images": []}'
    answer = post(http_asgi.app, "asgi", "/jobs/resize-images", body, dispatch_headers(body))
    assert (answer.status_code, answer.json()) == (200, {"resized": 0})
    for framework_example in ("http_fastapi.py", "http_flask.py"):  # their frameworks are not dev deps
        ast.parse((examples / framework_example).read_text())
