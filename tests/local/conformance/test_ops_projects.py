"""Project settings and deletion, API key rotation and expiry, workflow policies, over raw
HTTP (server at ac094a3c8: ``api/project_settings.go``, ``api/projects.go``,
``store/projects.go``, ``api/api_keys.go``, ``store/api_keys.go``,
``domain/api_key_lifetime.go``, ``api/workflow_advanced.go``)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from strait.local import LocalStrait
from strait.local._clock import parse_time

from ._api import Api, error


def _project(api: Api, project_id: str, org_id: str = "org_local") -> None:
    api.ok("POST", "/v1/projects", {"id": project_id, "org_id": org_id, "name": project_id})


def _span(later: str, earlier: str) -> timedelta:
    """Between two answer times, to the second (each is its own clock reading)."""
    return timedelta(seconds=round((parse_time(later) - parse_time(earlier)).total_seconds()))


def _key(api: Api, **fields: Any) -> dict[str, Any]:
    body = {"project_id": api.project, "name": "ci", "scopes": ["*"], **fields}
    return api.ok("POST", "/v1/api-keys", body)  # type: ignore[no-any-return]


def test_create_api_key_needs_scopes_and_an_expiry(api: Api) -> None:
    """A new key names its scopes (none is 400, an unknown one 400) and expires: without
    ``expires_in_days`` in a project without ``max_key_lifetime_days`` it is 400
    (api/api_keys.go:78-83,108-111, domain/scopes.go:90-97, domain/api_key_lifetime.go:23-25)."""
    body = {"project_id": api.project, "name": "ci", "expires_in_days": 3}
    assert error(api("POST", "/v1/api-keys", body)) == (
        400,
        "scopes must contain at least one explicit permission",
    )
    assert error(api("POST", "/v1/api-keys", {**body, "scopes": ["jobs:read", "jobs:own"]})) == (
        400,
        'unknown scope: "jobs:own"',
    )
    assert error(api("POST", "/v1/api-keys", {**body, "scopes": ["jöbs:read\t"]})) == (
        400,
        'unknown scope: "jöbs:read\\t"',  # %q: printable runes as they are, \t escaped
    )
    assert error(api("POST", "/v1/api-keys", {**body, "scopes": ["jobs:read"], "expires_in_days": None})) == (
        400,
        "expires_in_days is required when project max_key_lifetime_days is not configured",
    )
    assert api.ok("POST", "/v1/api-keys", {**body, "scopes": ["jobs:read"]})["scopes"] == ["jobs:read"]


def test_created_and_rotated_keys_have_the_same_shape(api: Api) -> None:
    """Create and rotate mint alike: ``strait_`` and 32 random bytes in hex (71 characters),
    the shown prefix the first 12 (api/api_keys.go:50-56,74,120,404,417,
    domain/api_key_prefix_test.go:13-16)."""
    created = _key(api, expires_in_days=3)
    rotated = api.ok("POST", f"/v1/api-keys/{created['id']}/rotate", {})
    for answer in (created, rotated):
        raw = answer["key"]
        assert re.fullmatch(r"strait_[0-9a-f]{64}", raw), raw
        assert answer["key_prefix"] == raw[:12]
    assert created["key"] != rotated["key"]


def test_project_settings_default_and_update(api: Api) -> None:
    """Settings read ``plan_tier`` free and ``max_key_lifetime_days`` 0 until set; an update
    answers the settings as read back; a negative limit is 400 (api/project_settings.go:25-87)."""
    path = f"/v1/projects/{api.project}/settings"
    assert api.ok("GET", path) == {"project_id": api.project, "plan_tier": "free", "max_key_lifetime_days": 0}
    assert api.ok("PUT", path, {"max_key_lifetime_days": 30})["max_key_lifetime_days"] == 30
    assert api.ok("PUT", path, {})["max_key_lifetime_days"] == 30  # left out: unchanged
    assert api.ok("GET", path)["max_key_lifetime_days"] == 30
    assert error(api("PUT", path, {"max_key_lifetime_days": -1})) == (
        400,
        "max_key_lifetime_days must be >= 0",
    )
    assert api("PUT", path, {"max_key_lifetime_days": "7"}).status_code == 400
    assert api.ok("GET", path)["max_key_lifetime_days"] == 30


def test_project_settings_of_the_same_organisation_only(api: Api) -> None:
    """A project of the caller's organisation is readable; another organisation's, or an
    unknown project, is 403 ``access denied`` (api/project_settings.go:30-32,58-60,
    api/usage.go:35-64)."""
    _project(api, "proj_sibling")
    _project(api, "proj_foreign", org_id="org_foreign")
    assert api.ok("GET", "/v1/projects/proj_sibling/settings")["project_id"] == "proj_sibling"
    for target in ("proj_foreign", "proj_missing"):
        assert error(api("GET", f"/v1/projects/{target}/settings")) == (403, "access denied")
        assert api("PUT", f"/v1/projects/{target}/settings", {"max_key_lifetime_days": 1}).status_code == 403


def test_key_lifetime_limit_caps_new_keys(api: Api, local_strait: LocalStrait) -> None:
    """With ``max_key_lifetime_days``, a key asked without an expiry gets that limit, a
    longer ``expires_in_days`` is 400; ``expires_in_days`` outside 1..36500 is 422
    (domain/api_key_lifetime.go:12-27, api/api_keys.go:30,104-113,175-195)."""
    plain = _key(api, expires_in_days=3)
    assert _span(plain["expires_at"], plain["created_at"]) == timedelta(days=3)
    api.ok("PUT", f"/v1/projects/{api.project}/settings", {"max_key_lifetime_days": 10})
    capped = _key(api)
    assert _span(capped["expires_at"], capped["created_at"]) == timedelta(days=10)
    assert error(
        api(
            "POST",
            "/v1/api-keys",
            {"project_id": api.project, "name": "x", "scopes": ["*"], "expires_in_days": 11},
        )
    ) == (
        400,
        "expires_in_days exceeds project maximum of 10 days",
    )
    for days in (0, 36501):
        response = api(
            "POST", "/v1/api-keys", {"project_id": api.project, "name": "x", "expires_in_days": days}
        )
        assert response.status_code == 422, days


def test_rotate_api_key_issues_a_replacement_with_a_grace_period(api: Api, local_strait: LocalStrait) -> None:
    """Rotation answers 201 with a new key ``<name> (rotated)`` of the same scopes and expiry;
    the old key works until ``grace_expires_at`` (default 60 minutes) and then answers 401
    (api/api_keys.go:374-472, store/api_keys.go:524-565, api/middleware.go:539-544)."""
    old = _key(api, expires_in_days=5, scopes=["jobs:read"])
    rotated = api.ok("POST", f"/v1/api-keys/{old['id']}/rotate", {})
    assert (rotated["old_key_id"], rotated["name"], rotated["scopes"]) == (
        old["id"],
        "ci (rotated)",
        ["jobs:read"],
    )
    assert rotated["expires_at"] == old["expires_at"]
    assert rotated["key"].startswith("strait_") and rotated["key_prefix"] == rotated["key"][:12]
    assert _span(rotated["grace_expires_at"], rotated["created_at"]) == timedelta(minutes=60)
    listed = {k["id"]: k for k in api.ok("GET", "/v1/api-keys")["data"]}
    assert listed[old["id"]]["replaced_by_key_id"] == rotated["new_key_id"]
    old_api, new_api = Api(local_strait, old["key"]), Api(local_strait, rotated["key"])
    try:
        assert old_api("GET", "/v1/jobs").status_code == 200
        local_strait.advance(61 * 60)
        assert error(old_api("GET", "/v1/jobs")) == (401, "api key rotation grace period has ended")
        assert new_api("GET", "/v1/jobs").status_code == 200
    finally:
        old_api.close()
        new_api.close()


def test_rotate_api_key_refusals(api: Api) -> None:
    """``grace_period_minutes`` over 10080 is 400; an unknown key 404; a revoked key 409; a
    key already rotated 500 (the store marks a key once); a key without an expiry in a
    project without a lifetime limit 400 (api/api_keys.go:376-411,433-435,
    store/api_keys.go:528-538, domain/api_key_lifetime.go:23-25)."""
    key = _key(api, expires_in_days=5)
    path = f"/v1/api-keys/{key['id']}/rotate"
    assert error(api("POST", path, {"grace_period_minutes": 10081})) == (
        400,
        "grace_period_minutes must be <= 10080",
    )
    assert error(api("POST", "/v1/api-keys/key_missing/rotate", {})) == (404, "api key not found")
    assert api("POST", path, {"grace_period_minutes": 10080}).status_code == 201
    assert error(api("POST", path, {})) == (500, "failed to rotate api key")
    revoked = _key(api, expires_in_days=5)
    api.ok("DELETE", f"/v1/api-keys/{revoked['id']}")
    assert error(api("POST", f"/v1/api-keys/{revoked['id']}/rotate", {})) == (
        409,
        "api key is already revoked",
    )
    # Only the bootstrap key has no expiry: a created one always has one.
    assert error(api("POST", "/v1/api-keys/key_bootstrap/rotate", {})) == (
        400,
        "expires_in_days is required when project max_key_lifetime_days is not configured",
    )


def test_list_expiring_keys(api: Api, local_strait: LocalStrait) -> None:
    """Unrevoked keys without an expiry or expiring within ``within_days`` (default 30),
    no-expiry first then soonest, ``days_left`` in whole days (api/api_keys.go:252-306,
    store/api_keys.go:396-408)."""
    soon = _key(api, expires_in_days=3)
    later = _key(api, expires_in_days=60)
    revoked = _key(api, expires_in_days=1)
    api.ok("DELETE", f"/v1/api-keys/{revoked['id']}")
    listed = api.ok("GET", "/v1/api-keys/expiring-soon")
    assert [k["no_expiry"] for k in listed[:1]] == [True]  # the bootstrap key
    ids = [k["id"] for k in listed]
    assert soon["id"] in ids and later["id"] not in ids and revoked["id"] not in ids
    entry = next(k for k in listed if k["id"] == soon["id"])
    assert (entry["days_left"], entry["expires_at"], entry["key_prefix"]) == (
        2,
        soon["expires_at"],
        soon["key_prefix"],
    )
    wide = [k["id"] for k in api.ok("GET", "/v1/api-keys/expiring-soon", params={"within_days": 90})]
    assert wide.index(soon["id"]) < wide.index(later["id"])
    local_strait.advance(4 * 86400)  # an expired key is still listed, with 0 days left
    expired = next(k for k in api.ok("GET", "/v1/api-keys/expiring-soon") if k["id"] == soon["id"])
    assert expired["days_left"] == 0


def test_delete_project(api: Api, local_strait: LocalStrait) -> None:
    """An API key deletes only its own project (403); deleting it removes its keys (the
    caller's too: 401 afterwards) and disables its jobs and workflows
    (api/projects.go:218-250, store/projects.go:120-156)."""
    _project(api, "proj_sibling")
    assert error(api("DELETE", "/v1/projects/proj_sibling")) == (403, "access denied")
    job = api.job()
    assert api("DELETE", f"/v1/projects/{api.project}").status_code == 204
    assert error(api("GET", "/v1/jobs")) == (401, "invalid api key")
    emu = local_strait.emulator
    assert emu.state.jobs[job["id"]].enabled is False
    assert api.project not in emu.state.projects


def test_workflow_policy_is_out_of_reach_of_api_keys(api: Api) -> None:
    """An API key may not upsert a policy (403), so none exists to read (404); another
    project's is 404 ``not found`` (api/workflow_advanced.go:28-34,69-84)."""
    path = f"/v1/workflow-policies/{api.project}"
    body = {
        "max_fan_out": 5,
        "max_depth": 2,
        "forbidden_step_types": [],
        "require_approval_for_deploy": False,
    }
    assert error(api("PUT", path, body)) == (
        403,
        "workflow policy changes require an operator or user context",
    )
    assert error(api("GET", path)) == (404, "workflow policy not found")
    for method in ("GET", "PUT"):
        assert error(api(method, "/v1/workflow-policies/proj_other", body)) == (404, "not found")


def test_int_query_parameters_parse_as_go_parseint(api: Api) -> None:
    """A typed handler binds an ``int`` query field with ``strconv.ParseInt(v, 10, 64)`` and
    answers a failure 400 ``query param "<name>": <the parse error>``, before the handler
    (api/huma_bridge.go:59-61,141-143,158-166, routes.go:439,495)."""
    path = "/v1/api-keys/expiring-soon"
    assert error(api("GET", path, params={"within_days": "x"})) == (
        400,
        'query param "within_days": strconv.ParseInt: parsing "x": invalid syntax',
    )
    assert error(api("GET", path, params={"within_days": "1_0"}))[1].endswith('parsing "1_0": invalid syntax')
    assert error(api("GET", path, params={"within_days": str(2**63)}))[1].endswith(": value out of range")
    assert api("GET", path, params={"within_days": "+7"}).status_code == 200
    top = api("GET", "/v1/analytics/webhooks/top-failing", params={"limit": "ten"})
    assert error(top) == (400, 'query param "limit": strconv.ParseInt: parsing "ten": invalid syntax')
