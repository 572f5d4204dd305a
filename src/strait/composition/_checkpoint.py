"""Checkpoint resume: carry a job's progress across restarts (server checkpoints or a
local file of processed items)."""

from __future__ import annotations

import json
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from strait._errors import ValidationError
from strait._plan import Call, Plan, field_of, run_async, run_sync

from ._paginate import _data_of

if TYPE_CHECKING:
    from strait._client import AsyncClient, Client

__all__ = [
    "BatchCheckpoint",
    "async_latest_checkpoint",
    "async_with_checkpoint_resume",
    "checkpoint",
    "latest_checkpoint",
    "with_checkpoint_resume",
]

R = TypeVar("R")
S = TypeVar("S")


def _latest_checkpoint_plan(client: Client | AsyncClient, run_id: str) -> Plan[object]:
    page = yield Call(client.runs.list_checkpoints, (run_id,), {"limit": "1"})
    items = _data_of(page)
    return field_of(items[0], "state") if items else None


def latest_checkpoint(client: Client, run_id: str) -> Any:
    """The ``state`` of the run's newest checkpoint, or None (needs an API-key client)."""
    return run_sync(_latest_checkpoint_plan(client, run_id))


async def async_latest_checkpoint(client: AsyncClient, run_id: str) -> Any:
    """The async form of :func:`latest_checkpoint`."""
    return await run_async(_latest_checkpoint_plan(client, run_id))


def _resume_plan(fn: Callable[..., object], load: Callable[[], object], save: object) -> Plan[R]:
    """``fn(load(), save)``; ``fn``'s result is the driver's ``R`` (awaited on async)."""
    state = yield Call(load)
    result: R = yield Call(fn, (state, save))
    return result


def with_checkpoint_resume(
    fn: Callable[[S | None, Callable[[S], object]], R],
    *,
    load: Callable[[], S | None],
    save: Callable[[S], object],
) -> R:
    """Run ``fn(state, save)`` starting from the last saved state (None the first time).

    ``fn`` calls ``save(state)`` after each unit of work; after a restart it gets
    that state back from ``load()``. For a run's server-side checkpoints use
    ``load=lambda: latest_checkpoint(client, run_id)`` and
    ``save=lambda s: run_client.sdk_runs.checkpoint_run(run_id, {"state": s})``.
    """
    return run_sync(_resume_plan(fn, load, save))


async def async_with_checkpoint_resume(
    fn: Callable[[S | None, Callable[[S], Awaitable[object]]], Awaitable[R]],
    *,
    load: Callable[[], Awaitable[S | None]],
    save: Callable[[S], Awaitable[object]],
) -> R:
    """The async form of :func:`with_checkpoint_resume`."""
    return await run_async(_resume_plan(fn, load, save))


class BatchCheckpoint:
    """Remembers which items of a batch were processed, in a JSON file, so a restarted
    batch can skip them (``already_processed`` / ``mark``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._done: set[str] = set()
        if path.exists():
            self._done = set(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _key(item: object) -> str:
        return item if isinstance(item, str) else json.dumps(item, sort_keys=True, default=str)

    def already_processed(self, item: object) -> bool:
        """Whether ``item`` was marked, in this process or an earlier one."""
        return self._key(item) in self._done

    def mark(self, item: object) -> None:
        """Record ``item`` as processed (written to disk at once)."""
        self._done.add(self._key(item))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(sorted(self._done)), encoding="utf-8")
        os.replace(tmp, self.path)

    def reset(self) -> None:
        """Forget every processed item and delete the file."""
        self._done.clear()
        self.path.unlink(missing_ok=True)


def checkpoint(name: str, *, directory: str | Path = ".strait/checkpoints") -> BatchCheckpoint:
    """The :class:`BatchCheckpoint` called ``name``, stored as ``<directory>/<name>.json``."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise ValidationError(f"invalid checkpoint name {name!r}", field="name", source="argument")
    return BatchCheckpoint(Path(directory) / f"{name}.json")
