"""Every (status, event) pair of the three state machines, against tables written out here.

The expected tables are copied by hand from the Strait server's FSM
(apps/strait/internal/domain/fsm.go and workflow_fsm.go at ac094a3c), not derived
from strait.fsm, so a wrong entry in the SDK makes a test fail.
"""

from __future__ import annotations

from typing import Any

import pytest

from strait._errors import StraitError, ValidationError
from strait.fsm import (
    InvalidTransitionError,
    RunEvent,
    RunStatus,
    StepEvent,
    StepStatus,
    WorkflowRunEvent,
    WorkflowRunStatus,
    WorkflowStepStatus,
    can_transition_run,
    can_transition_step,
    can_transition_workflow_run,
    is_terminal_run_status,
    is_terminal_step_status,
    is_terminal_workflow_run_status,
    transition_run,
    transition_step,
    transition_workflow_run,
    transition_workflow_step,
)

# status -> statuses the server allows next
RUN_ALLOWED: dict[str, set[str]] = {
    "delayed": {"queued", "canceled", "expired"},
    "queued": {"dequeued", "executing", "canceled", "expired"},
    "dequeued": {"executing", "queued", "canceled", "system_failed"},
    "executing": {
        "completed",
        "failed",
        "timed_out",
        "crashed",
        "canceled",
        "waiting",
        "queued",
        "system_failed",
        "dead_letter",
        "paused",
    },
    "waiting": {"executing", "completed", "failed", "canceled", "timed_out"},
    "completed": set(),
    "failed": set(),
    "timed_out": set(),
    "crashed": set(),
    "system_failed": set(),
    "canceled": set(),
    "expired": set(),
    "dead_letter": {"queued", "replay_staged"},
    "replay_staged": {"queued", "canceled"},
    "paused": {"queued", "canceled"},
}
RUN_EVENT_TARGET = {
    "ENQUEUE": "queued",
    "DEQUEUE": "dequeued",
    "EXECUTE": "executing",
    "WAIT": "waiting",
    "COMPLETE": "completed",
    "FAIL": "failed",
    "TIME_OUT": "timed_out",
    "CRASH": "crashed",
    "SYSTEM_FAIL": "system_failed",
    "CANCEL": "canceled",
    "EXPIRE": "expired",
    "DEAD_LETTER": "dead_letter",
    "STAGE_REPLAY": "replay_staged",
    "PAUSE": "paused",
}
RUN_TERMINAL = {
    "completed",
    "failed",
    "timed_out",
    "crashed",
    "system_failed",
    "canceled",
    "expired",
    "dead_letter",
}

WORKFLOW_ALLOWED: dict[str, set[str]] = {
    "pending": {"running", "canceled"},
    "running": {"paused", "completed", "failed", "timed_out", "canceled"},
    "paused": {"running", "completed", "failed", "timed_out", "canceled"},
    "completed": set(),
    "failed": {"compensating"},
    "timed_out": {"compensating"},
    "canceled": set(),
    "compensating": {"compensated", "compensation_failed", "canceled"},
    "compensated": set(),
    "compensation_failed": set(),
}
WORKFLOW_EVENT_TARGET = {
    "START": "running",
    "PAUSE": "paused",
    "COMPLETE": "completed",
    "FAIL": "failed",
    "TIME_OUT": "timed_out",
    "CANCEL": "canceled",
    "COMPENSATE": "compensating",
    "FINISH_COMPENSATION": "compensated",
    "FAIL_COMPENSATION": "compensation_failed",
}
WORKFLOW_TERMINAL = {"completed", "failed", "timed_out", "canceled", "compensated", "compensation_failed"}

STEP_ALLOWED: dict[str, set[str]] = {
    "pending": {"waiting", "running", "skipped", "canceled", "completed"},
    "waiting": {"running", "skipped", "canceled", "completed"},
    "running": {"completed", "failed", "canceled"},
    "completed": set(),
    "failed": set(),
    "skipped": set(),
    "canceled": set(),
}
STEP_EVENT_TARGET = {
    "WAIT": "waiting",
    "START": "running",
    "COMPLETE": "completed",
    "FAIL": "failed",
    "SKIP": "skipped",
    "CANCEL": "canceled",
}
STEP_TERMINAL = {"completed", "failed", "skipped", "canceled"}


def _pairs(allowed: dict[str, set[str]], targets: dict[str, str]) -> list[tuple[str, str, str | None]]:
    return [
        (status, event, target if target in allowed[status] else None)
        for status in allowed
        for event, target in targets.items()
    ]


