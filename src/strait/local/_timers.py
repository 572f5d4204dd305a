"""Timers as data: ``(due, kind, args)`` on the emulator's clock, where ``args`` are ids
and plain values. Each kind's action is registered here by the area that owns it
(``@timer("run.expire")``), so the clock's pending timers can be saved by ``--db`` like
any other state and put back as they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["KINDS", "timer"]

#: kind -> action(emulator, *args)
KINDS: dict[str, Callable[..., Any]] = {}


def timer(kind: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(action: Callable[..., Any]) -> Callable[..., Any]:
        KINDS[kind] = action
        return action

    return register
