"""Workflows (filled in later)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._emulator import Emulator
    from ._model import Run


def on_job_run_finished(emu: Emulator, run: Run) -> None:
    return None


def on_step_event(emu: Emulator, trigger: Any, outcome: str) -> None:
    return None
