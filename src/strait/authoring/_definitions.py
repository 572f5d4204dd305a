"""Job and workflow definitions: validation, request bodies, deploy and trigger."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, Unpack, overload

from strait._client import AsyncClient, Client
from strait._errors import DagValidationError, ValidationError
from strait._limits import (
    MAX_JOB_NAME_LENGTH,
    MAX_JOB_SLUG_LENGTH,
    MAX_SIGNING_SECRET_LENGTH,
    MAX_WORKFLOW_SLUG_LENGTH,
    MIN_SIGNING_SECRET_LENGTH,
)
from strait._plan import AsyncSleepFn, Plan, SleepFn, run_async, run_sync
from strait._plan import Call as _Call
from strait._plan import Items as _Items
from strait._plan import field_of as _field
from strait._types import JSONInput
from strait.composition._trigger import trigger_and_wait_plan as _trigger_and_wait_plan
from strait.composition._trigger import trigger_plan as _trigger_plan
from strait.composition._wait import WaitOptions
from strait.worker._jobs import is_async_handler

from ._steps import JobRef, Step, WorkflowRef, condition_refs

if TYPE_CHECKING:
    from strait._generated.models.job import Job
    from strait._generated.models.job_run import JobRun
    from strait._generated.models.workflow import Workflow
    from strait._generated.models.workflow_run import WorkflowRun
    from strait.composition._trigger import TriggerAnswer

__all__ = [
    "Handler",
    "JobDefinition",
    "JobFields",
    "JobOptions",
    "WorkflowDefinition",
    "WorkflowFields",
    "WaitOptions",
    "WorkflowOptions",
    "define_job",
    "define_workflow",
    "validate_dag",
]

Handler = Callable[..., Any]
"""A job's code: ``handler(ctx, payload)``, sync or ``async def``."""

MAX_STEPS = 1000  # the server's limit per workflow
_MAX_TIMEOUT_SECS = 86_400


def _check(ok: bool, message: str, field: str) -> None:
    if not ok:
        raise ValidationError(message, field=field, source="argument")


def _check_identity(name: str, slug: str, project_id: str | None, max_slug: int) -> None:
    """What the server refuses of a name and slug: a job's slug is at most 128 characters
    (api/validation.go:23-28), a workflow's 255 (api/workflows.go:56); names 255."""
    _check(
        bool(name) and len(name) <= MAX_JOB_NAME_LENGTH,
        f"name needs 1 to {MAX_JOB_NAME_LENGTH} characters",
        "name",
    )
    _check(bool(slug) and len(slug) <= max_slug, f"slug needs 1 to {max_slug} characters", "slug")
    _check(
        project_id is None or (isinstance(project_id, str) and bool(project_id)),
        "project_id must be a non-empty string (or None for the client's project)",
        "project_id",
    )


def _project(project_id: str | None, client: object) -> str:
    """The definition's project, else the client's (``project_id=``, ``STRAIT_PROJECT``,
    strait.json ``project.id``)."""
    project = project_id if project_id is not None else getattr(client, "project_id", None)
    if not project:
        raise ValidationError(
            "no project: give project_id= to the options or to the client "
            "(Client(project_id=...), STRAIT_PROJECT, strait.json project.id)",
            field="project_id",
            source="argument",
        )
    return str(project)


def _sync(client: object, method: str) -> None:
    """Refuse an :class:`~strait.AsyncClient` where the sync form was called: it would
    hand back coroutines nobody awaits."""
    if isinstance(client, AsyncClient):
        raise ValidationError(
            f"{method}() takes a Client, not an AsyncClient: use `await definition.async_{method}(client)`",
            field="client",
            source="argument",
        )


def _async(client: object, method: str) -> None:
    """Refuse a sync :class:`~strait.Client` where the async form was called."""
    if isinstance(client, Client):
        raise ValidationError(
            f"async_{method}() takes an AsyncClient, not a Client: use `definition.{method}(client)`",
            field="client",
            source="argument",
        )


def _matches(item: object, slug: str, project_id: str) -> bool:
    item_project = _field(item, "project_id")
    return bool(_field(item, "slug") == slug and (item_project is None or item_project == project_id))


def _find_id(items: Sequence[object], slug: str, project_id: str) -> str | None:
    for item in items:
        if _matches(item, slug, project_id):
            return str(_field(item, "id"))
    return None


