"""Secrets and environments through the sync client (server: ``api/secrets.go``,
``store/secrets.go``, ``api/environments.go``, ``store/environments.go``,
``worker/executor_dispatch_headers.go`` at ac094a3c8)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from local.conftest import Endpoint, wait_for_status
from strait import ApiError, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import make_job


def _secret(strait: LocalStrait, key: str, value: str, **extra: str) -> dict[str, str]:
    return {"project_id": strait.project_id, "secret_key": key, "value": value, **extra}


def test_secret_is_stored_without_its_value(local_strait: LocalStrait) -> None:
    """Create answers 201 with the metadata only; environment defaults to production,
    key_version 1; get/list never show the value (api/secrets.go:33-86,174-204,
    domain/types.go:474-485)."""
    with local_strait.client() as client:
        created = client.secrets.create(_secret(local_strait, "API_KEY", "s3cr3t"))
        assert (created["environment"], created["key_version"], created["secret_key"]) == (
            "production",
            1,
            "API_KEY",
        )
        assert "value" not in created and "job_id" not in created
        assert client.secrets.get(created["id"]) == created
        assert client.secrets.list()["data"] == [created]
        assert "s3cr3t" not in str(client.secrets.list())


def test_secret_validation(local_strait: LocalStrait) -> None:
    """Missing fields 422 (validator details), another project 403, unknown job 404,
    a repeated key 500 from the unique index (api/secrets.go:36-41,82-88,66-69)."""
    with local_strait.client() as client:
        for body, status in (
            (_secret(local_strait, "K", ""), 422),
            (_secret(local_strait, "K", "v", project_id="proj_other"), 403),
            (_secret(local_strait, "K", "v", job_id="job_missing"), 404),
        ):
            with pytest.raises(ApiError) as caught:
                client.secrets.create(body)
            assert caught.value.status_code == status, body
        client.secrets.create(_secret(local_strait, "K", "v"))
        with pytest.raises(ApiError) as caught:
            client.secrets.create(_secret(local_strait, "K", "other"))
        assert caught.value.status_code == 500


def test_secret_list_filters_and_delete(local_strait: LocalStrait) -> None:
    """job_id filters the list; delete answers 204 and then 404 (api/secrets.go:117-160,206-240)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        mine = client.secrets.create(_secret(local_strait, "TOKEN", "t", job_id=job["id"]))
        client.secrets.create(_secret(local_strait, "GLOBAL", "g"))
        assert [s["id"] for s in client.secrets.list(job_id=job["id"])["data"]] == [mine["id"]]
        client.secrets.delete(mine["id"])
        with pytest.raises(NotFoundError, match="secret not found"):
            client.secrets.get(mine["id"])


def test_job_secrets_are_dispatch_headers(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Only the job's own secrets of its environment reach the endpoint, as
    ``X-Secret-<KEY>`` (store/secrets.go:194-216, worker/executor_dispatch_headers.go:111-117)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, endpoint.url)
        other = make_job(client, local_strait, "http://127.0.0.1:9/run", slug="other")
        client.secrets.create(_secret(local_strait, "DB_PASSWORD", "hunter2", job_id=job["id"]))
        client.secrets.create(
            _secret(local_strait, "STAGING_ONLY", "x", job_id=job["id"], environment="staging")
        )
        client.secrets.create(_secret(local_strait, "PROJECT_WIDE", "p"))
        client.secrets.create(_secret(local_strait, "OTHER_JOB", "o", job_id=other["id"]))
        run = client.jobs.trigger(job["id"], {})
        wait_for_status(client, run["id"], "completed")
    headers = {k.lower(): v for k, v in endpoint.seen[0].headers.items()}
    secrets = {k: v for k, v in headers.items() if k.startswith("x-secret-")}
    assert secrets == {"x-secret-db_password": "hunter2"}


def test_environment_variables_resolve_through_parents(local_strait: LocalStrait) -> None:
    """A child's variables override its parent's; get lists the keys, /variables the
    values (store/environments.go:258-336, api/environments.go:127-160,351-381)."""
    with local_strait.client() as client:
        base = client.environments.create(
            {
                "project_id": local_strait.project_id,
                "name": "Base",
                "slug": "base",
                "variables": {"A": "1", "B": "1"},
            }
        )
        assert base["variable_keys"] == ["A", "B"]
        child = client.environments.create(
            {
                "project_id": local_strait.project_id,
                "name": "Child",
                "slug": "child",
                "parent_id": base["id"],
                "variables": {"B": "2", "C": "3"},
            }
        )
        assert client.environments.list_variables(child["id"]) == {
            "variables": {"A": "1", "B": "2", "C": "3"}
        }
        got = client.environments.get(child["id"])
        assert (got["variable_keys"], got["resolved_variable_keys"]) == (["B", "C"], ["A", "B", "C"])
        assert "variables" not in got


def test_environment_parent_rules_and_delete(local_strait: LocalStrait) -> None:
    """Unknown parent 404, self-parent 400, delete 204 then 404
    (api/environments.go:225-232,293-330,365-395)."""
    with local_strait.client() as client:
        env = client.environments.create(
            {"project_id": local_strait.project_id, "name": "Dev", "slug": "dev"}
        )
        with pytest.raises(ApiError) as caught:
            client.environments.update(env["id"], {"parent_id": env["id"]})
        assert caught.value.status_code == 400
        with pytest.raises(ApiError) as caught:
            client.environments.create(
                {"project_id": local_strait.project_id, "name": "X", "slug": "x", "parent_id": "env_missing"}
            )
        assert caught.value.status_code == 404
        renamed = client.environments.update(env["id"], {"name": "Development"})
        assert renamed["name"] == "Development"
        client.environments.delete(env["id"])
        with pytest.raises(NotFoundError, match="environment not found"):
            client.environments.get(env["id"])


def test_secret_environment_must_exist_once_the_project_has_environments(local_strait: LocalStrait) -> None:
    """With environments defined, a secret's environment must name one (id, slug or
    name) and is stored as its id (api/secrets.go:248-277)."""
    with local_strait.client() as client:
        env = client.environments.create(
            {"project_id": local_strait.project_id, "name": "Prod", "slug": "production"}
        )
        created = client.secrets.create(_secret(local_strait, "K", "v"))
        assert created["environment"] == env["id"]
        with pytest.raises(NotFoundError, match="environment not found"):
            client.secrets.create(_secret(local_strait, "K2", "v", environment="nowhere"))


def test_db_keeps_secrets_and_environments(tmp_path: Path) -> None:
    """The _ops_* tables are part of the state ``--db`` saves: a secret and an
    environment written before a restart are there after it."""
    db = tmp_path / "strait.db"

    def serve(mode: str) -> str:
        script = (
            "import os, sys; from strait import Client; c = Client.from_env(); "
            "p = os.environ['STRAIT_PROJECT']; w = sys.argv[1] == 'write'; "
            "w and c.secrets.create({'project_id': p, 'secret_key': 'K', 'value': 'v'}); "
            "w and c.environments.create({'project_id': p, 'name': 'E', 'slug': 'e'}); "
            "print([s['secret_key'] for s in c.secrets.list().data], "
            "[e['slug'] for e in c.environments.list().data])"
        )
        args = [
            sys.executable,
            "-m",
            "strait.local",
            "--port",
            "0",
            "--db",
            str(db),
            "--api-key",
            "strait_dbops1",
        ]
        done = subprocess.run(
            [*args, "--", sys.executable, "-c", script, mode],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    serve("write")
    assert serve("read") == "['K'] ['e']"
