"""Client-side copies of the server's state machines for job runs, workflow runs and steps.

Use them to predict what a status can become (for UIs, or to check a status you got
from the API) without asking the server. The tables mirror the Strait server's FSM
(``apps/strait/internal/domain/fsm.go`` and ``workflow_fsm.go``).

The server's machines only list which status may follow which; they have no event
names. Each event here stands for exactly one target status (``RunEvent.COMPLETE``
means "move to ``completed``"), so an event is legal in a status exactly when the
server allows that status to move to the event's target::

    transition_run(RunStatus.EXECUTING, RunEvent.COMPLETE)   # RunStatus.COMPLETED
    transition_run("completed", "execute")                   # InvalidTransitionError

Statuses and events may be given as enum members or as plain strings (events in
any case). An unknown status or event raises :class:`~strait.ValidationError`; a
known one that does not apply raises :class:`InvalidTransitionError`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum, StrEnum
from typing import TypeVar

from ._errors import InvalidTransitionError, ValidationError

__all__ = [
    "EVENT_TRIGGER_TERMINAL_STATUSES",
    "InvalidTransitionError",
    "RUN_FAILURE_STATUSES",
    "RUN_REPLAYABLE_STATUSES",
    "RUN_TERMINAL_STATUSES",
    "RunEvent",
    "RunStatus",
    "StepEvent",
    "StepStatus",
    "WorkflowRunEvent",
    "WorkflowRunStatus",
    "WorkflowStepEvent",
    "WorkflowStepStatus",
    "can_transition_run",
    "can_transition_step",
    "can_transition_workflow_run",
    "is_terminal_run_status",
    "is_terminal_step_status",
    "is_terminal_workflow_run_status",
    "is_terminal_workflow_step_status",
    "run_event_to",
    "step_event_to",
    "transition_run",
    "transition_step",
    "transition_workflow_run",
    "transition_workflow_step",
    "workflow_run_event_to",
]


# --- job runs -----------------------------------------------------------------------------


class RunStatus(StrEnum):
    """Status of a job run (wire values)."""

    DELAYED = "delayed"
    QUEUED = "queued"
    DEQUEUED = "dequeued"
    EXECUTING = "executing"
    WAITING = "waiting"
    COMPLETED = "completed"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    CRASHED = "crashed"
    SYSTEM_FAILED = "system_failed"
    CANCELED = "canceled"
    EXPIRED = "expired"
    DEAD_LETTER = "dead_letter"
    REPLAY_STAGED = "replay_staged"
    PAUSED = "paused"


class RunEvent(StrEnum):
    """What can happen to a job run; each event leads to one status."""

    ENQUEUE = "ENQUEUE"
    DEQUEUE = "DEQUEUE"
    EXECUTE = "EXECUTE"
    WAIT = "WAIT"
    COMPLETE = "COMPLETE"
    FAIL = "FAIL"
    TIME_OUT = "TIME_OUT"
    CRASH = "CRASH"
    SYSTEM_FAIL = "SYSTEM_FAIL"
    CANCEL = "CANCEL"
    EXPIRE = "EXPIRE"
    DEAD_LETTER = "DEAD_LETTER"
    STAGE_REPLAY = "STAGE_REPLAY"
    PAUSE = "PAUSE"


_R = RunStatus
_RUN_TARGET: dict[RunEvent, RunStatus] = {
    RunEvent.ENQUEUE: _R.QUEUED,
    RunEvent.DEQUEUE: _R.DEQUEUED,
    RunEvent.EXECUTE: _R.EXECUTING,
    RunEvent.WAIT: _R.WAITING,
    RunEvent.COMPLETE: _R.COMPLETED,
    RunEvent.FAIL: _R.FAILED,
    RunEvent.TIME_OUT: _R.TIMED_OUT,
    RunEvent.CRASH: _R.CRASHED,
    RunEvent.SYSTEM_FAIL: _R.SYSTEM_FAILED,
    RunEvent.CANCEL: _R.CANCELED,
    RunEvent.EXPIRE: _R.EXPIRED,
    RunEvent.DEAD_LETTER: _R.DEAD_LETTER,
    RunEvent.STAGE_REPLAY: _R.REPLAY_STAGED,
    RunEvent.PAUSE: _R.PAUSED,
}
# Allowed next statuses, as in the server's fsm.go.
_RUN_NEXT: dict[RunStatus, frozenset[RunStatus]] = {
    _R.DELAYED: frozenset({_R.QUEUED, _R.CANCELED, _R.EXPIRED}),
    _R.QUEUED: frozenset({_R.DEQUEUED, _R.EXECUTING, _R.CANCELED, _R.EXPIRED}),
    _R.DEQUEUED: frozenset({_R.EXECUTING, _R.QUEUED, _R.CANCELED, _R.SYSTEM_FAILED}),
    _R.EXECUTING: frozenset(
        {
            _R.COMPLETED,
            _R.FAILED,
            _R.TIMED_OUT,
            _R.CRASHED,
            _R.CANCELED,
            _R.WAITING,
            _R.QUEUED,
            _R.SYSTEM_FAILED,
            _R.DEAD_LETTER,
            _R.PAUSED,
        }
    ),
    _R.WAITING: frozenset({_R.EXECUTING, _R.COMPLETED, _R.FAILED, _R.CANCELED, _R.TIMED_OUT}),
    _R.COMPLETED: frozenset(),
    _R.FAILED: frozenset(),
    _R.TIMED_OUT: frozenset(),
    _R.CRASHED: frozenset(),
    _R.SYSTEM_FAILED: frozenset(),
    _R.CANCELED: frozenset(),
    _R.EXPIRED: frozenset(),
    _R.DEAD_LETTER: frozenset({_R.QUEUED, _R.REPLAY_STAGED}),
    _R.REPLAY_STAGED: frozenset({_R.QUEUED, _R.CANCELED}),
    _R.PAUSED: frozenset({_R.QUEUED, _R.CANCELED}),
}
# The server treats dead_letter as terminal (it only leaves it when replayed).
_RUN_TERMINAL = frozenset(
    {
        _R.COMPLETED,
        _R.FAILED,
        _R.TIMED_OUT,
        _R.CRASHED,
        _R.SYSTEM_FAILED,
        _R.CANCELED,
        _R.EXPIRED,
        _R.DEAD_LETTER,
    }
)
#: Job-run statuses after which nothing more happens, as wire strings (the one copy:
#: streams and waits read it from here).
RUN_TERMINAL_STATUSES: frozenset[str] = frozenset(status.value for status in _RUN_TERMINAL)
#: Failed runs a replay (single or bulk) starts again from (api/runs.go:551-557).
RUN_REPLAYABLE_STATUSES: frozenset[str] = frozenset(
    s.value for s in (_R.FAILED, _R.TIMED_OUT, _R.CRASHED, _R.SYSTEM_FAILED)
)
#: Terminal statuses that count as a failure, e.g. for a job dependency's ``failed``
#: condition (store/job_dependencies.go:316-323).
RUN_FAILURE_STATUSES: frozenset[str] = RUN_REPLAYABLE_STATUSES | {_R.EXPIRED.value, _R.DEAD_LETTER.value}
#: Event-trigger (``wait_for_event``) statuses after which its stream ends.
EVENT_TRIGGER_TERMINAL_STATUSES: frozenset[str] = frozenset({"received", "timed_out", "canceled"})

# --- workflow runs ------------------------------------------------------------------------


class WorkflowRunStatus(StrEnum):
    """Status of a workflow run (wire values)."""

    PENDING = "pending"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    FAILED = "failed"
    TIMED_OUT = "timed_out"
    CANCELED = "canceled"
    COMPENSATING = "compensating"
    COMPENSATED = "compensated"
    COMPENSATION_FAILED = "compensation_failed"


class WorkflowRunEvent(StrEnum):
    """What can happen to a workflow run; each event leads to one status."""

    START = "START"
    RESUME = "START"  # paused -> running is the same move as pending -> running
    PAUSE = "PAUSE"
    COMPLETE = "COMPLETE"
    FAIL = "FAIL"
    TIME_OUT = "TIME_OUT"
    CANCEL = "CANCEL"
    COMPENSATE = "COMPENSATE"
    FINISH_COMPENSATION = "FINISH_COMPENSATION"
    FAIL_COMPENSATION = "FAIL_COMPENSATION"


_W = WorkflowRunStatus
_WORKFLOW_TARGET: dict[WorkflowRunEvent, WorkflowRunStatus] = {
    WorkflowRunEvent.START: _W.RUNNING,
    WorkflowRunEvent.PAUSE: _W.PAUSED,
    WorkflowRunEvent.COMPLETE: _W.COMPLETED,
    WorkflowRunEvent.FAIL: _W.FAILED,
    WorkflowRunEvent.TIME_OUT: _W.TIMED_OUT,
    WorkflowRunEvent.CANCEL: _W.CANCELED,
    WorkflowRunEvent.COMPENSATE: _W.COMPENSATING,
    WorkflowRunEvent.FINISH_COMPENSATION: _W.COMPENSATED,
    WorkflowRunEvent.FAIL_COMPENSATION: _W.COMPENSATION_FAILED,
}
# Allowed next statuses, as in the server's workflow_fsm.go.
_WORKFLOW_NEXT: dict[WorkflowRunStatus, frozenset[WorkflowRunStatus]] = {
    _W.PENDING: frozenset({_W.RUNNING, _W.CANCELED}),
    _W.RUNNING: frozenset({_W.PAUSED, _W.COMPLETED, _W.FAILED, _W.TIMED_OUT, _W.CANCELED}),
    _W.PAUSED: frozenset({_W.RUNNING, _W.COMPLETED, _W.FAILED, _W.TIMED_OUT, _W.CANCELED}),
    _W.COMPLETED: frozenset(),
    _W.FAILED: frozenset({_W.COMPENSATING}),
    _W.TIMED_OUT: frozenset({_W.COMPENSATING}),
    _W.CANCELED: frozenset(),
    _W.COMPENSATING: frozenset({_W.COMPENSATED, _W.COMPENSATION_FAILED, _W.CANCELED}),
    _W.COMPENSATED: frozenset(),
    _W.COMPENSATION_FAILED: frozenset(),
}
# failed and timed_out are terminal for the server even though compensation may follow.
_WORKFLOW_TERMINAL = frozenset(
    {_W.COMPLETED, _W.FAILED, _W.TIMED_OUT, _W.CANCELED, _W.COMPENSATED, _W.COMPENSATION_FAILED}
)

# --- workflow steps -----------------------------------------------------------------------


class StepStatus(StrEnum):
    """Status of one step of a workflow run (wire values)."""

    PENDING = "pending"
    WAITING = "waiting"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELED = "canceled"


class StepEvent(StrEnum):
    """What can happen to a workflow step; each event leads to one status."""

    WAIT = "WAIT"
    START = "START"
    COMPLETE = "COMPLETE"
    FAIL = "FAIL"
    SKIP = "SKIP"
    CANCEL = "CANCEL"


WorkflowStepStatus = StepStatus
StepRunStatus = StepStatus  # strait-python 0.1.1's name
WorkflowStepEvent = StepEvent

_S = StepStatus
_STEP_TARGET: dict[StepEvent, StepStatus] = {
    StepEvent.WAIT: _S.WAITING,
    StepEvent.START: _S.RUNNING,
    StepEvent.COMPLETE: _S.COMPLETED,
    StepEvent.FAIL: _S.FAILED,
    StepEvent.SKIP: _S.SKIPPED,
    StepEvent.CANCEL: _S.CANCELED,
}
# Allowed next statuses, as in the server's workflow_fsm.go.
_STEP_NEXT: dict[StepStatus, frozenset[StepStatus]] = {
    _S.PENDING: frozenset({_S.WAITING, _S.RUNNING, _S.SKIPPED, _S.CANCELED, _S.COMPLETED}),
    _S.WAITING: frozenset({_S.RUNNING, _S.SKIPPED, _S.CANCELED, _S.COMPLETED}),
    _S.RUNNING: frozenset({_S.COMPLETED, _S.FAILED, _S.CANCELED}),
    _S.COMPLETED: frozenset(),
    _S.FAILED: frozenset(),
    _S.SKIPPED: frozenset(),
    _S.CANCELED: frozenset(),
}
_STEP_TERMINAL = frozenset({_S.COMPLETED, _S.FAILED, _S.SKIPPED, _S.CANCELED})

# --- shared logic -------------------------------------------------------------------------

_E = TypeVar("_E", bound=Enum)


def _parse(kind: type[_E], value: str, what: str, *, any_case: bool = False) -> _E:
    if isinstance(value, kind):
        return value
    text = str(value)
    try:
        return kind(text)
    except ValueError:
        if any_case and text.upper() in kind.__members__:
            return kind.__members__[text.upper()]
        known = ", ".join(str(m.value) for m in kind)
        raise ValidationError(f"unknown {what} {text!r} (known: {known})", field=what) from None


_St = TypeVar("_St", bound=StrEnum)
_Ev = TypeVar("_Ev", bound=StrEnum)


def _transition(
    machine: str,
    statuses: type[_St],
    events: type[_Ev],
    targets: Mapping[_Ev, _St],
    table: Mapping[_St, frozenset[_St]],
    status: str,
    event: str,
) -> _St:
    current = _parse(statuses, status, f"{machine} status")
    ev = _parse(events, event, f"{machine} event", any_case=True)
    target = targets[ev]
    if target not in table[current]:
        raise InvalidTransitionError(machine, str(current), str(ev))
    return target


def _is_terminal(statuses: type[_St], terminal: frozenset[_St], status: str) -> bool:
    try:
        return statuses(status) in terminal
    except ValueError:
        return False


_Status = TypeVar("_Status")
_Event = TypeVar("_Event")


def _allowed(transition: Callable[[_Status, _Event], object], status: _Status, event: _Event) -> bool:
    try:
        transition(status, event)
    except InvalidTransitionError:
        return False
    return True


# --- public functions ---------------------------------------------------------------------


def transition_run(status: RunStatus | str, event: RunEvent | str) -> RunStatus:
    """The status a job run in ``status`` moves to on ``event``.

    Raises :class:`InvalidTransitionError` when the server would reject the move.
    """
    return _transition("run", RunStatus, RunEvent, _RUN_TARGET, _RUN_NEXT, status, event)


def can_transition_run(status: RunStatus | str, event: RunEvent | str) -> bool:
    """Whether ``event`` is allowed for a job run in ``status``."""
    return _allowed(transition_run, status, event)


def is_terminal_run_status(status: RunStatus | str) -> bool:
    """Whether a job run in ``status`` has finished (``dead_letter`` counts; unknown: False)."""
    return _is_terminal(RunStatus, _RUN_TERMINAL, status)


def transition_workflow_run(
    status: WorkflowRunStatus | str, event: WorkflowRunEvent | str
) -> WorkflowRunStatus:
    """The status a workflow run in ``status`` moves to on ``event``."""
    return _transition(
        "workflow run", WorkflowRunStatus, WorkflowRunEvent, _WORKFLOW_TARGET, _WORKFLOW_NEXT, status, event
    )


def can_transition_workflow_run(status: WorkflowRunStatus | str, event: WorkflowRunEvent | str) -> bool:
    """Whether ``event`` is allowed for a workflow run in ``status``."""
    return _allowed(transition_workflow_run, status, event)


def is_terminal_workflow_run_status(status: WorkflowRunStatus | str) -> bool:
    """Whether a workflow run in ``status`` has finished (``failed`` and ``timed_out`` count)."""
    return _is_terminal(WorkflowRunStatus, _WORKFLOW_TERMINAL, status)


def transition_step(status: StepStatus | str, event: StepEvent | str) -> StepStatus:
    """The status a workflow step in ``status`` moves to on ``event``."""
    return _transition("workflow step", StepStatus, StepEvent, _STEP_TARGET, _STEP_NEXT, status, event)


def can_transition_step(status: StepStatus | str, event: StepEvent | str) -> bool:
    """Whether ``event`` is allowed for a workflow step in ``status``."""
    return _allowed(transition_step, status, event)


def is_terminal_step_status(status: StepStatus | str) -> bool:
    """Whether a workflow step in ``status`` has finished."""
    return _is_terminal(StepStatus, _STEP_TERMINAL, status)


transition_workflow_step = transition_step
is_terminal_workflow_step_status = is_terminal_step_status


def _event_to(targets: Mapping[_Ev, _St], target: str) -> _Ev:
    for event, status in targets.items():
        if status.value == target:
            return event
    raise ValueError(f"no event moves to {target!r}")


def run_event_to(status: RunStatus | str) -> RunEvent:
    """The event that moves a job run to ``status`` (``ValueError`` for none)."""
    return _event_to(_RUN_TARGET, status)


def workflow_run_event_to(status: WorkflowRunStatus | str) -> WorkflowRunEvent:
    """The event that moves a workflow run to ``status`` (``ValueError`` for none)."""
    return _event_to(_WORKFLOW_TARGET, status)


def step_event_to(status: StepStatus | str) -> StepEvent:
    """The event that moves a workflow step run to ``status`` (``ValueError`` for none)."""
    return _event_to(_STEP_TARGET, status)
