"""The emulator's own safety, and its deliberate relaxations (issue 16)."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

from strait.local import LocalStrait
from strait.local._persist import Store

from ._api import Api, error


def test_db_file_is_0600_and_holds_key_hashes(api: Api, local_strait: LocalStrait, tmp_path: Path) -> None:
    """``--db`` is created ``0600`` and keeps API keys only as hashes, as the server stores
    them (store/api_keys.go:67,96, crypto/apikey.go:13)."""
    ci_key = {"project_id": api.project, "name": "ci", "scopes": ["*"], "expires_in_days": 30}
    raw = api.ok("POST", "/v1/api-keys", ci_key)["key"]
    db = tmp_path / "strait.db"
    local_strait.call(lambda: Store(db).save(local_strait.emulator))
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    data = db.read_bytes()
    assert raw.encode() not in data and local_strait.api_key.encode() not in data
    assert hashlib.sha256(raw.encode()).hexdigest().encode() in data


def test_server_route_limits_are_off_by_default(api: Api) -> None:
    """Relaxation: the server's per-IP route limits (10 triggers a minute) are off unless
    asked for, so a test suite is never throttled (api/routes.go:86-93,101-116,311)."""
    job = api.job()
    assert {api.trigger(job["id"]).status_code for _ in range(12)} == {201}


def test_server_limits_turn_on_the_route_rate_limits() -> None:
    """``LocalStrait(server_limits=True)``: the 11th trigger within a minute from one address
    is 429 with ``Retry-After`` (httprate; api/routes.go:86-93,101-116,311)."""
    with LocalStrait(server_limits=True) as strait:
        api = Api(strait)
        try:
            job = api.job()
            answers = [api.trigger(job["id"]) for _ in range(11)]
            assert [a.status_code for a in answers[:10]] == [201] * 10
            assert answers[10].status_code == 429
            assert int(answers[10].headers["Retry-After"]) > 0
            strait.advance(61)
            assert api.trigger(job["id"]).status_code == 201
        finally:
            api.close()


def test_loopback_endpoints_are_allowed(api: Api) -> None:
    """Relaxation: loopback/private endpoint URLs and any port are accepted (the server's
    ``ALLOW_PRIVATE_ENDPOINTS=false`` default would refuse them; api/server.go:1355-1370)."""
    job = api.job(endpoint_url="http://127.0.0.1:1/run")
    assert job["endpoint_url"] == "http://127.0.0.1:1/run"
    assert (
        error(
            api(
                "POST",
                "/v1/jobs",
                {"project_id": api.project, "name": "n", "slug": "f", "endpoint_url": "ftp://x"},
            )
        )[0]
        == 400
    )
