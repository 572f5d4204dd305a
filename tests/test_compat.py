"""Drop-in compatibility with strait-python 0.1.1 and the typed constructors, through a
real loopback server (pytest-httpserver): the official keywords are aliases of ours,
``do_request`` is the raw call on our request path, exceptions carry the official
attributes, and credentials with control characters are refused at construction."""

from __future__ import annotations

import inspect
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from test_client import Sequence as Recorder
from test_client import json_response
from werkzeug import Request, Response

import strait
from strait import (
    ApiError,
    AsyncClient,
    AuthMode,
    AuthType,
    Client,
    ConfigFileNotFoundError,
    CostBudgetExceededError,
    DagValidationError,
    DecodeError,
    JitterStrategy,
    Middleware,
    MiddlewareErrorContext,
    MiddlewareRequestContext,
    MiddlewareResponseContext,
    NotFoundError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    StraitTimeoutError,
    TransportError,
    UnauthorizedError,
    ValidationError,
    _retry,
    config_from_env,
    config_from_file,
    map_http_error,
)
from strait._compat import ClientOptions
from strait.composition import RetryOptions

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("STRAIT_"):
            monkeypatch.delenv(name)


def answer(body: Any = None, status: int = 200) -> Response:
    return json_response(body, status) if body is not None else Response("", status=status)


# -- typed constructors ---------------------------------------------------------------------


def test_constructors_show_real_parameters() -> None:
    for cls in (Client, AsyncClient):
        params = inspect.signature(cls).parameters
        assert "kwargs" not in params
        for name in ("base_url", "api_key", "timeout", "max_retries", "strict", "bearer_token", "retry"):
            assert params[name].kind is inspect.Parameter.KEYWORD_ONLY, (cls, name)
        assert "bearer_token" in (inspect.getdoc(cls.__init__) or "")
    # from_env / from_file take the same keywords (one list, checked here against drift)
    assert set(ClientOptions.__annotations__) == set(inspect.signature(Client).parameters) - {"config"}


def test_mypy_checks_constructor_keywords(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text(
        textwrap.dedent(
            """
            import httpx
            from strait import AsyncClient, AuthMode, AuthType, Client, RetryPolicy
            Client(base_url="http://x", api_key="k", timeout=2.0, strict=True)
            Client(base_url="http://x", bearer_token="k", timeout_ms=500, default_headers={"a": "b"})
            Client(base_url="http://x", auth=AuthMode(type=AuthType.BEARER, token="k"), retry=None)
            AsyncClient(base_url="http://x", api_key="k", http_client=httpx.AsyncClient())
            Client.from_env(timeout_ms=7000, retry=RetryPolicy(attempts=2))
            """
        )
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        textwrap.dedent(
            """
            import httpx
            from strait import AsyncClient, Client
            Client(base_urll="http://x", api_key="k")
            Client(base_url="http://x", api_key="k", max_retries="3")
            AsyncClient(base_url="http://x", api_key="k", http_client=httpx.Client())
            Client.from_env(timeout_msec=1)
            """
        )
    )
    cmd = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", str(good), str(bad)]
    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False).stdout
    assert "good.py" not in out, out
    for line in (4, 5, 6, 7):
        assert f"bad.py:{line}: error" in out, out


def test_unknown_keyword_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="base_urll"):
        Client(base_urll="http://x", api_key=API_KEY)  # type: ignore[call-arg]


# -- official keyword aliases -------------------------------------------------------------


def test_bearer_token_default_headers_and_auth_reach_the_wire(httpserver: HTTPServer) -> None:
    rec = Recorder(answer({"ok": True}))
    httpserver.expect_request("/v1/x").respond_with_handler(rec)
    url = httpserver.url_for("")
    with Client(base_url=url, bearer_token=API_KEY, default_headers={"X-Custom": "v"}) as c:
        assert c.config.auth_type == "bearer"
        assert c.config.auth == AuthMode(type=AuthType.BEARER, token=API_KEY)
        assert c.do_request("GET", "/v1/x") == {"ok": True}
    mode = AuthMode(type=AuthType.API_KEY, token="strait_explicit_0123456")
    with Client(base_url=url, api_key="strait_ignored_000000", auth=mode) as c:
        c.do_request("GET", "/v1/x")
    assert rec.requests[0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert rec.requests[0].headers["X-Custom"] == "v"
    assert rec.requests[1].headers["Authorization"] == "Bearer strait_explicit_0123456"


def test_timeout_ms_bounds_the_call(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        import time

        time.sleep(1.0)
        return answer({})

    httpserver.expect_request("/v1/slow").respond_with_handler(slow)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, timeout_ms=200, retry=None) as c:
        assert c.config.timeout_ms == 200
        with pytest.raises(RequestTimeoutError):
            c.do_request("GET", "/v1/slow")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"api_key": API_KEY, "bearer_token": API_KEY},
        {"api_key": API_KEY, "timeout": 1.0, "timeout_ms": 1000},
        {"api_key": API_KEY, "headers": {}, "default_headers": {}},
        {"api_key": API_KEY, "max_retries": 1, "retry": None},
        {"bearer_token": API_KEY, "auth_type": "apiKey"},
        {"api_key": API_KEY, "retry": 3},
    ],
)
def test_conflicting_aliases_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as err:
        Client(base_url="http://x.example", **kwargs)
    assert err.value.source == "argument"


