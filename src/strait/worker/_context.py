"""Every run-context method, written once.

A method is a *plan*: a generator that validates its arguments, yields the requests it
needs (:class:`Sdk`, :class:`Checkpoints`, :class:`StopBeat`) and returns the result.
:class:`operation` turns a plan into a blocking method on
:class:`~strait.worker.RunContext` and an awaitable one on
:class:`~strait.worker.AsyncRunContext`; each class only says how to perform a step
(``_perform`` / ``_aperform``). Docstrings, argument checks, the once-only terminal
guard, cancellation and worker-mode routing therefore exist exactly once.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
from collections.abc import Awaitable, Callable, Coroutine, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Generic,
    ParamSpec,
    Protocol,
    Self,
    TypeVar,
    Unpack,
    cast,
    overload,
)

from strait import _tracing
from strait._errors import NotFoundError, RunCancelledError, StraitError, UnauthorizedError
from strait._retry import run_now
from strait._signing import SigningSecret
from strait._types import JSONInput, JSONValue

from ._core import (
    DEFAULT_PROGRESS_INTERVAL,
    MISSING,
    RunContextOptions,
    RunCore,
    RunFacts,
    _Missing,
    dispatch_kwargs,
    error_text,
    state_map,
)

if TYPE_CHECKING:
    from strait._client import AsyncClient, Client
    from strait._generated.models.job_memory import JobMemory
    from strait._generated.models.job_run import JobRun
    from strait._generated.models.run_checkpoint import RunCheckpoint
    from strait._generated.models.run_event import RunEvent
    from strait._generated.models.run_output import RunOutput
    from strait._generated.models.run_state import RunState
    from strait._generated.models.run_tool_call import RunToolCall
    from strait._generated.models.run_usage import RunUsage
    from strait._generated.models.sdk_spawn_response_201 import SdkSpawnResponse201
    from strait._generated.models.sdk_wait_for_event_response_200 import SdkWaitForEventResponse200

__all__ = ["Checkpoints", "RunOperations", "RunSink", "Sdk", "StopBeat", "operation"]

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")
S = TypeVar("S", bound="_Driver")  # the context a plan runs on


@dataclass(frozen=True, slots=True)
class Sdk:
    """Call ``client.sdk_runs.<name>(*args)``."""

    name: str
    args: tuple[Any, ...]  # the arguments of that SDK method


@dataclass(frozen=True, slots=True)
class Checkpoints:
    """List the run's latest checkpoint (``client.runs.list_checkpoints(run_id, limit=1)``)."""


@dataclass(frozen=True, slots=True)
class StopBeat:
    """Stop the automatic heartbeat (thread or task)."""


Step = Sdk | Checkpoints | StopBeat
Plan = Generator[Step, Any, R]


class RunSink(Protocol):
    """Where a context hosted by the SDK (the gRPC worker, the HTTP adapters) sends what
    does not go over REST: the run's outcome, and (worker mode) its log lines."""

    def log(self, level: str, message: str, data: JSONInput) -> bool:
        """Handle a log line; False to send it over REST as usual."""
        ...

    def finish(self, outcome: str, value: object) -> None: ...


class _Driver(Protocol):
    """What :class:`operation` needs of a context: whether it is async, and its driver."""

    @property
    def _is_async(self) -> bool: ...

    def _drive(self, plan: Plan[R]) -> R: ...

    async def _adrive(self, plan: Plan[R]) -> R: ...


