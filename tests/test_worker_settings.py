"""Worker settings: argument > STRAIT_* environment > strait.json, and the gRPC URL rules
of the server's schemas/strait.json (worker.grpc_url)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from strait import ValidationError
from strait.worker._settings import parse_grpc_url, resolve_worker_settings

KEY = "strait_abc123"


@pytest.fixture(autouse=True)
def _no_project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a strait.json in the checkout must not leak in


@pytest.mark.parametrize(
    ("url", "address", "tls"),
    [
        ("grpcs://api.strait.dev:443", "api.strait.dev:443", True),
        ("https://api.strait.dev", "api.strait.dev:50051", True),
        ("grpc://10.0.0.5:50051", "10.0.0.5:50051", False),
        ("http://localhost", "localhost:50051", False),
        ("grpc://[::1]:7000", "[::1]:7000", False),
    ],
)
def test_grpc_url_schemes(url: str, address: str, tls: bool) -> None:
    target = parse_grpc_url(url)
    assert (target.address, target.tls) == (address, tls)


@pytest.mark.parametrize(
    "url", ["api.strait.dev:50051", "ftp://h:1", "grpc://h:1/path", "grpcs://", "grpc://h:x"]
)
def test_bad_grpc_urls_are_refused_not_guessed(url: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_grpc_url(url)
    assert info.value.field == "grpc_url"


def test_default_target_comes_from_the_base_url() -> None:
    tls = resolve_worker_settings(api_key=KEY, base_url="https://strait.example.com/api", environ={})
    assert (tls.target.address, tls.target.tls) == ("strait.example.com:50051", True)
    plain = resolve_worker_settings(api_key=KEY, base_url="http://127.0.0.1:8080", environ={})
    assert (plain.target.address, plain.target.tls) == ("127.0.0.1:50051", False)


def test_precedence_argument_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "strait.json").write_text(
        json.dumps(
            {
                "project": {"id": "proj_file"},
                "sdk": {"base_url": "https://file.example.com"},
                "dirs": ["jobs"],
                "worker": {
                    "concurrency": 7,
                    "queue_name": "ml",
                    "grpc_url": "grpcs://grpc.file:50051",
                    "signing_secret_env": "MY_SECRET",
                },
            }
        )
    )
    monkeypatch.chdir(tmp_path)
    env = {"STRAIT_API_KEY": KEY, "MY_SECRET": "s3cret"}
    s = resolve_worker_settings(environ=env)
    assert (s.concurrency, s.queues, str(s.target), s.project_id) == (
        7,
        ("ml",),
        "grpcs://grpc.file:50051",
        "proj_file",
    )
    assert s.dirs == ((tmp_path / "jobs").resolve(),) and s.signing_secret == "s3cret"
    assert s.sources["concurrency"] == str(tmp_path / "strait.json")
    env |= {
        "STRAIT_WORKER_CONCURRENCY": "3",
        "STRAIT_WORKER_QUEUE": "a,b",
        "STRAIT_GRPC_URL": "grpc://env:1",
        "STRAIT_WORKER_ALLOW_INSECURE": "1",
    }
    s = resolve_worker_settings(environ=env)
    assert (s.concurrency, s.queues, str(s.target)) == (3, ("a", "b"), "grpc://env:1")
    s = resolve_worker_settings(environ=env, concurrency=9, queues=["x"], grpc_url="grpc://arg:2")
    assert (s.concurrency, s.queues, str(s.target)) == (9, ("x",), "grpc://arg:2")
    assert KEY not in repr(s)


def test_bad_settings_name_the_field_and_source(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="STRAIT_WORKER_CONCURRENCY") as info:
        resolve_worker_settings(
            api_key=KEY, grpc_url="grpc://127.0.0.1:1", environ={"STRAIT_WORKER_CONCURRENCY": "0"}
        )
    assert info.value.field == "concurrency"
    cfg = tmp_path / "strait.json"
    cfg.write_text(json.dumps({"project": {"id": "p"}, "worker": {"signing_secret_env": "UNSET_VAR"}}))
    with pytest.raises(ValidationError, match="UNSET_VAR"):
        resolve_worker_settings(api_key=KEY, grpc_url="grpc://127.0.0.1:1", config=cfg, environ={})
    cfg.write_text(json.dumps({"project": {"id": "p"}, "sdk": {"api_key": KEY}}))
    with pytest.raises(ValidationError, match="credentials do not belong"):
        resolve_worker_settings(api_key=KEY, grpc_url="grpc://127.0.0.1:1", config=cfg, environ={})
    with pytest.raises(ValidationError, match=r"no strait\.json"):
        resolve_worker_settings(
            api_key=KEY, grpc_url="grpc://127.0.0.1:1", config=tmp_path / "missing.json", environ={}
        )


def test_queues_default_to_the_jobs_then_default() -> None:
    s = resolve_worker_settings(
        api_key=KEY, grpc_url="grpc://127.0.0.1:1", job_queues=["b", "a", "b"], environ={}
    )
    assert s.queues == ("a", "b")
    assert resolve_worker_settings(api_key=KEY, grpc_url="grpc://127.0.0.1:1", environ={}).queues == (
        "default",
    )


def test_a_settings_keyword_the_worker_does_not_have_is_refused() -> None:
    """The settings keywords are one TypedDict (WorkerArguments) shared by ``Worker`` and
    resolve_worker_settings; a misspelt one is a TypeError, as for any Python signature."""
    with pytest.raises(TypeError, match=r"Worker: unexpected keyword argument.*concurency"):
        resolve_worker_settings(grpc_url="grpcs://w.example:443", concurency=2, environ={})  # type: ignore[call-arg]
