"""Data exports over raw HTTP (server: ``api/export.go``, ``store/export.go`` at ac094a3c8)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from strait.local import LocalStrait
from strait.local._ops_exports import _csv_field

from ._api import Api, error

_WINDOW = {"from": "2020-01-01T00:00:00Z", "to": "2020-03-01T00:00:00Z"}


def _around_now() -> dict[str, str]:
    now = datetime.now(UTC)
    return {"from": (now - timedelta(days=1)).isoformat(), "to": (now + timedelta(days=1)).isoformat()}


def test_export_jobs_json_is_every_job_oldest_first(api: Api) -> None:
    """``format`` defaults to json: one array of the project's jobs by creation, no
    secret in it, as ``attachment; filename=jobs.json`` (api/export.go:32,44-47,66-75,
    store/export.go:39-41)."""
    first = api.job(endpoint_url="http://127.0.0.1:9/a", webhook_secret="whsec-hidden-value-0123456789abcdef")
    second = api.job()
    response = api("GET", "/v1/export/jobs")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["content-disposition"] == "attachment; filename=jobs.json"
    exported = response.json()
    assert [j["id"] for j in exported] == [first["id"], second["id"]]
    assert exported[0] == api.ok("GET", f"/v1/jobs/{first['id']}")
    assert "whsec-hidden-value" not in response.text


def test_export_jobs_ndjson_is_one_line_per_job(api: Api) -> None:
    """``format=ndjson``: ``application/x-ndjson``, one JSON object per line
    (api/export.go:50-65)."""
    jobs = [api.job(), api.job()]
    response = api("GET", "/v1/export/jobs", params={"format": "ndjson"})
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.headers["content-disposition"] == "attachment; filename=jobs.ndjson"
    assert response.text.endswith("\n")
    assert [json.loads(line)["id"] for line in response.text.splitlines()] == [j["id"] for j in jobs]


def test_export_jobs_and_workflows_refuse_csv(api: Api) -> None:
    """Only json and ndjson for jobs and workflows: csv or anything else is 400
    (api/export.go:32,202,273-288)."""
    for path in ("/v1/export/jobs", "/v1/export/workflows"):
        for bad in ("csv", "xml"):
            assert error(api("GET", path, params={"format": bad})) == (
                400,
                "format must be one of: json, ndjson",
            )


def test_export_workflows_without_steps(api: Api) -> None:
    """Workflows by creation, each the workflow's own columns (no steps), as json or ndjson;
    an empty project exports ``[]`` (api/export.go:196-246, store/export.go:62-72)."""
    assert api("GET", "/v1/export/workflows").json() == []
    step = {"step_ref": "nap", "step_type": "sleep", "sleep_duration_secs": 1}
    flows = [
        api.ok("POST", "/v1/workflows", {"project_id": api.project, "name": s, "slug": s, "steps": [step]})
        for s in ("one", "two")
    ]
    response = api("GET", "/v1/export/workflows")
    assert response.headers["content-disposition"] == "attachment; filename=workflows.json"
    exported = response.json()
    assert [w["id"] for w in exported] == [f["id"] for f in flows]
    assert all("steps" not in w for w in exported)
    lines = api("GET", "/v1/export/workflows", params={"format": "ndjson"})
    assert lines.headers["content-type"] == "application/x-ndjson"
    assert [json.loads(line) for line in lines.text.splitlines()] == exported


def test_export_runs_needs_a_window(api: Api) -> None:
    """``from`` and ``to`` are both required RFC 3339 times, ``from <= to``, at most 90 days
    apart, checked before ``format`` (api/export.go:19,98-117)."""
    cases = [
        ({}, "both from and to query parameters are required"),
        ({"from": _WINDOW["from"]}, "both from and to query parameters are required"),
        ({"from": "yesterday", "to": _WINDOW["to"]}, "from must be a valid RFC3339 timestamp"),
        ({"from": _WINDOW["from"], "to": "2020-03-01"}, "to must be a valid RFC3339 timestamp"),
        ({"from": _WINDOW["to"], "to": _WINDOW["from"]}, "from must be <= to"),
        (
            {"from": "2020-01-01T00:00:00Z", "to": "2020-04-01T00:00:01Z"},
            "export window must not exceed 90 days",
        ),
        ({**_WINDOW, "format": "xml"}, "format must be one of: json, ndjson, csv"),
    ]
    for params, message in cases:
        assert error(api("GET", "/v1/export/runs", params=params)) == (400, message), params
    ninety = {"from": "2020-01-01T00:00:00Z", "to": "2020-03-31T00:00:00Z"}
    assert api("GET", "/v1/export/runs", params=ninety).json() == []


def test_export_runs_within_the_window(api: Api, local_strait: LocalStrait) -> None:
    """Runs created in ``[from, to]``, oldest first, as the run reads back; runs outside
    the window are left out (store/export.go:97-108, api/export.go:156-179)."""
    job = api.job()
    runs = [api.trigger(job["id"]).json() for _ in range(2)]
    exported = api("GET", "/v1/export/runs", params=_around_now()).json()
    assert [r["id"] for r in exported] == [r["id"] for r in runs]
    assert exported[0] == api.run(runs[0]["id"])
    assert api("GET", "/v1/export/runs", params=_WINDOW).json() == []
    lines = api("GET", "/v1/export/runs", params={**_around_now(), "format": "ndjson"})
    assert lines.headers["content-disposition"] == "attachment; filename=runs.ndjson"
    assert [json.loads(line)["id"] for line in lines.text.splitlines()] == [r["id"] for r in runs]


def test_export_runs_csv(api: Api) -> None:
    """``format=csv``: ``text/csv`` with the header row, then one row per run; a cell with
    a comma or quote is quoted as Go's csv writer does (api/export.go:130-155)."""
    job = api.job()
    run = api.trigger(job["id"]).json()
    api.ok("DELETE", f"/v1/runs/{run['id']}")
    read = api.run(run["id"])
    response = api("GET", "/v1/export/runs", params={**_around_now(), "format": "csv"})
    assert response.headers["content-type"] == "text/csv"
    assert response.headers["content-disposition"] == "attachment; filename=runs.csv"
    header, row = response.text.splitlines()
    assert header == "id,job_id,status,attempt,triggered_by,created_at,started_at,finished_at,error"
    cells = ["id", "triggered_by", "created_at", "started_at", "finished_at", "error"]
    id_, by, created, started, finished, message = (read.get(c, "") for c in cells)
    assert row == ",".join([id_, job["id"], "canceled", "1", by, created, started, finished, message])


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("plain", "plain"),
        ("", ""),
        ('a, "b"', '"a, ""b"""'),
        (" lead", '" lead"'),
        ("two\nlines", '"two\nlines"'),
    ],
)
def test_export_runs_csv_quotes_like_go(cell: str, written: str) -> None:
    """Go's ``encoding/csv`` quotes a cell with a comma, quote, CR/LF or leading space,
    doubling quotes (api/export.go:133,144-148)."""
    assert _csv_field(cell) == written


def test_export_is_per_project(api: Api) -> None:
    """Each export reads the caller's project only (store/export.go:39,70,104)."""
    api.job()
    api.trigger(api.job()["id"])
    foreign = api.other_project()
    try:
        for path in ("/v1/export/jobs", "/v1/export/workflows"):
            assert foreign("GET", path).json() == []
        assert foreign("GET", "/v1/export/runs", params=_around_now()).json() == []
    finally:
        foreign.close()