class operation(Generic[S, P, R]):
    """A run-context method defined once as a plan: blocking on ``RunContext``,
    awaitable on ``AsyncRunContext``."""

    def __init__(self, plan: Callable[Concatenate[S, P], Plan[R]]) -> None:
        self.plan = plan
        functools.update_wrapper(self, plan)
        sig = inspect.signature(plan)
        self._bound_signature = sig.replace(parameters=list(sig.parameters.values())[1:])

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> operation[S, P, R]: ...
    @overload
    def __get__(
        self, obj: RunOperations[AsyncClient], owner: type | None = None
    ) -> Callable[P, Coroutine[object, None, R]]: ...
    @overload
    def __get__(self, obj: RunOperations[Client], owner: type | None = None) -> Callable[P, R]: ...

    def __get__(  # type: ignore[misc]  # the overloads name the two contexts S stands for
        self, obj: S | None, owner: type | None = None
    ) -> operation[S, P, R] | Callable[P, R] | Callable[P, Coroutine[object, None, R]]:
        if obj is None:
            return self
        plan = self.plan
        ctx = obj
        bound: Callable[P, R] | Callable[P, Coroutine[object, None, R]]
        if ctx._is_async:

            async def abound(*args: P.args, **kwargs: P.kwargs) -> R:
                return await ctx._adrive(plan(ctx, *args, **kwargs))

            bound = abound
        else:

            def sbound(*args: P.args, **kwargs: P.kwargs) -> R:
                return ctx._drive(plan(ctx, *args, **kwargs))

            bound = sbound
        name = getattr(plan, "__name__", "operation")
        described = {
            "__name__": name,
            "__qualname__": f"{type(obj).__name__}.{name}",
            "__doc__": plan.__doc__,
            "__signature__": self._bound_signature,
        }
        for key, value in described.items():
            setattr(bound, key, value)
        return bound

    def __call__(self, obj: S, *args: P.args, **kwargs: P.kwargs) -> object:
        """``RunContext.log(ctx, ...)``: call through the class (the result, or for an
        ``AsyncRunContext`` the coroutine)."""
        bound: Callable[P, object] = self.__get__(obj, type(obj))  # type: ignore[call-overload]
        return bound(*args, **kwargs)


def scoped(
    plan: Callable[Concatenate[S, str, P], Plan[R]], scope: str, name: str, doc: str
) -> operation[S, P, R]:
    """An operation on one of the two key-value stores (``scope``: run ``"state"`` or job
    ``"memory"``), whose routes differ only by the store's name: ``plan`` takes the scope
    after the context."""

    def bound(ctx: S, /, *args: P.args, **kwargs: P.kwargs) -> Plan[R]:
        return plan(ctx, scope, *args, **kwargs)

    bound.__name__ = bound.__qualname__ = name
    bound.__doc__ = doc
    signature = inspect.signature(plan)
    context, _, *params = signature.parameters.values()
    vars(bound)["__signature__"] = signature.replace(parameters=[context, *params])
    return operation(bound)


async def _step_through(plan: Plan[R], perform: Callable[[Step], Awaitable[object]]) -> R:
    """Run ``plan``, performing each step (its result is sent back, its exception thrown
    in): the one loop behind both drivers (the sync one awaits sync calls, :func:`run_now`)."""
    value: object = None
    error: BaseException | None = None
    while True:
        try:
            step = plan.send(value) if error is None else plan.throw(error)
        except StopIteration as stop:
            result: R = stop.value
            return result
        value, error = None, None
        try:
            value = await perform(step)
        except BaseException as exc:
            error = exc