# --- jobs ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class JobOptions:
    """A job's settings, named as in the server's create-job request.

    Retries are ``max_attempts`` (server default 3), ``retry_strategy`` and
    ``retry_delays_secs``; a schedule is ``cron`` with ``timezone``.
    ``endpoint_signing_secret`` (16 to 4096 characters, left out of ``repr``) is the
    secret Strait signs HTTP dispatches with: give the same one to
    ``strait.worker.asgi_app(..., signing_secret=...)``. ``extra`` carries any other
    create-job field as is.
    """

    name: str
    slug: str
    project_id: str | None = None
    endpoint_url: str | None = None
    endpoint_signing_secret: str | None = field(default=None, repr=False)
    description: str | None = None
    max_concurrency: int | None = None
    max_concurrency_per_key: int | None = None
    timeout_secs: int | None = None
    max_attempts: int | None = None
    retry_strategy: Literal["exponential", "linear", "fixed", "custom"] | None = None
    retry_delays_secs: Sequence[int] | None = None
    cron: str | None = None
    timezone: str | None = None
    cron_overlap_policy: Literal["allow", "skip", "cancel_running"] | None = None
    tags: Mapping[str, str] | None = None
    enabled: bool | None = None
    execution_mode: Literal["http", "worker"] | None = None
    queue_name: str | None = None
    payload_schema: Any = None
    result_schema: Any = None
    group_id: str | None = None
    environment_id: str | None = None
    version_policy: Literal["pin", "latest", "minor"] | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    handler: Handler | None = field(default=None, compare=False)


_JOB_BODY_FIELDS = tuple(f.name for f in fields(JobOptions) if f.name not in ("extra", "handler"))


_Deployed = TypeVar("_Deployed")


class _Deployable(Generic[_Deployed]):
    """``deploy`` / ``async_deploy`` (and 0.1.1's ``register`` names) of a definition,
    over the one plan each definition builds (``_deploy_plan``)."""

    _deploy_plan: Callable[[Client | AsyncClient], Plan[_Deployed]]

    def deploy(self, client: Client) -> _Deployed:
        """Create it, or update the project's one with this slug; returns the server's answer.

        Takes a :class:`~strait.Client`; an ``AsyncClient`` is refused with a
        :class:`~strait.ValidationError` naming :meth:`async_deploy`.
        """
        _sync(client, "deploy")
        return run_sync(self._deploy_plan(client))

    async def async_deploy(self, client: AsyncClient) -> _Deployed:
        """The async form of :meth:`deploy` (for an ``AsyncClient``)."""
        _async(client, "deploy")
        return await run_async(self._deploy_plan(client))

    register = deploy
    async_register = async_deploy


