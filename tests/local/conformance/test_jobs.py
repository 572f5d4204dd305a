"""Jobs (issue 16 items 8-11)."""

from __future__ import annotations

from typing import Any

from strait.local import LocalStrait

from ._api import Api, error, serve_endpoint, wait


def test_slug_accepts_what_the_server_accepts(api: Api) -> None:
    """Only a slug's length is checked, at most 128 (api/validation.go:23-28)."""
    assert api.job(slug="Mixed.Case:Slug!")["slug"] == "Mixed.Case:Slug!"
    response = api(
        "POST",
        "/v1/jobs",
        {"project_id": api.project, "name": "n", "slug": "s" * 129, "execution_mode": "worker"},
    )
    assert error(response) == (400, "slug too long (max 128 characters)")


def test_zero_attempts_and_timeout_mean_the_defaults(api: Api) -> None:
    """``max_attempts: 0``/``timeout_secs: 0`` are the defaults 3 and 300
    (api/job_create.go:29-30,253-258)."""
    job = api.job(max_attempts=0, timeout_secs=0)
    assert (job["max_attempts"], job["timeout_secs"]) == (3, 300)


def test_wrong_json_type_is_400_and_not_stored(api: Api) -> None:
    """A field of the wrong JSON type fails decoding: 400 ``invalid request body: `` and
    encoding/json's error naming the JSON value, the struct field and its Go type; nothing
    is stored (api/huma_bridge.go:61-66,210-231, api/job_create.go:16,29)."""
    response = api(
        "POST",
        "/v1/jobs",
        {
            "project_id": api.project,
            "name": "n",
            "slug": "typed",
            "execution_mode": "worker",
            "max_attempts": "3",
        },
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "invalid request body: json: cannot unmarshal string into Go struct field "
        "CreateJobRequest.max_attempts of type int"
    )
    assert api.ok("GET", "/v1/jobs")["data"] == []


def test_422_details_name_the_failed_rule(api: Api) -> None:
    """422 details read ``<field>: failed on '<rule>'`` (api/huma_bridge.go:423-437)."""
    response = api(
        "POST",
        "/v1/jobs",
        {"project_id": api.project, "slug": "x", "max_attempts": 101, "execution_mode": "worker"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["details"] == [
        "name: failed on 'required'",
        "max_attempts: failed on 'max'",
    ]


def test_job_field_rules_are_400(api: Api) -> None:
    """Over 20 tags, a cron of 6 fields or not parseable, a 0 in ``retry_delays_secs``,
    debounce with batch windows, a bad ``queue_name``: 400 (api/job_validation.go:14-135,
    api/job_create.go:265-284)."""
    cases: list[tuple[dict[str, Any], str]] = [
        ({"tags": {f"k{i}": "v" for i in range(21)}}, "too many tags (max 20)"),
        (
            {"cron": "0 * * * * *"},
            "cron expression must have exactly 5 fields (minute hour day-of-month month day-of-week), got 6",
        ),
        ({"cron": "61 * * * *"}, "invalid cron expression"),
        ({"execution_window_cron": "* 25 * * *"}, "invalid execution_window_cron expression"),
        ({"retry_delays_secs": [1, 0]}, "retry_delays_secs values must be positive"),
        (
            {"debounce_window_secs": 5, "batch_window_secs": 5},
            "debounce_window_secs and batch_window_secs are mutually exclusive",
        ),
        ({"queue_name": "bad queue"}, "queue_name must match ^[A-Za-z0-9_-]{1,63}$"),
    ]
    for n, (fields, message) in enumerate(cases):
        body = {
            "project_id": api.project,
            "name": "n",
            "slug": f"rule-{n}",
            "execution_mode": "worker",
            **fields,
        }
        assert error(api("POST", "/v1/jobs", body)) == (400, message), fields


def test_delete_job_with_active_runs_is_409(api: Api) -> None:
    """A job with runs not finished cannot be deleted: 409 (api/job_delete.go:35-41)."""
    job = api.job()
    run = api.trigger(job["id"]).json()
    assert error(api("DELETE", f"/v1/jobs/{job['id']}")) == (
        409,
        "job has active runs \u2014 cancel them first or wait for completion",
    )
    api.ok("DELETE", f"/v1/runs/{run['id']}")
    assert api("DELETE", f"/v1/jobs/{job['id']}").status_code == 204


def test_cron_fires_job_runs_on_the_clock(api: Api, local_strait: LocalStrait) -> None:
    """The scheduler makes ``triggered_by: cron`` runs with the job's tags and a
    ``cron:job:<id>:<minute>`` idempotency key (scheduler/cron.go:176-205,550-577)."""
    job = api.job(cron="*/15 * * * *", tags={"kind": "nightly"})
    local_strait.advance(3600)
    runs = api.ok("GET", "/v1/runs")["data"]
    assert len(runs) == 4
    assert {r["triggered_by"] for r in runs} == {"cron"}
    assert all(r["idempotency_key"].startswith(f"cron:job:{job['id']}:") for r in runs)
    assert runs[0]["tags"] == {"kind": "nightly"}


def test_cron_fires_workflow_runs_on_the_clock(api: Api, local_strait: LocalStrait) -> None:
    """A workflow with a ``cron`` gets ``triggered_by: cron`` runs (scheduler/cron.go:440-458)."""
    flow = api.ok(
        "POST",
        "/v1/workflows",
        {
            "project_id": api.project,
            "name": "W",
            "slug": "w",
            "cron": "0 * * * *",
            "steps": [{"step_ref": "nap", "step_type": "sleep", "sleep_duration_secs": 1}],
        },
    )
    local_strait.advance(2 * 3600)
    runs = api.ok("GET", f"/v1/workflows/{flow['id']}/runs")["data"]
    assert [r["triggered_by"] for r in runs] == ["cron", "cron"]


def test_job_chaining_is_inert(api: Api) -> None:
    """``on_complete_trigger_job`` is stored but nothing is chained: the shipped server
    builds its executor without the job lookup (cmd/strait/services.go:1370-1425,
    worker/on_complete_downstream.go:87-90)."""
    with serve_endpoint() as endpoint:
        downstream = api.job()
        job = api.job(endpoint_url=endpoint.url, on_complete_trigger_job=downstream["id"])
        assert job["on_complete_trigger_job"] == downstream["id"]
        wait(api, api.trigger(job["id"]).json()["id"], "completed")
    runs = api.ok("GET", "/v1/runs")["data"]
    assert [r["job_id"] for r in runs] == [job["id"]]


def test_cron_overlap_policies(api: Api, local_strait: LocalStrait) -> None:
    """``skip`` fires nothing while a run is active; ``cancel_running`` enqueues the new run and
    cancels the active ones; a cron run without ``run_ttl_secs`` never expires
    (scheduler/cron.go:206-240,267-281)."""
    skip = api.job(cron="0 * * * *", cron_overlap_policy="skip")
    cancel = api.job(cron="0 * * * *", cron_overlap_policy="cancel_running")
    local_strait.advance(2 * 3600)
    runs = api.ok("GET", "/v1/runs?limit=100")["data"]
    skipped = [r for r in runs if r["job_id"] == skip["id"]]
    replaced = sorted((r for r in runs if r["job_id"] == cancel["id"]), key=lambda r: r["created_at"])
    assert len(skipped) == 1 and skipped[0]["status"] == "queued" and "expires_at" not in skipped[0]
    assert [r["status"] for r in replaced] == ["canceled", "queued"]
    assert replaced[0]["error"] == "canceled by cron overlap policy: cancel_running"