class RunOperations(RunCore, Generic[C]):
    """The methods both run contexts share; see :class:`strait.worker.RunContext`.
    ``C`` is the client type (:class:`strait.Client` or :class:`strait.AsyncClient`)."""

    _is_async = False
    _sink: RunSink | None = None
    _cancelled = False
    _failure: BaseException | None = None
    _reported: tuple[str, object] | None = None  # hosted: complete()/fail() left to the host
    _backend: Callable[[Sdk | Checkpoints], object] | None = None  # answers SDK calls instead of the client
    _owns_client: bool
    _client: C | None
    _make_client: Callable[[], C] | None

    _client_class: Callable[..., C]

    def __init__(
        self,
        token: str | None = None,
        base_url: str | None = None,
        run_id: str | None = None,
        *,
        attempt: int | None = None,
        job_id: str | None = None,
        last_checkpoint: JSONInput | _Missing = MISSING,
        payload: JSONInput | _Missing = MISSING,
        heartbeat_interval: float | None = None,
        auto_heartbeat: bool = False,
        progress_interval: float = DEFAULT_PROGRESS_INTERVAL,
        client: C | None = None,
        secrets: Mapping[str, str] | None = None,
        previous_error: str | None = None,
        checkpoint_at: str | None = None,
    ) -> None:
        self._owns_client = client is None
        made = client if client is not None else self._client_class(base_url=base_url, run_token=token)
        self._client = made
        self._make_client = None
        # a client made with tracing=False: no handler span either
        self._dispatch = _tracing.dispatched(None, "internal", enabled=getattr(made, "_tracing", True))
        config = cast(Any, made).config
        super().__init__(
            token=config.token,
            run_id=run_id,
            attempt=attempt,
            job_id=job_id,
            last_checkpoint=last_checkpoint,
            payload=payload,
            heartbeat_interval=heartbeat_interval,
            auto_heartbeat=auto_heartbeat,
            progress_interval=progress_interval,
            project_id=cast(Any, made).project_id,
            secrets=secrets,
            previous_error=previous_error,
            checkpoint_at=checkpoint_at,
        )
        self._init_driver()

    def _init_driver(self) -> None:
        """Set up the driver's own state (heartbeat thread or task)."""

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        base_url: str | None = None,
        *,
        body: bytes | str | None = None,
        signing_secret: SigningSecret | None = None,
        verify: bool | None = None,
        **kwargs: Unpack[RunContextOptions[C]],
    ) -> Self:
        """A context from the headers of Strait's dispatch request.

        Reads ``X-Run-Token`` (or ``X-SDK-Token``), ``X-Run-ID``, ``X-Job-ID``,
        ``X-Attempt``, ``X-Last-Checkpoint``, ``X-Checkpoint-At``, ``X-Previous-Error`` and
        the job's ``X-Secret-<KEY>`` headers (:attr:`secrets`); ``kwargs`` are those of
        the constructor. ``body`` (the raw request body) becomes the payload.

        Whenever a signing secret is configured (``signing_secret``, the job's
        ``endpoint_signing_secret`` or a list while rotating, else the
        ``STRAIT_SIGNING_SECRET`` environment variable) the request's signature over
        ``body`` is verified first, and ``body`` is required. ``verify=False`` runs the
        request unverified, on purpose; ``verify=True`` insists on a secret.

        Raises:
            SignatureVerificationError: the signature is missing, stale or wrong.
            ValidationError: no run token, malformed dispatch headers, a secret configured
                but no ``body``, or ``verify=True`` without a secret.
        """
        if not isinstance(headers, Mapping):
            headers = list(headers)  # read twice: for the run and for its trace
        token, options = dispatch_kwargs(headers, kwargs, body, signing_secret, verify)
        ctx = cls(token, base_url, **options)
        ctx._dispatch = _tracing.dispatched(headers, "server", enabled=getattr(ctx._client, "_tracing", True))
        return ctx

    @classmethod
    def _for_worker(
        cls,
        *,
        token: str | None,
        project_id: str | None,
        make_client: Callable[[], C],
        sink: RunSink,
        **run: Unpack[RunFacts],
    ) -> Self:
        """A context the SDK hosts (worker mode, the HTTP adapters): its client is made on
        first use, and its outcome (and, in worker mode, its logs) go to ``sink``; ``run``
        is what the host read of the run. Hosts drive it through the host protocol below
        (:mod:`strait.worker._hosting`)."""
        self = cls.__new__(cls)
        self._owns_client = True
        self._client = None
        self._make_client = make_client
        self._sink = sink
        RunCore.__init__(self, token=token, project_id=project_id, **run)
        self._init_driver()
        return self

    @classmethod
    def _faked(
        cls, backend: Callable[[Sdk | Checkpoints], object], **kwargs: Unpack[RunContextOptions[C]]
    ) -> Self:
        """A context whose SDK calls (each :class:`Sdk` / :class:`Checkpoints` step of its
        plans) are answered by ``backend`` instead of the client: the one seam
        :mod:`strait.testing` fakes. ``kwargs`` are the constructor's."""
        self = cls(**kwargs)
        self._backend = backend
        return self

    # -- the host protocol: what a host (worker, HTTP adapter) does to a context it runs --

    def _host_cancel(self) -> None:
        """The run was cancelled (or abandoned): every later context call raises."""
        self._cancelled = True

    @contextlib.contextmanager
    def _host_scope(self) -> Iterator[None]:
        """While the handler runs: :func:`strait.worker.current` returns this context."""
        self._enter()
        try:
            yield
        finally:
            self._leave()

    def _host_payload(self) -> JSONInput:
        """The payload the host read from the dispatch (None when it had none)."""
        return None if isinstance(self._payload, _Missing) else self._payload

    def _host_terminal(self) -> tuple[str, object, BaseException | None] | None:
        """What the handler reported with ``complete()`` / ``fail()``: (outcome, value,
        the exception given to ``fail()`` if any), or None."""
        if self._reported is None:
            return None
        outcome, value = self._reported
        return outcome, value, self._failure

    @property
    def client(self) -> C:
        """The run-token client this context sends through."""
        if self._client is None:
            if self._make_client is None:  # pragma: no cover - set by both constructors
                raise StraitError("this run context has no client")
            self._client = self._make_client()
        return self._client

    # -- driving a plan ------------------------------------------------------

    def _check_live(self) -> None:
        if self._cancelled:
            raise RunCancelledError(f"run {self.run_id} was cancelled", run_id=self.run_id)

    def _perform(self, step: Step) -> object:  # pragma: no cover - each driver overrides
        raise NotImplementedError

    async def _aperform(self, step: Step) -> object:  # pragma: no cover - each driver overrides
        raise NotImplementedError

    def _drive(self, plan: Plan[R]) -> R:
        async def perform(step: Step) -> object:
            return self._perform(step)

        return run_now(_step_through(plan, perform))

    async def _adrive(self, plan: Plan[R]) -> R:
        return await _step_through(plan, self._aperform)

    def _call(self, name: str, *args: object) -> Plan[Any]:
        """One SDK request, refused once the run is cancelled."""
        self._check_live()
        return (yield Sdk(name, (self.run_id, *args)))

    # -- status ----------------------------------------------------------------

    @property
    def cancelled(self) -> bool:
        """Whether Strait cancelled this run (worker mode: a ``CancelTask``). Once it is
        set, every run-context call raises :class:`~strait.RunCancelledError`."""
        return self._cancelled

    # -- payload, logs, progress ---------------------------------------------

    @operation
    def payload(self) -> Plan[Any]:
        """The run's payload (fetched once, then cached): JSON of the shape the job's
        callers give it, typed ``Any`` so that a handler states the shape it expects."""
        payload = self._payload
        if isinstance(payload, _Missing):
            fetched: JSONValue = yield from self._call("get_payload")
            payload = self._payload = fetched
        return payload

    @operation
    def log(
        self, message: str, *, level: str = "info", data: JSONInput = None, type: str | None = None
    ) -> Plan[RunEvent | None]:
        """Append a log line to the run (``level``: debug, info, warn, error).

        In HTTP mode this posts a run event and returns it; in worker mode the line goes
        over the worker's stream (sent before the run's result) and this returns None.
        """
        body = self._log_body(message, level, data, type)
        if self._sink is not None:
            self._check_live()
            if self._sink.log(level, message, data):
                return None
        event: RunEvent = yield from self._call("log_run", body)
        return event

    @operation
    def progress(
        self,
        percent: float,
        message: str | None = None,
        *,
        step: str | None = None,
        eta_seconds: float | None = None,
    ) -> Plan[None]:
        """Report progress (0-100). Cheap to call in a tight loop: updates within
        ``progress_interval`` are coalesced to the latest, and 100 is always sent."""
        body = self._throttle.offer(self._progress_body(percent, message, step, eta_seconds), percent)
        if body is not None:
            yield from self._call("progress_run", body)

    def _flush_plan(self) -> Plan[None]:
        body = self._throttle.take_pending()
        if body is not None:
            yield from self._call("progress_run", body)

    _flush_progress = operation(_flush_plan)

    @operation
    def annotate(self, annotations: Mapping[str, str] | None = None, /, **more: str) -> Plan[JobRun]:
        """Attach string annotations to the run (at most 50 keys per run).

        Raises:
            ValidationError: the run would hold more than 50 annotations, or a key/value is too long.
        """
        merged = self._annotate_body(annotations, more)
        run: JobRun = yield from self._call("annotate_run", {"annotations": merged})
        self._annotated(merged)
        return run

    @operation
    def heartbeat(self) -> Plan[None]:
        """Tell Strait the handler is alive (the server reaps runs silent for a minute)."""
        yield from self._call("heartbeat_run")

    # -- checkpoints and state -------------------------------------------------

    @operation
    def checkpoint(self, state: JSONInput, *, source: str | None = None) -> Plan[RunCheckpoint]:
        """Save resumable state; a retry receives it through :meth:`resume`."""
        saved: RunCheckpoint = yield from self._call("checkpoint_run", self._checkpoint_body(state, source))
        self._checkpointed(state)
        return saved

    @operation
    def resume(self, default: JSONInput = None) -> Plan[Any]:
        """The latest checkpoint state (from the dispatch, this attempt, or the server), else
        ``default``: typed ``Any``, as the shape is the one the handler saved."""
        if not self._checkpoint_looked_up:
            self._check_live()
            self._checkpoint_looked_up = True
            try:
                page = yield Checkpoints()
            except (UnauthorizedError, NotFoundError):
                page = None  # the listing needs an API key on current servers
            if page is not None and page.data:
                self._checkpoint = page.data[0]["state"]
        return default if isinstance(self._checkpoint, _Missing) else self._checkpoint

    # run state and job memory: two key-value stores whose routes differ only by name

    def _get_plan(self, scope: str, key: str, default: JSONInput = None) -> Plan[Any]:
        # Any: a stored value has the shape the job's code gave it
        try:
            found: RunState | JobMemory = yield from self._call(f"get_{scope}", key)
        except NotFoundError:
            return default
        return found["value"]

    def _delete_plan(self, scope: str, key: str) -> Plan[None]:
        yield from self._call(f"delete_{scope}", key)

    def _list_plan(self, scope: str) -> Plan[dict[str, JSONValue]]:
        return state_map((yield from self._call(f"list_{scope}")), f"{scope}_key")

    get_state = scoped(
        _get_plan, "state", "get_state", "The value of run-state ``key``, or ``default`` when unset."
    )
    get_memory = scoped(
        _get_plan,
        "memory",
        "get_memory",
        "The job-memory value ``key`` (shared by the job's runs), or ``default``.",
    )
    delete_state = scoped(_delete_plan, "state", "delete_state", "Delete run-state ``key``.")
    delete_memory = scoped(_delete_plan, "memory", "delete_memory", "Delete job-memory ``key``.")
    list_state = scoped(_list_plan, "state", "list_state", "All run state as ``{key: value}``.")
    list_memory = scoped(_list_plan, "memory", "list_memory", "All job memory as ``{key: value}``.")

    @operation
    def set_state(self, key: str, value: JSONInput) -> Plan[None]:
        """Set run-state ``key`` (any JSON value)."""
        yield from self._call("set_state", {"key": key, "value": value})

    @operation
    def set_memory(self, key: str, value: JSONInput, *, ttl: float | None = None) -> Plan[None]:
        """Set job-memory ``key``, optionally expiring after ``ttl`` seconds."""
        yield from self._call("set_memory", key, self._memory_body(value, ttl))

    # -- telemetry and outputs ---------------------------------------------------

    @operation
    def usage(
        self,
        provider: str,
        model: str,
        *,
        prompt_tokens: int | None = None,
        completion_tokens: int | None = None,
        total_tokens: int | None = None,
        cost_microusd: int | None = None,
    ) -> Plan[RunUsage]:
        """Report AI model usage.

        Raises:
            UnsupportedOperationError: the server no longer supports usage reports.
        """
        body = self._usage_body(
            provider, model, prompt_tokens, completion_tokens, total_tokens, cost_microusd
        )
        return cast("RunUsage", (yield from self._call("usage_run", body)))

    @operation
    def tool_call(
        self,
        tool_name: str,
        *,
        input: JSONInput = None,
        output: JSONInput = None,
        status: str | None = None,
        duration_ms: int | None = None,
    ) -> Plan[RunToolCall]:
        """Record a tool invocation.

        Raises:
            UnsupportedOperationError: the server no longer supports tool-call records.
        """
        body = self._tool_call_body(tool_name, input, output, status, duration_ms)
        return cast("RunToolCall", (yield from self._call("tool_call_run", body)))

    @operation
    def output(self, key: str, value: JSONInput, *, schema: JSONInput = None) -> Plan[RunOutput]:
        """Store (or replace) structured output ``key``."""
        return cast("RunOutput", (yield from self._call("output_run", self._output_body(key, value, schema))))

    @operation
    def stream(self, chunk: str, *, stream_id: str | None = None, done: bool = False) -> Plan[None]:
        """Push a chunk (e.g. LLM tokens) to followers of ``runs.follow_chunks``."""
        yield from self._call("stream_run", self._chunk_body(chunk, stream_id, done))

    @operation
    def resources(
        self,
        *,
        cpu_percent: float | None = None,
        memory_mb: float | None = None,
        memory_percent: float | None = None,
    ) -> Plan[None]:
        """Report in-container resource usage."""
        body = {"cpu_percent": cpu_percent, "memory_mb": memory_mb, "memory_percent": memory_percent}
        yield from self._call("resources_run", {k: v for k, v in body.items() if v is not None})

    # -- control flow ------------------------------------------------------------

    @operation
    def wait_for_event(
        self, event_key: str, *, timeout: float | None = None, notify_url: str | None = None
    ) -> Plan[SdkWaitForEventResponse200]:
        """Park the run until event ``event_key`` is sent (``timeout`` seconds, server default 1 h).

        The run moves to ``waiting`` and is dispatched again when the event arrives, so
        return from the handler afterwards: :meth:`run` will not complete a waiting run.
        """
        answer: SdkWaitForEventResponse200 = yield from self._call(
            "wait_for_event_run", self._wait_body(event_key, timeout, notify_url)
        )
        self._suspended = True
        yield StopBeat()
        return answer

    @operation
    def spawn(
        self,
        job_slug: str,
        *,
        payload: JSONInput = None,
        project_id: str | None = None,
        await_completion: bool | None = None,
        await_timeout: float | None = None,
        target_api_key: str | None = None,
    ) -> Plan[SdkSpawnResponse201]:
        """Start a child run of job ``job_slug`` (in this client's project unless ``project_id``)."""
        body = self._spawn_body(
            job_slug, payload, project_id, await_completion, await_timeout, target_api_key
        )
        return cast("SdkSpawnResponse201", (yield from self._call("spawn_run", body)))

    @operation
    def continue_as_new(self, payload: JSONInput = None) -> Plan[JobRun]:
        """Queue a continuation run (this run's payload unless ``payload``); this run still
        needs to complete."""
        return cast(
            "JobRun", (yield from self._call("continue_run", {} if payload is None else {"payload": payload}))
        )

    @operation
    def complete(self, result: object = None) -> Plan[JobRun | None]:
        """Mark the run completed with ``result``.

        In worker mode the result travels in the run's ``TaskResult`` when the handler
        returns, and this returns None.

        Raises:
            RunFinishedError: this context already completed or failed the run.
        """
        self._check_live()
        self._begin_terminal("completed")
        return (yield from self._finish("complete_run", "completed", result, self._complete_body(result)))

    @operation
    def fail(self, error: BaseException | str) -> Plan[JobRun | None]:
        """Mark the run failed with ``error`` (an exception or a message).

        Raises:
            RunFinishedError: this context already completed or failed the run.
        """
        self._check_live()
        self._begin_terminal("failed")
        self._failure = error if isinstance(error, BaseException) else None
        self._span.fail(error)
        text = error_text(error)
        return (yield from self._finish("fail_run", "failed", text, {"error": text}))

    def _finish(
        self, op: str, outcome: str, value: object, body: Mapping[str, object]
    ) -> Plan[JobRun | None]:
        yield StopBeat()
        if self._sink is not None:
            try:
                yield from self._flush_plan()
            except Exception as exc:  # the result matters more than a last progress update
                self.logger.warning("could not send the last progress update: %s", exc)
            self._reported = (outcome, value)
            self._sink.finish(outcome, value)
            return None
        try:
            yield from self._flush_plan()
            return cast("JobRun | None", (yield from self._call(op, body)))
        except BaseException as exc:
            self._terminal_failed(exc)
            raise