@dataclass(frozen=True)
class JobDefinition(_Deployable["Job"]):
    """A validated job: its create/update bodies, deploy and trigger, and its handler."""

    options: JobOptions

    @property
    def slug(self) -> str:
        return self.options.slug

    @property
    def handler(self) -> Handler | None:
        """The function that runs the job in a worker, if one was given."""
        return self.options.handler

    @overload
    def __call__(self, handler: Handler, /) -> JobDefinition: ...

    @overload
    def __call__(self, ctx: Any, payload: Any, /, *args: Any, **kwargs: Any) -> Any: ...

    def __call__(self, *args: Any, **kwargs: Any) -> Any:  # Any: the handler's own types
        """Without a handler yet, attach one: ``@define_job(...)`` decorates a function.
        With one, call it: a decorated job is its handler, ``handle(ctx, payload)``
        (so ``ctx.run(handle)`` works in a unit test); an ``async def`` handler gives
        its coroutine."""
        handler = self.options.handler
        if handler is not None:
            return handler(*args, **kwargs)
        if len(args) == 1 and not kwargs and callable(args[0]):
            return _definition(replace(self.options, handler=args[0]))
        raise ValidationError(
            f"job {self.slug!r} has no handler to call: decorate a function "
            "(@define_job(...)) or give define_job(..., handler=fn)",
            field="handler",
            source="argument",
        )

    def to_request(self) -> dict[str, Any]:
        """The ``CreateJobRequest`` body (its values typed ``Any``, as request bodies are,
        so that tests can read into them)."""
        body: dict[str, Any] = {}
        for name in _JOB_BODY_FIELDS:
            value = getattr(self.options, name)
            if value is None:
                continue
            if isinstance(value, Mapping):
                value = dict(value)
            elif isinstance(value, Sequence) and not isinstance(value, str):
                value = list(value)
            body[name] = value
        body.update(self.options.extra)
        return body

    to_dict = to_request

    def to_update_request(self) -> dict[str, Any]:
        """The ``UpdateJobRequest`` body (the create body without ``project_id``)."""
        body = self.to_request()
        body.pop("project_id", None)
        return body

    def _id_plan(self, client: Client | AsyncClient) -> Plan[str | None]:
        items = yield _Items(client.jobs.list, {"slug": self.slug})
        return _find_id(items, self.slug, _project(self.options.project_id, client))

    def _deploy_plan(self, client: Client | AsyncClient) -> Plan[Job]:
        job_id = yield from self._id_plan(client)
        job: Job
        if job_id is None:
            job = yield _Call(client.jobs.create, (self.to_request(),))
        else:
            job = yield _Call(client.jobs.update, (job_id, self.to_update_request()))
        return job

    def _require_id_plan(self, client: Client | AsyncClient) -> Plan[str]:
        job_id = yield from self._id_plan(client)
        if job_id is None:
            raise ValidationError(f"job {self.slug!r} is not deployed; call deploy() first", field="slug")
        return job_id

    def _trigger_plan(
        self, client: Client | AsyncClient, payload: JSONInput, key: str | None
    ) -> Plan[TriggerAnswer]:
        job_id = yield from self._require_id_plan(client)
        return (yield from _trigger_plan(client, job_id, payload, key, None))

    def trigger(
        self, client: Client, payload: JSONInput = None, *, idempotency_key: str | None = None
    ) -> TriggerAnswer:
        """Trigger a run of the deployed job (found by slug); returns the trigger answer."""
        _sync(client, "trigger")
        return run_sync(self._trigger_plan(client, payload, idempotency_key))

    async def async_trigger(
        self, client: AsyncClient, payload: JSONInput = None, *, idempotency_key: str | None = None
    ) -> TriggerAnswer:
        """The async form of :meth:`trigger`."""
        _async(client, "trigger")
        return await run_async(self._trigger_plan(client, payload, idempotency_key))

    def _trigger_and_wait_plan(
        self,
        client: Client | AsyncClient,
        payload: JSONInput,
        wait: WaitOptions[SleepFn] | WaitOptions[AsyncSleepFn],
        sleep: SleepFn | AsyncSleepFn,
    ) -> Plan[JobRun]:
        job = self._require_id_plan(client)
        return (yield from _trigger_and_wait_plan(client, job, payload, None, wait, sleep))

    def trigger_and_wait(
        self, client: Client, payload: JSONInput = None, **wait: Unpack[WaitOptions[SleepFn]]
    ) -> JobRun:
        """Trigger a run and wait for it with ``client.runs.wait``; returns the finished run.

        The keyword options are :class:`WaitOptions` (``timeout`` 120 s, ``interval`` 2 s,
        ``sleep``, ``clock``).
        """
        _sync(client, "trigger_and_wait")
        sleep = wait.get("sleep", time.sleep)
        return run_sync(self._trigger_and_wait_plan(client, payload, wait, sleep), sleep)

    async def async_trigger_and_wait(
        self, client: AsyncClient, payload: JSONInput = None, **wait: Unpack[WaitOptions[AsyncSleepFn]]
    ) -> JobRun:
        """The async form of :meth:`trigger_and_wait` (``sleep`` defaults to ``asyncio.sleep``)."""
        _async(client, "trigger_and_wait")
        sleep = wait.get("sleep", asyncio.sleep)
        return await run_async(self._trigger_and_wait_plan(client, payload, wait, sleep), sleep)


class _AsyncJobDefinition(JobDefinition):
    """A job whose handler is ``async def``: calling it gives an awaitable, and it reads as
    a coroutine function, so ``{slug: job}`` mappings run it on the event loop."""

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        handler = self.options.handler
        assert handler is not None  # _definition makes this class only with a handler
        return await handler(*args, **kwargs)


def _definition(options: JobOptions) -> JobDefinition:
    handler = options.handler
    if handler is not None and is_async_handler(handler):
        return _AsyncJobDefinition(options)
    return JobDefinition(options)