def test_retry_policy_accepts_both_field_sets() -> None:
    theirs = RetryPolicy(attempts=4, delay_ms=100, max_delay_ms=250, jitter=JitterStrategy.NONE)
    assert (theirs.max_retries, theirs.initial_delay, theirs.max_delay, theirs.jitter) == (3, 0.1, 0.25, 0.0)
    assert [theirs.backoff(n) for n in range(3)] == [0.1, 0.2, 0.25]
    ours = RetryPolicy(max_retries=1, initial_delay=0.5)
    assert (ours.attempts, ours.delay_ms) == (2, 500.0)
    assert RetryPolicy(factor=3.0, delay_ms=10, jitter="none").backoff(2) == pytest.approx(0.09)
    with pytest.raises(ValidationError, match="attempts"):
        RetryPolicy(attempts=0)
    with pytest.raises(ValidationError, match="not both"):
        RetryPolicy(max_retries=1, attempts=2)


@pytest.mark.parametrize(("retry", "sent"), [(RetryPolicy(attempts=2, delay_ms=1), 2), (None, 1)])
def test_retry_keyword_drives_the_transport(httpserver: HTTPServer, retry: Any, sent: int) -> None:
    rec = Recorder(answer({"error": "busy"}, 503))
    httpserver.expect_request("/v1/x").respond_with_handler(rec)
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY, retry=retry) as c,
        pytest.raises(ServerError),
    ):
        c.do_request("GET", "/v1/x")
    assert len(rec.requests) == sent


def test_should_retry_can_veto_but_not_add(httpserver: HTTPServer) -> None:
    seen: list[tuple[type[BaseException], int, int]] = []

    def never(err: BaseException, attempt: int, limit: int) -> bool:
        seen.append((type(err), attempt, limit))
        return False

    rec = Recorder(answer({}, 503))
    httpserver.expect_request("/v1/x").respond_with_handler(rec)
    policy = RetryPolicy(attempts=3, delay_ms=1, should_retry=lambda *_: True)
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY, retry=policy) as c,
        pytest.raises(ServerError),
    ):
        c.do_request("POST", "/v1/x", body={})  # a key-less POST: never re-sent
        assert len(rec.requests) == 1
    veto = RetryPolicy(attempts=3, delay_ms=1, should_retry=never)
    with (
        Client(base_url=httpserver.url_for(""), api_key=API_KEY, retry=veto) as c,
        pytest.raises(ServerError),
    ):
        c.do_request("GET", "/v1/x")
    assert len(rec.requests) == 2
    assert seen == [(ServerError, 1, 3)]


def test_middleware_context_names() -> None:
    events: list[str] = []
    mw = Middleware(on_request=lambda ctx: events.append(ctx.method))
    ctx = MiddlewareRequestContext(method="GET", url="https://h/v1/jobs", headers={"a": "b"})
    assert mw.on_request is not None
    mw.on_request(ctx)
    assert events == ["GET"]
    assert ctx.attempt == 1
    assert MiddlewareResponseContext(method="GET", url="/", status=200, duration_ms=4).status == 200
    err = RuntimeError("x")
    assert MiddlewareErrorContext(method="GET", url="/", error=err).error is err
    assert isinstance(ctx, strait.RequestContext)


# -- do_request ----------------------------------------------------------------------------