def test_enums_match_the_server_values() -> None:
    assert {s.value for s in RunStatus} == set(RUN_ALLOWED)
    assert {e.value for e in RunEvent} == set(RUN_EVENT_TARGET)
    assert {s.value for s in WorkflowRunStatus} == set(WORKFLOW_ALLOWED)
    assert {e.value for e in WorkflowRunEvent} == set(WORKFLOW_EVENT_TARGET)
    assert {s.value for s in StepStatus} == set(STEP_ALLOWED)
    assert {e.value for e in StepEvent} == set(STEP_EVENT_TARGET)
    assert WorkflowStepStatus is StepStatus


@pytest.mark.parametrize(("status", "event", "expected"), _pairs(RUN_ALLOWED, RUN_EVENT_TARGET))
def test_run_transition(status: str, event: str, expected: str | None) -> None:
    assert can_transition_run(status, event) is (expected is not None)
    if expected is None:
        with pytest.raises(InvalidTransitionError) as info:
            transition_run(RunStatus(status), RunEvent(event))
        assert info.value.status == status and info.value.event == event
        assert status in str(info.value) and event in str(info.value)
    else:
        result = transition_run(RunStatus(status), RunEvent(event))
        assert result == expected and isinstance(result, RunStatus)
        assert transition_run(status, event.lower()) == expected


# workflow runs and workflow steps: (transition, can_transition, status type, event type)
_MACHINES: dict[str, tuple[Any, Any, Any, Any]] = {
    "workflow run": (
        transition_workflow_run,
        can_transition_workflow_run,
        WorkflowRunStatus,
        WorkflowRunEvent,
    ),
    "workflow step": (transition_step, can_transition_step, StepStatus, StepEvent),
}


@pytest.mark.parametrize(
    ("machine", "status", "event", "expected"),
    [("workflow run", *p) for p in _pairs(WORKFLOW_ALLOWED, WORKFLOW_EVENT_TARGET)]
    + [("workflow step", *p) for p in _pairs(STEP_ALLOWED, STEP_EVENT_TARGET)],
)
def test_workflow_run_and_step_transition(
    machine: str, status: str, event: str, expected: str | None
) -> None:
    transition, can_transition, status_type, event_type = _MACHINES[machine]
    assert can_transition(status, event) is (expected is not None)
    if expected is None:
        with pytest.raises(InvalidTransitionError, match=status):
            transition(status, event)
    else:
        assert transition(status_type(status), event_type(event)) == expected


def test_transition_workflow_step_is_transition_step() -> None:
    assert transition_workflow_step is transition_step


@pytest.mark.parametrize("status", sorted(RUN_ALLOWED))
def test_run_terminal(status: str) -> None:
    assert is_terminal_run_status(status) is (status in RUN_TERMINAL)
    assert is_terminal_run_status(RunStatus(status)) is (status in RUN_TERMINAL)


@pytest.mark.parametrize("status", sorted(WORKFLOW_ALLOWED))
def test_workflow_run_terminal(status: str) -> None:
    assert is_terminal_workflow_run_status(status) is (status in WORKFLOW_TERMINAL)


@pytest.mark.parametrize("status", sorted(STEP_ALLOWED))
def test_step_terminal(status: str) -> None:
    assert is_terminal_step_status(status) is (status in STEP_TERMINAL)


def test_unknown_status_is_not_terminal() -> None:
    assert not is_terminal_run_status("bogus")
    assert not is_terminal_workflow_run_status("bogus")
    assert not is_terminal_step_status("bogus")


def test_resume_is_an_alias_of_start() -> None:
    assert WorkflowRunEvent["RESUME"] is WorkflowRunEvent.START
    assert transition_workflow_run("paused", "resume") == WorkflowRunStatus.RUNNING


def test_unknown_status_or_event_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="unknown run status 'bogus'"):
        transition_run("bogus", "COMPLETE")
    with pytest.raises(ValidationError, match="unknown run event 'explode'"):
        transition_run("executing", "explode")
    with pytest.raises(ValidationError):
        transition_step("executing", "START")  # a run status, not a step status


def test_invalid_transition_error_is_typed() -> None:
    with pytest.raises(InvalidTransitionError) as info:
        transition_run("completed", "EXECUTE")
    assert isinstance(info.value, StraitError) and isinstance(info.value, ValueError)
    assert info.value.machine == "run"
    assert str(info.value) == "cannot apply event EXECUTE to a run in status 'completed'"