class JobFields(TypedDict, total=False):
    """:class:`JobOptions`' fields as keywords of :func:`define_job` (``name`` and
    ``slug`` are required there; without ``project_id``, the client's project is used)."""

    name: str
    slug: str
    project_id: str | None
    endpoint_url: str | None
    endpoint_signing_secret: str | None
    description: str | None
    max_concurrency: int | None
    max_concurrency_per_key: int | None
    timeout_secs: int | None
    max_attempts: int | None
    retry_strategy: Literal["exponential", "linear", "fixed", "custom"] | None
    retry_delays_secs: Sequence[int] | None
    cron: str | None
    timezone: str | None
    cron_overlap_policy: Literal["allow", "skip", "cancel_running"] | None
    tags: Mapping[str, str] | None
    enabled: bool | None
    execution_mode: Literal["http", "worker"] | None
    queue_name: str | None
    payload_schema: Any
    result_schema: Any
    group_id: str | None
    environment_id: str | None
    version_policy: Literal["pin", "latest", "minor"] | None
    extra: Mapping[str, Any]


_O = TypeVar("_O", JobOptions, "WorkflowOptions")


def _options_of(cls: type[_O], options: _O | None, given: Mapping[str, Any], what: str) -> _O:
    """``options`` as given, or built from the keyword fields (one of the two)."""
    if options is not None:
        if given:
            raise ValidationError(
                f"{what}: give {cls.__name__} or its fields as keywords, not both",
                field=sorted(given)[0],
                source="argument",
            )
        if not isinstance(options, cls):
            raise ValidationError(
                f"{what}: expected {cls.__name__}, got {type(options).__name__}",
                field="options",
                source="argument",
            )
        return options
    known = {f.name for f in fields(cls)} - {"handler"}
    unknown = sorted(set(given) - known)
    if unknown:
        raise ValidationError(f"{what}: unknown option {unknown[0]!r}", field=unknown[0], source="argument")
    missing = [n for n in ("name", "slug") if n not in given]
    if missing:
        raise ValidationError(
            f"{what}: {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} required",
            field=missing[0],
            source="argument",
        )
    return cls(**given)


def define_job(
    options: JobOptions | None = None,
    /,
    *,
    handler: Handler | None = None,
    **fields: Unpack[JobFields],
) -> JobDefinition:
    """Validate the job's options and return the job definition.

    Give a :class:`JobOptions` or its fields as keywords:
    ``define_job(name="Charge", slug="charge", endpoint_url=...)``. In both forms
    ``project_id`` is optional: without it, deploy and trigger use the client's project.
    ``handler`` (or ``options.handler``) is the function that runs the job; the
    result also works as a decorator: ``@define_job(name=..., slug=..., ...)``.
    """
    o = _options_of(JobOptions, options, fields, "define_job")
    _check_identity(o.name, o.slug, o.project_id, MAX_JOB_SLUG_LENGTH)
    _check(
        o.timeout_secs is None or 1 <= o.timeout_secs <= _MAX_TIMEOUT_SECS,
        f"timeout_secs must be between 1 and {_MAX_TIMEOUT_SECS}",
        "timeout_secs",
    )
    _check(
        o.max_attempts is None or 1 <= o.max_attempts <= 100, "max_attempts must be 1 to 100", "max_attempts"
    )
    for name in ("max_concurrency", "max_concurrency_per_key"):
        value = getattr(o, name)
        _check(value is None or value >= 0, f"{name} must not be negative", name)
    _check(
        o.execution_mode == "worker" or bool(o.endpoint_url),
        "endpoint_url is required unless execution_mode is 'worker'",
        "endpoint_url",
    )
    # extra may carry a field JobOptions names while that option is unset (code written
    # before the option existed, e.g. extra={"endpoint_signing_secret": ...}), never both
    clash = {k for k in o.extra if k in ("extra", "handler") or getattr(o, k, None) is not None}
    _check(not clash, f"extra repeats named options: {sorted(clash)}", "extra")
    secret = o.extra.get("endpoint_signing_secret", o.endpoint_signing_secret)
    low, high = MIN_SIGNING_SECRET_LENGTH, MAX_SIGNING_SECRET_LENGTH
    _check(
        secret is None or (isinstance(secret, str) and low <= len(secret) <= high),
        f"endpoint_signing_secret needs {low} to {high} characters",
        "endpoint_signing_secret",
    )
    if handler is not None:
        if o.handler is not None:
            raise ValidationError("give the handler in JobOptions or define_job, not both", field="handler")
        o = replace(o, handler=handler)
    return _definition(o)