def test_do_request_sync(httpserver: HTTPServer) -> None:
    rec = Recorder(answer({"ok": True}))
    httpserver.expect_request("/v1/things", method="POST").respond_with_handler(rec)
    httpserver.expect_request("/v1/empty").respond_with_response(Response("", status=204))
    httpserver.expect_request("/v1/missing").respond_with_json({"error": {"code": "not_found"}}, status=404)
    httpserver.expect_request("/v1/html").respond_with_data("<html>", content_type="text/html")
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        result = c.do_request(
            "post", "/v1/things", query={"a": "1"}, headers={"Idempotency-Key": "k1"}, body={"n": 1}
        )
        assert result == {"ok": True}
        assert c.do_request("GET", "/v1/empty") == {}
        with pytest.raises(NotFoundError) as err:
            c.do_request("GET", "/v1/missing")
        assert err.value.code == "not_found"
        assert "GET /v1/missing" in str(err.value)
        with pytest.raises(DecodeError) as bad:
            c.do_request("GET", "/v1/html")
        assert bad.value.body == "<html>"
        with pytest.raises(ValidationError, match="path"):
            c.do_request("GET", "v1/things")
    sent = rec.requests[0]
    assert json.loads(sent.data) == {"n": 1}
    assert sent.args["a"] == "1"
    assert sent.headers["Idempotency-Key"] == "k1"
    assert sent.headers["Authorization"] == f"Bearer {API_KEY}"


async def test_do_request_async(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/x").respond_with_json({"ok": True})
    httpserver.expect_request("/v1/gone").respond_with_json({"message": "no"}, status=404)
    client = AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY)
    try:
        assert await client.do_request("GET", "/v1/x") == {"ok": True}
        with pytest.raises(NotFoundError):
            await client.do_request("GET", "/v1/gone")
    finally:
        await client.close()


async def test_do_request_async_sends_body_over_the_default_driver(httpserver: HTTPServer) -> None:
    rec = Recorder(answer({"ok": True}), answer({"ok": True}))
    httpserver.expect_request("/v1/things", method="POST").respond_with_handler(rec)
    client = AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY)
    try:
        assert await client.do_request("POST", "/v1/things", query={"a": "1"}, body={"n": 1}) == {"ok": True}
        await client.do_request(
            "POST", "/v1/things", headers={"content-type": "application/merge-patch+json"}, body={"n": 2}
        )
        assert client._conn.driver is not None  # the default driver (aiohttp) sent it
    finally:
        await client.close()
    first, second = rec.requests
    assert json.loads(first.data) == {"n": 1}
    assert first.args["a"] == "1"
    assert first.headers["Content-Type"] == "application/json"
    assert first.headers["Authorization"] == f"Bearer {API_KEY}"
    assert second.headers.getlist("Content-Type") == ["application/merge-patch+json"]


def test_do_request_transport_error_names_no_credential() -> None:
    with (
        Client(base_url="http://127.0.0.1:9", api_key=API_KEY, max_retries=0) as c,
        pytest.raises(TransportError) as err,
    ):
        c.do_request("GET", "/v1/x")
    assert API_KEY not in str(err.value)


