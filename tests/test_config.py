"""Config resolution: precedence, strait.json, env, and typed errors that name the field and source."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

import pytest
from conftest import API_KEY, make_token

from strait import AsyncClient, Client, ValidationError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "STRAIT_BASE_URL",
        "STRAIT_API_KEY",
        "STRAIT_RUN_TOKEN",
        "STRAIT_AUTH_TYPE",
        "STRAIT_TIMEOUT_MS",
        "STRAIT_PROJECT",
    ):
        monkeypatch.delenv(name, raising=False)


def write_config(directory: Path, data: Any) -> Path:
    path = directory / "strait.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return path


def test_inline_arguments() -> None:
    with Client(base_url="https://api.example.com/", api_key=API_KEY, timeout=12.5, max_retries=0) as c:
        assert c.base_url == "https://api.example.com"
        assert c.config.timeout_ms == 12500
        assert c.config.max_retries == 0
        assert c.config.auth_type == "apiKey"


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://localhost:8080")
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.setenv("STRAIT_AUTH_TYPE", "bearer")
    monkeypatch.setenv("STRAIT_TIMEOUT_MS", "1500")
    monkeypatch.setenv("STRAIT_PROJECT", "proj_9")
    with Client.from_env() as c:
        assert c.base_url == "http://localhost:8080"
        assert c.config.auth_type == "bearer"
        assert c.config.timeout_ms == 1500
        assert c.project_id == "proj_9"
        assert c.config.sources["base_url"] == "STRAIT_BASE_URL"


def test_argument_beats_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRAIT_BASE_URL", "http://env.example")
    monkeypatch.setenv("STRAIT_API_KEY", "from-env")
    with Client(base_url="http://arg.example", api_key=API_KEY) as c:
        assert c.base_url == "http://arg.example"
        assert c.config.token == API_KEY


def test_from_file_with_env_winning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(
        tmp_path,
        {
            "$schema": "https://strait.dev/schema.json",
            "project": {"id": "proj_file", "name": "Demo"},
            "sdk": {"base_url": "http://file.example", "timeout_ms": 2000},
            "dirs": {"jobs": "jobs"},
            "worker": {"concurrency": 2},
            "cli": {"profile": "x"},
        },
    )
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.setenv("STRAIT_TIMEOUT_MS", "9000")
    with Client.from_file(search_dir=tmp_path) as c:
        assert c.base_url == "http://file.example"
        assert c.config.timeout_ms == 9000  # env wins over the file
        assert c.project_id == "proj_file"
        assert c.config.project_name == "Demo"
        assert c.config.sources["timeout_ms"] == "STRAIT_TIMEOUT_MS"
    monkeypatch.setenv("STRAIT_BASE_URL", "http://env.example")
    with Client.from_file(tmp_path / "strait.json") as c:
        assert c.base_url == "http://env.example"


def test_from_file_uses_cwd_and_never_searches_upward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(tmp_path, {"project": {"id": "p"}, "sdk": {"base_url": "http://x.example"}})
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    monkeypatch.chdir(tmp_path)
    with Client.from_file() as c:
        assert c.project_id == "p"
    child = tmp_path / "child"
    child.mkdir()
    monkeypatch.chdir(child)
    with pytest.raises(ValidationError) as err:
        Client.from_file()
    assert "strait.json" in str(err.value)


async def test_async_from_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(tmp_path, {"project": {"id": "p"}, "sdk": {"base_url": "http://x.example"}})
    monkeypatch.setenv("STRAIT_API_KEY", API_KEY)
    async with AsyncClient.from_file(search_dir=tmp_path) as c:
        assert c.project_id == "p"


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("{not json", "file"),
        ("[]", "file"),
        ({"project": {"id": ""}}, "project_id"),
        ({"project": "p"}, "project"),
        ({"sdk": {"base_url": "http://x", "baseUrl": "http://y"}}, "sdk.baseUrl"),
        ({"project": {"id": "p"}, "sdk": {"auth_type": "magic"}}, "auth_type"),
        ({"project": {"id": "p"}, "sdk": {"timeout_ms": "soon"}}, "timeout_ms"),
        ({"project": {"id": "p"}, "sdk": {"timeout_ms": -1}}, "timeout_ms"),
        ({"project": {"id": "p"}, "sdk": {"base_url": "ftp://x"}}, "base_url"),
        ({"project": {"id": "p"}, "sdk": {"api_key": "strait_leaked"}}, "sdk.api_key"),
    ],
)
def test_bad_file_names_field_and_path(tmp_path: Path, content: Any, field: str) -> None:
    path = write_config(tmp_path, content)
    with pytest.raises(ValidationError) as err:
        Client.from_file(path, api_key=API_KEY)
    assert err.value.field == field
    assert str(path) in (err.value.source or "")
    assert "strait_leaked" not in str(err.value)


def test_api_key_in_file_error_says_so(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"project": {"id": "p"}, "sdk": {"api_key": "strait_leaked_value"}})
    with pytest.raises(ValidationError, match="STRAIT_API_KEY"):
        Client.from_file(path, api_key=API_KEY)


@pytest.mark.parametrize(
    ("env", "field", "source"),
    [
        ({"STRAIT_API_KEY": API_KEY}, "base_url", "argument"),
        ({"STRAIT_BASE_URL": "http://x.example"}, "api_key", "argument"),
        (
            {"STRAIT_BASE_URL": "http://x.example", "STRAIT_API_KEY": "k", "STRAIT_AUTH_TYPE": "basic"},
            "auth_type",
            "STRAIT_AUTH_TYPE",
        ),
        (
            {"STRAIT_BASE_URL": "http://x.example", "STRAIT_API_KEY": "k", "STRAIT_TIMEOUT_MS": "abc"},
            "timeout_ms",
            "STRAIT_TIMEOUT_MS",
        ),
        ({"STRAIT_BASE_URL": "not a url", "STRAIT_API_KEY": "k"}, "base_url", "STRAIT_BASE_URL"),
    ],
)
def test_bad_env(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], field: str, source: str) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ValidationError) as err:
        Client.from_env()
    assert err.value.field == field
    assert err.value.source == source


def test_bad_arguments() -> None:
    with pytest.raises(ValidationError, match="max_retries"):
        Client(base_url="http://x.example", api_key="k", max_retries=-1)
    with pytest.raises(ValidationError, match="single-line"):
        Client(base_url="http://x.example", api_key="k\nInjected: 1")
    with pytest.raises(ValidationError, match=r"httpx\.Client"):
        Client(base_url="http://x.example", api_key="k", http_client=cast(Any, object()))


def test_repr_redacts_credentials() -> None:
    token = make_token()
    with (
        Client(base_url="http://x.example", api_key=API_KEY) as c,
        Client(base_url="http://x.example", run_token=token) as r,
    ):
        for text in (repr(c), repr(c.config), repr(r), repr(r.config)):
            assert API_KEY not in text
            assert token not in text
        assert "strait_" in repr(c)  # a recognisable prefix remains


def test_run_token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    token = make_token(sub="run_77")
    monkeypatch.setenv("STRAIT_BASE_URL", "http://x.example")
    monkeypatch.setenv("STRAIT_AUTH_TYPE", "runToken")
    monkeypatch.setenv("STRAIT_RUN_TOKEN", token)
    with Client.from_env() as c:
        assert c.run_token_claims is not None
        assert c.run_token_claims.run_id == "run_77"


def test_one_header_rule_for_settings_and_per_call_headers() -> None:
    for bad in ("a\x01b", "a\r\nb", "caf\u00e9"):
        with pytest.raises(ValidationError) as err:
            Client(base_url="http://x.example", api_key="k", headers={"X-Trace": bad})
        assert err.value.field == "headers.X-Trace" and bad not in str(err.value)
        with (
            Client(base_url="http://127.0.0.1:9", api_key="k", max_retries=0) as c,
            pytest.raises(ValidationError) as err,
        ):
            c.runs.get("run_1", extra_headers={"X-Trace": bad})
        assert err.value.field == "headers.X-Trace" and err.value.source == "argument"
    with Client(base_url="http://x.example", api_key="k", headers={"X-Trace": "a\tb"}) as c:
        assert c.config.default_headers["X-Trace"] == "a\tb"
