"""strait._settings: one resolver for the clients and the worker, and the settings rules
that keep credentials where they belong (sdk.api_key_env, plaintext gRPC, base_url
passwords)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from strait import (
    AsyncClient,
    Client,
    ClientConfig,
    Middleware,
    StraitError,
    ValidationError,
    config_from_file,
)
from strait._config import resolve_config
from strait._settings import CLIENT_SETTINGS, WORKER_SETTINGS, read_config_file
from strait.worker._settings import resolve_worker_settings

KEY = "strait_abc123"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no strait.json of the checkout leaks in


def _file(tmp_path: Path, content: dict[str, Any]) -> Path:
    path = tmp_path / "strait.json"
    path.write_text(json.dumps(content))
    return path


def _client(environ: dict[str, str], file: Path | None = None, **arguments: Any) -> dict[str, Any]:
    config = resolve_config(
        environ=environ,
        file=read_config_file(file, CLIENT_SETTINGS) if file else None,
        partial=True,
        **arguments,
    )
    return {"base_url": config.base_url, "api_key": config.token, "project_id": config.project_id}


def _worker(environ: dict[str, str], file: Path | None = None, **arguments: Any) -> dict[str, Any]:
    settings = resolve_worker_settings(
        environ={"STRAIT_WORKER_ALLOW_INSECURE": "1", **environ}, config=file, **arguments
    )
    return {"base_url": settings.base_url, "api_key": settings.api_key, "project_id": settings.project_id}


AGREEING_INPUTS = [
    # whitespace around environment values is removed by both
    {"STRAIT_BASE_URL": " https://h.example/\n", "STRAIT_API_KEY": f" {KEY}\n", "STRAIT_PROJECT": " p1 "},
    # a pasted API prefix is removed by both
    {"STRAIT_BASE_URL": "https://h.example/v1/", "STRAIT_API_KEY": KEY},
    {"STRAIT_BASE_URL": "http://127.0.0.1:8080/sdk/v1", "STRAIT_API_KEY": f"Bearer {KEY}"},
    # an empty variable is unset for both (the default applies)
    {"STRAIT_BASE_URL": "https://h.example", "STRAIT_API_KEY": KEY, "STRAIT_PROJECT": ""},
]


@pytest.mark.parametrize("environ", AGREEING_INPUTS)
def test_client_and_worker_agree_on_the_same_environment(environ: dict[str, str]) -> None:
    assert _client(environ) == _worker(environ)


def test_client_and_worker_agree_on_precedence_and_the_file(tmp_path: Path) -> None:
    path = _file(tmp_path, {"project": {"id": "p_file"}, "sdk": {"base_url": "https://file.example/v1"}})
    env = {"STRAIT_API_KEY": KEY}
    assert _client(env, path) == _worker(env, path)
    assert _client(env, path)["base_url"] == "https://file.example"
    env["STRAIT_BASE_URL"] = "https://env.example"
    assert (
        _client(env, path)
        == _worker(env, path)
        == {
            "base_url": "https://env.example",
            "api_key": KEY,
            "project_id": "p_file",
        }
    )
    both = [
        _client(env, path, base_url="https://arg.example/"),
        _worker(env, path, base_url="https://arg.example/"),
    ]
    assert both[0] == both[1] and both[0]["base_url"] == "https://arg.example"


@pytest.mark.parametrize(
    ("environ", "field", "source"),
    [
        ({"STRAIT_BASE_URL": "ftp://h.example"}, "base_url", "STRAIT_BASE_URL"),
        ({"STRAIT_BASE_URL": "   "}, "base_url", "STRAIT_BASE_URL"),
        ({"STRAIT_PROJECT": "  "}, "project_id", "STRAIT_PROJECT"),
        ({"STRAIT_API_KEY": "strait_a\x01b"}, "api_key", "STRAIT_API_KEY"),
    ],
)
def test_client_and_worker_refuse_the_same_values_the_same_way(
    environ: dict[str, str], field: str, source: str
) -> None:
    env = {"STRAIT_BASE_URL": "https://h.example", "STRAIT_API_KEY": KEY, **environ}
    errors: list[ValidationError] = []
    for resolve in (_client, _worker):
        with pytest.raises(ValidationError) as info:
            resolve(env)
        errors.append(info.value)
    assert [(e.field, e.source, str(e)) for e in errors] == [(field, source, str(errors[0]))] * 2


def test_both_tables_share_their_common_rows() -> None:
    client = {row.name: row for row in CLIENT_SETTINGS}
    worker = {row.name: row for row in WORKER_SETTINGS}
    for name in ("base_url", "project_id"):
        assert client[name] is worker[name]


# -- security item 9: strait.json may name only a STRAIT_* variable for the key -----------------


@pytest.mark.parametrize(
    "name", ["CI_TOKEN", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "strait_api_key", "STRAIT_"]
)
def test_a_file_cannot_choose_another_variables_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """A checked-out strait.json chooses sdk.base_url; with any sdk.api_key_env it could
    send, say, a CI token to its own host. Only STRAIT_* names are accepted."""
    monkeypatch.setenv(name, "ghp_the_ci_token")
    path = _file(tmp_path, {"sdk": {"base_url": "https://attacker.example", "api_key_env": name}})
    for build in (lambda: Client.from_file(path), lambda: config_from_file(path)):
        with pytest.raises(ValidationError) as info:
            build()
        assert info.value.field == "api_key_env"
        assert info.value.source == f"{path} (sdk.api_key_env)"
        assert "STRAIT_" in str(info.value) and "ghp_the_ci_token" not in str(info.value)
    with pytest.raises(ValidationError, match="api_key_env"):
        resolve_worker_settings(config=path, environ={"STRAIT_API_KEY": KEY})


def test_a_strait_variable_named_by_the_file_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_STAGING_API_KEY", KEY)
    path = _file(
        tmp_path, {"sdk": {"base_url": "https://staging.example", "api_key_env": "STRAIT_STAGING_API_KEY"}}
    )
    with Client.from_file(path) as client:
        assert client.config.token == KEY
        assert client.config.sources["token"] == "STRAIT_STAGING_API_KEY"


# -- issue 17 item 18: no API key in plaintext off loopback -------------------------------------


@pytest.mark.parametrize(
    ("arguments", "source"),
    [
        ({"grpc_url": "grpc://10.0.0.5:50051"}, "argument"),
        ({"grpc_url": "http://workers.example.com"}, "argument"),
        ({"base_url": "http://strait.example.com"}, "derived from base_url (argument)"),
    ],
)
def test_plaintext_off_loopback_is_refused(arguments: dict[str, Any], source: str) -> None:
    """apps/strait/cmd/dogfood-worker/main.go:261-275: the server team's worker uses
    plaintext only for a loopback host (or an explicit override), TLS otherwise; the server
    refuses a plaintext listener off loopback by the same rule (api/grpc/server.go:336-358)."""
    with pytest.raises(ValidationError) as info:
        resolve_worker_settings(api_key=KEY, environ={}, **arguments)
    assert (info.value.field, info.value.source) == ("grpc_url", source)
    assert "STRAIT_WORKER_ALLOW_INSECURE=1" in str(info.value) and "allow_insecure=True" in str(info.value)
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    "url",
    [
        "grpc://127.0.0.1:1",
        "grpc://127.8.0.1:1",
        "grpc://localhost:1",
        "grpc://[::1]:1",
        "grpcs://h.example:443",
    ],
)
def test_loopback_or_tls_needs_no_permission(url: str) -> None:
    """apps/strait/cmd/dogfood-worker/main.go:263 and :269-275, api/grpc/server.go:351-358:
    loopback is ``localhost`` or a loopback IP (127.0.0.0/8, ::1)."""
    assert str(resolve_worker_settings(api_key=KEY, grpc_url=url, environ={}).target).endswith(
        url.split("//")[1]
    )


def test_plaintext_is_allowed_only_explicitly_never_by_the_file(tmp_path: Path) -> None:
    """apps/strait/cmd/dogfood-worker/main.go:263: an explicit override (an argument or
    the environment); a checked-out strait.json cannot grant it."""
    url = "grpc://10.0.0.5:50051"
    assert not resolve_worker_settings(api_key=KEY, grpc_url=url, allow_insecure=True, environ={}).target.tls
    env = {"STRAIT_WORKER_ALLOW_INSECURE": "1"}
    assert not resolve_worker_settings(api_key=KEY, grpc_url=url, environ=env).target.tls
    path = _file(tmp_path, {"worker": {"grpc_url": url, "allow_insecure": True}})
    with pytest.raises(ValidationError, match="plaintext"):
        resolve_worker_settings(api_key=KEY, config=path, environ={})
    with pytest.raises(ValidationError, match="STRAIT_WORKER_ALLOW_INSECURE"):
        resolve_worker_settings(api_key=KEY, grpc_url=url, environ={"STRAIT_WORKER_ALLOW_INSECURE": "maybe"})


# -- security item 7: a password in base_url is never shown --------------------------------------

SECRET = "pa55word"
URL = f"https://user:{SECRET}@strait.example"


def test_user_info_in_base_url_is_refused_without_echoing_it(tmp_path: Path) -> None:
    """Strait authenticates with the Authorization header; user-info in the URL can never
    be used with it, so it is refused at construction, from every source, for both."""
    path = _file(tmp_path, {"sdk": {"base_url": URL}})
    attempts: list[Callable[[], object]] = [
        lambda: Client(base_url=URL, api_key=KEY),
        lambda: resolve_config(environ={"STRAIT_BASE_URL": URL, "STRAIT_API_KEY": KEY}),
        lambda: Client.from_file(path, api_key=KEY),
        lambda: resolve_worker_settings(api_key=KEY, base_url=URL, environ={}),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as info:
            attempt()
        assert info.value.field == "base_url" and "user name or password" in str(info.value)
        assert SECRET not in str(info.value) and "user:" not in str(info.value)


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(500 if request.url.path.endswith("/fail") else 200, json={"id": "run_1"})


def test_a_config_with_a_password_in_base_url_never_shows_it(caplog: pytest.LogCaptureFixture) -> None:
    """A ClientConfig built by hand skips the converters: repr, logs, middleware contexts
    and errors still show the URL through strait._redact.redact_url."""
    seen: list[str] = []
    hooks = Middleware(
        on_request=lambda ctx: seen.append(repr(ctx)), on_error=lambda ctx: seen.append(repr(ctx))
    )
    caplog.set_level(logging.DEBUG, logger="strait")
    http = httpx.Client(transport=httpx.MockTransport(_answer))
    config = ClientConfig(base_url=URL, token=KEY, max_retries=1)
    with Client(config=config, middleware=[hooks], http_client=http) as client:
        shown = [repr(client), repr(client.config), str(client.config)]
        client.runs.get("run_1")
        with pytest.raises(StraitError) as info:
            client.do_request("GET", "/v1/fail")
        shown.append(str(info.value))
    assert seen, "the middleware saw the requests"
    for text in [*shown, *seen, caplog.text]:
        assert SECRET not in text
    assert "strait.example" in shown[0]


async def test_async_client_config_password_not_in_repr_or_middleware() -> None:
    seen: list[str] = []
    http = httpx.AsyncClient(transport=httpx.MockTransport(_answer))
    config = ClientConfig(base_url=URL, token=KEY)
    hooks = Middleware(on_request=lambda ctx: seen.append(repr(ctx)))
    async with AsyncClient(config=config, middleware=[hooks], http_client=http) as client:
        await client.runs.get("run_1")
        shown = [repr(client), repr(client.config)]
    assert seen
    for text in [*shown, *seen]:
        assert SECRET not in text
