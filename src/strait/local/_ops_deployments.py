"""Deployment versions: create (a ``draft``), list, finalize, promote and roll back, per
project environment (``api/deployment_versions.go``, ``store/deployment_versions.go``).

Promoting records which version is live in an environment (its ``promoted_at``; the one
promoted before loses it and, if still ``promoted``, goes back to ``finalized``); the
emulator keeps the record only: no job's endpoint or code changes with it, as the server's
handler changes nothing else either. Plan gates are off, as everywhere in the emulator, so
a ``canary`` strategy is accepted on any plan."""

from __future__ import annotations

import re
from fractions import Fraction

from strait._limits import MAX_DEPLOYMENT_CANARY_PERCENT, MIN_DEPLOYMENT_CANARY_PERCENT
from strait._types import JSONObject

from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, failed_on, matches_url_rule, page, required, validation_failed
from ._json import as_int
from ._model import DeploymentVersion
from ._trigger import check_types

#: The create request's fields as the server decodes them (api/deployment_versions.go:16-26).
_CREATE_TYPES: dict[str, type] = {
    "project_id": str,
    "environment": str,
    "runtime": str,
    "artifact_uri": str,
    "checksum": str,
    "strategy": str,
    "canary_percent": int,
    "canary_duration": str,
}
#: finalize/promote/rollback's request (api/deployment_versions.go:28-31).
_MUTATION_TYPES: dict[str, type] = {"project_id": str, "environment": str}
_STRATEGIES = ("direct", "canary")  # domain/types.go:1441-1456
_DURATION_UNITS = {
    "ns": 1,
    "us": 1_000,
    "\u00b5s": 1_000,
    "\u03bcs": 1_000,
    "ms": 1_000_000,
    "s": 1_000_000_000,
    "m": 60_000_000_000,
    "h": 3_600_000_000_000,
}
_DURATION_PART = re.compile(r"(\d*)(?:\.(\d*))?([^\d.]+)")
_MAX_DURATION_NS = (1 << 63) - 1


def _parse_go_duration(text: str) -> int:
    """Go's ``time.ParseDuration``: an optional sign, then number-unit pairs (``1h30m``,
    ``1.5s``, units ns us µs ms s m h) or ``0``; nanoseconds. ``ValueError`` otherwise."""
    sign, rest = (-1, text[1:]) if text.startswith("-") else (1, text.removeprefix("+"))
    if rest == "0":
        return 0
    total, at = Fraction(0), 0
    while at < len(rest) or not at:
        match = _DURATION_PART.match(rest, at)
        if match is None or not (match[1] or match[2]) or match[3] not in _DURATION_UNITS:
            raise ValueError(text)
        number = Fraction(int(match[1] or "0")) + Fraction(int(match[2] or "0"), 10 ** len(match[2] or ""))
        total += number * _DURATION_UNITS[match[3]]
        at = match.end()
    if total > _MAX_DURATION_NS:
        raise ValueError(text)
    return sign * int(total)


def _actor(call: Call) -> str:
    """Who the change is recorded as: the API key (api/middleware.go:583,882-887)."""
    return "apikey:" + call.key_id if call.key_id else ""


def _mutation_body(call: Call) -> JSONObject:
    """finalize/promote/rollback: required ``project_id`` and ``environment`` (422), then
    the project must be the caller's (403) (api/deployment_versions.go:144-150)."""
    body = call.obj()
    check_types(body, "deploymentVersionMutationRequest", _MUTATION_TYPES)
    required(body, "project_id", "environment")
    call.project_match(body["project_id"])
    return body


