"""Hosting a job handler: what the SDK's hosts (the gRPC worker, the HTTP adapters) do
around one handler call, written once.

* :func:`execute` / :func:`execute_async` run ``handler(ctx, payload)`` with
  :func:`strait.worker.current` set and turn what happened into an :class:`Outcome`:
  the handler's explicit ``ctx.fail()`` wins, then ``ctx.complete(value)``, then its
  return value; an exception is a *crash*.
* :func:`encode_outcome` turns a completed outcome into the bytes Strait stores, or into
  a failure when Strait would refuse them: not strict JSON (RFC 8259: no NaN or
  Infinity; the server checks ``json.Valid``, ``api/grpc/stream.go:996-1004``) or over
  the host's size cap.
* :func:`log_outcome` logs a crash or failure with its traceback where the host runs (the
  server keeps only the status of an HTTP answer, ``domain/errors.go:46-48``), and
  :func:`reason_event` is the run event a host records it as through the run token.

Hosts build the context with ``RunContext._for_worker`` / ``AsyncRunContext._for_worker``
and drive it only through its host protocol (``_host_cancel``, ``_host_scope``,
``_host_payload``, ``_host_terminal``), never by setting its attributes.
"""

from __future__ import annotations

import inspect
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, TypedDict

from strait._errors import SignatureVerificationError
from strait._limits import MAX_ERROR_MESSAGE_BYTES, cut_utf8
from strait._signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, SigningSecret, verify_signature
from strait._types import JSONInput

from ._async import AsyncRunContext
from ._core import error_text
from ._jobs import JobHandler, encode_result
from ._sync import RunContext

__all__ = [
    "Outcome",
    "Sink",
    "context_class",
    "encode_outcome",
    "execute",
    "execute_async",
    "log_outcome",
    "reason_event",
    "verify_assignment",
]

logger = logging.getLogger("strait.worker")

Status = Literal["completed", "failed", "crashed"]


class Sink:
    """Where a hosted context sends its log lines: ``on_log(level, message, data)``
    returns True when it took the line (worker mode: over the stream); without
    ``on_log`` lines go over REST as usual (HTTP mode). ``complete()`` / ``fail()``
    are kept by the context itself (``_host_terminal``)."""

    __slots__ = ("_on_log",)

    def __init__(self, on_log: Callable[[str, str, JSONInput], bool] | None = None) -> None:
        self._on_log = on_log

    def log(self, level: str, message: str, data: JSONInput) -> bool:
        return self._on_log is not None and self._on_log(level, message, data)

    def finish(self, outcome: str, value: object) -> None:
        """Nothing to do: the context records its outcome for the host."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one handler call ended.

    ``status``: ``completed`` (``value``, and after :func:`encode_outcome` its JSON in
    ``output``), ``failed`` (the handler called ``ctx.fail()``, or its result is one
    Strait would refuse: final, not worth a retry) or ``crashed`` (the handler raised:
    worth a retry). ``error`` is the reason (within the server's 8192-byte cap),
    ``exception`` what raised, for the traceback, and ``code`` a short machine name:
    ``run_failed``, ``handler_error``, ``result_not_json`` or ``result_too_large``.
    """

    status: Status
    value: object = None
    error: str = ""
    exception: BaseException | None = None
    output: bytes = b""
    code: str = ""


def verify_assignment(
    payload: bytes, signature: str, timestamp: str, secret: SigningSecret | None
) -> str | None:
    """Why a worker-mode assignment must not run, or None (always None without a secret).

    With a secret configured it fails closed: an assignment without a signature is refused
    like a forged one. Strait signs ``<timestamp>.<payload>`` with the job's
    ``endpoint_signing_secret`` when it has one (``api/grpc/dispatch.go:566-576``). Call
    it on arrival, before waiting for a free slot, so that queueing does not eat the
    signature's 5-minute tolerance.
    """
    if not secret:
        return None
    if not signature:
        return (
            "assignment signature rejected: the assignment carries no signature, and this worker has a "
            "signing_secret (give the job that endpoint_signing_secret, or run the worker without one)"
        )
    try:
        verify_signature(payload, {SIGNATURE_HEADER: signature, TIMESTAMP_HEADER: timestamp}, secret)
    except SignatureVerificationError as exc:
        return f"assignment signature rejected: {exc}"
    return None


