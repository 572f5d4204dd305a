"""Issue 13, items 5, 6, 8 and 9, through the public API against a loopback server:
one rule for every setting from every source, a repr that shows the settings really
used, pasted set-up mistakes normalised, and errors that say what to fix."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from spec_samples import component
from werkzeug import Request, Response

from strait import AsyncClient, Client, NotFoundError, RequestTimeoutError, ValidationError

RUN = component("JobRun", id="run_1", status="executing", job_id="job_1")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)


def slow(request: Request) -> Response:
    time.sleep(1.0)
    return Response(json.dumps(RUN), content_type="application/json")


# -- 5: one rule for every setting, from every source ----------------------------------------


def test_timeout_as_text_is_converted_and_cuts_the_call(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(slow)
    text: Any = "0.2"  # what an environment or a config loader hands over
    text0: Any = "0"
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, timeout=text, max_retries=text0) as c:
        assert (c.config.timeout_ms, c.config.max_retries) == (200, 0)
        with pytest.raises(RequestTimeoutError):  # the server answers after 1 s; the default is 30 s
            c.runs.get("run_1")


async def test_async_timeout_as_text(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(slow)
    text: Any = "0.2"
    async with AsyncClient(
        base_url=httpserver.url_for(""), api_key=API_KEY, timeout=text, max_retries=0
    ) as c:
        with pytest.raises(RequestTimeoutError):
            await c.runs.get("run_1")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timeout": [1]}, "timeout"),
        ({"timeout": "soon"}, "timeout"),
        ({"timeout": -1}, "timeout"),
        ({"timeout": True}, "timeout"),
        ({"timeout_ms": "1s"}, "timeout_ms"),
        ({"max_retries": "x"}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"strict": "maybe"}, "strict"),
        ({"project_id": ""}, "project_id"),
        ({"headers": {"X-Team": 1}}, "headers.X-Team"),
        ({"headers": {"X-Team": "a\r\nb"}}, "headers.X-Team"),
        ({"auth_type": "oauth"}, "auth_type"),
        ({"base_url": "api.strait.dev"}, "base_url"),
    ],
)
def test_bad_arguments_name_setting_and_source(kwargs: dict[str, Any], field: str) -> None:
    options = {"base_url": "http://x.example", "api_key": API_KEY, **kwargs}
    for cls in (Client, AsyncClient):
        with pytest.raises(ValidationError) as err:
            cls(**options)
        assert (err.value.field, err.value.source) == (field, "argument")
        assert field.split(".", maxsplit=1)[0] in str(err.value)


@pytest.mark.parametrize(
    ("env", "field"),
    [
        ({"STRAIT_TIMEOUT_MS": "0"}, "timeout_ms"),
        ({"STRAIT_TIMEOUT_MS": "nan"}, "timeout_ms"),
        ({"STRAIT_STRICT": "perhaps"}, "strict"),
        ({"STRAIT_PROJECT": "  "}, "project_id"),
    ],
)
def test_bad_environment_names_the_variable(
    env: dict[str, str], field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://x.example")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ValidationError) as err:
        Client.from_env()
    assert (err.value.field, err.value.source) == (field, next(iter(env)))
    assert next(iter(env)) in str(err.value)


def test_text_forms_are_converted_from_every_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://x.example")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.setenv("STRAIT_STRICT", "true")
    with Client.from_env(max_retries="3", timeout="1.5") as c:  # type: ignore[arg-type]
        assert (c.config.max_retries, c.config.timeout_ms, c.config.strict) == (3, 1500, True)
        assert c.config.sources["strict"] == "STRAIT_STRICT"
    (tmp_path / "strait.json").write_text(json.dumps({"sdk": {"timeout_ms": "2500"}}))
    with Client.from_file(search_dir=tmp_path, strict=False) as c:
        assert (c.config.timeout_ms, c.config.strict) == (2500, False)


def test_with_options_follows_the_same_rule(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_handler(slow)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, max_retries=0) as c:
        quick = c.with_options(timeout="0.2")  # type: ignore[arg-type]
        with pytest.raises(RequestTimeoutError):
            quick.runs.get("run_1")
        for bad in ({"timeout": "soon"}, {"max_retries": -1}, {"headers": {"X": 2}}):
            with pytest.raises(ValidationError) as err:
                c.with_options(**bad)
            assert err.value.source == "argument (with_options)"


# -- 6: repr shows the settings in use -----------------------------------------------------------


def test_repr_after_with_options_and_an_httpx_timeout() -> None:
    with Client(base_url="http://x.example", api_key=API_KEY) as c:
        assert "timeout=Timeout(connect=5.0, read=30.0, write=30.0, pool=30.0)" in repr(c)
        changed = c.with_options(timeout=2.0, max_retries=0, headers={"X-Team": "a"})
        text = repr(changed)
        assert "timeout=2.0" in text and "max_retries=0" in text and "X-Team" in text
        assert "max_retries=2" in repr(c)  # the original is unchanged
    with Client(base_url="http://x.example", api_key=API_KEY, timeout=httpx.Timeout(1.0)) as c:
        assert "timeout=Timeout(1.0)" in repr(c)
        assert c.config.timeout_ms == 1000
    with Client(base_url="http://x.example", api_key=API_KEY, timeout=None) as c:
        assert "timeout=None" in repr(c)
    assert API_KEY not in repr(c)


# -- 8: pasted set-up mistakes -------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["/v1", "/v1/", "/sdk/v1"])
async def test_a_trailing_api_prefix_is_removed(httpserver: HTTPServer, suffix: str) -> None:
    httpserver.expect_request("/v1/runs/run_1").respond_with_json(RUN)
    base = httpserver.url_for("").rstrip("/") + suffix
    with Client(base_url=base, api_key=f"Bearer {API_KEY}") as c:
        assert c.runs.get("run_1").id == "run_1"
        assert c.base_url == httpserver.url_for("").rstrip("/")
    async with AsyncClient(base_url=base, api_key=f"bearer   {API_KEY}") as ac:
        assert (await ac.runs.get("run_1")).id == "run_1"
    for request, _ in httpserver.log:
        assert request.path == "/v1/runs/run_1"
        assert request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_a_host_named_v1_is_kept() -> None:
    with Client(base_url="https://v1", api_key=API_KEY) as c:
        assert c.base_url == "https://v1"


# -- 9: errors say what to fix -------------------------------------------------------------------


def test_bad_key_from_the_environment_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://x.example")
    monkeypatch.setenv("STRAIT_API_KEY", "strait_abc\ndef")
    with pytest.raises(ValidationError) as err:
        Client.from_env()
    assert "STRAIT_API_KEY" in str(err.value) and "from STRAIT_API_KEY" in str(err.value)
    assert err.value.source == "STRAIT_API_KEY"
    assert "strait_abc" not in str(err.value)


async def test_api_error_repr_keeps_status_and_code(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/missing").respond_with_json(
        {"error": {"code": "not_found", "message": "run not found"}, "request_id": "req_7"}, status=404
    )
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        with pytest.raises(NotFoundError) as err:
            await c.runs.get("missing")
    assert repr(err.value) == (
        "NotFoundError(status=404, code='not_found', message='run not found', "
        "operation='get-run', request_id='req_7')"
    )


def test_readme_error_table_lists_bad_request() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    table = readme.split("## Errors\n", 1)[1].split("\n\n", 1)[0]
    for name in ("BadRequestError", "ConfigFileNotFoundError", "CostBudgetExceededError"):
        assert f"`{name}`" in table
