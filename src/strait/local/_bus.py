"""Cross-area reactions without imports between the areas.

An area announces what happened (``emit(emu, RUN_FINISHED, run)``); the areas that react
are wired to it in one place, ``_areas.py``. So the engine never imports workflows, and
event triggers never import the engine's callers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

__all__ = ["RUN_FINISHED", "RUN_SETTLED", "STEP_TRIGGER_SETTLED", "WORKFLOW_RUN_MOVED", "emit", "on"]

#: A job run reached a terminal status: ``(emu, run)``.
RUN_FINISHED = "run.finished"
#: A workflow step's event trigger received its event, timed out or was canceled:
#: ``(emu, trigger, outcome)``.
STEP_TRIGGER_SETTLED = "step_trigger.settled"
#: The executor ended a run (its endpoint's answer, a worker's result, or the timeout),
#: after RUN_FINISHED: ``(emu, run)``. Cancel, expiry and the run-token API do not.
RUN_SETTLED = "run.settled"
#: A workflow run changed status: ``(emu, run, previous status, new status)``.
WORKFLOW_RUN_MOVED = "workflow_run.moved"

_REACTIONS: defaultdict[str, list[Callable[..., Any]]] = defaultdict(list)


def on(topic: str, reaction: Callable[..., Any]) -> None:
    if reaction not in _REACTIONS[topic]:
        _REACTIONS[topic].append(reaction)


def emit(emu: Any, topic: str, *args: Any) -> None:
    for reaction in _REACTIONS.get(topic, ()):
        reaction(emu, *args)