# -- credentials ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", ["strait_ab\x00cd", "strait_ab\x01cd", "strait_ab\r\ncd", "strait_ab\x7fcd", "a b"]
)
def test_control_characters_in_credentials_are_refused(bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for cls in (Client, AsyncClient):
        with pytest.raises(ValidationError) as err:
            cls(base_url="http://x.example", api_key=bad)
        assert (err.value.field, err.value.source) == ("api_key", "argument")
        assert bad not in str(err.value)
        assert "ab" not in str(err.value).replace("printable", "")
    with pytest.raises(ValidationError) as err:
        Client(base_url="http://x.example", bearer_token=bad)
    assert err.value.field == "bearer_token"
    monkeypatch.setenv("STRAIT_BASE_URL", "http://x.example")
    in_env = bad.replace("\x00", "\x01")  # the OS refuses NUL in the environment itself
    monkeypatch.setenv("STRAIT_API_KEY", in_env)
    with pytest.raises(ValidationError) as env_err:
        AsyncClient.from_env()
    assert (env_err.value.field, env_err.value.source) == ("api_key", "STRAIT_API_KEY")
    assert "STRAIT_API_KEY" in str(env_err.value)
    assert in_env not in str(env_err.value)


def test_pasted_bearer_prefix_is_removed(httpserver: HTTPServer) -> None:
    rec = Recorder(answer({}))
    httpserver.expect_request("/v1/x").respond_with_handler(rec)
    with Client(base_url=httpserver.url_for(""), api_key=f"Bearer {API_KEY}") as c:
        c.do_request("GET", "/v1/x")
    assert rec.requests[0].headers["Authorization"] == f"Bearer {API_KEY}"


# -- config -------------------------------------------------------------------------------------


def test_file_without_project_and_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "strait.json"
    path.write_text(json.dumps({"sdk": {"base_url": "http://file.example/", "timeout_ms": 1200}}))
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    with Client.from_file(path) as c:
        assert (c.base_url, c.project_id, c.config.timeout_ms) == ("http://file.example", None, 1200)
    cfg = config_from_file(search_dir=tmp_path)
    assert (cfg.base_url, cfg.auth.token, cfg.auth.type) == ("http://file.example", API_KEY, AuthType.API_KEY)
    with Client(config=cfg) as c:
        assert c.base_url == "http://file.example"
    missing = tmp_path / "nope" / "strait.json"
    for call in (lambda: config_from_file(missing), lambda: Client.from_file(missing)):
        with pytest.raises(FileNotFoundError) as err:
            call()
        assert isinstance(err.value, ValidationError)
        assert isinstance(err.value, ConfigFileNotFoundError)
        assert err.value.source == str(missing)


def test_file_without_base_url_reports_it_at_construction(tmp_path: Path) -> None:
    (tmp_path / "strait.json").write_text(json.dumps({"sdk": None}))
    cfg = config_from_file(search_dir=tmp_path)
    assert (cfg.base_url, cfg.timeout_ms) == ("", 30_000)
    with pytest.raises(ValidationError, match="no base URL"):
        Client(config=cfg)


def test_api_key_env_names_the_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "strait.json"
    path.write_text(json.dumps({"sdk": {"base_url": "http://x.example", "api_key_env": "STRAIT_MY_KEY"}}))
    monkeypatch.setenv("STRAIT_MY_KEY", API_KEY)
    with Client.from_file(path) as c:
        assert c.config.token == API_KEY
        assert c.config.sources["token"] == "STRAIT_MY_KEY"


def test_config_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError, match="STRAIT_BASE_URL"):
        config_from_env()
    monkeypatch.setenv("STRAIT_BASE_URL", "http://env.example")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.setenv("STRAIT_AUTH_TYPE", "bearer")
    cfg = config_from_env()
    assert cfg.auth == AuthMode(type=AuthType.BEARER, token=API_KEY)
    assert strait.Config is strait.ClientConfig
    assert API_KEY not in repr(cfg.auth)


def test_from_env_and_from_file_take_official_keywords(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://env.example")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    with Client.from_env(timeout_ms=7000) as c:
        assert c._config.timeout_ms == 7000
    (tmp_path / "strait.json").write_text(json.dumps({"sdk": {"timeout_ms": 100}}))
    with Client.from_file(search_dir=tmp_path, timeout_ms=5000, bearer_token=API_KEY) as c:
        assert (c.config.timeout_ms, c.config.auth_type) == (5000, "bearer")


# -- exceptions ----------------------------------------------------------------------------------


def test_official_exception_attributes() -> None:
    cause = RuntimeError("boom")
    assert TransportError("fail", cause=cause).__cause__ is cause
    assert DecodeError("fail", body="raw").body == "raw"
    assert DecodeError("fail", "raw", cause).__cause__ is cause
    assert ValidationError("fail", issues=["a", "b"]).issues == ["a", "b"]
    assert ValidationError("fail").issues == ["fail"]
    timeout = StraitTimeoutError("late", run_id="r1", elapsed_ms=5000)
    assert (timeout.run_id, timeout.elapsed_ms) == ("r1", 5000)
    dag = DagValidationError("bad", cycles=["a"], missing_refs=["b"], duplicate_refs=["c"])
    assert (dag.cycles, dag.missing_refs, dag.duplicate_refs) == (["a"], ["b"], ["c"])
    budget = CostBudgetExceededError("over", current_cost_microusd=100, max_cost_microusd=50)
    assert (budget.current_cost_microusd, budget.max_cost_microusd) == (100, 50)
    legacy = ApiError(500, "internal", {"x": 1})
    assert (legacy.status, legacy.message, legacy.body) == (500, "internal", {"x": 1})


def test_dag_errors_name_the_refs() -> None:
    from strait.authoring import job_step, validate_dag

    with pytest.raises(DagValidationError) as missing:
        validate_dag([job_step("a", "job-a", depends_on=["ghost"])])
    assert missing.value.missing_refs == ["ghost"]
    with pytest.raises(DagValidationError) as cyc:
        validate_dag([job_step("a", "j", depends_on=["b"]), job_step("b", "j", depends_on=["a"])])
    assert sorted(cyc.value.cycles) == ["a", "b"]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, UnauthorizedError),
        (403, UnauthorizedError),
        (404, NotFoundError),
        (500, ApiError),
        (418, ApiError),
    ],
)
def test_map_http_error(status: int, cls: type[ApiError]) -> None:
    err = map_http_error(status, "", {"detail": "gone"})
    assert isinstance(err, cls)
    assert (err.status, err.body) == (status, {"detail": "gone"})
    assert str(status) in str(err)


