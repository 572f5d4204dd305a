"""Project settings and deletion, API key rotation and expiry, workflow policies
(``api/project_settings.go``, ``api/projects.go``, ``store/projects.go``,
``api/api_keys.go``, ``store/api_keys.go``, ``domain/api_key_lifetime.go``,
``api/workflow_advanced.go``).

The emulator answers as Strait Cloud does (a billing enforcer configured): a project's
settings are readable by a caller of a project of the same organisation. Plan gates are
off, as everywhere in the emulator."""

from __future__ import annotations

from datetime import datetime, timedelta

from strait._limits import (
    DEFAULT_EXPIRING_KEYS_WITHIN_DAYS,
    DEFAULT_KEY_ROTATION_GRACE_MINUTES,
    MAX_API_KEY_DURATION_DAYS,
    MAX_EXPIRING_KEYS,
    MAX_EXPIRING_KEYS_WITHIN_DAYS,
    MAX_KEY_ROTATION_GRACE_MINUTES,
)
from strait._types import JSONObject

from ._clock import format_time
from ._core import ApiKey, EmulatorCore, hash_key, mint_key
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, as_int, json_response, query_int
from ._model import Project
from ._trigger import check_types

__all__ = ["key_expiry"]

#: The plan a project without a quota row reports (``domain.PlanFree``; api/project_settings.go:37).
_DEFAULT_PLAN_TIER = "free"


def key_expiry(emu: EmulatorCore, project_id: str, requested: datetime | None) -> datetime:
    """A new key's expiry under the project's ``max_key_lifetime_days``: the requested one,
    at most that many days ahead (400 beyond), that limit when none was requested
    (domain/api_key_lifetime.go:12-27, api/api_keys.go:175-195). With neither, 400."""
    project = emu.state.projects.get(project_id)
    max_days = project.max_key_lifetime_days if project is not None else 0
    if max_days > 0:
        days = min(max_days, MAX_API_KEY_DURATION_DAYS)
        latest = emu.clock.now() + timedelta(days=days)
        if requested is None:
            return latest
        if requested > latest:
            raise ApiFailure(400, f"expires_in_days exceeds project maximum of {days} days")
    if requested is None:
        raise ApiFailure(
            400, "expires_in_days is required when project max_key_lifetime_days is not configured"
        )
    return requested


# -- project settings and deletion ---------------------------------------------------------


def _settings_project(call: Call) -> Project:
    """The path's project when it belongs to the caller's organisation, else 403
    ``access denied`` (api/project_settings.go:30-32,58-60, api/usage.go:35-64)."""
    projects = call.emu.state.projects
    target = projects.get(call.params["projectID"])
    caller = projects.get(call.project_id)
    if target is None or caller is None or not caller.org_id or caller.org_id != target.org_id:
        raise ApiFailure(403, "access denied")
    return target


def _settings(project: Project) -> JSONObject:
    return {
        "project_id": project.id,
        "plan_tier": _DEFAULT_PLAN_TIER,
        "max_key_lifetime_days": project.max_key_lifetime_days,
    }


@operation("get-project-settings")
def get_project_settings(call: Call) -> Reply:
    """api/project_settings.go:25-45."""
    return json_ok(_settings(_settings_project(call)))


@operation("update-project-settings")
def update_project_settings(call: Call) -> Reply:
    """``max_key_lifetime_days`` (when sent): >= 0, 0 lifts the limit; the answer is the
    settings as read back (api/project_settings.go:53-87)."""
    project = _settings_project(call)
    body = call.obj()
    check_types(body, "UpdateProjectSettingsRequest", {"max_key_lifetime_days": int})
    days = body.get("max_key_lifetime_days")
    if days is not None:
        if as_int(days) < 0:
            raise ApiFailure(400, "max_key_lifetime_days must be >= 0")
        project.max_key_lifetime_days = as_int(days)
    return json_ok(_settings(project))


@operation("delete-project")
def delete_project(call: Call) -> Reply:
    """An API key deletes its own project only (403 otherwise), 404 when it is gone: its
    API keys and settings are deleted, its jobs and workflows disabled, the project
    removed (api/projects.go:218-250, store/projects.go:120-156)."""
    project_id = call.params["projectID"]
    if project_id != call.project_id:
        raise ApiFailure(403, "access denied")
    state = call.emu.state
    if project_id not in state.projects:
        raise ApiFailure(404, "project not found")
    for digest in [h for h, k in state.keys.items() if k.project_id == project_id]:
        del state.keys[digest]
    for job in state.jobs.values():
        if job.project_id == project_id:
            job.settings["enabled"] = False
    for workflow in state.workflows.values():
        if workflow.project_id == project_id:
            workflow.settings["enabled"] = False
    del state.projects[project_id]
    return json_response(204, None)


