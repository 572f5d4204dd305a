"""A run's debug flag and debug bundle, the queue counts, and the purge of finished event
triggers (``api/runs.go``, ``store/runs.go``, ``api/stats.go``, ``store/stats.go``,
``api/event_triggers.go``, ``store/event_triggers.go``)."""

from __future__ import annotations

from datetime import timedelta

from strait import _limits, fsm
from strait._types import JSONValue

from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply
from ._json import as_int, as_str
from ._ops_runs import owned_run
from ._trigger import check_types

#: Event-trigger statuses a purge removes (store/event_triggers.go:619,639).
_FINISHED_TRIGGER = frozenset({"received", "timed_out", "canceled"})
#: Run statuses the queue counts cover (store/stats.go:22-30).
_QUEUE_COUNTS = {
    "queued": fsm.RunStatus.QUEUED.value,
    "executing": fsm.RunStatus.EXECUTING.value,
    "delayed": fsm.RunStatus.DELAYED.value,
}


@operation("set-debug-mode")
def set_debug_mode(call: Call) -> Reply:
    """``debug_mode`` (false when absent) is stored on the run, which reports it
    (api/runs.go:621-658, store/runs.go:2469-2498); a value that is not a boolean fails
    to decode (api/huma_bridge.go:61-66)."""
    body = call.obj()
    check_types(body, "SetDebugModeRequest", {"debug_mode": bool})
    flag = body.get("debug_mode") is True
    owned_run(call, call.params["runID"]).debug_mode = flag
    return json_ok({"status": "ok"})


@operation("get-debug-bundle")
def get_debug_bundle(call: Call) -> Reply:
    """The run with its events (oldest first), checkpoints (highest sequence first),
    outputs (by key) and resource snapshots (newest first), each capped as the store
    caps it (api/runs.go:605-619, store/runs.go:2400-2467, store/events.go:109,
    store/run_artifacts.go:129,329, store/run_resource_snapshots.go:114)."""
    run = owned_run(call, call.params["runID"])
    checkpoints = sorted(run.checkpoints, key=lambda c: as_int(c.get("sequence")), reverse=True)
    outputs = sorted(run.outputs, key=lambda o: as_str(o.get("output_key")))
    return json_ok(
        {
            "run": run.wire(),
            "events": list[JSONValue](run.events[: _limits.DEBUG_BUNDLE_MAX_EVENTS]),
            "checkpoints": list[JSONValue](checkpoints[: _limits.DEBUG_BUNDLE_MAX_CHECKPOINTS]),
            "outputs": list[JSONValue](outputs[: _limits.DEBUG_BUNDLE_MAX_OUTPUTS]),
            # Recorded in time order, so the newest are the last.
            "resource_snapshots": list[JSONValue](
                run.resources[::-1][: _limits.DEBUG_BUNDLE_MAX_RESOURCE_SNAPSHOTS]
            ),
        }
    )


@operation("get-stats")
def get_stats(call: Call) -> Reply:
    """Queued, executing and delayed runs counted over the whole store: the query has no
    project filter (api/stats.go:18-24, store/stats.go:18-39)."""
    counts = dict.fromkeys(_QUEUE_COUNTS, 0)
    wanted = {status: name for name, status in _QUEUE_COUNTS.items()}
    for run in call.emu.state.runs.values():
        name = wanted.get(run.status)
        if name is not None:
            counts[name] += 1
    return json_ok(counts)


@operation("purge-event-triggers")
def purge_event_triggers(call: Call) -> Reply:
    """The caller's received, timed-out and canceled event triggers whose event arrived
    (else expired) over ``older_than_days`` ago: counted on a dry run, else deleted, at
    most 10,000 at a time (api/event_triggers.go:21,695-738,
    store/event_triggers.go:611-650)."""
    body = call.obj()
    check_types(body, "purgeEventTriggersRequest", {"older_than_days": int, "dry_run": bool})
    days, dry_run = as_int(body.get("older_than_days")), body.get("dry_run") is True
    if days < 1:
        raise ApiFailure(400, "older_than_days must be >= 1")
    if days > _limits.MAX_EVENT_TRIGGER_PURGE_DAYS:
        raise ApiFailure(400, f"older_than_days must be <= {_limits.MAX_EVENT_TRIGGER_PURGE_DAYS}")
    before = call.emu.clock.now() - timedelta(days=days)
    triggers = call.emu.state.triggers
    old = [
        key
        for key, trigger in triggers.items()
        if trigger.project_id == call.project_id
        and trigger.status in _FINISHED_TRIGGER
        and (trigger.received_at or trigger.expires_at) < before
    ]
    if dry_run:
        return json_ok({"dry_run": True, "would_delete": len(old)})
    for key in old[: _limits.EVENT_TRIGGER_PURGE_BATCH]:
        del triggers[key]
    return json_ok({"deleted": min(len(old), _limits.EVENT_TRIGGER_PURGE_BATCH)})
