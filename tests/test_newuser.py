"""Issue 13, a new user's first hour: the configured project, the escape hatch, clients
across event loops, errors that name the request, streams with no event, ``help(Client)``.

Everything goes through the public API against a loopback server (pytest-httpserver).
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

import strait
from strait import AsyncClient, Client
from strait.authoring import JobOptions, define_job

JOB = {"id": "job_1", "name": "n", "slug": "s", "project_id": "proj_cfg"}


def _record(server: HTTPServer, method: str, path: str, answer: Any, status: int = 200) -> list[Request]:
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        return Response(json.dumps(answer), status=status, content_type="application/json")

    server.expect_request(path, method=method).respond_with_handler(handler)
    return seen


# --- 3: the configured project ---------------------------------------------------------------


def test_configured_project_fills_body_and_query(httpserver: HTTPServer) -> None:
    created = _record(httpserver, "POST", "/v1/jobs", JOB, 201)
    listed = _record(httpserver, "GET", "/v1/audit/deadletter", {"data": [], "has_more": False})
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, project_id="proj_cfg") as client:
        client.jobs.create({"name": "n", "slug": "s"})
        client.jobs.create({"name": "n", "slug": "s", "project_id": "proj_explicit"})
        client.audit.list_deadletter()
        client.audit.list_deadletter(project_id="proj_explicit")
    assert [json.loads(r.data)["project_id"] for r in created] == ["proj_cfg", "proj_explicit"]
    assert [r.args.get("project_id") for r in listed] == ["proj_cfg", "proj_explicit"]


async def test_configured_project_async_from_env(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRAIT_PROJECT", "proj_env")
    created = _record(httpserver, "POST", "/v1/jobs", JOB, 201)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        await client.jobs.create({"name": "n", "slug": "s"})
    assert json.loads(created[0].data)["project_id"] == "proj_env"


def test_no_configured_project_still_needs_one(httpserver: HTTPServer) -> None:
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(strait.ValidationError, match="project_id"),
    ):
        client.jobs.create({"name": "n", "slug": "s"})


def test_job_options_take_the_clients_project(httpserver: HTTPServer) -> None:
    listed = _record(httpserver, "GET", "/v1/jobs", {"data": [], "has_more": False})
    created = _record(httpserver, "POST", "/v1/jobs", JOB, 201)
    job = define_job(JobOptions(name="n", slug="s", endpoint_url="https://worker.example.com/run"))
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, project_id="proj_cfg") as client:
        job.deploy(client)
    assert listed and json.loads(created[0].data)["project_id"] == "proj_cfg"
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(strait.ValidationError, match="no project"),
    ):
        job.deploy(client)


async def test_job_options_take_the_async_clients_project(httpserver: HTTPServer) -> None:
    _record(httpserver, "GET", "/v1/jobs", {"data": [], "has_more": False})
    created = _record(httpserver, "POST", "/v1/jobs", JOB, 201)
    job = define_job(JobOptions(name="n", slug="s", execution_mode="worker"))
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, project_id="p2") as client:
        await job.async_deploy(client)
    assert json.loads(created[0].data)["project_id"] == "p2"


# --- 8: help(Client) -------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Client, AsyncClient])
def test_signature_and_help_show_real_parameters(cls: type[Any]) -> None:
    import inspect
    import pydoc

    params = inspect.signature(cls).parameters
    assert {"base_url", "api_key", "timeout", "max_retries", "project_id", "http_client"} <= set(params)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params.values())
    text = pydoc.plain(pydoc.render_doc(cls))
    assert "__init__(self, *, base_url: 'str | None' = None, api_key:" in text
    assert "project_id: the default project" in text


# --- 1: install ------------------------------------------------------------------------------


def test_readme_install_says_how_and_which_version() -> None:
    import re
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    version = tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]
    assert strait.__version__ == version
    readme = (root / "README.md").read_text()
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    assert "make install" in install and "pip install ." in install and version in install
    # never told to fetch this SDK from the index: that name is the official 0.1.1 today
    assert not re.search(r"^\s*pip install strait-python\b", install, re.M)
    quickstart = readme.split("## Quickstart", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    first_lines = quickstart.strip().splitlines()[:4]
    assert any("strait.__version__" in line for line in first_lines)


# --- 8 (second half): the method and the URL in every transport and HTTP error ----------------


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port that refuses connections: bound, never listening, held for the test
    (so no other process can take it meanwhile)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


def test_connection_refused_names_method_host_and_port(closed_port: int) -> None:
    port = closed_port
    with Client(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY, max_retries=0) as client:
        with pytest.raises(strait.TransportError) as err:
            client.runs.get("run_1")
        with pytest.raises(strait.TransportError) as raw:
            client.do_request("GET", "/v1/jobs", query={"token": "s3cret", "limit": 5})
    assert f"GET http://127.0.0.1:{port}/v1/runs/run_1" in str(err.value)
    assert f"GET http://127.0.0.1:{port}/v1/jobs?token=***&limit=5" in str(raw.value)
    assert API_KEY not in str(err.value) and "s3cret" not in str(raw.value)


async def test_connection_refused_names_method_host_and_port_async(closed_port: int) -> None:
    port = closed_port
    async with AsyncClient(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY, max_retries=0) as client:
        with pytest.raises(strait.TransportError) as err:
            await client.jobs.create({"name": "n", "slug": "s", "project_id": "p"})
    assert f"POST http://127.0.0.1:{port}/v1/jobs" in str(err.value)


async def test_http_errors_name_method_and_url(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/missing").respond_with_json(
        {"error": {"code": "not_found", "message": "run not found"}}, status=404
    )
    url = httpserver.url_for("/v1/runs/missing")
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        with pytest.raises(strait.NotFoundError) as err:
            client.runs.get("missing")
        with pytest.raises(strait.NotFoundError) as raw:
            client.do_request("GET", "/v1/runs/missing")
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as aclient:
        with pytest.raises(strait.NotFoundError) as aerr:
            await aclient.runs.get("missing")
    for e in (err, raw, aerr):
        assert f"GET {url}" in str(e.value), str(e.value)
        assert API_KEY not in str(e.value)


# --- 10: a 200 text/event-stream that never carries an event ------------------------------


def _mock_stream(server: HTTPServer) -> None:
    """What Prism answers for the run stream: 200 text/event-stream, body ``string``, closed."""
    server.expect_request("/v1/runs/run_1/stream").respond_with_data(
        "string", status=200, content_type="text/event-stream"
    )
    server.expect_request("/v1/runs/run_1").respond_with_json(
        {"id": "run_1", "status": "executing", "job_id": "job_1"}
    )


def test_follow_and_wait_stop_on_a_stream_with_no_event(httpserver: HTTPServer) -> None:
    _mock_stream(httpserver)
    slept: list[float] = []
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        with pytest.raises(strait.DecodeError, match="sent only 'string'") as err:
            for _ in client.runs.follow("run_1", sleep=slept.append):
                pass
        assert sum(slept) < 10 and "stream-run" in str(err.value)
        slept.clear()
        with pytest.raises(strait.DecodeError, match="'string'"):
            client.runs.wait("run_1", sleep=slept.append)
        assert sum(slept) < 10


async def test_follow_and_wait_stop_on_a_stream_with_no_event_async(httpserver: HTTPServer) -> None:
    _mock_stream(httpserver)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        with pytest.raises(strait.DecodeError, match="sent only 'string'"):
            async for _ in client.runs.follow("run_1", sleep=sleep):
                pass
        with pytest.raises(strait.DecodeError, match="'string'"):
            await client.runs.wait("run_1", sleep=sleep)
    assert sum(slept) < 20


def test_a_stream_that_is_not_sse_still_fails_at_once(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_json({"id": "run_1"})
    slept: list[float] = []
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(strait.DecodeError, match="expected a text/event-stream"),
    ):
        for _ in client.runs.follow("run_1", sleep=slept.append):
            pass
    assert slept == []


# --- 4: client.generated ---------------------------------------------------------------------


def _generated_server(server: HTTPServer) -> list[Request]:
    seen: list[Request] = []
    answers = {
        "/v1/runs/run_1": (200, {"id": "run_1", "status": "executing", "job_id": "job_1"}),
        "/v1/runs/missing": (404, {"error": {"code": "not_found", "message": "no such run"}}),
        "/v1/runs/busy": (503, {"error": {"code": "unavailable", "message": "try later"}}),
        "/v1/runs/odd": (400, {"error": 7, "detail": ["off the spec's shape"]}),
    }

    def handler(request: Request) -> Response:
        seen.append(request)
        status, body = answers[request.path]
        return Response(json.dumps(body), status=status, content_type="application/json")

    for path in answers:
        server.expect_request(path).respond_with_handler(handler)
    return seen


def test_generated_sync_half_carries_auth_retries_and_typed_errors(httpserver: HTTPServer) -> None:
    from strait._generated.api.runs import get_run

    seen = _generated_server(httpserver)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client:
        client._set_retry_sleep(lambda s: None)
        assert get_run.sync_detailed("run_1", client=client.generated).status_code == 200
        with pytest.raises(strait.NotFoundError, match="no such run"):
            get_run.sync("missing", client=client.generated)
        with pytest.raises(strait.ServerError):
            get_run.sync("busy", client=client.generated)
        with pytest.raises(strait.BadRequestError):
            get_run.sync_detailed("odd", client=client.generated)
        with pytest.raises(strait.ValidationError, match="sync"):
            asyncio.run(get_run.asyncio_detailed("run_1", client=client.generated))
    assert [r.path for r in seen].count("/v1/runs/busy") == 3  # retried twice, then raised
    assert {r.headers["Authorization"] for r in seen} == {f"Bearer {API_KEY}"}
    assert all(r.headers["User-Agent"].startswith("strait-python/") for r in seen)


async def test_generated_async_half_carries_auth_retries_and_typed_errors(httpserver: HTTPServer) -> None:
    from strait._generated.api.runs import get_run

    seen = _generated_server(httpserver)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as client:

        async def no_sleep(seconds: float) -> None:
            return None

        client._set_retry_sleep(no_sleep)
        assert (await get_run.asyncio_detailed("run_1", client=client.generated)).status_code == 200
        with pytest.raises(strait.NotFoundError):
            await get_run.asyncio("missing", client=client.generated)
        with pytest.raises(strait.ServerError):
            await get_run.asyncio("busy", client=client.generated)
        with pytest.raises(strait.BadRequestError):
            await get_run.asyncio_detailed("odd", client=client.generated)
        with pytest.raises(strait.ValidationError, match="asyncio"):
            get_run.sync_detailed("run_1", client=client.generated)
    assert [r.path for r in seen].count("/v1/runs/busy") == 3
    assert {r.headers["Authorization"] for r in seen} == {f"Bearer {API_KEY}"}
    assert all(r.headers["User-Agent"].startswith("strait-python/") for r in seen)


def test_generated_transport_failure_is_typed(closed_port: int) -> None:
    from strait._generated.api.runs import get_run

    port = closed_port
    with (
        Client(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY, max_retries=0) as client,
        pytest.raises(strait.TransportError, match=f"GET http://127.0.0.1:{port}/v1/runs/run_1"),
    ):
        get_run.sync_detailed("run_1", client=client.generated)


# --- 7: an AsyncClient across event loops --------------------------------------------------


def test_async_client_across_two_loops(
    httpserver: HTTPServer, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    import gc

    httpserver.expect_request("/v1/runs/run_1").respond_with_json(
        {"id": "run_1", "status": "executing", "job_id": "job_1"}
    )
    clients = [AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY)]

    async def get() -> str:
        return str((await clients[0].runs.get("run_1"))["id"])

    assert asyncio.run(get()) == "run_1"
    assert asyncio.run(get()) == "run_1"  # the first loop is closed: a new session here
    asyncio.run(clients[0].close())  # closed from a third loop
    clients.clear()
    gc.collect()
    printed = capfd.readouterr().err + caplog.text
    assert "Unclosed" not in printed


def test_injected_http_client_across_loops_says_what_happened(httpserver: HTTPServer) -> None:
    import httpx

    httpserver.expect_request("/v1/runs/run_1").respond_with_json(
        {"id": "run_1", "status": "executing", "job_id": "job_1"}
    )
    client = AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, http_client=httpx.AsyncClient())

    async def get() -> Any:
        return await client.runs.get("run_1")

    asyncio.run(get())
    with pytest.raises(strait.TransportError, match="another event loop"):
        asyncio.run(get())


def test_unclosed_async_client_prints_nothing_at_exit(httpserver: HTTPServer) -> None:
    """Strait's own quickstart: ``AsyncClient`` made in ``main()``, never closed."""
    import subprocess
    import sys

    httpserver.expect_request("/v1/runs/run_1").respond_with_json(
        {"id": "run_1", "status": "executing", "job_id": "job_1"}
    )
    script = (
        "import asyncio, strait\n"
        "async def main():\n"
        f"    client = strait.AsyncClient(base_url={httpserver.url_for('')!r}, api_key='strait_k')\n"
        "    print((await client.runs.get('run_1'))['id'])\n"
        "asyncio.run(main())\n"
        f"kept = strait.AsyncClient(base_url={httpserver.url_for('')!r}, api_key='strait_k')\n"
        "print(asyncio.run(kept.runs.get('run_1'))['id'])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["run_1", "run_1"]
    assert "Unclosed" not in done.stderr, done.stderr


def test_stream_errors_name_method_and_url(httpserver: HTTPServer, closed_port: int) -> None:
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_json({"id": "run_1"})
    port = closed_port
    policy = strait.ReconnectPolicy(max_attempts=1)
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY) as client,
        pytest.raises(strait.DecodeError) as not_sse,
    ):
        list(client.runs.follow("run_1"))
    with (
        Client(base_url=f"http://127.0.0.1:{port}", api_key=API_KEY) as client,
        pytest.raises(strait.TransportError) as refused,
    ):
        list(client.runs.follow("run_1", reconnect=policy, sleep=lambda s: None))
    assert f"GET {httpserver.url_for('/v1/runs/run_1/stream')}" in str(not_sse.value)
    assert f"GET http://127.0.0.1:{port}/v1/runs/run_1/stream" in str(refused.value)