# --- workflows -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkflowOptions:
    """A workflow's settings and steps, named as in the server's create-workflow request."""

    name: str
    slug: str
    project_id: str | None = None
    steps: Sequence[Step] = ()
    description: str | None = None
    tags: Mapping[str, str] | None = None
    enabled: bool | None = None
    timeout_secs: int | None = None
    max_concurrent_runs: int | None = None
    max_parallel_steps: int | None = None
    cron: str | None = None
    cron_timezone: str | None = None
    skip_if_running: bool | None = None
    version_policy: Literal["pin", "latest", "minor"] | None = None


_WORKFLOW_BODY_FIELDS = tuple(f.name for f in fields(WorkflowOptions) if f.name != "steps")


@dataclass(frozen=True)
class WorkflowDefinition(_Deployable["Workflow"]):
    """A workflow whose steps form a valid DAG: its request bodies, deploy and trigger.

    On deploy, jobs and sub-workflows named by slug are looked up and sent by id; a job
    string that matches no slug is sent as a job id.
    """

    options: WorkflowOptions
    steps: tuple[Step, ...]

    @property
    def slug(self) -> str:
        return self.options.slug

    def to_request(
        self, *, job_ids: Mapping[str, str] | None = None, workflow_ids: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """The ``CreateWorkflowRequest`` body.

        Jobs and sub-workflows named by slug (or definition) are sent as that slug
        unless ``job_ids`` / ``workflow_ids`` map it to an id; ``deploy`` fills them.
        """
        jobs, workflows = job_ids or {}, workflow_ids or {}

        def job(ref: str | JobRef) -> str:
            key = ref if isinstance(ref, str) else ref.slug
            return jobs.get(key, key)

        def workflow(ref: str | WorkflowRef) -> str:
            key = ref if isinstance(ref, str) else ref.slug
            return workflows.get(key, key)

        body: dict[str, Any] = {}
        for name in _WORKFLOW_BODY_FIELDS:
            value = getattr(self.options, name)
            if value is not None:
                body[name] = dict(value) if isinstance(value, Mapping) else value
        body["steps"] = [s.to_request(job, workflow) for s in self.steps]
        return body

    to_dict = to_request

    def to_update_request(
        self, *, job_ids: Mapping[str, str] | None = None, workflow_ids: Mapping[str, str] | None = None
    ) -> dict[str, Any]:
        """The ``UpdateWorkflowRequest`` body (the create body without ``project_id``)."""
        body = self.to_request(job_ids=job_ids, workflow_ids=workflow_ids)
        body.pop("project_id", None)
        return body

    def _deploy_plan(self, client: Client | AsyncClient) -> Plan[Workflow]:
        for s in self.steps:
            if s.step_type == "approval" and not s.fields.get("approval_approvers"):
                raise ValidationError(
                    f"approval step {s.ref!r} needs approvers: the server rejects approval steps without any",
                    field="approval_approvers",
                )
        project = _project(self.options.project_id, client)
        job_ids: dict[str, str] = {}
        job_refs = [r for s in self.steps for r in (s.job, s.compensation_job) if r is not None]
        for ref in job_refs:
            slug = ref if isinstance(ref, str) else ref.slug
            if slug in job_ids:
                continue
            found = _find_id((yield _Items(client.jobs.list, {"slug": slug})), slug, project)
            if found is None and not isinstance(ref, str):
                raise ValidationError(f"job {slug!r} is not deployed; deploy it before the workflow")
            job_ids[slug] = found or slug  # a string that is no slug is taken as a job id
        existing: list[object] = yield _Items(client.workflows.list, {})
        workflow_ids: dict[str, str] = {}
        for s in self.steps:
            if s.sub_workflow is None:
                continue
            slug = s.sub_workflow if isinstance(s.sub_workflow, str) else s.sub_workflow.slug
            found = _find_id(existing, slug, project)
            if found is None and not isinstance(s.sub_workflow, str):
                raise ValidationError(f"workflow {slug!r} is not deployed; deploy it before {self.slug!r}")
            workflow_ids[slug] = found or slug
        workflow_id = _find_id(existing, self.slug, project)
        workflow: Workflow
        if workflow_id is None:
            body = self.to_request(job_ids=job_ids, workflow_ids=workflow_ids)
            workflow = yield _Call(client.workflows.create, (body,))
        else:
            body = self.to_update_request(job_ids=job_ids, workflow_ids=workflow_ids)
            workflow = yield _Call(client.workflows.update, (workflow_id, body))
        return workflow

    def _trigger_plan(self, client: Client | AsyncClient, payload: JSONInput) -> Plan[WorkflowRun]:
        existing = yield _Items(client.workflows.list, {})
        project = _project(self.options.project_id, client)
        workflow_id = _find_id(existing, self.slug, project)
        if workflow_id is None:
            raise ValidationError(
                f"workflow {self.slug!r} is not deployed; call deploy() first", field="slug"
            )
        body: dict[str, JSONInput] = {"project_id": project}
        if payload is not None:
            body["payload"] = payload
        run: WorkflowRun = yield _Call(client.workflows.trigger, (workflow_id, body))
        return run

    def trigger(self, client: Client, payload: JSONInput = None) -> WorkflowRun:
        """Start a run of the deployed workflow (found by slug); returns the workflow run."""
        _sync(client, "trigger")
        return run_sync(self._trigger_plan(client, payload))

    async def async_trigger(self, client: AsyncClient, payload: JSONInput = None) -> WorkflowRun:
        """The async form of :meth:`trigger`."""
        _async(client, "trigger")
        return await run_async(self._trigger_plan(client, payload))


def _find_cycle(graph: Mapping[str, Sequence[str]]) -> list[str] | None:
    """A dependency cycle as ``[a, b, ..., a]``, or None (iterative DFS, definition order)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root in graph:
        if root in state:
            continue
        path, stack = [root], [iter(graph[root])]
        state[root] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(graph[nxt]))
    return None


def validate_dag(steps: Sequence[Step]) -> None:
    """Raise :class:`~strait.DagValidationError` unless ``steps`` form a valid DAG."""
    if len(steps) > MAX_STEPS:
        raise DagValidationError(f"a workflow has at most {MAX_STEPS} steps, got {len(steps)}", field="steps")
    graph: dict[str, tuple[str, ...]] = {}
    for s in steps:
        if not isinstance(s, Step):
            raise DagValidationError(f"steps must be built with the step builders, got {s!r}", field="steps")
        if s.ref in graph:
            raise DagValidationError(
                f"duplicate step ref {s.ref!r}", duplicate_refs=[s.ref], field="step_ref"
            )
        graph[s.ref] = s.depends_on
    for s in steps:
        for dep in s.depends_on:
            if dep == s.ref:
                raise DagValidationError(
                    f"step {s.ref!r} depends on itself", cycle=[s.ref, s.ref], field="depends_on"
                )
            if dep not in graph:
                raise DagValidationError(
                    f"step {s.ref!r} depends on unknown step {dep!r}", missing_refs=[dep], field="depends_on"
                )
        for ref in condition_refs(s.condition):
            if ref not in graph:
                raise DagValidationError(
                    f"the condition of step {s.ref!r} names unknown step {ref!r}",
                    missing_refs=[ref],
                    field="condition",
                )
    cycle = _find_cycle(graph)
    if cycle is not None:
        raise DagValidationError(
            f"dependency cycle: {' -> '.join(cycle)} (read '->' as 'depends on')",
            cycle=cycle,
            field="depends_on",
        )


class WorkflowFields(TypedDict, total=False):
    """:class:`WorkflowOptions`' fields as keywords of :func:`define_workflow`."""

    name: str
    slug: str
    project_id: str | None
    steps: Sequence[Step]
    description: str | None
    tags: Mapping[str, str] | None
    enabled: bool | None
    timeout_secs: int | None
    max_concurrent_runs: int | None
    max_parallel_steps: int | None
    cron: str | None
    cron_timezone: str | None
    skip_if_running: bool | None
    version_policy: Literal["pin", "latest", "minor"] | None


def define_workflow(
    options: WorkflowOptions | None = None, /, **fields: Unpack[WorkflowFields]
) -> WorkflowDefinition:
    """Validate the workflow's options (including the step DAG) and return its definition.

    Give a :class:`WorkflowOptions` or its fields as keywords:
    ``define_workflow(name="Orders", slug="orders", project_id="proj-1", steps=[...])``.

    Raises :class:`~strait.DagValidationError` for duplicate refs, unknown or self
    dependencies and cycles (the message names the cycle: ``a -> b -> a``).
    """
    options = _options_of(WorkflowOptions, options, fields, "define_workflow")
    _check_identity(options.name, options.slug, options.project_id, MAX_WORKFLOW_SLUG_LENGTH)
    _check(
        options.max_parallel_steps is None or options.max_parallel_steps >= 0,
        "max_parallel_steps must not be negative",
        "max_parallel_steps",
    )
    steps = tuple(options.steps)
    validate_dag(steps)
    return WorkflowDefinition(options, steps)
