"""``--db PATH``: the emulator's state in SQLite (standard library), saved on stop and
loaded on start. Runs that were executing when it stopped are put back in the queue
(as the server's reaper does with runs whose executor went away). The file is made
``0600`` and holds API keys only as their hashes, as the server stores them."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Callable, Hashable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from strait._types import JSONObject, JSONValue

from ._core import ApiKey, EmulatorCore, State
from ._engine import start
from ._json import as_list, as_object, as_str
from ._model import ENTITIES, Job, Workflow

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_T = TypeVar("_T")
_SCHEMA = "CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, data TEXT NOT NULL)"
#: The shape of the saved state; a file of another shape is refused, never half-loaded.
#: 2: typed entities (no ``data`` dicts), 2026-12-06. 3: webhook deliveries, attempts and
#: circuits in typed ``State`` fields (no ``extras``).
FORMAT = 3


def _fields(value: DataclassInstance) -> JSONObject:
    """A dataclass by its fields, tagged with its class name."""
    return {
        "$" + type(value).__name__: {
            f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)
        }
    }


def _encode(value: object) -> JSONValue:
    if isinstance(value, datetime):
        return {"$time": value.isoformat()}
    if isinstance(value, Job):
        return {"$job": value.id}
    if isinstance(value, Workflow):
        return {"$workflow": value.id}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _fields(value)
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {"$dict": {k: _encode(v) for k, v in value.items()}}
        return {
            "$pairs": [
                [_encode(list(k) if isinstance(k, tuple) else k), _encode(v)] for k, v in value.items()
            ]
        }
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"--db cannot save a {type(value).__name__}")


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def save(self, emu: EmulatorCore) -> None:
        state = emu.state
        # Runs may point at deleted jobs (and workflow runs at deleted workflows): keep
        # those too, and which ones are still live.
        every_job = {**{r.job.id: r.job for r in state.runs.values()}, **state.jobs}
        every_workflow = {
            **{r.workflow.id: r.workflow for r in state.workflow_runs.values()},
            **state.workflows,
        }
        data = {
            "format": FORMAT,
            "jobs": {job_id: _fields(job) for job_id, job in every_job.items()},
            "workflows": {wf_id: _fields(wf) for wf_id, wf in every_workflow.items()},
            "live_jobs": list(state.jobs),
            "live_workflows": list(state.workflows),
            # Cross-references (run -> job, workflow run -> workflow) are stored by id; the
            # idempotency index is rebuilt from the runs. The idempotency middleware's
            # replays are not kept across restarts.
            "rest": _encode(dataclasses.replace(state, jobs={}, workflows={}, idempotency={}, replays={})),
            "offset": emu.clock.offset.total_seconds(),
            # The clock's timers are data: saved as they are, put back on load.
            "timers": [
                [_encode(when), due.kind, _encode(list(due.args))] for when, due in emu.clock.pending()
            ],
        }
        if not self.path.exists():
            # Created owner-only before SQLite opens it (API key hashes, payloads, results).
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(self.path, 0o600)
        with sqlite3.connect(self.path) as db:
            db.execute(_SCHEMA)
            db.execute("INSERT OR REPLACE INTO state VALUES ('emulator', ?)", (json.dumps(data),))

    def load(self, emu: EmulatorCore) -> None:
        if not self.path.exists():
            return
        with sqlite3.connect(self.path) as db:
            db.execute(_SCHEMA)
            row = db.execute("SELECT data FROM state WHERE name = 'emulator'").fetchone()
        if row is None:
            return
        data = json.loads(row[0])
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format", 1) if isinstance(data, dict) else "unknown"
            raise ValueError(
                f"it holds state format {found}, and this strait.local reads format "
                f"{FORMAT}: it was saved by another version. Move it aside (or delete it) to "
                "start with an empty state"
            )
        try:  # everything decoded first: a damaged file changes nothing
            jobs: dict[str, Job] = {}
            workflows: dict[str, Workflow] = {}
            decoder = _Decoder(jobs, workflows)
            for job_id, encoded in data["jobs"].items():
                jobs[job_id] = decoder.decode_as(Job, encoded)
            for wf_id, encoded in data.get("workflows", {}).items():
                workflows[wf_id] = decoder.decode_as(Workflow, encoded)
            state = decoder.decode_as(State, data["rest"])
            state.jobs = {job_id: jobs[job_id] for job_id in data["live_jobs"]}
            state.workflows = {wf_id: workflows[wf_id] for wf_id in data["live_workflows"]}
            offset = timedelta(seconds=float(data.get("offset", 0.0)))
            timers = [
                (decoder.decode_as(datetime, when), as_str(kind), [decoder.decode(a) for a in args])
                for when, kind, args in data.get("timers", [])
            ]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"it is damaged ({type(exc).__name__}: {exc})") from None
        for run in state.runs.values():
            if run.idempotency_key:
                state.idempotency[(run.job.id, run.idempotency_key)] = run
            if run.status in ("executing", "dequeued"):
                run.status = "queued"
        state.keys.update(emu.state.keys)  # the bootstrap key of this start
        emu.state = state
        emu.clock.offset = offset
        for when, kind, args in timers:
            emu.clock.at(when, kind, *args)
        emu.restore_pending = True


class _Decoder:
    def __init__(self, jobs: dict[str, Job], workflows: dict[str, Workflow]) -> None:
        self.jobs = jobs
        self.workflows = workflows
        self.classes: dict[str, Callable[..., object]] = {
            cls.__name__: cls for cls in (*ENTITIES, ApiKey, State)
        }

    def decode(self, value: JSONValue) -> object:
        if isinstance(value, list):
            return [self.decode(v) for v in value]
        if not isinstance(value, dict):
            return value
        ((tag, inner),) = value.items()
        if tag == "$time":
            return datetime.fromisoformat(as_str(inner))
        if tag == "$job":
            return self.jobs[as_str(inner)]
        if tag == "$workflow":
            return self.workflows[as_str(inner)]
        if tag == "$pairs":
            return {_key(pair[0]): self.decode(pair[1]) for pair in map(as_list, as_list(inner))}
        fields = {k: self.decode(v) for k, v in as_object(inner).items()}
        return fields if tag == "$dict" else self.classes[tag[1:]](**fields)

    def decode_as(self, kind: type[_T], value: JSONValue) -> _T:
        """``value`` decoded, which must be a ``kind``."""
        decoded = self.decode(value)
        if not isinstance(decoded, kind):
            raise ValueError(f"--db: expected a {kind.__name__}, found a {type(decoded).__name__}")
        return decoded


def _key(encoded: JSONValue) -> Hashable:
    """A dict key as saved (a tuple is saved as a list)."""
    if isinstance(encoded, list):
        return tuple(encoded)
    if isinstance(encoded, dict):
        raise ValueError("--db: an object cannot be a key")
    return encoded


def resume(emu: EmulatorCore) -> None:
    """After a load: offer the queued runs (those that were executing included) to their
    executors again; every timer came back with the state."""
    emu.restore_pending = False
    for run in list(emu.state.runs.values()):
        if run.status == "queued" and run.next_retry_at is None:
            start(emu, run)