def test_configured_project_from_strait_json(httpserver: HTTPServer, tmp_path: Any) -> None:
    created = _record(httpserver, "POST", "/v1/jobs", JOB, 201)
    (tmp_path / "strait.json").write_text(
        json.dumps({"project": {"id": "proj_file"}, "sdk": {"base_url": httpserver.url_for("")}})
    )
    with Client.from_file(tmp_path / "strait.json", api_key=API_KEY) as client:
        client.jobs.create({"name": "n", "slug": "s"})
    assert json.loads(created[0].data)["project_id"] == "proj_file"


async def test_async_stream_across_two_loops(httpserver: HTTPServer) -> None:
    """A live stream (strait's httpx client) in one loop, then in another, then closed."""
    httpserver.expect_request("/v1/runs/run_1/stream").respond_with_data(
        'data: {"type": "status_change", "to": "completed"}\n\n', content_type="text/event-stream"
    )
    client = AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY)

    async def follow() -> list[Any]:
        return [event.data["to"] async for event in client.runs.follow("run_1")]

    def in_new_loops() -> list[Any]:
        first = asyncio.run(follow())
        second = asyncio.run(follow())
        asyncio.run(client.close())
        return first + second

    assert await asyncio.to_thread(in_new_loops) == ["completed", "completed"]
