"""The facade against a real loopback HTTP server: auth, errors, retries, idempotency,
pagination, middleware, logging, encoding and the escape hatch."""

from __future__ import annotations

import json
import logging
import re
import socket
import threading
from collections.abc import Iterator
from typing import Any, Literal
from urllib.parse import unquote

import httpx
import pytest
from conftest import API_KEY, AsyncSleeps, Sleeps, make_token
from pytest_httpserver import HTTPServer
from spec_samples import component
from werkzeug import Request, Response

import strait
from strait import (
    ApiError,
    AsyncClient,
    BadRequestError,
    Client,
    ConflictError,
    DecodeError,
    EnqueueThrottledError,
    ForbiddenError,
    Middleware,
    NotFoundError,
    RateLimitedError,
    RedirectError,
    RequestContext,
    RequestTimeoutError,
    ServerError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
    UnsupportedOperationError,
    ValidationError,
)

RUN = component("JobRun", id="run_1", status="executing", job_id="job_1")
TRIGGER_BODY = {"payload": {"sku": "ABC-123"}}
JOB_BODY = component("CreateJobRequest", name="n", slug="s")


def error_body(code: str, message: str, request_id: str = "req_abc") -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": ["d1"]}, "request_id": request_id}


class Sequence:
    """A handler answering with the given responses in turn, recording each request."""

    def __init__(self, *responses: Response) -> None:
        self.responses = list(responses)
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers or {}, content_type="application/json")


# -- auth ---------------------------------------------------------------------------------


@pytest.mark.parametrize("auth_type", ["apiKey", "bearer"])
def test_api_key_auth_header(httpserver: HTTPServer, auth_type: Literal["apiKey", "bearer"]) -> None:
    httpserver.expect_request(
        "/v1/runs/run_1", headers={"Authorization": f"Bearer {API_KEY}"}
    ).respond_with_json(RUN)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, auth_type=auth_type) as c:
        assert c.runs.get("run_1").id == "run_1"


def test_run_token_auth(httpserver: HTTPServer) -> None:
    token = make_token(sub="run_1")
    httpserver.expect_request(
        "/sdk/v1/runs/run_1/log", method="POST", headers={"Authorization": f"Bearer {token}"}
    ).respond_with_data("", status=204)
    with Client(base_url=httpserver.url_for(""), run_token=token) as c:
        # an empty 2xx body reads as an empty (typed) dict, as with the official SDK
        assert c.sdk_runs.log_run("run_1", {"message": "Processing batch 3/10", "level": "info"}) == {}
        assert c.run_token_claims is not None and c.run_token_claims.attempt == 1


@pytest.mark.parametrize(
    "token",
    [
        make_token(iss="strait:run-token "),
        make_token(iss="evil"),
        make_token(sub=""),
        "not-a-jwt",
        "a.!!!.c",
    ],
)
def test_forged_or_broken_run_token_refused(token: str) -> None:
    with pytest.raises(ValidationError) as err:
        Client(base_url="http://x.example", run_token=token)
    assert err.value.field == "run_token"
    assert token not in str(err.value)


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "bad_request", BadRequestError),
        (401, "authentication_required", UnauthorizedError),
        (403, "forbidden", ForbiddenError),
        (404, "not_found", NotFoundError),
        (409, "conflict", ConflictError),
        (422, "validation_failed", UnprocessableEntityError),
        (429, "rate_limited", RateLimitedError),
        (429, "enqueue_throttled", EnqueueThrottledError),
        (500, "internal_error", ServerError),
        (503, "service_unavailable", ServerError),
        (402, "quota_exceeded", ApiError),
    ],
)
def test_status_maps_to_typed_error(
    client: Client, httpserver: HTTPServer, status: int, code: str, cls: type[ApiError]
) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(error_body(code, "nope"), status=status)
    with pytest.raises(cls) as err:
        client.runs.get("run_1", max_retries=0)
    e = err.value
    assert type(e) is cls
    assert (e.status, e.code, e.message, e.request_id) == (status, code, "nope", "req_abc")
    assert e.details == ["d1"]
    assert e.operation == "get-run"
    assert isinstance(e, strait.StraitError)
    assert e.response is not None and e.response.status_code == status


