"""The I/O-free part of a run context, shared by :class:`RunContext` and :class:`AsyncRunContext`.

Reading the dispatch headers, validating arguments and building request bodies,
progress throttling, the annotation budget, the once-only terminal guard, the
heartbeat settings and the ``current()`` context variable all live here, so the two
drivers (``_sync.py`` and ``_async.py``) only send requests and manage a thread or a
task.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextvars import ContextVar, Token
from dataclasses import dataclass, field
from typing import Any, Final, Generic, TypeAlias, TypedDict, TypeVar, Unpack

from strait import _tracing
from strait._auth import RunTokenClaims, decode_run_token
from strait._errors import ApiError, NoActiveRunError, RunFinishedError, ValidationError
from strait._signing import SigningSecret, configured_signing_secret, verify_signature
from strait._types import JSONInput, JSONValue

__all__ = [
    "DEFAULT_HEARTBEAT_INTERVAL",
    "DispatchInfo",
    "NoActiveRunError",
    "ProgressThrottle",
    "RunFinishedError",
    "Secrets",
    "active_context",
    "parse_dispatch_headers",
]

#: Seconds between a run's automatic heartbeats (``POST /sdk/v1/runs/{id}/heartbeat``)
#: with ``auto_heartbeat=True`` (Strait's docs advise every 30 s; the server reaps a run
#: after a minute without one). Not the gRPC worker's stream heartbeat
#: (``strait.worker._worker.STREAM_HEARTBEAT_INTERVAL``).
DEFAULT_HEARTBEAT_INTERVAL: Final = 30.0
#: Seconds within which ``progress()`` calls are coalesced to the latest value.
DEFAULT_PROGRESS_INTERVAL: Final = 1.0
MAX_ANNOTATIONS: Final = 50
MAX_WAIT_SECS: Final = 2_592_000
_MAX_ERROR_CHARS = 8192
_TOKEN_HEADERS = ("x-run-token", "x-sdk-token")
_SECRET_PREFIX = "x-secret-"

logger = logging.getLogger("strait.worker")
C = TypeVar("C")  # a run context's client type


class _Missing:
    """Marks "no value" where ``None`` is a real value (a checkpoint or payload of null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()

#: A request body the run context builds: JSON fields, some of them the caller's values.
Body: TypeAlias = dict[str, JSONInput]


def _secret_name(name: str) -> str:
    return name.strip().upper().replace("-", "_")


class Secrets(Mapping[str, str]):
    """The job's secrets, from a dispatch's ``X-Secret-<KEY>`` headers (Strait adds one per
    secret of the job, ``worker/executor_dispatch_headers.go:110-117``).

    HTTP header names lose their case on the way (Strait's HTTP client canonicalizes them,
    ASGI servers lower-case them, WSGI turns ``-`` into ``_``), so names are upper-cased
    with ``-`` read as ``_``, and lookups ignore case: ``ctx.secrets["OPENAI_API_KEY"]``
    and ``ctx.secrets["openai_api_key"]`` are the same. The repr names the keys only,
    never a value.
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        items = values.items() if isinstance(values, Mapping) else values
        self._values = {_secret_name(k): v for k, v in items}

    def __getitem__(self, name: str) -> str:
        return self._values[_secret_name(name)]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and _secret_name(name) in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Secrets({sorted(self._values)})"


_NO_SECRETS: Final = Secrets()  # read-only: shared by every context without secrets


@dataclass(frozen=True)
class DispatchInfo:
    """What Strait sends with a dispatch, read from its headers. Its repr leaves out the
    run token and the secrets' values."""

    token: str = field(repr=False)
    run_id: str | None = None
    job_id: str | None = None
    attempt: int | None = None
    last_checkpoint: JSONValue | _Missing = MISSING
    checkpoint_at: str | None = None
    previous_error: str | None = None
    secrets: Secrets = field(default_factory=Secrets)


def _header_items(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) or hasattr(headers, "items") else headers
    out: dict[str, str] = {}
    for k, v in items:
        name = (k.decode("latin-1") if isinstance(k, bytes) else str(k)).lower()
        out[name] = v.decode("latin-1") if isinstance(v, bytes) else str(v)
    return out


def parse_dispatch_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> DispatchInfo:
    """Read a dispatch request's headers (any mapping or list of pairs; names in any case).

    The run token comes from ``X-Run-Token`` (what the server sends) or ``X-SDK-Token``
    (what the docs name); ``X-Last-Checkpoint`` is JSON; a retry also carries
    ``X-Checkpoint-At`` and ``X-Previous-Error``, and every dispatch the job's
    ``X-Secret-<KEY>`` headers (``worker/executor_dispatch_headers.go:110-160``).

    Raises:
        ValidationError: no token, or a malformed ``X-Attempt`` / ``X-Last-Checkpoint``.
    """
    h = _header_items(headers)
    token = next((h[name].strip() for name in _TOKEN_HEADERS if h.get(name, "").strip()), None)
    if token is None:
        raise ValidationError(
            "no run token in the dispatch headers (expected X-Run-Token or X-SDK-Token)",
            field="X-Run-Token",
            source="headers",
        )
    attempt: int | None = None
    if h.get("x-attempt"):
        try:
            attempt = int(h["x-attempt"])
        except ValueError:
            raise ValidationError(
                f"X-Attempt must be an integer, got {h['x-attempt']!r}", field="X-Attempt", source="headers"
            ) from None
    checkpoint: JSONValue | _Missing = MISSING
    if "x-last-checkpoint" in h:
        try:
            checkpoint = json.loads(h["x-last-checkpoint"])
        except ValueError:
            raise ValidationError(
                "X-Last-Checkpoint is not JSON", field="X-Last-Checkpoint", source="headers"
            ) from None
    return DispatchInfo(
        token=token,
        run_id=h.get("x-run-id") or None,
        job_id=h.get("x-job-id") or None,
        attempt=attempt,
        last_checkpoint=checkpoint,
        checkpoint_at=h.get("x-checkpoint-at") or None,
        previous_error=h.get("x-previous-error") or None,
        secrets=Secrets(
            (k[len(_SECRET_PREFIX) :], v)
            for k, v in h.items()
            if k.startswith(_SECRET_PREFIX) and len(k) > len(_SECRET_PREFIX)
        ),
    )


class RunFacts(TypedDict, total=False):
    """What a host knows of a run when it builds the run's context (from a dispatch's
    headers, a worker assignment): keywords of the run contexts' constructor."""

    run_id: str | None
    attempt: int | None
    job_id: str | None
    last_checkpoint: JSONInput | _Missing
    payload: JSONInput | _Missing
    heartbeat_interval: float | None
    secrets: Mapping[str, str] | None
    previous_error: str | None
    checkpoint_at: str | None


class RunContextOptions(RunFacts, Generic[C], total=False):
    """The run contexts' constructor keywords (after ``token`` and ``base_url``); ``C`` is
    the client type."""

    auto_heartbeat: bool
    progress_interval: float
    client: C | None


def dispatch_kwargs(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    kwargs: RunContextOptions[C],
    body: bytes | str | None = None,
    signing_secret: SigningSecret | None = None,
    verify: bool | None = None,
) -> tuple[str, RunContextOptions[C]]:
    """The token and constructor keyword arguments for a context built from dispatch headers
    (explicit ``kwargs`` win over the headers).

    The request's Strait signature over ``body`` is verified first whenever a secret is
    configured (``signing_secret``, else ``STRAIT_SIGNING_SECRET``), unless ``verify`` is
    False; ``verify=True`` without a secret is an error. With ``body`` the payload is the
    parsed body.
    """
    pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
    secret = configured_signing_secret(signing_secret) if verify is not False else None
    if verify is True and secret is None:
        raise ValidationError(
            "verify=True needs a signing secret: pass signing_secret= (the job's endpoint_signing_secret) "
            "or set STRAIT_SIGNING_SECRET",
            field="signing_secret",
            source="argument",
        )
    if secret is not None:
        if body is None:
            raise ValidationError(
                "a signing secret is configured (signing_secret= or STRAIT_SIGNING_SECRET), so pass "
                "body= (the raw request body) to verify the request; verify=False runs it unverified",
                field="body",
                source="argument",
            )
        verify_signature(body, pairs, secret)
    if body is not None and kwargs.get("payload", MISSING) is MISSING:
        raw = body.encode() if isinstance(body, str) else body
        try:
            kwargs["payload"] = json.loads(raw) if raw.strip() else None
        except ValueError:
            raise ValidationError("the dispatch body is not JSON", field="body", source="argument") from None
    info = parse_dispatch_headers(pairs)
    options: RunContextOptions[C] = {
        "run_id": info.run_id,
        "attempt": info.attempt,
        "job_id": info.job_id,
        "last_checkpoint": info.last_checkpoint,
        "checkpoint_at": info.checkpoint_at,
        "previous_error": info.previous_error,
        "secrets": info.secrets,
        **kwargs,
    }
    return info.token, options


def _interval(value: float | None, auto: bool, name: str) -> float | None:
    if value is None:
        return DEFAULT_HEARTBEAT_INTERVAL if auto else None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < math.inf:
        raise ValidationError(
            f"{name} must be a number of seconds > 0, got {value!r}", field=name, source="argument"
        )
    return float(value)


def _arg_error(message: str, name: str) -> ValidationError:
    return ValidationError(message, field=name, source="argument")


def _non_empty(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise _arg_error(f"{name} must be a non-empty string, got {value!r}", name)
    return value


def _seconds(value: float | None, name: str, maximum: int = MAX_WAIT_SECS) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= maximum:
        raise _arg_error(f"{name} must be seconds in (0, {maximum}], got {value!r}", name)
    return max(1, math.ceil(value))


def _put(body: Body, **fields: JSONInput) -> Body:
    """``body`` plus every field that is not None (the server's optional fields)."""
    body.update({k: v for k, v in fields.items() if v is not None})
    return body


def error_text(error: BaseException | str) -> str:
    """The ``error`` string sent with ``fail()``."""
    if isinstance(error, BaseException):
        text = str(error)
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    else:
        text = str(error)
    return (text or "failed")[:_MAX_ERROR_CHARS]


def heartbeat_should_stop(error: BaseException) -> bool:
    """Whether an automatic heartbeat should give up after ``error`` (the run is over or
    the token is no longer accepted); other failures are logged and retried next beat."""
    return isinstance(error, ApiError) and error.status in (401, 403, 404, 409, 410)


class ProgressThrottle:
    """Coalesces progress updates: at most one per ``interval`` seconds, latest value wins.

    A value that arrives too soon is kept as *pending*; the next update after the
    interval replaces it, and the drivers flush it on each heartbeat and before the
    run finishes. 100 % is never held back.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        if (
            isinstance(interval, bool)
            or not isinstance(interval, (int, float))
            or not 0 <= interval < math.inf
        ):
            raise _arg_error(f"progress_interval must be seconds >= 0, got {interval!r}", "progress_interval")
        self.interval = float(interval)
        self._clock = clock
        self._last_sent: float | None = None
        self.pending: Body | None = None

    def offer(self, body: Body, percent: float) -> Body | None:
        """The body (of an update to ``percent``) to send now, or None when it was kept as pending."""
        now = self._clock()
        due = self._last_sent is None or now - self._last_sent >= self.interval
        if due or percent >= 100:
            self.pending = None
            self._last_sent = now
            return body
        self.pending = body
        return None

    def take_pending(self) -> Body | None:
        """The held-back update, if any (cleared)."""
        body, self.pending = self.pending, None
        if body is not None:
            self._last_sent = self._clock()
        return body


#: The context of the handler being run (its class is RunContext or AsyncRunContext, which
#: build on this module; :func:`strait.worker.current` narrows it).
_current: ContextVar[RunCore | None] = ContextVar("strait_run_context", default=None)


def active_context() -> RunCore:
    """The run context of the handler being run.

    Raises:
        NoActiveRunError: called outside a run.
    """
    ctx = _current.get()
    if ctx is None:
        raise NoActiveRunError(
            "no Strait run is active here: call strait.worker.current() inside a handler run with "
            "ctx.run(fn), run_handler(...), or a `with RunContext...` block"
        )
    return ctx


class RunCore:
    """State and pure request building shared by both run contexts."""

    #: the trace headers the run was dispatched with (set by whoever hosts the handler)
    _dispatch: _tracing.Dispatch | None = None
    #: the handler's span, from the first ``_enter`` to the last ``_leave``
    _span: _tracing.HandlerSpan | _tracing.NoSpan = _tracing.NO_SPAN

    def __init__(
        self,
        *,
        token: str | None,
        project_id: str | None,
        auto_heartbeat: bool = False,
        progress_interval: float = DEFAULT_PROGRESS_INTERVAL,
        **run: Unpack[RunFacts],
    ) -> None:
        run_id, attempt = run.get("run_id"), run.get("attempt")
        if token is None:  # a worker-mode assignment without a run token (no REST calls)
            if not run_id:
                raise ValidationError("a run context needs a run token or a run id", field="run_id")
            self.claims: RunTokenClaims | None = None
            self.run_id: str = run_id
            self.attempt: int | None = attempt
        else:
            claims = decode_run_token(token)
            if run_id is not None and run_id != claims.run_id:
                raise ValidationError(
                    f"run id {run_id!r} does not match the run token's subject {claims.run_id!r}",
                    field="run_id",
                    source="argument",
                )
            self.claims = claims
            self.run_id = claims.run_id
            self.attempt = claims.attempt if claims.attempt is not None else attempt
        self.job_id = run.get("job_id")
        secrets = run.get("secrets")
        #: The job's secrets (``X-Secret-<KEY>`` headers of an HTTP dispatch); empty in worker mode.
        self.secrets: Secrets = (
            secrets if isinstance(secrets, Secrets) else Secrets(secrets) if secrets else _NO_SECRETS
        )
        #: On a retry, why the previous attempt failed (``X-Previous-Error``), else None.
        self.previous_error = run.get("previous_error")
        #: On a retry, when the checkpoint in :attr:`last_checkpoint` was saved (RFC 3339,
        #: ``X-Checkpoint-At``), else None.
        self.checkpoint_at = run.get("checkpoint_at")
        self.heartbeat_interval = _interval(
            run.get("heartbeat_interval"), auto_heartbeat, "heartbeat_interval"
        )
        self.logger = logging.LoggerAdapter(logger, {"run_id": self.run_id, "attempt": self.attempt})
        self._project_id = project_id
        self._checkpoint = run.get("last_checkpoint", MISSING)
        self._checkpoint_looked_up = self._checkpoint is not MISSING or (self.attempt or 1) <= 1
        self._payload = run.get("payload", MISSING)
        self._throttle = ProgressThrottle(progress_interval)
        self._annotation_keys: set[str] = set()
        self._terminal: str | None = None
        self._suspended = False
        self._context_tokens: list[Token[RunCore | None]] = []

    # -- status -----------------------------------------------------------

    @property
    def finished(self) -> bool:
        """Whether this context completed or failed the run."""
        return self._terminal is not None

    @property
    def status(self) -> str:
        """``"running"``, ``"waiting"`` (after ``wait_for_event``), ``"completed"`` or ``"failed"``."""
        if self._terminal is not None:
            return self._terminal
        return "waiting" if self._suspended else "running"

    @property
    def last_checkpoint(self) -> Any:
        """The latest checkpoint state known here (``X-Last-Checkpoint`` or saved by this
        attempt), or None. :meth:`resume` also asks the server. Typed ``Any``: its shape is
        the one the handler saved."""
        return None if isinstance(self._checkpoint, _Missing) else self._checkpoint

    def _begin_terminal(self, outcome: str) -> None:
        if self._terminal is not None:
            raise RunFinishedError(
                f"run {self.run_id} was already {self._terminal} by this context; "
                "complete() / fail() may be called only once"
            )
        self._terminal = outcome

    def _terminal_failed(self, error: BaseException) -> None:
        """Undo the claim of a terminal call that failed, unless the server says the run
        is over anyway (409 conflict, 410 gone), so that it may be retried."""
        if not (isinstance(error, ApiError) and error.status in (409, 410)):
            self._terminal = None

    def _enter(self) -> None:
        """While the handler runs: :func:`strait.worker.current` returns this context."""
        if not self._context_tokens:
            self._span = _tracing.handler_span(self._dispatch, self.run_id, self.job_id, self.attempt)
        self._context_tokens.append(_current.set(self))

    def _leave(self) -> None:
        if self._context_tokens:
            _current.reset(self._context_tokens.pop())
            if not self._context_tokens:
                self._span.end()
                self._span = _tracing.NO_SPAN

    def _should_auto_complete(self) -> bool:
        return self._terminal is None and not self._suspended

    # -- request bodies ---------------------------------------------------

    @staticmethod
    def _log_body(message: str, level: str, data: JSONInput, type: str | None) -> Body:
        _non_empty(message, "message")
        return _put({"message": message, "level": _non_empty(level, "level")}, data=data, type=type)

    @staticmethod
    def _progress_body(
        percent: float, message: str | None, step: str | None, eta_seconds: float | None
    ) -> Body:
        if isinstance(percent, bool) or not isinstance(percent, (int, float)) or not 0 <= percent <= 100:
            raise _arg_error(f"percent must be a number in [0, 100], got {percent!r}", "percent")
        eta = None if eta_seconds is None else _seconds(eta_seconds, "eta_seconds")
        text = message if message else f"{percent:g}%"
        return _put({"percent": percent, "message": text}, step=step, eta_seconds=eta)

    def _annotate_body(
        self, annotations: Mapping[str, str] | None, more: Mapping[str, str]
    ) -> dict[str, str]:
        merged = {**(annotations or {}), **more}
        if not merged:
            raise _arg_error("annotate() needs at least one annotation", "annotations")
        for key, value in merged.items():
            if not isinstance(key, str) or not key.strip() or len(key) > 128:
                raise _arg_error(f"annotation keys must be 1-128 characters, got {key!r}", "annotations")
            if not isinstance(value, str) or len(value) > 1024:
                raise _arg_error(
                    f"annotation {key!r} must be a string of at most 1024 characters", "annotations"
                )
        total = len(self._annotation_keys | merged.keys())
        if total > MAX_ANNOTATIONS:
            raise _arg_error(
                f"a run holds at most {MAX_ANNOTATIONS} annotations; this call would make it {total}",
                "annotations",
            )
        return merged

    def _annotated(self, annotations: Mapping[str, str]) -> None:
        self._annotation_keys.update(annotations)

    @staticmethod
    def _checkpoint_body(state: JSONInput, source: str | None) -> Body:
        if state is None:
            raise _arg_error("checkpoint state must not be None", "state")
        return _put({"state": state}, source=source)

    def _checkpointed(self, state: JSONInput) -> None:
        self._checkpoint = state
        self._checkpoint_looked_up = True

    @staticmethod
    def _usage_body(
        provider: str,
        model: str,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        total_tokens: int | None,
        cost_microusd: int | None,
    ) -> Body:
        body: Body = {"provider": _non_empty(provider, "provider"), "model": _non_empty(model, "model")}
        counts: dict[str, int | None] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": total_tokens,
            "cost_microusd": cost_microusd,
        }
        for name, value in counts.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise _arg_error(f"{name} must be an int >= 0, got {value!r}", name)
        return _put(body, **counts)

    @staticmethod
    def _tool_call_body(
        tool_name: str, input: JSONInput, output: JSONInput, status: str | None, duration_ms: int | None
    ) -> Body:
        return _put(
            {"tool_name": _non_empty(tool_name, "tool_name")},
            input=input,
            output=output,
            status=status,
            duration_ms=duration_ms,
        )

    @staticmethod
    def _output_body(key: str, value: JSONInput, schema: JSONInput) -> Body:
        return _put({"output_key": _non_empty(key, "key"), "value": value}, schema=schema)

    @staticmethod
    def _chunk_body(chunk: str, stream_id: str | None, done: bool) -> Body:
        if not isinstance(chunk, str):
            raise _arg_error(f"chunk must be a string, got {type(chunk).__name__}", "chunk")
        return _put({"chunk": chunk, "done": bool(done)}, stream_id=stream_id)

    @staticmethod
    def _wait_body(event_key: str, timeout: float | None, notify_url: str | None) -> Body:
        _non_empty(event_key, "event_key")
        if len(event_key) > 512:
            raise _arg_error("event_key must be at most 512 characters", "event_key")
        return _put(
            {"event_key": event_key}, timeout_secs=_seconds(timeout, "timeout"), notify_url=notify_url
        )

    def _spawn_body(
        self,
        job_slug: str,
        payload: JSONInput,
        project_id: str | None,
        await_completion: bool | None,
        await_timeout: float | None,
        target_api_key: str | None,
    ) -> Body:
        project = project_id or self._project_id
        if not project:
            raise _arg_error(
                "spawn() needs project_id= (or STRAIT_PROJECT / strait.json project.id)", "project_id"
            )
        return _put(
            {"job_slug": _non_empty(job_slug, "job_slug"), "project_id": project},
            payload=payload,
            await_completion=await_completion,
            await_timeout_secs=_seconds(await_timeout, "await_timeout"),
            target_api_key=target_api_key,
        )

    @staticmethod
    def _memory_body(value: JSONInput, ttl: float | None) -> Body:
        return _put({"value": value}, ttl_secs=_seconds(ttl, "ttl", maximum=2**31 - 1))

    @staticmethod
    def _complete_body(result: object) -> dict[str, object]:
        return {} if result is None else {"result": result}


def state_map(items: Iterable[Mapping[str, JSONValue]], key: str) -> dict[str, JSONValue]:
    """``{key: value}`` from a list of state or memory records."""
    return {str(item[key]): item["value"] for item in items}