# -- API keys ------------------------------------------------------------------------------


def _own_key(call: Call) -> ApiKey:
    for key in call.emu.state.keys.values():
        if key.id == call.params["keyID"] and key.project_id == call.project_id:
            return key
    raise ApiFailure(404, "api key not found")


@operation("rotate-api-key")
def rotate_api_key(call: Call) -> Reply:
    """A new key ``<name> (rotated)`` with the old key's scopes and expiry (under the
    project's lifetime policy); the old key keeps working for ``grace_period_minutes``
    (default 60, at most 10080), then answers 401 (api/api_keys.go:374-472,
    store/api_keys.go:524-565, api/middleware.go:539-544)."""
    body = call.obj()
    check_types(body, "RotateAPIKeyRequest", {"grace_period_minutes": int})
    grace = as_int(body.get("grace_period_minutes"))
    if grace <= 0:
        grace = DEFAULT_KEY_ROTATION_GRACE_MINUTES
    if grace > MAX_KEY_ROTATION_GRACE_MINUTES:
        raise ApiFailure(400, f"grace_period_minutes must be <= {MAX_KEY_ROTATION_GRACE_MINUTES}")
    old = _own_key(call)
    if old.revoked_at is not None:
        raise ApiFailure(409, "api key is already revoked")
    emu = call.emu
    expires_at = key_expiry(emu, old.project_id, old.expires_at)
    if old.replaced_by_key_id:  # the store marks a key rotated once (store/api_keys.go:528-538)
        raise ApiFailure(500, "failed to rotate api key")
    raw, prefix = mint_key()
    now = emu.clock.stamp()
    new = ApiKey(emu.new_id("key"), old.project_id, old.name + " (rotated)", prefix, [*old.scopes], now)
    new.expires_at = expires_at
    emu.state.keys[hash_key(raw)] = new
    old.replaced_by_key_id = new.id
    old.grace_expires_at = emu.clock.now() + timedelta(minutes=grace)
    answer: JSONObject = {
        "old_key_id": old.id,
        "new_key_id": new.id,
        "project_id": new.project_id,
        "name": new.name,
        "key": raw,
        "key_prefix": new.prefix,
        "scopes": [*new.scopes],
        "expires_at": format_time(expires_at) if expires_at is not None else None,
        "created_at": format_time(now),
        "grace_expires_at": format_time(old.grace_expires_at),
    }
    return json_ok(answer, 201)


@operation("list-expiring-keys")
def list_expiring_keys(call: Call) -> Reply:
    """The project's unrevoked keys without an expiry or expiring within ``within_days``
    (default 30, at most 365; expired ones too), no-expiry first then soonest, at most
    100; ``days_left`` in whole days, never below 0 (api/api_keys.go:267-306,
    store/api_keys.go:396-426)."""
    within = query_int(call, "within_days")
    if within <= 0:
        within = DEFAULT_EXPIRING_KEYS_WITHIN_DAYS
    within = min(within, MAX_EXPIRING_KEYS_WITHIN_DAYS)
    now = call.emu.clock.now()
    horizon = now + timedelta(days=within)
    keys = [
        k
        for k in call.emu.state.keys.values()
        if k.project_id == call.project_id
        and k.revoked_at is None
        and (k.expires_at is None or k.expires_at <= horizon)
    ]
    keys.sort(key=lambda k: (k.expires_at is not None, k.expires_at or now))
    answer: list[JSONObject] = []
    for key in keys[:MAX_EXPIRING_KEYS]:
        left = (
            None if key.expires_at is None else max(int((key.expires_at - now).total_seconds() // 86400), 0)
        )
        answer.append(
            {
                "id": key.id,
                "name": key.name,
                "key_prefix": key.prefix,
                "expires_at": None if key.expires_at is None else format_time(key.expires_at),
                "days_left": left,
                "no_expiry": key.expires_at is None,
                "created_at": format_time(key.created_at),
            }
        )
    return json_ok(answer)


# -- workflow policies ---------------------------------------------------------------------


def _policy_project(call: Call) -> None:
    if call.params["projectID"] != call.project_id:
        raise ApiFailure(404, "not found")


@operation("get-workflow-policy")
def get_workflow_policy(call: Call) -> Reply:
    """Another project's is 404 ``not found``; an API key can never store one (see the
    upsert), so the caller's own answers 404 ``workflow policy not found``
    (api/workflow_advanced.go:69-84)."""
    _policy_project(call)
    raise ApiFailure(404, "workflow policy not found")


@operation("upsert-workflow-policy")
def upsert_workflow_policy(call: Call) -> Reply:
    """An API key caller may not change a workflow policy: 403 (404 for another project
    first) (api/workflow_advanced.go:28-34)."""
    _policy_project(call)
    raise ApiFailure(403, "workflow policy changes require an operator or user context")
