"""``client.runs.trigger(job_id=..., payload=...)``, as Strait's Python quickstart writes it.

A thin front end over ``client.jobs.trigger``. The server's trigger route
(``POST /v1/jobs/{jobID}/trigger``) looks the job up by id only, while the quickstart
passes a slug (``"send-welcome-email"``): when the server answers 404 for the
reference, it is looked up as a slug (``GET /v1/jobs?slug=...``) and the run is
triggered on the job found. A 404 means no run was created, so the second trigger
cannot duplicate one. The logic is one plan (:mod:`strait._plan`) for both clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

from ._errors import NotFoundError, ValidationError
from ._plan import Call, Plan, field_of

if TYPE_CHECKING:
    import datetime

    from ._core import NotGiven, TimeoutTypes
    from ._generated.services.jobs import AsyncJobs, Jobs

__all__ = ["TriggerOptions", "trigger_by_ref_plan"]

# The body fields of the trigger request besides ``payload`` (TriggerRequest).
_BODY_FIELDS = (
    "tags",
    "scheduled_at",
    "priority",
    "dry_run",
    "ttl_secs",
    "concurrency_key",
    "debounce_key",
    "batch_key",
)


class TriggerOptions(TypedDict, total=False):
    """Optional keywords of ``runs.trigger``: the trigger request's fields and the
    per-call settings every operation takes."""

    tags: Mapping[str, str]
    scheduled_at: str | datetime.datetime
    priority: int
    dry_run: bool
    ttl_secs: int
    concurrency_key: str
    debounce_key: str
    batch_key: str
    idempotency_key: str
    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven
    extra_headers: Mapping[str, str] | None


def trigger_by_ref_plan(
    jobs: Jobs | AsyncJobs, job_ref: object, payload: object, options: Mapping[str, object]
) -> Plan[object]:
    if not isinstance(job_ref, str) or not job_ref.strip():
        raise ValidationError(
            f"runs.trigger: job_id must be a job id or slug, got {job_ref!r}",
            field="job_id",
            source="argument",
        )
    body: dict[str, object] = {} if payload is None else {"payload": payload}
    call: dict[str, object] = {}
    for key, value in options.items():
        if key in _BODY_FIELDS:
            body[key] = value.isoformat() if hasattr(value, "isoformat") else value
        else:
            call[key] = value
    try:
        return (yield Call(jobs.trigger, (job_ref, body), call))
    except NotFoundError as not_found:
        listing = {k: v for k, v in call.items() if k != "idempotency_key"}
        page = yield Call(jobs.list, (), {"slug": job_ref, "limit": 10, **listing})
        match = [job for job in field_of(page, "data") or () if field_of(job, "slug") == job_ref]
        if not match:
            raise NotFoundError(
                f"runs.trigger: no job with id or slug {job_ref!r}",
                status=404,
                code=not_found.code,
                body=not_found.body,
                operation="trigger-job",
                request_id=not_found.request_id,
            ) from not_found
        return (yield Call(jobs.trigger, (field_of(match[0], "id"), body), call))
