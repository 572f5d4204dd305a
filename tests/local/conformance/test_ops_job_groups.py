"""Job groups and the batch enable/disable of jobs, over raw HTTP (server:
``api/job_groups.go``, ``store/job_groups.go``, ``api/job_batch.go``, ``store/jobs.go`` at
ac094a3c8)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from strait._signing import sign
from strait.local import LocalStrait

from ._api import Api, error, serve_endpoint, wait


def _group(api: Api, slug: str = "billing", **fields: Any) -> dict[str, Any]:
    body = {"project_id": api.project, "name": slug.title(), "slug": slug, **fields}
    return api.ok("POST", "/v1/job-groups", body)  # type: ignore[no-any-return]


def test_group_created_and_read_back(api: Api) -> None:
    """Create answers 201 with id, project, name, slug and times; an empty description is
    left out; get and list (newest first) answer the same (api/job_groups.go:29-92,
    domain/types.go:432-440, store/job_groups.go:66-107)."""
    plain = _group(api, "plain")
    described = _group(api, "described", description="the invoices")
    assert "description" not in plain and described["description"] == "the invoices"
    assert plain["project_id"] == api.project and plain["created_at"] == plain["updated_at"]
    assert api.ok("GET", f"/v1/job-groups/{plain['id']}") == plain
    listed = api.ok("GET", "/v1/job-groups", params={"limit": 1})
    assert listed["data"] == [described] and listed["has_more"] is True
    rest = api.ok("GET", "/v1/job-groups", params={"cursor": listed["next_cursor"]})
    assert rest == {"data": [plain], "has_more": False}


def test_group_create_validation(api: Api) -> None:
    """Validator tags first: required project_id/name/slug, name and slug at most 255,
    description 2000 (422, details ``name: failed on 'max'``); a wrong JSON type is 400
    (api/job_groups.go:14-19,34-36, api/huma_bridge.go:61-66,423-437)."""
    for body, detail in (
        ({"project_id": api.project, "slug": "s"}, "name: failed on 'required'"),
        ({"project_id": api.project, "name": "n" * 256, "slug": "s"}, "name: failed on 'max'"),
        ({"project_id": api.project, "name": "n", "slug": "s" * 256}, "slug: failed on 'max'"),
        ({"project_id": api.project, "name": "n", "slug": "s", "description": "d" * 2001}, None),
    ):
        response = api("POST", "/v1/job-groups", body)
        assert response.status_code == 422, body
        if detail:
            assert detail in response.json()["error"]["details"]
    assert (
        api("POST", "/v1/job-groups", {"project_id": api.project, "name": 1, "slug": "s"}).status_code == 400
    )
    assert _group(api, "n" * 255, description="d" * 2000)["slug"] == "n" * 255


def test_group_of_another_project_is_not_found(api: Api) -> None:
    """Creating in another project answers 404 ``job group not found`` (not 403), after the
    validator (api/job_groups.go:37-39)."""
    body = {"project_id": "proj_other", "name": "X", "slug": "x"}
    assert error(api("POST", "/v1/job-groups", body)) == (404, "job group not found")
    assert api.ok("GET", "/v1/job-groups")["data"] == []


def test_group_operations_hide_other_projects_groups(api: Api) -> None:
    """Get, update, delete, pause-all, resume-all and stats of another project's group: 404
    ``job group not found``; its job list is empty, 200 (api/job_groups.go:56-71,111-113,
    152-154,185-189,217-219,248-250,279-281)."""
    group = _group(api)
    other = api.other_project()
    try:
        base = f"/v1/job-groups/{group['id']}"
        for method, path in (
            ("GET", base),
            ("PATCH", base),
            ("DELETE", base),
            ("POST", base + "/pause-all"),
            ("POST", base + "/resume-all"),
            ("GET", base + "/stats"),
        ):
            body = {"name": "stolen"} if method == "PATCH" else None
            assert error(other(method, path, body)) == (404, "job group not found"), path
        assert other.ok("GET", base + "/jobs", params={"limit": "bad"}) == {"data": [], "has_more": False}
        assert other.ok("GET", "/v1/job-groups")["data"] == []
    finally:
        other.close()
    assert api.ok("GET", base)["name"] == group["name"]


def test_group_slug_is_unique_in_the_project(api: Api) -> None:
    """``UNIQUE(project_id, slug)``: a repeated slug fails the insert (500 ``failed to create
    job group``) and the update (500 ``failed to update job group``)
    (../migrations/000029_add_job_groups.up.sql:9, api/job_groups.go:41-43,124-129)."""
    _group(api, "taken")
    assert error(
        api("POST", "/v1/job-groups", {"project_id": api.project, "name": "T", "slug": "taken"})
    ) == (
        500,
        "failed to create job group",
    )
    other = _group(api, "free")
    assert error(api("PATCH", f"/v1/job-groups/{other['id']}", {"slug": "taken"})) == (
        500,
        "failed to update job group",
    )
    assert api.ok("GET", f"/v1/job-groups/{other['id']}")["slug"] == "free"


def test_group_update_replaces_given_fields_without_checks(api: Api, local_strait: LocalStrait) -> None:
    """Update sets the fields given (null keeps), with no validator tags (a 300-character
    name is kept); ``""`` clears the description; ``updated_at`` moves
    (api/job_groups.go:20-24,114-123, store/job_groups.go:109-138)."""
    group = _group(api, description="old")
    local_strait.advance(5)
    updated = api.ok(
        "PATCH", f"/v1/job-groups/{group['id']}", {"name": "n" * 300, "slug": None, "description": ""}
    )
    assert (updated["name"], updated["slug"], updated["id"]) == ("n" * 300, group["slug"], group["id"])
    assert "description" not in updated and updated["updated_at"] > group["updated_at"]
    assert updated["created_at"] == group["created_at"]
    assert api.ok("GET", f"/v1/job-groups/{group['id']}") == updated
    assert error(api("PATCH", "/v1/job-groups/grp_missing", {"name": "x"})) == (404, "job group not found")


def test_job_joins_a_group_by_group_id(api: Api) -> None:
    """A job's ``group_id`` (create or update) puts it in the group's job list, newest
    first; ``""`` takes it out (api/job_create.go:18,110, api/job_update.go:19,119-121,
    store/job_groups.go:159-207)."""
    group = _group(api)
    first = api.job(group_id=group["id"])
    second = api.job()
    api.ok("PATCH", f"/v1/jobs/{second['id']}", {"group_id": group["id"]})
    assert first["group_id"] == group["id"]
    listed = api.ok("GET", f"/v1/job-groups/{group['id']}/jobs")
    assert [j["id"] for j in listed["data"]] == [second["id"], first["id"]]
    assert listed["data"][0]["group_id"] == group["id"]
    api.ok("PATCH", f"/v1/jobs/{second['id']}", {"group_id": ""})
    assert [j["id"] for j in api.ok("GET", f"/v1/job-groups/{group['id']}/jobs")["data"]] == [first["id"]]


def test_job_group_id_must_name_a_group(api: Api) -> None:
    """``jobs.group_id`` references ``job_groups(id)``: an unknown one fails the store's
    write, 500 ``failed to create job`` / ``failed to update job``, and nothing changes; a
    wrong JSON type is 400 (../migrations/000029_add_job_groups.up.sql:12,
    api/job_create.go:162-171, api/job_update.go:420-430, api/huma_bridge.go:61-66)."""
    body = {"project_id": api.project, "name": "J", "slug": "j", "execution_mode": "worker"}
    assert error(api("POST", "/v1/jobs", {**body, "group_id": "grp_missing"})) == (
        500,
        "failed to create job",
    )
    assert api.ok("GET", "/v1/jobs")["data"] == []
    job = api.job()
    assert error(api("PATCH", f"/v1/jobs/{job['id']}", {"group_id": "grp_missing"})) == (
        500,
        "failed to update job",
    )
    assert api.ok("GET", f"/v1/jobs/{job['id']}")["version"] == job["version"]
    assert api("POST", "/v1/jobs", {**body, "group_id": 7}).status_code == 400


def test_jobs_of_a_missing_group_are_an_empty_list(api: Api) -> None:
    """A group that does not exist (or was deleted) lists no jobs: 200, not 404
    (api/job_groups.go:179-189)."""
    assert api.ok("GET", "/v1/job-groups/grp_missing/jobs") == {"data": [], "has_more": False}
    response = api("GET", "/v1/job-groups/grp_missing/jobs", params={"limit": "0"})
    assert error(response) == (400, "limit must be a positive integer")


def test_deleting_a_group_ungroups_its_jobs(api: Api) -> None:
    """Delete answers 204, then 404; its jobs stay, without ``group_id`` and otherwise
    unchanged (api/job_groups.go:141-166, store/job_groups.go:140-157)."""
    group = _group(api)
    job = api.job(group_id=group["id"])
    assert api("DELETE", f"/v1/job-groups/{group['id']}").status_code == 204
    assert error(api("DELETE", f"/v1/job-groups/{group['id']}")) == (404, "job group not found")
    kept = api.ok("GET", f"/v1/jobs/{job['id']}")
    assert "group_id" not in kept
    assert kept == {k: v for k, v in job.items() if k != "group_id"}
    assert api.ok("GET", f"/v1/job-groups/{group['id']}/jobs")["data"] == []


def test_pause_all_pauses_the_groups_jobs(api: Api) -> None:
    """pause-all answers ``{"status": "paused"}``; each job of the group is paused with
    reason ``group pause`` (one paused for another reason takes it), others are untouched,
    and a paused job refuses triggers (api/job_groups.go:206-230,
    store/job_groups.go:209-230, api/trigger_intake.go:75-84)."""
    group = _group(api)
    member = api.job(group_id=group["id"])
    held = api.job(group_id=group["id"])
    api.ok("POST", f"/v1/jobs/{held['id']}/pause", {"reason": "maintenance"})
    outsider = api.job()
    assert api.ok("POST", f"/v1/job-groups/{group['id']}/pause-all") == {"status": "paused"}
    for job_id in (member["id"], held["id"]):
        job = api.ok("GET", f"/v1/jobs/{job_id}")
        assert (job["paused"], job["pause_reason"]) == (True, "group pause")
    assert api.ok("GET", f"/v1/jobs/{outsider['id']}")["paused"] is False
    assert api.trigger(member["id"]).status_code == 409
    assert error(api("POST", "/v1/job-groups/grp_missing/pause-all")) == (404, "job group not found")


def test_resume_all_resumes_and_releases_queued_runs(api: Api, local_strait: LocalStrait) -> None:
    """resume-all answers ``{"status": "resumed"}`` and clears every member's pause, its
    own pause too; runs that came due while paused stayed queued and now run
    (api/job_groups.go:237-261, store/job_groups.go:232-253,
    queue/pgque_claim.go:253-254)."""
    group = _group(api)
    with serve_endpoint() as endpoint:
        job = api.job(group_id=group["id"], endpoint_url=endpoint.url)
        solo = api.job(group_id=group["id"])
        api.ok("POST", f"/v1/jobs/{solo['id']}/pause", {"reason": "own"})
        soon = (datetime.now(UTC) + timedelta(seconds=60)).isoformat()
        run = api.trigger(job["id"], {"scheduled_at": soon}).json()
        api.ok("POST", f"/v1/job-groups/{group['id']}/pause-all")
        local_strait.advance(120)
        assert wait(api, run["id"], "queued")["status"] == "queued"
        assert api.ok("POST", f"/v1/job-groups/{group['id']}/resume-all") == {"status": "resumed"}
        wait(api, run["id"], "completed")
    for job_id in (job["id"], solo["id"]):
        resumed = api.ok("GET", f"/v1/jobs/{job_id}")
        assert resumed["paused"] is False and "pause_reason" not in resumed and "paused_at" not in resumed


def test_group_stats_count_runs_by_status(api: Api) -> None:
    """Stats: ``group_id`` and the runs of the group's jobs by status, ``{}`` without runs;
    other jobs' runs are not counted (api/job_groups.go:268-290,
    store/job_groups.go:255-292, store/store.go:90-93)."""
    group = _group(api)
    path = f"/v1/job-groups/{group['id']}/stats"
    assert api.ok("GET", path) == {"group_id": group["id"], "run_counts": {}}
    job = api.job(group_id=group["id"])
    first = api.trigger(job["id"]).json()
    api.trigger(job["id"])
    api.ok("DELETE", f"/v1/runs/{first['id']}")
    api.trigger(api.job()["id"])
    assert api.ok("GET", path)["run_counts"] == {"queued": 1, "canceled": 1}


def test_batch_disable_and_enable(api: Api) -> None:
    """batch-disable/-enable set ``enabled`` on the caller's jobs among ``ids`` (unknown ids
    skipped) and answer ``updated``: the jobs matched, changed or not; no new version; a
    disabled job refuses triggers (api/job_batch.go:174-255, store/jobs.go:603-627,
    api/trigger_intake.go:75-78)."""
    first, second = api.job(), api.job()
    ids = [first["id"], second["id"], "job_missing"]
    assert api.ok("POST", "/v1/jobs/batch-disable", {"ids": ids}) == {"updated": 2}
    disabled = api.ok("GET", f"/v1/jobs/{first['id']}")
    assert disabled["enabled"] is False and disabled["version"] == first["version"]
    assert error(api.trigger(first["id"])) == (400, "job is disabled")
    assert api.ok("POST", "/v1/jobs/batch-disable", {"ids": [first["id"]]}) == {"updated": 1}
    assert api.ok("POST", "/v1/jobs/batch-enable", {"ids": ids}) == {"updated": 2}
    assert api.ok("GET", f"/v1/jobs/{second['id']}")["enabled"] is True
    assert api.trigger(first["id"]).status_code == 201


def test_batch_enable_skips_other_projects_jobs(api: Api) -> None:
    """Only the caller's project's jobs are updated (``AND project_id = $3``;
    store/jobs.go:615-620)."""
    job = api.job()
    other = api.other_project()
    try:
        assert other.ok("POST", "/v1/jobs/batch-disable", {"ids": [job["id"]]}) == {"updated": 0}
    finally:
        other.close()
    assert api.ok("GET", f"/v1/jobs/{job['id']}")["enabled"] is True


def test_batch_ids_are_checked(api: Api) -> None:
    """``ids`` empty or missing: 400 ``ids array is required and must not be empty``; over
    50: 400 ``too many ids in batch (max 50)``; not a list of strings: 400
    (api/job_batch.go:15,177-182,221-226, api/huma_bridge.go:61-66)."""
    for path in ("/v1/jobs/batch-enable", "/v1/jobs/batch-disable"):
        empty: tuple[dict[str, Any], ...] = ({}, {"ids": []})
        for body in empty:
            assert error(api("POST", path, body)) == (400, "ids array is required and must not be empty")
        too_many = {"ids": [f"job_{i}" for i in range(51)]}
        assert error(api("POST", path, too_many)) == (400, "too many ids in batch (max 50)")
        assert api("POST", path, {"ids": "job_1"}).status_code == 400
        assert api("POST", path, {"ids": [1]}).status_code == 400
    assert api.ok("POST", "/v1/jobs/batch-enable", {"ids": [f"job_{i}" for i in range(50)]}) == {"updated": 0}


def test_batch_enable_releases_queued_runs(api: Api, local_strait: LocalStrait) -> None:
    """A run that came due while its job was disabled stays queued, and runs once the job
    is enabled again (queue/pgque_claim.go:253-254)."""
    with serve_endpoint() as endpoint:
        job = api.job(endpoint_url=endpoint.url)
        soon = (datetime.now(UTC) + timedelta(seconds=60)).isoformat()
        run = api.trigger(job["id"], {"scheduled_at": soon}).json()
        api.ok("POST", "/v1/jobs/batch-disable", {"ids": [job["id"]]})
        local_strait.advance(120)
        assert wait(api, run["id"], "queued")["status"] == "queued"
        api.ok("POST", "/v1/jobs/batch-enable", {"ids": [job["id"]]})
        wait(api, run["id"], "completed")


def test_set_job_endpoint_keeps_or_rotates_the_signing_secret(api: Api) -> None:
    """set-job-endpoint answers ``{"job"}`` with the new URLs and the signing secret kept;
    with ``rotate_signing_secret`` a new ``esec_`` secret is answered once and signs the
    next dispatch; no new version; ``fallback_endpoint_url`` left out clears it
    (api/job_endpoints.go:95-185, store/jobs.go:1433-1461)."""
    with serve_endpoint() as endpoint:
        job = api.job(
            endpoint_url="http://127.0.0.1:9/old",
            fallback_endpoint_url="http://127.0.0.1:9/fallback",
            endpoint_signing_secret="s" * 16,
        )
        path = f"/v1/jobs/{job['id']}/endpoint"
        moved = api.ok("POST", path, {"endpoint_url": endpoint.url})
        assert set(moved) == {"job"} and moved["job"]["endpoint_url"] == endpoint.url
        assert "fallback_endpoint_url" not in moved["job"] and moved["job"]["version"] == job["version"]
        rotated = api.ok("POST", path, {"endpoint_url": endpoint.url, "rotate_signing_secret": True})
        secret = rotated["signing_secret"]
        assert secret.startswith("esec_") and len(secret) == 5 + 64
        assert "signing_secret" not in api.ok("GET", f"/v1/jobs/{job['id']}")
        run = api.trigger(job["id"], {"payload": {"n": 1}}).json()
        wait(api, run["id"], "completed")
    seen = endpoint.seen[-1]
    stamp = seen.headers["X-Strait-Timestamp"]
    assert seen.headers["X-Strait-Signature"] == sign(secret, stamp, seen.body)


def test_set_job_endpoint_checks(api: Api) -> None:
    """Validator tags first (422 ``endpoint_url: failed on 'required'`` / ``'url'``), then the
    URL check (400 ``endpoint_url failed validation``, the fallback likewise), then the job
    (404) (api/job_endpoints.go:96-133)."""
    job = api.job(endpoint_url="http://127.0.0.1:9/run")
    path = f"/v1/jobs/{job['id']}/endpoint"
    assert api("POST", path, {}).json()["error"]["details"] == ["endpoint_url: failed on 'required'"]
    response = api("POST", path, {"endpoint_url": "not a url"})
    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["endpoint_url: failed on 'url'"]
    assert error(api("POST", path, {"endpoint_url": "ftp://host/x"})) == (
        400,
        "endpoint_url failed validation",
    )
    bad_fallback = {"endpoint_url": "http://127.0.0.1:9/a", "fallback_endpoint_url": "ftp://host/x"}
    assert error(api("POST", path, bad_fallback)) == (400, "fallback_endpoint_url failed validation")
    missing = api("POST", "/v1/jobs/job_missing/endpoint", {"endpoint_url": "ftp://host/x"})
    assert error(missing) == (400, "endpoint_url failed validation")
    assert error(api("POST", "/v1/jobs/job_missing/endpoint", {"endpoint_url": "http://h/x"})) == (
        404,
        "job not found",
    )


def test_set_job_endpoint_of_a_job_with_secrets_needs_secrets_write(
    api: Api, local_strait: LocalStrait
) -> None:
    """Changing the URLs of a job with secrets needs ``secrets:write`` (403); the same URLs
    (a rotation only) do not (api/job_endpoints.go:135-137,187-210)."""
    job = api.job(endpoint_url="http://127.0.0.1:9/run")
    secret = {"project_id": api.project, "secret_key": "K", "value": "v", "job_id": job["id"]}
    api.ok("POST", "/v1/secrets", secret)
    raw = api.ok(
        "POST",
        "/v1/api-keys",
        {"project_id": api.project, "name": "jobs", "scopes": ["jobs:write"], "expires_in_days": 1},
    )["key"]
    narrow = Api(local_strait, raw)
    try:
        path = f"/v1/jobs/{job['id']}/endpoint"
        assert error(narrow("POST", path, {"endpoint_url": "http://127.0.0.1:9/elsewhere"})) == (
            403,
            "changing endpoint for a job with attached secrets requires secrets:write",
        )
        same = {"endpoint_url": "http://127.0.0.1:9/run", "rotate_signing_secret": True}
        assert "signing_secret" in narrow.ok("POST", path, same)
    finally:
        narrow.close()
    assert api.ok("POST", f"/v1/jobs/{job['id']}/endpoint", {"endpoint_url": "http://127.0.0.1:9/x"})


def test_verify_job_endpoint_sends_a_signed_test_ping(api: Api) -> None:
    """verify POSTs ``{"type":"endpoint.test"}`` with ``User-Agent:
    Strait-Endpoint-Verify/1.0`` and the job's signature, and answers ``success``,
    ``status_code`` and ``latency_ms``; a non-2xx is ``success: false``
    (api/job_endpoints.go:214-307)."""
    with serve_endpoint() as endpoint:
        job = api.job(endpoint_url=endpoint.url, endpoint_signing_secret="k" * 16)
        path = f"/v1/jobs/{job['id']}/endpoint/verify"
        result = api.ok("POST", path)
        assert (result["success"], result["status_code"]) == (True, 200)
        assert isinstance(result["latency_ms"], int) and "error" not in result
        seen = endpoint.seen[-1]
        assert seen.json() == {"type": "endpoint.test"}
        assert seen.headers["User-Agent"] == "Strait-Endpoint-Verify/1.0"
        stamp = seen.headers["X-Strait-Timestamp"]
        assert seen.headers["X-Strait-Signature"] == sign("k" * 16, stamp, seen.body)
        endpoint.respond = lambda seen: (503, b"{}")
        assert api.ok("POST", path)["success"] is False
        assert api.ok("POST", path)["status_code"] == 503
        # Without a secret: stamped all the same, not signed (api/job_endpoints.go:242-248).
        endpoint.respond = lambda seen: (200, b"{}")
        unsigned = api.job(endpoint_url=endpoint.url)
        assert api.ok("POST", f"/v1/jobs/{unsigned['id']}/endpoint/verify")["success"] is True
        seen = endpoint.seen[-1]
        assert seen.headers["X-Strait-Timestamp"].isdigit() and "X-Strait-Signature" not in seen.headers


def test_verify_job_endpoint_failures(api: Api) -> None:
    """No answer: ``success: false``, ``connection to endpoint URL failed``, no status code;
    a worker job without an endpoint: 400; another job id: 404
    (api/job_endpoints.go:215-231,277-279)."""
    job = api.job(endpoint_url="http://127.0.0.1:9/closed")
    result = api.ok("POST", f"/v1/jobs/{job['id']}/endpoint/verify")
    assert (result["success"], result["error"]) == (False, "connection to endpoint URL failed")
    assert "status_code" not in result
    worker = api.job()
    response = api("POST", f"/v1/jobs/{worker['id']}/endpoint/verify")
    assert error(response) == (400, "job has no endpoint_url configured")
    assert error(api("POST", "/v1/jobs/job_missing/endpoint/verify")) == (404, "job not found")