def test_unauthorized_covers_403(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(error_body("forbidden", "no"), status=403)
    with pytest.raises(UnauthorizedError):
        client.runs.get("run_1")


def test_plain_text_429_and_retry_after(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_data(
        "Too Many Requests\n", status=429, headers={"Retry-After": "7"}, content_type="text/plain"
    )
    with pytest.raises(RateLimitedError) as err:
        client.runs.get("run_1", max_retries=0)
    assert err.value.retry_after == 7
    assert err.value.message == "Too Many Requests"
    assert err.value.code is None


def test_removed_operation_404_says_unsupported(httpserver: HTTPServer) -> None:
    token = make_token(sub="run_1")
    httpserver.expect_request("/sdk/v1/runs/run_1/usage", method="POST").respond_with_data(
        "404 page not found", status=404
    )
    with (
        Client(base_url=httpserver.url_for(""), run_token=token) as c,
        pytest.raises(UnsupportedOperationError, match="no longer supports"),
    ):
        c.sdk_runs.usage_run("run_1", {"provider": "openai", "model": "gpt-5"})


@pytest.mark.parametrize("body", [b"{not json", b'{"id": "run_1", "status": ', b"[]", b'"text"'])
def test_malformed_success_body_is_decode_error(client: Client, httpserver: HTTPServer, body: bytes) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_data(body, content_type="application/json")
    with pytest.raises(DecodeError) as err:
        client.runs.get("run_1")
    assert "get-run" in str(err.value)
    assert err.value.response is not None


def test_success_with_other_2xx_status_still_parses(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/jobs", method="POST").respond_with_json(
        component("Job", id="j"), status=200
    )
    job = client.jobs.create(JOB_BODY)
    assert job.id == "j"


def test_connection_refused_is_transport_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with (
        Client(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY, max_retries=0) as c,
        pytest.raises(TransportError) as err,
    ):
        c.runs.get("run_1")
    assert isinstance(err.value.__cause__, httpx.ConnectError)


def test_read_timeout_is_request_timeout_error(client: Client, httpserver: HTTPServer) -> None:
    release = threading.Event()

    def slow(request: Request) -> Response:
        release.wait(2)
        return json_response(RUN)

    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(slow)
    try:
        with pytest.raises(RequestTimeoutError):
            client.runs.get("run_1", timeout=0.05, max_retries=0)
    finally:
        release.set()


# -- retries ------------------------------------------------------------------------------


def test_get_retried_on_503_then_succeeds(client: Client, httpserver: HTTPServer, sleeps: Sleeps) -> None:
    seq = Sequence(json_response(error_body("service_unavailable", "x"), 503), json_response(RUN))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    assert client.runs.get("run_1").id == "run_1"
    assert len(seq.requests) == 2
    assert len(sleeps) == 1 and 0.3 <= sleeps[0] <= 0.5


def test_retries_exhausted_raise_last_error(client: Client, httpserver: HTTPServer, sleeps: Sleeps) -> None:
    seq = Sequence(json_response(error_body("internal_error", "boom"), 500))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    with pytest.raises(ServerError):
        client.runs.get("run_1")
    assert len(seq.requests) == 3  # 1 + 2 retries by default
    assert sleeps[1] > sleeps[0] * 1.2  # exponential


def test_retry_after_seconds_and_http_date(client: Client, httpserver: HTTPServer, sleeps: Sleeps) -> None:
    seq = Sequence(
        json_response(error_body("rate_limited", "x"), 429, {"Retry-After": "3"}),
        json_response(error_body("rate_limited", "x"), 429, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
        json_response(RUN),
    )
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    assert client.runs.get("run_1").id == "run_1"
    assert sleeps == [3.0, 0.0]  # a date in the past means: now


def test_retry_after_beyond_cap_gives_up(client: Client, httpserver: HTTPServer, sleeps: Sleeps) -> None:
    seq = Sequence(json_response(error_body("rate_limited", "x"), 429, {"Retry-After": "3600"}))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    with pytest.raises(RateLimitedError) as err:
        client.runs.get("run_1")
    assert err.value.retry_after == 3600
    assert len(seq.requests) == 1 and sleeps == []


def test_post_without_idempotency_key_is_not_retried(
    client: Client, httpserver: HTTPServer, sleeps: Sleeps
) -> None:
    seq = Sequence(json_response(error_body("internal_error", "x"), 503))
    httpserver.expect_request("/v1/runs/run_1/replay", method="POST").respond_with_handler(seq)
    with pytest.raises(ServerError):
        client.runs.replay("run_1")
    assert len(seq.requests) == 1 and sleeps == []


def test_trigger_retried_with_one_stable_idempotency_key(client: Client, httpserver: HTTPServer) -> None:
    trigger = component("TriggerRunResponse", id="run_1", status="queued")
    seq = Sequence(
        json_response(error_body("internal_error", "x"), 502),
        json_response(error_body("enqueue_throttled", "x"), 429, {"Retry-After": "1"}),
        json_response(trigger, 201),
    )
    httpserver.expect_request("/v1/jobs/job_1/trigger", method="POST").respond_with_handler(seq)
    run = client.jobs.trigger("job_1", TRIGGER_BODY)
    assert run["id"] == "run_1"
    keys = {r.headers.get("Idempotency-Key") for r in seq.requests}
    assert len(seq.requests) == 3 and len(keys) == 1 and None not in keys
    assert json.loads(seq.requests[0].data) == TRIGGER_BODY


def test_each_call_gets_its_own_key_and_caller_key_wins(client: Client, httpserver: HTTPServer) -> None:
    seq = Sequence(json_response(component("TriggerRunResponse", id="r"), 201))
    httpserver.expect_request("/v1/jobs/job_1/trigger", method="POST").respond_with_handler(seq)
    client.jobs.trigger("job_1", TRIGGER_BODY)
    client.jobs.trigger("job_1", TRIGGER_BODY)
    client.jobs.trigger("job_1", TRIGGER_BODY, idempotency_key="order-789")
    keys = [r.headers["Idempotency-Key"] for r in seq.requests]
    assert keys[0] != keys[1] and keys[2] == "order-789"


def test_per_call_and_client_retry_limits(httpserver: HTTPServer, sleeps: Sleeps) -> None:
    seq = Sequence(json_response(error_body("internal_error", "x"), 500))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, max_retries=0) as c:
        c._set_retry_sleep(sleeps)
        with pytest.raises(ServerError):
            c.runs.get("run_1")
        assert len(seq.requests) == 1
        with pytest.raises(ServerError):
            c.runs.get("run_1", max_retries=4)
        assert len(seq.requests) == 6
        with pytest.raises(ServerError):
            c.with_options(max_retries=1).runs.get("run_1")
        assert len(seq.requests) == 8


def test_connection_reset_on_get_is_retried(client: Client, httpserver: HTTPServer) -> None:
    calls: list[int] = []

    def flaky(request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionResetError("reset by test")
        return json_response(RUN)

    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(flaky)
    # werkzeug turns the handler exception into a 500, which is also retried for GET
    assert client.runs.get("run_1").id == "run_1"
    assert len(calls) == 2


def test_dropped_connection_mid_response() -> None:
    """A server that closes the socket after a partial response: GET retried, POST not."""
    hits: list[bytes] = []
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    port = server.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            data = conn.recv(65536)
            hits.append(data)
            if len(hits) == 1 or data.startswith(b"POST"):
                conn.sendall(b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 100\r\n\r\n{"id":')
            else:
                body = json.dumps(RUN).encode()
                head = b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: application/json\r\n"
                conn.sendall(head + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        with Client(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY) as c:
            c._set_retry_sleep(Sleeps())
            assert c.runs.get("run_1").id == "run_1"
            assert len(hits) == 2
            with pytest.raises(TransportError):
                c.runs.replay("run_1")
            assert len(hits) == 3  # not retried: a replay without an idempotency key
    finally:
        server.close()


# -- requests -----------------------------------------------------------------------------


@pytest.mark.parametrize("job_id", ["../jobs/x?y=1", "a/b", "x#frag", "sp ace", "ü", "%2e%2e"])
def test_path_params_are_encoded(client: Client, httpserver: HTTPServer, job_id: str) -> None:
    seen: list[str] = []

    def record(request: Request) -> Response:
        seen.append(request.environ["RAW_URI"])
        return json_response(component("Job", id="j"))

    httpserver.expect_request(re.compile(".*")).respond_with_handler(record)
    client.jobs.get(job_id)
    assert len(seen) == 1
    raw = seen[0]
    assert raw.startswith("/v1/jobs/") and raw.count("/") == 3 and "?" not in raw and "#" not in raw
    assert unquote(raw.removeprefix("/v1/jobs/")) == job_id


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_unsafe_path_ids_refused_before_sending(client: Client, httpserver: HTTPServer, bad: str) -> None:
    with pytest.raises(ValidationError, match="job_id"):
        client.jobs.get(bad)
    assert len(httpserver.log) == 0


def test_query_dict_and_keywords(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/jobs", query_string="slug=s&limit=10&cursor=c1").respond_with_json(
        {"data": [], "has_more": False}
    )
    page = client.jobs.list(query={"slug": "s", "cursor": "c1"}, limit=10)
    assert page["data"] == [] and page.data == []
    with pytest.raises(ValidationError, match="unknown query parameter 'colour'"):
        client.jobs.list(query={"colour": "red"})


def test_dict_body_checked_and_sent_unchanged(client: Client, httpserver: HTTPServer) -> None:
    """A closed request schema takes no other field: the server would drop it silently
    (api/huma_bridge.go:220-221 decodes without DisallowUnknownFields), so the slip fails
    here, before sending."""
    seq = Sequence(json_response(component("Job", id="j"), 201))
    httpserver.expect_request("/v1/jobs", method="POST").respond_with_handler(seq)
    body = {
        "name": "Sync",
        "slug": "sync",
        "project_id": "p",
        "endpoint_url": "https://w",
        "tags": {"a": "b"},
    }
    client.jobs.create(body)
    assert json.loads(seq.requests[0].data) == body
    with pytest.raises(ValidationError, match="no field 'x_new_field'") as info:
        client.jobs.create({**body, "x_new_field": 1})
    assert info.value.field == "body.x_new_field"
    assert len(seq.requests) == 1  # nothing sent
    with pytest.raises(ValidationError, match="missing required field"):
        client.jobs.create({"slug": "no-name"})
    with pytest.raises(ValidationError, match="JSON"):
        client.jobs.create({**JOB_BODY, "metadata": {"k": object()}})


def test_model_body(client: Client, httpserver: HTTPServer) -> None:
    from strait._generated.models import CreateJobRequest

    seq = Sequence(json_response(component("Job", id="j"), 201))
    httpserver.expect_request("/v1/jobs", method="POST").respond_with_handler(seq)
    client.jobs.create(CreateJobRequest.from_dict(JOB_BODY))
    assert json.loads(seq.requests[0].data)["slug"] == "s"


def test_extra_headers_and_user_agent(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request(
        "/v1/runs/run_1", headers={"X-Trace": "t1", "User-Agent": f"strait-python/{strait.__version__}"}
    ).respond_with_json(RUN)
    client.runs.get("run_1", extra_headers={"X-Trace": "t1"})


def test_response_reads_like_the_documented_dict(client: Client, httpserver: HTTPServer) -> None:
    data = dict(RUN, future_field="kept?")
    data["status"] = "hibernating"  # an enum value the spec does not know yet
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(data)
    run = client.runs.get("run_1")
    assert run["id"] == run.id == "run_1"
    assert run["status"] == "hibernating"
    assert "job_id" in run and run.to_dict()["job_id"] == "job_1"
    with pytest.raises(KeyError):
        run["no_such_field"]


# -- redirects ----------------------------------------------------------------------------


def test_redirect_to_another_host_is_refused(httpserver: HTTPServer) -> None:
    """Issue 9 #8: a redirect off the API host is not followed (no credentials leave)."""
    other = HTTPServer(host="127.0.0.1")
    other.start()
    try:
        seen: list[str | None] = []

        def record(request: Request) -> Response:
            seen.append(request.headers.get("Authorization"))
            return json_response(RUN)

        other.expect_request("/v1/runs/run_1").respond_with_handler(record)
        httpserver.expect_request("/v1/runs/run_1").respond_with_data(
            "", status=307, headers={"Location": other.url_for("/v1/runs/run_1")}
        )
        base = httpserver.url_for("").replace("127.0.0.1", "localhost")
        with Client(base_url=base, api_key=API_KEY) as c, pytest.raises(RedirectError) as info:
            c.runs.get("run_1")
        assert seen == []
        assert info.value.status == 307 and info.value.method == "GET"
        assert "another host" in str(info.value) and API_KEY not in str(info.value)
    finally:
        other.stop()


# -- pagination ---------------------------------------------------------------------------


class Pages:
    """Serves ``total`` jobs like the server: ``created_at`` cursors, ``limit`` per page."""

    def __init__(self, total: int, *, cursor: bool = True) -> None:
        self.jobs = [
            component("Job", id=f"job_{i}", created_at=f"2026-01-01T00:00:{i:02d}Z") for i in range(total)
        ]
        self.cursor = cursor
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        limit = int(request.args.get("limit", 50))
        after = request.args.get("cursor")
        start = next(i + 1 for i, j in enumerate(self.jobs) if j["created_at"] == after) if after else 0
        chunk = self.jobs[start : start + limit]
        more = start + limit < len(self.jobs)
        body: dict[str, Any] = {"data": chunk, "has_more": more}
        if more and self.cursor:
            body["next_cursor"] = chunk[-1]["created_at"]
        return json_response(body)


def _pages(total: int, size: int, *, cursor: bool = True) -> Pages:
    return Pages(total, cursor=cursor)


def test_auto_paging_follows_cursor(client: Client, httpserver: HTTPServer) -> None:
    seq = _pages(7, 3)
    httpserver.expect_request("/v1/jobs").respond_with_handler(seq)
    page = client.jobs.list(limit=3)
    assert len(page.data) == 3 and page.has_more and page.has_next_page()
    assert [j.id for j in page] == [f"job_{i}" for i in range(7)]
    cursors = [r.args.get("cursor") for r in seq.requests]
    assert cursors == [None, "2026-01-01T00:00:02Z", "2026-01-01T00:00:05Z"]
    assert all(r.args["limit"] == "3" for r in seq.requests)


def test_exact_multiple_makes_no_extra_request(client: Client, httpserver: HTTPServer) -> None:
    seq = _pages(6, 3)
    httpserver.expect_request("/v1/jobs").respond_with_handler(seq)
    assert len(list(client.jobs.list(limit=3))) == 6
    assert len(seq.requests) == 2


def test_has_more_without_cursor_is_a_typed_error(client: Client, httpserver: HTTPServer) -> None:
    # the server always sends next_cursor with has_more (internal/api/pagination.go)
    from strait import PaginationError

    seq = _pages(4, 2, cursor=False)
    httpserver.expect_request("/v1/jobs").respond_with_handler(seq)
    with pytest.raises(PaginationError, match="list-jobs") as err:
        list(client.jobs.list(limit=2))
    assert err.value.operation == "list-jobs" and len(seq.requests) == 1


def test_null_data_page(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/jobs").respond_with_json({"data": None, "has_more": False})
    page = client.jobs.list()
    assert page.data == [] and list(page) == [] and not page.has_next_page()


async def test_async_pagination(aclient: AsyncClient, httpserver: HTTPServer) -> None:
    seq = _pages(5, 2)
    httpserver.expect_request("/v1/jobs").respond_with_handler(seq)
    first = await aclient.jobs.list(limit=2)
    assert len(first.data) == 2
    ids = [job.id async for job in aclient.jobs.list(limit=2)]
    assert ids == [f"job_{i}" for i in range(5)]
    pages = [p async for p in first.iter_pages()]
    assert len(pages) == 3


# -- async --------------------------------------------------------------------------------


async def test_async_errors_and_retries(aclient: AsyncClient, httpserver: HTTPServer) -> None:
    seq = Sequence(json_response(error_body("internal_error", "x"), 502), json_response(RUN))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    assert (await aclient.runs.get("run_1")).id == "run_1"
    httpserver.expect_request("/v1/runs/gone").respond_with_json(error_body("not_found", "gone"), status=404)
    with pytest.raises(NotFoundError):
        await aclient.runs.get("gone")


async def test_async_with_httpx_default_transport(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    async with httpx.AsyncClient() as mine:
        async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, http_client=mine) as c:
            assert (await c.runs.get("run_1")).id == "run_1"
        assert not mine.is_closed  # ours to close, not the SDK's


# -- middleware, logging, escape hatch ----------------------------------------------------


def recording_middleware_over_a_503(
    httpserver: HTTPServer, *, on_error: bool = False
) -> tuple[list[tuple[str, RequestContext]], Middleware]:
    """run_1 answers 503 then the run; the middleware records each hook it sees, in order."""
    seq = Sequence(json_response(error_body("internal_error", "x"), 503), json_response(RUN))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    events: list[tuple[str, RequestContext]] = []
    mw = Middleware(
        on_request=lambda ctx: events.append(("req", ctx)),
        on_response=lambda ctx: events.append(("resp", ctx)),
        on_error=(lambda ctx: events.append(("err", ctx))) if on_error else None,
    )
    return events, mw


def test_middleware_sees_every_attempt_without_secrets(
    client: Client, httpserver: HTTPServer, sleeps: Sleeps
) -> None:
    events, mw = recording_middleware_over_a_503(httpserver, on_error=True)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, middleware=[mw]) as c:
        c._set_retry_sleep(sleeps)
        c.runs.get("run_1")
    assert [kind for kind, _ in events] == ["req", "resp", "req", "resp"]
    first, second = events[1][1], events[3][1]
    assert (first.status, first.attempt, first.will_retry) == (503, 0, True)
    assert (second.status, second.attempt, second.will_retry) == (200, 1, False)
    assert second.method == "GET" and second.url.endswith("/v1/runs/run_1")
    assert second.duration_ms is not None and second.duration_ms >= 0
    assert all(API_KEY not in repr(ctx) for _, ctx in events)


async def test_async_middleware_sees_every_attempt_on_the_aiohttp_driver(httpserver: HTTPServer) -> None:
    events, mw = recording_middleware_over_a_503(httpserver)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, middleware=[mw]) as c:
        c._set_retry_sleep(AsyncSleeps())
        await c.runs.get("run_1")
        assert c._conn.driver is not None  # the default async client sends over aiohttp
    assert [kind for kind, _ in events] == ["req", "resp", "req", "resp"]
    first, second = events[1][1], events[3][1]
    assert (first.status, first.attempt, first.will_retry) == (503, 0, True)
    assert (second.status, second.attempt, second.will_retry) == (200, 1, False)
    assert second.method == "GET" and second.url.endswith("/v1/runs/run_1")
    assert "authorization" not in {k.lower() for k in second.headers}
    assert all(API_KEY not in repr(ctx) for _, ctx in events)


async def test_async_generated_escape_hatch_shares_auth_and_retries(httpserver: HTTPServer) -> None:
    from strait._generated.api.runs import get_run

    seq = Sequence(json_response(error_body("internal_error", "x"), 502), json_response(RUN))
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(seq)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        c._set_retry_sleep(AsyncSleeps())
        answer = await get_run.asyncio_detailed("run_1", client=c.generated)
    assert answer.status_code == 200
    assert [r.headers.get("Authorization") for r in seq.requests] == [f"Bearer {API_KEY}"] * 2


def test_middleware_on_error(httpserver: HTTPServer) -> None:
    errors: list[RequestContext] = []
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with (
        Client(
            base_url=f"http://127.0.0.1:{port}",
            api_key=API_KEY,
            max_retries=0,
            middleware=[Middleware(on_error=errors.append)],
        ) as c,
        pytest.raises(TransportError),
    ):
        c.runs.get("run_1")
    assert len(errors) == 1 and isinstance(errors[0].error, httpx.ConnectError)


def test_debug_logging_is_redacted(
    client: Client, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_request("/v1/events/k/stream").respond_with_data("", status=204)
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    with caplog.at_level(logging.DEBUG, logger="strait"):
        client.runs.get("run_1")
        client._http.get("/v1/events/k/stream", params={"token": "secret-sse-token"})
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("strait"))
    assert "GET" in text and "/v1/runs/run_1" in text
    assert API_KEY not in text and "secret-sse-token" not in text


def test_generated_escape_hatch_shares_auth(client: Client, httpserver: HTTPServer) -> None:
    from strait._generated.api.runs import get_run

    httpserver.expect_request(
        "/v1/runs/run_1", headers={"Authorization": f"Bearer {API_KEY}"}
    ).respond_with_json(RUN)
    response = get_run.sync_detailed("run_1", client=client.generated)
    assert response.status_code == 200 and response.parsed is not None
    assert API_KEY not in repr(client.generated)


def test_closed_client_and_injected_client(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    mine = httpx.Client(timeout=60.0)
    c = Client(base_url=httpserver.url_for(""), api_key=API_KEY, http_client=mine)
    assert c._timeout is not None and c._timeout.read == 60.0
    assert c.runs.get("run_1").id == "run_1"
    c.close()
    assert not mine.is_closed
    with pytest.raises(TransportError):
        c.runs.get("run_1")
    mine.close()


@pytest.fixture
def many_runs(httpserver: HTTPServer) -> Iterator[None]:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    yield


def test_with_options_copies_without_mutating(client: Client, many_runs: None) -> None:
    fast = client.with_options(timeout=1.5, max_retries=0, headers={"X-A": "1"})
    assert fast is not client and fast._http is client._http
    assert client.config.max_retries == 2 and client._overrides is None
    assert fast.runs.get("run_1").id == "run_1"
    assert fast.runs is not client.runs


def test_code_never_contradicts_status(client: Client, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(
        error_body("enqueue_throttled", "x"), status=400
    )
    with pytest.raises(BadRequestError) as err:
        client.runs.get("run_1")
    assert type(err.value) is BadRequestError and err.value.code == "enqueue_throttled"


def test_wrong_argument_type_is_validation_error(client: Client, httpserver: HTTPServer) -> None:
    with pytest.raises(ValidationError, match="export-usage"):
        client.billing.export_usage(from_={"day": 1}, to="2026-02-01")  # type: ignore[arg-type]
    assert len(httpserver.log) == 0


def test_export_answers_come_back_in_their_media_type(client: Client, httpserver: HTTPServer) -> None:
    import datetime as dt

    httpserver.expect_request(
        "/v1/usage/export", headers={"Accept": "text/csv, application/pdf"}
    ).respond_with_data("day,runs\n2026-01-01,3\n", content_type="text/csv")
    csv = client.billing.export_usage(from_=dt.date(2026, 1, 1), to=dt.date(2026, 2, 1))
    assert csv == "day,runs\n2026-01-01,3\n"
    httpserver.expect_request("/v1/export/jobs").respond_with_data(
        b'{"a":1}\n{"a":2}\n', content_type="application/x-ndjson"
    )
    assert client.exports.jobs(format_="ndjson") == '{"a":1}\n{"a":2}\n'


def test_rejected_run_token_is_its_own_unauthorized_error(httpserver: HTTPServer) -> None:
    token = make_token(sub="run_1")
    httpserver.expect_request("/sdk/v1/runs/run_1/heartbeat", method="POST").respond_with_json(
        error_body("authentication_required", "run token attempt is stale"), status=401
    )
    with (
        Client(base_url=httpserver.url_for(""), run_token=token) as c,
        pytest.raises(strait.RunTokenRejectedError) as err,
    ):
        c.sdk_runs.heartbeat_run("run_1")
    assert isinstance(err.value, UnauthorizedError) and err.value.message == "run token attempt is stale"