def context_class(handler: JobHandler) -> type[RunContext] | type[AsyncRunContext]:
    """The context class a handler is run with."""
    return AsyncRunContext if handler.is_async else RunContext


def _reason(text: str) -> str:
    return cut_utf8(text or "failed", MAX_ERROR_MESSAGE_BYTES)


def _settled(ctx: RunContext | AsyncRunContext, result: object, raised: BaseException | None) -> Outcome:
    reported = ctx._host_terminal()
    if reported is not None and reported[0] == "failed":
        return Outcome("failed", error=_reason(str(reported[1])), exception=reported[2], code="run_failed")
    if raised is not None:
        ctx._span.fail(raised)  # the handler's span (strait._tracing) ends in ERROR
        return Outcome("crashed", error=_reason(error_text(raised)), exception=raised, code="handler_error")
    if reported is not None:
        return Outcome("completed", value=reported[1])
    if inspect.isawaitable(result):
        if inspect.iscoroutine(result):
            result.close()  # never awaited on purpose: no "never awaited" warning
        return Outcome(
            "failed",
            error="the handler returned an awaitable instead of a result: define it with `async def` "
            "(a callable object needs an `async def __call__`) so that it is awaited",
            code="result_not_json",
        )
    return Outcome("completed", value=result)


def execute(handler: JobHandler, ctx: RunContext) -> Outcome:
    """Run a sync handler in the calling thread."""
    with ctx._host_scope():
        try:
            result = handler.fn(ctx, ctx._host_payload())
        except Exception as exc:
            return _settled(ctx, None, exc)
    return _settled(ctx, result, None)


async def execute_async(handler: JobHandler, ctx: AsyncRunContext) -> Outcome:
    """Run an async handler on the running loop (cancellation propagates)."""
    with ctx._host_scope():
        try:
            result = await handler.fn(ctx, ctx._host_payload())
        except Exception as exc:
            return _settled(ctx, None, exc)
    return _settled(ctx, result, None)


def encode_outcome(outcome: Outcome, cap: int) -> Outcome:
    """A completed outcome with its result as strict JSON in ``output`` (``b""`` for None),
    or a ``failed`` one when the result is not JSON Strait accepts or exceeds ``cap`` bytes."""
    if outcome.status != "completed":
        return outcome
    try:
        output = encode_result(outcome.value)
    except (TypeError, ValueError) as exc:
        return Outcome(
            "failed",
            error=_reason(
                "the handler's result is not JSON-serializable "
                f"(strict JSON, RFC 8259: no NaN or Infinity): {exc}"
            ),
            exception=exc,
            code="result_not_json",
        )
    if len(output) > cap:
        return Outcome(
            "failed",
            error=f"the handler's result is {len(output)} bytes of JSON; Strait takes at most {cap}",
            code="result_too_large",
        )
    return replace(outcome, output=output)


def _where(exc: BaseException | None) -> str | None:
    """``file:line in function`` of the innermost frame of ``exc``'s traceback."""
    frames = traceback.extract_tb(exc.__traceback__) if exc is not None else []
    if not frames:
        return None
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


def log_outcome(outcome: Outcome, run_id: str, job_slug: str) -> None:
    """Log a crash or a failure, with its traceback, where the host runs."""
    if outcome.status == "crashed":
        logger.error(
            "run %s (job %s): the handler raised %s",
            run_id,
            job_slug,
            outcome.error,
            exc_info=outcome.exception,
        )
    elif outcome.status == "failed":
        logger.error(
            "run %s (job %s) failed: %s",
            run_id,
            job_slug,
            outcome.error,
            exc_info=outcome.exception,
        )


class ReasonEvent(TypedDict):
    """The ``ctx.log(**...)`` arguments recording why a run did not complete."""

    message: str
    level: str
    data: dict[str, str]


def reason_event(outcome: Outcome, answer: str) -> ReasonEvent:
    """The ``ctx.log(**...)`` arguments recording why a run did not complete, on the run
    itself (``answer`` says what the host told Strait, e.g. ``"HTTP 500 (retried)"``)."""
    data = {"code": outcome.code, "answer": answer}
    where = _where(outcome.exception) if outcome.code in ("handler_error", "run_failed") else None
    if where is not None:  # where the handler raised (not where its result failed to encode)
        data["where"] = where
    return {"message": outcome.error or outcome.code, "level": "error", "data": data}
