"""Cross-area reactions without imports between the areas.

An area announces what happened (``emit(emu, RUN_FINISHED, run)``); the areas that react
are wired to it in one place, ``_areas.py``. So the engine never imports workflows, and
event triggers never import the engine's callers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

__all__ = ["RUN_FINISHED", "STEP_TRIGGER_SETTLED", "emit", "on"]

#: A job run reached a terminal status: ``(emu, run)``.
RUN_FINISHED = "run.finished"
#: A workflow step's event trigger received its event, timed out or was canceled:
#: ``(emu, trigger, outcome)``.
STEP_TRIGGER_SETTLED = "step_trigger.settled"

_REACTIONS: defaultdict[str, list[Callable[..., Any]]] = defaultdict(list)


def on(topic: str, reaction: Callable[..., Any]) -> None:
    if reaction not in _REACTIONS[topic]:
        _REACTIONS[topic].append(reaction)


def emit(emu: Any, topic: str, *args: Any) -> None:
    for reaction in _REACTIONS.get(topic, ()):
        reaction(emu, *args)
