"""Data exports: every job, workflow, or run of a window, of the caller's project, oldest
first, as one JSON array, NDJSON lines, or (runs only) CSV (``api/export.go``,
``store/export.go``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TypeVar

from aiohttp import web

from strait._limits import MAX_EXPORT_WINDOW_DAYS
from strait._types import JSONObject

from ._clock import format_time, parse_time
from ._emulator import operation
from ._http import ApiFailure, Call, Reply
from ._model import Job, Run, Workflow

__all__: list[str] = []

_Item = TypeVar("_Item")

#: The header row of a runs CSV (api/export.go:134).
_CSV_COLUMNS = (
    "id",
    "job_id",
    "status",
    "attempt",
    "triggered_by",
    "created_at",
    "started_at",
    "finished_at",
    "error",
)


def _format(call: Call, *, allow_csv: bool) -> str:
    """``format``: json (the default), ndjson, and csv where allowed (api/export.go:273-288)."""
    chosen = call.query.get("format", "") or "json"
    if chosen in ("json", "ndjson") or (chosen == "csv" and allow_csv):
        return chosen
    raise ApiFailure(
        400,
        "format must be one of: json, ndjson, csv" if allow_csv else "format must be one of: json, ndjson",
    )


def _dumps(item: JSONObject) -> str:
    return json.dumps(item, separators=(",", ":"))


def _export(name: str, chosen: str, items: Iterable[_Item], wire: Callable[[_Item], JSONObject]) -> Reply:
    """The whole answer: a JSON array or one JSON line per item, as an attachment named
    after ``name`` (api/export.go:49-75,248-271)."""
    if chosen == "ndjson":
        body = "".join(_dumps(wire(i)) + "\n" for i in items)
        kind = "application/x-ndjson"
    else:
        body = "[" + ",".join(_dumps(wire(i)) for i in items) + "]"
        kind = "application/json"
    return _attachment(body, kind, f"{name}.{chosen}")


def _attachment(body: str, kind: str, filename: str) -> Reply:
    return web.Response(
        status=200,
        body=body.encode(),
        headers={"Content-Type": kind, "Content-Disposition": f"attachment; filename={filename}"},
    )


@operation("export-jobs")
def export_jobs(call: Call) -> Reply:
    """The project's jobs by creation, secrets left out (api/export.go:26-83, store/export.go:21-59)."""
    chosen = _format(call, allow_csv=False)
    jobs = sorted((j for j in call.emu.state.jobs.values() if j.project_id == call.project_id), key=_created)
    return _export("jobs", chosen, jobs, Job.wire)


@operation("export-workflows")
def export_workflows(call: Call) -> Reply:
    """The project's workflows by creation, without their steps (api/export.go:196-246,
    store/export.go:62-90 selects the workflow columns only)."""
    chosen = _format(call, allow_csv=False)
    workflows = sorted(
        (w for w in call.emu.state.workflows.values() if w.project_id == call.project_id), key=_created
    )
    return _export("workflows", chosen, workflows, Workflow.summary)


def _window(call: Call) -> tuple[datetime, datetime]:
    """``from`` and ``to``: both required RFC 3339 times, ``from <= to``, at most 90 days
    apart (api/export.go:98-115)."""
    raw_from, raw_to = call.query.get("from", ""), call.query.get("to", "")
    if not raw_from or not raw_to:
        raise ApiFailure(400, "both from and to query parameters are required")
    bounds = []
    for name, raw in (("from", raw_from), ("to", raw_to)):
        try:
            bounds.append(parse_time(raw))
        except ValueError:
            raise ApiFailure(400, f"{name} must be a valid RFC3339 timestamp") from None
    start, end = bounds
    if start > end:
        raise ApiFailure(400, "from must be <= to")
    if end - start > timedelta(days=MAX_EXPORT_WINDOW_DAYS):
        raise ApiFailure(400, f"export window must not exceed {MAX_EXPORT_WINDOW_DAYS} days")
    return start, end


@operation("export-runs")
def export_runs(call: Call) -> Reply:
    """The project's runs created within ``[from, to]``, by creation (api/export.go:92-189,
    store/export.go:93-126)."""
    start, end = _window(call)
    chosen = _format(call, allow_csv=True)
    runs = sorted(
        (
            r
            for r in call.emu.state.runs.values()
            if r.project_id == call.project_id and start <= r.created_at <= end
        ),
        key=_created,
    )
    if chosen != "csv":
        return _export("runs", chosen, runs, Run.wire)
    rows = [_CSV_COLUMNS, *(_csv_row(r) for r in runs)]
    body = "".join(",".join(_csv_field(f) for f in row) + "\n" for row in rows)
    return _attachment(body, "text/csv", "runs.csv")


def _csv_row(run: Run) -> tuple[str, ...]:
    """One run's CSV cells (api/export.go:135-148): times as RFC 3339 with nanoseconds,
    empty when unset."""
    return (
        run.id,
        run.job.id,
        run.status,
        str(run.attempt),
        run.triggered_by,
        format_time(run.created_at),
        format_time(run.started_at) if run.started_at else "",
        format_time(run.finished_at) if run.finished_at else "",
        run.error,
    )


def _csv_field(text: str) -> str:
    """A cell as Go's ``encoding/csv`` writes it: quoted (quotes doubled) when it holds a
    comma, a quote, a CR or LF, starts with white space, or is ``\\.``."""
    if text == "\\." or any(c in text for c in ',"\r\n') or (text[:1].isspace()):
        return '"' + text.replace('"', '""') + '"'
    return text


def _created(item: Job | Workflow | Run) -> datetime:
    return item.created_at