def test_api_error_repr_shows_status_and_code(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/runs/run_9").respond_with_json(
        {"error": {"code": "not_found", "message": "run not found"}}, status=404
    )
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c, pytest.raises(NotFoundError) as err:
        c.runs.get("run_9")
    text = repr(err.value)
    assert text.startswith("NotFoundError(status=404, code='not_found', message='run not found'")
    assert API_KEY not in text


def test_retry_after_error_keeps_keyword_construction() -> None:
    err = strait.RateLimitedError("slow", status=429, retry_after=2.0)
    assert (err.status, err.retry_after) == (429, 2.0)
    assert isinstance(httpx.Timeout(1.0), httpx.Timeout)


def test_retry_options_configure_a_client(httpserver: HTTPServer) -> None:
    rec = Recorder(answer({}, 503), answer({"ok": True}))
    httpserver.expect_request("/v1/x").respond_with_handler(rec)
    options = strait.RetryOptions(attempts=2, delay_ms=1, jitter=JitterStrategy.NONE)
    assert isinstance(options, RetryPolicy)
    assert (strait.RetryOptions().delay_ms, strait.RetryOptions().max_delay_ms) == (250.0, 30_000.0)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, retry=options) as c:
        assert c.do_request("GET", "/v1/x") == {"ok": True}
    assert len(rec.requests) == 2


def _official_suite_runner() -> Any:
    """``scripts/official-suite`` loaded as a module (it has no ``.py`` ending)."""
    from importlib.machinery import SourceFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    loader = SourceFileLoader("official_suite", str(ROOT / "scripts" / "official-suite"))
    spec = spec_from_loader("official_suite", loader)
    assert spec is not None
    runner = module_from_spec(spec)
    loader.exec_module(runner)
    return runner


def test_official_suite_rewrites_only_private_imports() -> None:
    runner = _official_suite_runner()
    source = textwrap.dedent(
        """
        from strait import RetryPolicy
        from strait._client import AsyncClient, Client
        from strait._config import (
            AuthType,
            config_from_env,
            normalize_base_url,
        )
        from strait.composition._retry import JitterStrategy
            from strait._middleware import Middleware
        from strait._http import do_request, substitute_path_params
        """
    )
    assert runner._rewrite(source).split("\n")[1:-1] == [
        "from strait import RetryPolicy",
        "from strait import AsyncClient, Client",
        "from strait import AuthType, config_from_env",
        "from strait import JitterStrategy",
        "    from strait import Middleware",
        "pass",
    ]


def test_official_suite_deliberate_failures_are_listed_in_the_readme() -> None:
    runner = _official_suite_runner()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Migrating from strait-python 0.1.1\n", 1)[1].split("\n## ", 1)[0]
    table = "\n".join(
        line for line in section.splitlines() if line.startswith("| ") and "its test" not in line
    )
    for name, reason in runner.DELIBERATE.items():
        assert reason, name
        assert f"`{name.rsplit('::', 1)[1]}`" in table, name


def test_one_retry_policy_with_the_official_names_as_aliases() -> None:
    """One RetryPolicy (strait._retry): the 0.1.1 names are keywords and read-back views of
    it, not a second class; RetryOptions only changes its defaults."""
    assert RetryPolicy is _retry.RetryPolicy
    policy = RetryPolicy(attempts=3, delay_ms=200, max_delay_ms=1000, multiplier=3.0, jitter="none")
    assert policy == RetryPolicy(max_retries=2, initial_delay=0.2, max_delay=1.0, factor=3.0, jitter=0.0)
    assert (policy.attempts, policy.delay_ms, policy.max_delay_ms, policy.multiplier) == (
        3,
        200.0,
        1000.0,
        3.0,
    )
    assert isinstance(RetryOptions(), RetryPolicy) and RetryOptions().initial_delay == 0.25
    assert RetryPolicy() == _retry.RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=8.0, jitter=0.25)
