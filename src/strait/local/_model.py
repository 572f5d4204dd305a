"""Jobs and runs as the emulator keeps them (``wire()`` is the API's JSON)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from strait._limits import (
    DEFAULT_JOB_MAX_ATTEMPTS,
    DEFAULT_JOB_TIMEOUT_SECS,
    DEFAULT_QUEUE_NAME,
    DEFAULT_RETRY_PRIORITY_BOOST,
)
from strait._types import JSONObject, JSONValue
from strait.fsm import RunStatus, is_terminal_run_status

from ._clock import format_time
from ._json import as_int, as_list, as_str

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "DEAD",
    "DELIVERED",
    "FAILED",
    "PENDING",
    "WebhookAttempt",
    "WebhookCircuit",
    "WebhookDelivery",
    "url_origin",
    "put_times",
    "ENTITIES",
    "BatchItem",
    "BatchOperation",
    "Debounced",
    "DeploymentVersion",
    "Environment",
    "EventSource",
    "EventSubscription",
    "Job",
    "JobDependency",
    "JobGroup",
    "NotificationChannel",
    "Project",
    "Run",
    "Secret",
    "StepRun",
    "Trigger",
    "Workflow",
    "WorkflowRun",
    "WorkflowVersion",
]

#: What a job gets for a field sent as 0 or left out (api/job_create.go:149-159,253-264,
#: api/job_validation.go:66-71).
_JOB_DEFAULTS: JSONObject = {
    "max_attempts": DEFAULT_JOB_MAX_ATTEMPTS,
    "timeout_secs": DEFAULT_JOB_TIMEOUT_SECS,
    "enabled": True,
    "execution_mode": "http",
    "endpoint_url": "",
    "retry_priority_boost": DEFAULT_RETRY_PRIORITY_BOOST,
    "queue": DEFAULT_QUEUE_NAME,
    "version_policy": "pin",
}
#: Request fields a job keeps as they were sent (the rest of the request is ignored).
_JOB_FIELDS = [
    "name",
    "slug",
    "description",
    "endpoint_url",
    "fallback_endpoint_url",
    "execution_mode",
    "max_attempts",
    "timeout_secs",
    "enabled",
    "cron",
    "cron_overlap_policy",
    "timezone",
    "tags",
    "retry_strategy",
    "retry_delays_secs",
    "retry_priority_boost",
    "run_ttl_secs",
    "max_concurrency",
    "max_concurrency_per_key",
    "group_id",
    "environment_id",
    "default_run_metadata",
    "payload_schema",
    "result_schema",
    "webhook_url",
    "version_policy",
    "dedup_window_secs",
    "debounce_window_secs",
    "batch_window_secs",
    "batch_max_size",
    "rate_limit_max",
    "rate_limit_window_secs",
    "poison_pill_threshold",
    "on_complete_trigger_job",
    "on_failure_trigger_job",
    "on_complete_trigger_workflow",
    "on_failure_trigger_workflow",
    "on_complete_payload_mapping",
    "on_failure_payload_mapping",
    "execution_window_cron",
]
_VERSION_FIELDS = [
    "name",
    "slug",
    "description",
    "endpoint_url",
    "fallback_endpoint_url",
    "max_attempts",
    "timeout_secs",
    "cron",
    "tags",
    "run_ttl_secs",
    "payload_schema",
    "webhook_url",
]


def plain_wire(
    entity: DataclassInstance,
    omit: Collection[str] = (),
    *,
    skip_none: bool = False,
    skip_empty: bool = False,
    rename: Mapping[str, str] | None = None,
) -> JSONObject:
    """The wire form of an entity whose fields are sent under their own names (or the
    name ``rename`` gives them; those in ``omit`` not at all; with ``skip_none``, fields
    that are None are left out, with ``skip_empty`` also empty strings): values as they
    are, times as the server formats them."""
    out: JSONObject = {}
    for f in fields(entity):
        value = getattr(entity, f.name)
        if f.name in omit or ((skip_none or skip_empty) and value is None) or (skip_empty and value == ""):
            continue
        name = rename.get(f.name, f.name) if rename else f.name
        if isinstance(value, datetime):
            out[name] = format_time(value)
        elif value is None or isinstance(value, str | int | float | bool | list | dict):
            out[name] = value
        else:
            raise TypeError(f"{type(entity).__name__}.{f.name}: no wire form for {type(value).__name__}")
    return out


@dataclass
class Job:
    id: str
    project_id: str
    created_at: datetime
    updated_at: datetime
    #: The request fields the job keeps (``_JOB_FIELDS``), with the defaults for the rest.
    settings: JSONObject
    version: int = 1
    version_id: str = ""
    paused: bool = False
    paused_at: datetime | None = None
    pause_reason: str = ""
    signing_secret: str = ""
    queue: str = DEFAULT_QUEUE_NAME
    versions: list[JSONObject] = field(default_factory=list)

    @classmethod
    def create(cls, job_id: str, project_id: str, body: JSONObject, now: datetime) -> Job:
        job = cls(job_id, project_id, now, now, dict(_JOB_DEFAULTS))
        job.apply(body)
        job.snapshot(now, "ver_" + job_id.split("_", 1)[-1] + "_1")
        return job

    def apply(self, body: JSONObject) -> None:
        for name in _JOB_FIELDS:
            if name in body and body[name] is not None:
                self.settings[name] = body[name]
        if body.get("endpoint_signing_secret"):
            self.signing_secret = str(body["endpoint_signing_secret"])
        if body.get("webhook_secret"):  # the alias wins (api/job_create.go:212-221)
            self.signing_secret = str(body["webhook_secret"])
        if body.get("queue_name"):
            self.queue = str(body["queue_name"])
            self.settings["queue"] = self.queue
        for name in ("max_attempts", "timeout_secs", "retry_priority_boost"):
            if not self.settings.get(name):
                self.settings[name] = _JOB_DEFAULTS[name]

    def config(self) -> JSONObject:
        """What a run keeps of its job version: dispatch uses this, not the job as it is
        later (worker/executor_dispatch_job.go:61-110)."""
        return {**self.wire(), "signing_secret": self.signing_secret}

    def snapshot(self, now: datetime, version_id: str) -> None:
        version = {k: self.settings[k] for k in _VERSION_FIELDS if k in self.settings}
        version.update(
            id=version_id,
            job_id=self.id,
            version=self.version,
            version_id=version_id,
            created_at=format_time(now),
        )
        self.version_id = version_id
        self.versions.append(version)

    def number(self, name: str) -> int:
        """An integer setting (0 when unset)."""
        return as_int(self.settings.get(name))

    def text(self, name: str) -> str:
        """A string setting ("" when unset)."""
        return as_str(self.settings.get(name))

    @property
    def enabled(self) -> bool:
        return bool(self.settings.get("enabled", True))

    @property
    def slug(self) -> str:
        return self.text("slug")

    @property
    def mode(self) -> str:
        return self.text("execution_mode") or "http"

    def wire(self) -> JSONObject:
        out: JSONObject = {
            **self.settings,
            "id": self.id,
            "project_id": self.project_id,
            "paused": self.paused,
            "version": self.version,
            "version_id": self.version_id,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }
        if self.paused_at is not None:
            out["paused_at"] = format_time(self.paused_at)
            out["pause_reason"] = self.pause_reason
        return out


@dataclass
class Run:
    id: str
    job: Job
    created_at: datetime
    payload: JSONValue
    payload_hash: str
    status: str = RunStatus.QUEUED.value
    attempt: int = 1
    priority: int = 0
    triggered_by: str = "manual"
    idempotency_key: str = ""
    scheduled_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    next_retry_at: datetime | None = None
    heartbeat_at: datetime | None = None
    expires_at: datetime | None = None
    result: JSONValue = None
    has_result: bool = False
    error: str = ""
    error_class: str = ""
    parent_run_id: str = ""
    continuation_of: str = ""
    replayed_run_id: str = ""
    workflow_step_run_id: str = ""
    lineage_depth: int = 0
    tags: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)
    events: list[JSONObject] = field(default_factory=list)
    checkpoints: list[JSONObject] = field(default_factory=list)
    state: dict[str, JSONObject] = field(default_factory=dict)
    outputs: list[JSONObject] = field(default_factory=list)
    usage: list[JSONObject] = field(default_factory=list)
    tool_calls: list[JSONObject] = field(default_factory=list)
    resources: list[JSONObject] = field(default_factory=list)
    generation: int = 0  # bumped on every new attempt: stale dispatch answers are dropped
    #: The job version the run was triggered with, and that version's config.
    job_version: int = 0
    job_version_id: str = ""
    config: JSONObject = field(default_factory=dict)
    concurrency_key: str = ""
    debug_mode: bool = False
    batch_id: str = ""

    @property
    def project_id(self) -> str:
        return self.job.project_id

    @property
    def terminal(self) -> bool:
        return is_terminal_run_status(self.status)

    def setting(self, name: str) -> JSONValue:
        """A setting of the run's job version (the job's, for a run made before versions)."""
        return self.config[name] if name in self.config else self.job.settings.get(name)

    def wire(self) -> JSONObject:
        out: JSONObject = {
            "id": self.id,
            "job_id": self.job.id,
            "project_id": self.job.project_id,
            "status": self.status,
            "attempt": self.attempt,
            "triggered_by": self.triggered_by,
            "priority": self.priority,
            "job_version": self.job_version or self.job.version,
            "job_version_id": self.job_version_id or self.job.version_id,
            "debug_mode": self.debug_mode,
            "lineage_depth": self.lineage_depth,
            "created_at": format_time(self.created_at),
            "execution_mode": self.job.mode,
            "payload": self.payload,
        }
        for name in (
            "scheduled_at",
            "started_at",
            "finished_at",
            "next_retry_at",
            "heartbeat_at",
            "expires_at",
        ):
            value = getattr(self, name)
            if value is not None:
                out[name] = format_time(value)
        for name in (
            "error",
            "error_class",
            "idempotency_key",
            "parent_run_id",
            "continuation_of",
            "replayed_run_id",
            "workflow_step_run_id",
            "concurrency_key",
            "batch_id",
        ):
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.has_result:
            out["result"] = self.result
        if self.tags:
            out["tags"] = {**self.tags}
        if self.metadata:
            out["metadata"] = {**self.metadata}
        # No queue_name: the server's run read does not select it (store/runs.go:240-252).
        return out


@dataclass
class Trigger:
    """An event trigger: a job run or a workflow step waiting for ``key``."""

    id: str
    key: str
    project_id: str
    requested_at: datetime
    source_type: str
    timeout_secs: int
    expires_at: datetime
    status: str = "waiting"
    error: str = ""
    job_run_id: str = ""
    workflow_run_id: str = ""
    workflow_step_run_id: str = ""
    #: Set when the event arrives (with the payload and who sent it).
    received_at: datetime | None = None
    response_payload: JSONValue = None
    sent_by: str = ""

    def wire(self) -> JSONObject:
        out = plain_wire(self, omit=("response_payload",), skip_empty=True, rename={"key": "event_key"})
        if self.received_at is not None:  # the payload answered, null included
            out["response_payload"] = self.response_payload
        return out


@dataclass
class Workflow:
    id: str
    project_id: str
    created_at: datetime
    updated_at: datetime
    version_id: str
    #: The step definitions (each with its ``id``, ``depends_on``, ``on_failure``).
    steps: list[JSONObject]
    version: int = 1
    #: The definition's own fields as sent (name, slug, enabled, cron, ...).
    settings: JSONObject = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return as_str(self.settings.get("slug"))

    @property
    def enabled(self) -> bool:
        return bool(self.settings.get("enabled", True))

    @property
    def cron(self) -> str:
        return as_str(self.settings.get("cron"))

    @property
    def cron_timezone(self) -> str:
        return as_str(self.settings.get("cron_timezone"))

    def summary(self) -> JSONObject:
        """As listed (``Workflow``: without its steps)."""
        return {
            **self.settings,
            "id": self.id,
            "project_id": self.project_id,
            "version": self.version,
            "version_id": self.version_id,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }

    def wire(self) -> JSONObject:
        return {**self.summary(), "steps": list[JSONValue](self.steps)}


@dataclass
class StepRun:
    """One step of a workflow run (``step`` is the step's definition)."""

    id: str
    ref: str
    step: JSONObject
    created_at: datetime
    workflow_run_id: str
    deps_required: int
    status: str = "pending"
    attempt: int = 1
    deps_completed: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None
    job_run_id: str = ""
    output: JSONValue = None
    error: str = ""
    approval: JSONObject | None = None
    event_key: str = ""

    @property
    def depends_on(self) -> list[str]:
        """The refs of the steps this one waits for."""
        return [as_str(d) for d in as_list(self.step.get("depends_on"))]

    def wire(self) -> JSONObject:
        out: JSONObject = {
            "id": self.id,
            "workflow_run_id": self.workflow_run_id,
            "workflow_step_id": self.step["id"],
            "step_ref": self.ref,
            "attempt": self.attempt,
            "status": self.status,
            "deps_completed": self.deps_completed,
            "deps_required": self.deps_required,
            "created_at": format_time(self.created_at),
        }
        put_times(out, self.started_at, self.finished_at)
        if self.output is not None:
            out["output"] = self.output
        for name in ("error", "job_run_id"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        return out


@dataclass
class WorkflowRun:
    id: str
    workflow: Workflow
    created_at: datetime
    triggered_by: str
    workflow_version: int
    workflow_version_id: str
    payload: JSONValue
    status: str = "pending"
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error: str = ""
    tags: dict[str, str] = field(default_factory=dict)
    retry_of_run_id: str = ""
    parent_workflow_run_id: str = ""
    parent_step_run_id: str = ""
    steps: dict[str, StepRun] = field(default_factory=dict)
    parent_step: tuple[str, str] | None = None  # (workflow run id, step ref)
    #: The trigger's trace, which the run's job steps continue (``_trace_parent``/``_trace_state``).
    trace: dict[str, str] = field(default_factory=dict)
    #: The trigger's ``labels``, read by get-workflow-run-labels and never in the run's wire
    #: form (api/workflows.go:664-668, store/workflow_run_labels.go).
    labels: dict[str, str] = field(default_factory=dict)
    #: The engine's recorded step decisions, oldest first, in their wire form
    #: (domain/types.go:1382-1392, workflow/callback.go:668-682).
    decisions: list[JSONObject] = field(default_factory=list)

    @property
    def project_id(self) -> str:
        return self.workflow.project_id

    def record_decision(
        self,
        decision_id: str,
        at: datetime,
        step: StepRun,
        kind: str,
        decision: str,
        explanation: str,
        details: JSONValue,
    ) -> None:
        """One decision about ``step`` made at ``at`` (``details`` left out when null, as
        the store keeps it, store/workflow_step_decisions.go:16-44)."""
        entry: JSONObject = {
            "id": decision_id,
            "workflow_run_id": self.id,
            "step_run_id": step.id,
            "step_ref": step.ref,
            "decision_type": kind,
            "decision": decision,
            "explanation": explanation,
        }
        if details is not None:
            entry["details"] = details
        entry["created_at"] = format_time(at)
        self.decisions.append(entry)

    def wire(self) -> JSONObject:
        out: JSONObject = {
            "id": self.id,
            "workflow_id": self.workflow.id,
            "project_id": self.project_id,
            "status": self.status,
            "triggered_by": self.triggered_by,
            "workflow_version": self.workflow_version,
            "workflow_version_id": self.workflow_version_id,
            "created_at": format_time(self.created_at),
            "payload": self.payload,
        }
        put_times(out, self.started_at, self.finished_at)
        for name in ("error", "retry_of_run_id", "parent_workflow_run_id", "parent_step_run_id"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.tags:
            out["tags"] = {**self.tags}
        return out


def put_times(out: JSONObject, started_at: datetime | None, finished_at: datetime | None) -> None:
    """``started_at``/``finished_at`` of a workflow run or step run, when set."""
    if started_at is not None:
        out["started_at"] = format_time(started_at)
    if finished_at is not None:
        out["finished_at"] = format_time(finished_at)


@dataclass
class Project:
    id: str
    org_id: str
    name: str
    created_at: datetime
    updated_at: datetime
    #: The project setting (a project quota on the server): the longest lifetime of a new
    #: API key in days, 0 for no limit (api/project_settings.go:11-18).
    max_key_lifetime_days: int = 0

    def wire(self) -> JSONObject:
        return {
            "id": self.id,
            "org_id": self.org_id,
            "name": self.name,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }


@dataclass
class Debounced:
    """The latest trigger of a ``(job, debounce_key)``, fired when its window ends."""

    id: str
    body: JSONObject


@dataclass
class BatchItem:
    """One buffered trigger of a ``(job, batch_key)``, waiting for its batch run."""

    id: str
    payload: JSONValue
    priority: int
    created_at: datetime


@dataclass
class Secret:
    """A project secret; its value is sent to dispatches only, never on the wire."""

    id: str
    project_id: str
    environment: str
    secret_key: str
    value: str
    created_at: datetime
    job_id: str = ""
    key_version: int = 1

    def wire(self) -> JSONObject:
        out = plain_wire(self, omit=("value", "job_id"))
        out["updated_at"] = out["created_at"]  # the emulator keeps no separate update time
        if self.job_id:
            out["job_id"] = self.job_id
        return out


@dataclass
class NamedRecord:
    """What a project's named, slugged records share (environments, job groups)."""

    id: str
    project_id: str
    name: str
    slug: str
    created_at: datetime
    updated_at: datetime


@dataclass
class Environment(NamedRecord):
    """A project environment; its variables' values are answered by ``/variables`` only."""

    variables: dict[str, str] = field(default_factory=dict)
    parent_id: str = ""
    is_standard: bool = False

    def wire(self, resolved: dict[str, str] | None = None) -> JSONObject:
        """With the keys (never the values) of its own variables and, given the resolved
        ones, of those."""
        out: JSONObject = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "slug": self.slug,
            "is_standard": self.is_standard,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
        }
        if self.parent_id:
            out["parent_id"] = self.parent_id
        if self.variables:
            out["variable_keys"] = list[JSONValue](sorted(self.variables))
        if resolved:
            out["resolved_variable_keys"] = list[JSONValue](sorted(resolved))
        return out


@dataclass
class JobDependency:
    """A job's runs wait for the latest terminal run of ``depends_on_job_id``."""

    id: str
    job_id: str
    depends_on_job_id: str
    condition: str
    created_at: datetime

    def wire(self) -> JSONObject:
        return plain_wire(self)


@dataclass
class JobGroup(NamedRecord):
    """A project's named set of jobs; a job belongs to it through its ``group_id``."""

    description: str = ""

    def wire(self) -> JSONObject:
        """``description`` is left out when empty (domain/types.go:432-440, ``omitempty``)."""
        return plain_wire(self, omit=() if self.description else ("description",))


@dataclass
class BatchOperation:
    """The record a bulk trigger leaves: its item count and the runs it created."""

    id: str
    project_id: str
    job_id: str
    item_count: int
    created_count: int
    created_by: str
    created_at: datetime

    def wire(self) -> JSONObject:
        # A bulk trigger creates its runs in the request: it finishes when it is created.
        return {**plain_wire(self), "finished_at": format_time(self.created_at)}


@dataclass
class WorkflowVersion:
    """A workflow's definition as it was at one version (its steps answered apart)."""

    id: str
    workflow_id: str
    project_id: str
    version: int
    version_id: str
    created_at: datetime
    name: str
    slug: str
    enabled: bool
    timeout_secs: int
    max_concurrent_runs: int
    max_parallel_steps: int
    steps: list[JSONObject]
    #: The optional fields the definition had set (description, cron, ...).
    extra: JSONObject = field(default_factory=dict)

    def wire(self) -> JSONObject:
        return {**plain_wire(self, omit=("steps", "extra")), **self.extra}


@dataclass
class EventSource:
    """A named source of events a project dispatches to its subscriptions; the signing
    secret is checked on dispatch and never answered."""

    id: str
    project_id: str
    name: str
    enabled: bool
    created_at: datetime
    updated_at: datetime
    secret: str = ""
    #: The optional fields as last sent (absent while None).
    description: JSONValue = None
    schema: JSONValue = None
    signature_header: JSONValue = None
    signature_algorithm: JSONValue = None

    def wire(self) -> JSONObject:
        return plain_wire(self, omit=("secret",), skip_none=True)


@dataclass
class EventSubscription:
    """An event source's job or workflow target, with an optional payload filter."""

    id: str
    source_id: str
    target_type: str
    target_id: str
    enabled: bool
    created_at: datetime
    filter_expr: JSONValue = None

    def wire(self) -> JSONObject:
        return plain_wire(self, skip_none=True)


@dataclass
class WebhookSubscription:
    """A project's subscription to run and workflow events; its signing secrets (and a
    rotation's grace) are checked when a delivery is signed and never answered."""

    id: str
    project_id: str
    webhook_url: str
    event_types: list[str]
    active: bool
    created_at: datetime
    secret: str
    previous_secret: str = ""
    grace_expires_at: datetime | None = None

    def wire(self) -> JSONObject:
        return plain_wire(self, omit=("secret", "previous_secret", "grace_expires_at"))

    def signing_secrets(self, now: datetime) -> tuple[str, str]:
        """The current secret and, until the grace after a rotation ends, the previous one."""
        grace = self.grace_expires_at
        in_grace = bool(self.previous_secret) and grace is not None and now < grace
        return self.secret, self.previous_secret if in_grace else ""


@dataclass
class NotificationChannel:
    """A project's Slack, Discord or webhook destination; its config (URLs that grant
    posting) is kept but answered with every value as ``***``
    (api/notification_channels.go:60-88)."""

    id: str
    project_id: str
    channel_type: str
    name: str
    config: JSONObject
    enabled: bool
    created_at: datetime
    updated_at: datetime

    def wire(self) -> JSONObject:
        out = plain_wire(self, omit=("config",))
        out["config"] = dict.fromkeys(self.config, "***")
        return out


@dataclass
class DeploymentVersion:
    """A versioned deployment of a project's code to one environment: ``draft``, then
    ``finalized``, then ``promoted`` (at most one row of a project's environment has a
    ``promoted_at``); promoting is recorded only, it changes nothing the emulator dispatches."""

    id: str
    project_id: str
    environment: str
    runtime: str
    artifact_uri: str
    manifest: JSONValue
    checksum: str
    status: str
    strategy: str
    created_at: datetime
    updated_at: datetime
    canary_percent: int | None = None
    #: Nanoseconds, as the server's ``time.Duration`` is sent.
    canary_duration: int | None = None
    finalized_at: datetime | None = None
    promoted_at: datetime | None = None
    rollback_from_deployment_id: str = ""
    created_by: str = ""
    updated_by: str = ""

    def wire(self) -> JSONObject:
        """Empty strings and unset pointers are left out (domain/types.go:857-876,
        ``omitempty``); the manifest is always sent (``{}`` at least)."""
        return {**plain_wire(self, skip_empty=True), "manifest": self.manifest}


# -- webhook deliveries --------------------------------------------------------------------

PENDING, DELIVERED, FAILED, DEAD = "pending", "delivered", "failed", "dead"  # domain/types.go:1075-1080


def url_origin(url: str) -> str:
    """``scheme://host`` of ``url``, ``[invalid-url]`` without either (httputil/ssrf.go:348-360)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "[invalid-url]"
    host = parts.netloc.rsplit("@", 1)[-1]
    if not parts.scheme or not host:
        return "[invalid-url]"
    return f"{parts.scheme}://{host}"


@dataclass
class WebhookDelivery:
    """One row of the server's ``webhook_deliveries`` (domain/types.go:709-733)."""

    id: str
    project_id: str
    webhook_url: str
    #: The body, exactly as the worker sends it (the ``payload jsonb`` column as text).
    payload: str
    max_attempts: int
    created_at: datetime
    updated_at: datetime
    status: str = PENDING
    attempts: int = 0
    retry_policy: str = ""
    event_type: str = ""
    run_id: str = ""
    job_id: str = ""
    subscription_id: str = ""
    event_trigger_id: str = ""
    #: A job webhook's own secret (``webhook_secret``); the server never sets one.
    secret: str = ""
    last_status_code: int | None = None
    last_error: str = ""
    next_retry_at: datetime | None = None
    delivered_at: datetime | None = None
    claim_token: str = ""
    lease_expires_at: datetime | None = None

    def wire(self) -> JSONObject:
        """As answered: empty ids left out and the URL cut to its scheme and host
        (api/webhook_deliveries.go:187-190, httputil/ssrf.go:348-360)."""
        out: JSONObject = {"id": self.id}
        for name, value in (
            ("run_id", self.run_id),
            ("job_id", self.job_id),
            ("event_trigger_id", self.event_trigger_id),
            ("subscription_id", self.subscription_id),
            ("project_id", self.project_id),
        ):
            if value:
                out[name] = value
        out["webhook_url"] = url_origin(self.webhook_url)
        if self.retry_policy:
            out["webhook_retry_policy"] = self.retry_policy
        out.update(status=self.status, attempts=self.attempts, max_attempts=self.max_attempts)
        if self.last_status_code is not None:
            out["last_status_code"] = self.last_status_code
        if self.last_error:
            out["last_error"] = self.last_error
        if self.next_retry_at is not None:
            out["next_retry_at"] = format_time(self.next_retry_at)
        if self.delivered_at is not None:
            out["delivered_at"] = format_time(self.delivered_at)
        out.update(created_at=format_time(self.created_at), updated_at=format_time(self.updated_at))
        return out


@dataclass
class WebhookCircuit:
    """The breaker of one tenant and URL: recent failures, and until when it is open."""

    failures: list[datetime] = field(default_factory=list)
    open_until: datetime | None = None


@dataclass
class WebhookAttempt:
    """One row of the analytics table ``webhook_delivery_events``, written after every
    attempt with the delivery as it then is (webhook/event_notify.go:954-982,1103-1117,
    clickhouse/schema.go:145-161, clickhouse/exporter.go:665-681,734-737)."""

    delivery_id: str
    project_id: str
    host: str  # the URL's scheme and host
    status: str
    duration_ms: int
    created_at: datetime  # the delivery's, not the attempt's


#: Every entity of this module the state holds: ``--db`` saves them by their fields and names
#: (with ``_core``'s ``ApiKey`` and ``State``, which it adds).
ENTITIES: tuple[type, ...] = (
    Job,
    Run,
    Trigger,
    Workflow,
    StepRun,
    WorkflowRun,
    WorkflowVersion,
    Project,
    Debounced,
    BatchItem,
    BatchOperation,
    Secret,
    Environment,
    JobDependency,
    JobGroup,
    EventSource,
    EventSubscription,
    NotificationChannel,
    WebhookSubscription,
    DeploymentVersion,
    WebhookDelivery,
    WebhookCircuit,
    WebhookAttempt,
)
