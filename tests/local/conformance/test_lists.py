"""Lists (issue 16 item 21)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from strait.local._clock import format_time

from ._api import Api, error


def test_list_runs_ignores_job_id(api: Api) -> None:
    """list-runs has no ``job_id`` filter: the parameter is ignored (api/runs.go:39-53)."""
    one, two = api.job(), api.job()
    api.trigger(one["id"])
    api.trigger(two["id"])
    assert len(api.ok("GET", f"/v1/runs?job_id={one['id']}")["data"]) == 2


def test_list_runs_filters(api: Api) -> None:
    """``tag_key``/``tag_value``, ``metadata_key``/``metadata_value``, ``batch_id``,
    ``payload_contains`` (jsonb containment) and ``error_class`` filter runs
    (api/runs.go:39-53, api/runs_list_query.go:33-96)."""
    job = api.job(default_run_metadata={"region": "eu"})
    tagged = api.trigger(
        job["id"], {"tags": {"env": "ci"}, "payload": {"order": {"id": 7, "items": [1, 2]}}}
    ).json()
    api.trigger(job["id"], {"tags": {"env": "prod"}, "payload": {"order": {"id": 8}}})
    batch = api.ok("POST", f"/v1/jobs/{job['id']}/trigger/bulk", {"items": [{}]})

    def ids(query: str) -> list[str]:
        return [r["id"] for r in api.ok("GET", f"/v1/runs?{query}")["data"]]

    assert ids("tag_key=env&tag_value=ci") == [tagged["id"]]
    assert len(ids("tag_key=env")) == 2
    assert len(ids("metadata_key=region&metadata_value=eu")) == 3
    assert ids(f"batch_id={batch['batch_id']}") == [batch["results"][0]["id"]]
    contains = json.dumps({"order": {"items": [2]}})
    assert ids(f"payload_contains={contains}") == [tagged["id"]]
    assert ids("error_class=timeout") == []
    assert error(api("GET", "/v1/runs?tag_value=x")) == (
        400,
        "tag_key is required when tag_value is provided",
    )
    assert error(api("GET", "/v1/runs?payload_contains={")) == (400, "payload_contains must be valid JSON")


def test_list_jobs_by_tag(api: Api) -> None:
    """list-jobs applies ``tag_key`` (and ``tag_value``) (api/job_read.go:100-101,
    store/jobs.go:1260-1281)."""
    nightly = api.job(tags={"kind": "nightly"})
    api.job(tags={"kind": "hourly"})
    api.job()
    assert len(api.ok("GET", "/v1/jobs?tag_key=kind")["data"]) == 2
    assert [j["id"] for j in api.ok("GET", "/v1/jobs?tag_key=kind&tag_value=nightly")["data"]] == [
        nightly["id"]
    ]


def test_timestamps_are_go_rfc3339nano(api: Api) -> None:
    """Times and cursors are Go's RFC3339Nano: trailing fractional zeros dropped, none on a
    whole second (the server formats with time.RFC3339Nano, e.g. api/job_read.go:90-92)."""
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, 500000, tzinfo=UTC)) == "2026-01-02T03:04:05.5Z"
    assert format_time(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02T03:04:05Z"
    job = api.job()
    for _ in range(3):
        api.trigger(job["id"])
    page = api.ok("GET", "/v1/runs?limit=1")
    stamps = [page["data"][0]["created_at"], page["next_cursor"], job["created_at"]]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*[1-9])?Z", s) for s in stamps), stamps