@operation("create-deployment")
def create_deployment(call: Call) -> Reply:
    """Validator tags (422: required project_id, environment, runtime, artifact_uri; a
    URL), the project (403), then the strategy (400: ``direct`` by default or ``canary``,
    which needs ``canary_percent`` 1-99) and ``canary_duration`` (400 unless a Go
    duration); a ``draft`` with ``manifest`` ``{}`` unless given
    (api/deployment_versions.go:52-107, store/deployment_versions.go:81-150)."""
    body = call.obj()
    check_types(body, "createDeploymentVersionRequest", _CREATE_TYPES)
    required(body, "project_id", "environment", "runtime", "artifact_uri")
    artifact_uri = str(body["artifact_uri"])
    if not matches_url_rule(artifact_uri):
        raise validation_failed(failed_on("artifact_uri", "url"))
    call.project_match(body["project_id"])
    strategy = str(body.get("strategy") or "direct")
    if strategy not in _STRATEGIES:
        raise ApiFailure(400, 'invalid strategy: must be "direct" or "canary"')
    raw_percent = body.get("canary_percent")
    percent = None if raw_percent is None else as_int(raw_percent)
    if strategy == "canary" and (
        percent is None or not MIN_DEPLOYMENT_CANARY_PERCENT <= percent <= MAX_DEPLOYMENT_CANARY_PERCENT
    ):
        raise ApiFailure(400, "canary strategy requires canary_percent between 1 and 99")
    duration = None
    if body.get("canary_duration"):
        try:
            duration = _parse_go_duration(str(body["canary_duration"]))
        except ValueError:
            raise ApiFailure(400, "invalid canary_duration: must be a valid Go duration string") from None
    manifest = body.get("manifest")
    now, who = call.emu.clock.stamp(), _actor(call)
    deployment = DeploymentVersion(
        id=call.emu.new_id("dep"),
        project_id=call.project_id,
        environment=str(body["environment"]),
        runtime=str(body["runtime"]),
        artifact_uri=artifact_uri,
        manifest={} if manifest is None else manifest,
        checksum=str(body.get("checksum") or ""),
        status="draft",
        strategy=strategy,
        created_at=now,
        updated_at=now,
        canary_percent=percent,
        canary_duration=duration,
        created_by=who,
        updated_by=who,
    )
    call.emu.state.deployments[deployment.id] = deployment
    return json_ok(deployment.wire(), 201)


@operation("list-deployments")
def list_deployments(call: Call) -> Reply:
    """The project's versions, of one ``environment`` if given, newest first, by cursor
    (api/deployment_versions.go:119-132, store/deployment_versions.go:172-208)."""
    environment = call.query.get("environment", "")
    chosen = [
        d
        for d in call.emu.state.deployments.values()
        if d.project_id == call.project_id and (not environment or d.environment == environment)
    ]
    return json_ok(page(call, chosen, lambda d: d.created_at, DeploymentVersion.wire))


@operation("finalize-deployment")
def finalize_deployment(call: Call) -> Reply:
    """Any version of the project becomes ``finalized`` (a promoted one too, keeping its
    ``promoted_at``); ``finalized_at`` is set the first time only; the body's
    ``environment`` is required but not matched (api/deployment_versions.go:143-162,
    store/deployment_versions.go:210-234)."""
    _mutation_body(call)
    deployment = call.owned(call.emu.state.deployments, call.params["deploymentID"], "deployment version")
    now, who = call.emu.clock.stamp(), _actor(call)
    deployment.status = "finalized"
    deployment.finalized_at = deployment.finalized_at or now
    deployment.updated_by = who or deployment.updated_by
    deployment.updated_at = now
    return json_ok(deployment.wire())


def _promote(call: Call, *, rollback: bool) -> Reply:
    """The version (of the project and the body's environment, else 404) becomes the
    environment's one ``promoted`` version, whatever its status; the one promoted before
    loses its ``promoted_at`` (and goes back to ``finalized`` if ``promoted``). A rollback
    records the one it replaces as ``rollback_from_deployment_id``; with none promoted in
    the environment the server writes ``''`` there, which its foreign key refuses: 500,
    nothing changed (store/deployment_versions.go:250-329,
    migrations/000090_deployment_versions.up.sql:12,23-25)."""
    body = _mutation_body(call)
    environment = str(body["environment"])
    target = call.emu.state.deployments.get(call.params["deploymentID"])
    if target is None or (target.project_id, target.environment) != (call.project_id, environment):
        raise ApiFailure(404, "deployment version not found")
    promoted = [
        d
        for d in call.emu.state.deployments.values()
        if (d.project_id, d.environment) == (call.project_id, environment) and d.promoted_at is not None
    ]
    previous = promoted[0] if promoted else None  # at most one: the unique index (migrations, above)
    if rollback and previous is None:
        raise ApiFailure(500, "failed to rollback deployment version")
    now, who = call.emu.clock.stamp(), _actor(call)
    for other in promoted:
        other.promoted_at = None
        if other.status == "promoted":
            other.status = "finalized"
        other.updated_by = who or other.updated_by
        other.updated_at = now
    target.status, target.promoted_at, target.updated_at = "promoted", now, now
    target.updated_by = who or target.updated_by
    if rollback and previous is not None and previous.id != target.id:
        target.rollback_from_deployment_id = previous.id
    return json_ok(target.wire())


@operation("promote-deployment")
def promote_deployment(call: Call) -> Reply:
    """api/deployment_versions.go:173-192, store/deployment_versions.go:236-241."""
    return _promote(call, rollback=False)


@operation("rollback-deployment")
def rollback_deployment(call: Call) -> Reply:
    """api/deployment_versions.go:203-222, store/deployment_versions.go:243-248."""
    return _promote(call, rollback=True)
