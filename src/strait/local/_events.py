"""Event triggers: a run or a workflow step waits for a key; ``send`` resumes it.

From the server (``internal/api/event_triggers.go``, ``sdk_wait_event.go``): timeouts
default to 3600 s (at most 30 days); a send to a trigger that is not ``waiting`` is
409, except a repeat of the same payload to a ``received`` one, which answers the
trigger again; a received job-run trigger moves the run from ``waiting`` back to
``queued`` (so it is dispatched again); cancel fails the waiting step or cancels the
waiting run; list pages by ``requested_at``.
"""

from __future__ import annotations

from datetime import timedelta

from strait._limits import MAX_EVENT_KEY_LENGTH
from strait._types import JSONValue

from . import _bus
from ._clock import format_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._engine import finish_run, start
from ._http import ApiFailure, Call, Reply, page, reader
from ._json import as_int
from ._model import Trigger
from ._timers import timer

DEFAULT_TIMEOUT_SECS = 3600
MAX_TIMEOUT_SECS = 2_592_000


def check_event_key(key: str) -> None:
    """api/event_triggers.go:28-40."""
    if not key:
        raise ApiFailure(400, "event key is required")
    if len(key.encode()) > MAX_EVENT_KEY_LENGTH:
        raise ApiFailure(400, f"event key must be at most {MAX_EVENT_KEY_LENGTH} characters")
    if any(ord(c) < 0x20 for c in key):
        raise ApiFailure(400, "event key contains invalid characters (control characters not allowed)")


def open_trigger(emu: EmulatorCore, project_id: str, key: str, timeout: JSONValue, source: str) -> Trigger:
    check_event_key(key)
    secs = as_int(timeout, DEFAULT_TIMEOUT_SECS)
    if secs < 0 or secs > MAX_TIMEOUT_SECS:
        raise ApiFailure(400, f"timeout_secs must be {MAX_TIMEOUT_SECS} seconds or fewer")
    existing = emu.state.triggers.get((project_id, key))
    if existing is not None and existing.status == "waiting":
        raise ApiFailure(409, "event key already in use")
    now = emu.clock.stamp()
    expires = now + timedelta(seconds=secs)
    trigger = Trigger(emu.new_id("trg"), key, project_id, now, source, secs, expires)
    emu.state.triggers[(project_id, key)] = trigger
    emu.clock.at(expires, "trigger.expire", project_id, key, trigger.id)
    _published(emu, trigger)
    return trigger


def _published(emu: EmulatorCore, trigger: Trigger) -> None:
    emu.publish(f"trigger:{trigger.id}", trigger.wire())
    if emu.has_subscribers(f"activity:{trigger.project_id}"):
        emu.activity(trigger.project_id, "event_triggers", "update", trigger.wire())


@timer("trigger.expire")
def expire_trigger(emu: EmulatorCore, project_id: str, key: str, trigger_id: str) -> None:
    trigger = emu.state.triggers.get((project_id, key))
    if trigger is None or trigger.id != trigger_id or trigger.status != "waiting":
        return
    trigger.status = "timed_out"
    trigger.error = "event trigger timed out"
    _published(emu, trigger)
    _settle_source(emu, trigger, "timed_out")


def _settle_source(emu: EmulatorCore, trigger: Trigger, outcome: str) -> None:
    """What a trigger's end does to whoever waits on it."""
    run_id = trigger.job_run_id
    if run_id:
        run = emu.state.runs.get(run_id)
        if run is None or run.status != "waiting":
            return
        if outcome == "received":
            # The server's store moves the run waiting -> queued directly (its FSM table
            # has no such edge) and enqueues it again.
            run.status = "queued"
            run.checkpoints.append(
                {
                    "id": emu.new_id("ckpt"),
                    "run_id": run.id,
                    "sequence": len(run.checkpoints) + 1,
                    "source": "event",
                    "state": trigger.response_payload,
                    "created_at": format_time(emu.clock.stamp()),
                }
            )
            emu.publish(
                f"run:{run.id}",
                {"type": "status_change", "run_id": run.id, "from": "waiting", "to": "queued"},
            )
            start(emu, run)
        elif outcome == "timed_out":
            finish_run(emu, run, "timed_out", error="event trigger timed out")
        else:
            finish_run(emu, run, "canceled")
        return
    if trigger.workflow_step_run_id:
        _bus.emit(emu, _bus.STEP_TRIGGER_SETTLED, trigger, outcome)


def find_trigger(call: Call, key: str | None = None) -> Trigger:
    trigger = call.emu.state.triggers.get((call.project_id, key or call.params["eventKey"]))
    if trigger is None:
        raise ApiFailure(404, "event trigger not found")
    return trigger


def receive(emu: EmulatorCore, trigger: Trigger, payload: JSONValue) -> None:
    now = emu.clock.now()
    trigger.status, trigger.response_payload, trigger.received_at = "received", payload, now
    trigger.sent_by = "api_key"
    _published(emu, trigger)
    _settle_source(emu, trigger, "received")


@operation("send-event")
def send_event(call: Call) -> Reply:
    trigger = find_trigger(call)
    payload = call.obj().get("payload")
    if trigger.status != "waiting":
        if trigger.status == "received" and trigger.response_payload == payload:
            return json_ok(trigger.wire())
        raise ApiFailure(409, "event trigger is not in waiting state")
    receive(call.emu, trigger, payload)
    return json_ok(trigger.wire())


@operation("send-event-by-prefix")
def send_event_by_prefix(call: Call) -> Reply:
    prefix = call.params["prefix"]
    payload = call.obj().get("payload")
    matched = [
        t
        for (project, key), t in call.emu.state.triggers.items()
        if project == call.project_id and key.startswith(prefix) and t.status == "waiting"
    ]
    for trigger in matched:
        receive(call.emu, trigger, payload)
    return json_ok({"resolved": len(matched), "triggers": [t.wire() for t in matched]})


operation("get-event-trigger")(reader(find_trigger, Trigger.wire))


@operation("cancel-event-trigger")
def cancel_event_trigger(call: Call) -> Reply:
    trigger = find_trigger(call)
    if trigger.status != "waiting":
        raise ApiFailure(409, "event trigger is not in waiting state")
    trigger.status, trigger.error = "canceled", "canceled by user"
    _published(call.emu, trigger)
    _settle_source(call.emu, trigger, "canceled")
    return json_ok(trigger.wire())


@operation("list-event-triggers")
def list_event_triggers(call: Call) -> Reply:
    triggers = [t for (project, _), t in call.emu.state.triggers.items() if project == call.project_id]
    for name in ("status", "source_type", "workflow_run_id"):
        wanted = call.query.get(name)
        if wanted:
            triggers = [t for t in triggers if getattr(t, name) == wanted]
    return json_ok(page(call, triggers, lambda t: t.requested_at, Trigger.wire))


@operation("get-event-trigger-stats")
def event_trigger_stats(call: Call) -> Reply:
    triggers = [t for (project, _), t in call.emu.state.triggers.items() if project == call.project_id]
    counts = {
        s: sum(1 for t in triggers if t.status == s) for s in ("waiting", "received", "timed_out", "canceled")
    }
    waits = [
        (t.received_at - t.requested_at).total_seconds()
        for t in triggers
        if t.status == "received" and t.received_at is not None
    ]
    return json_ok(
        {
            "total_count": len(triggers),
            "waiting_count": counts["waiting"],
            "received_count": counts["received"],
            "timed_out_count": counts["timed_out"],
            "canceled_count": counts["canceled"],
            "avg_wait_duration_secs": sum(waits) / len(waits) if waits else 0.0,
        }
    )
