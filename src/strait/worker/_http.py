"""HTTP mode, served: an ASGI app and a WSGI app that receive Strait's dispatches for one or
more job handlers, verify them, run the handler and answer as the server reads answers.

How Strait reads the answer (``internal/worker/executor_dispatch_http.go``): a 2xx body
(JSON; read up to 1 MiB) is the run's result; 408, 429 and 5xx are retried with the job's
backoff; any other status fails the run for good. So:

==========================================  ======  =====================================
the request / the handler                   status  what Strait does
==========================================  ======  =====================================
returns a value (or ``ctx.complete(v)``)    200     completes the run with it
raises                                      500     retries (the job's retry policy)
calls ``ctx.fail(error)``                   422     fails the run, no retry
result not strict JSON / over 1 MiB         422     fails the run, no retry
body over ``max_body_bytes``                413     fails the run (checked before reading)
signature missing, stale or wrong           401     fails the run (a forged request)
no run token, body not JSON                 400     fails the run
unknown job path / not POST                 404/405 fails the run (a misrouted endpoint)
==========================================  ======  =====================================

The order is fixed: the body's size (from ``Content-Length`` before reading, then while
streaming it), then the signature, then the route: an unsigned request gets the same 401
whatever its path, so it learns nothing about the jobs served. Strait keeps only the
status of an answer (``domain/errors.go:46-48``), so when a run does not complete the
adapter logs why, with the traceback, on the ``strait.worker`` logger, and records the
reason on the run as an error-level run event through the dispatch's run token.

With several jobs the last path segment is the job slug (``endpoint_url`` ``…/jobs/<slug>``);
with one job every path serves it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from strait import _tracing
from strait._client import AsyncClient, Client
from strait._errors import SignatureVerificationError, ValidationError
from strait._limits import MAX_DISPATCH_RESPONSE_BYTES, MAX_PAYLOAD_BYTES
from strait._settings import check_keywords
from strait._signing import DEFAULT_TOLERANCE, SigningSecret, configured_signing_secret, verify_signature

from ._async import AsyncRunContext
from ._core import parse_dispatch_headers
from ._hosting import (
    Outcome,
    ReasonEvent,
    Sink,
    context_class,
    encode_outcome,
    execute,
    execute_async,
    log_outcome,
    reason_event,
)
from ._jobs import JobHandler, Jobs, decode_payload, job_handlers
from ._sync import RunContext

__all__ = ["DEFAULT_MAX_BODY_BYTES", "AdapterOptions", "asgi_app", "wsgi_app"]

MAX_RESULT_BYTES = MAX_DISPATCH_RESPONSE_BYTES  # the server reads at most this much of the answer
#: The default cap on a dispatch body: the server's largest payload
#: (``api/validation.go:12``), plus room to spare.
DEFAULT_MAX_BODY_BYTES = MAX_PAYLOAD_BYTES + 64 * 1024
_CHUNK = 64 * 1024
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
            413: "Content Too Large", 422: "Unprocessable Entity", 500: "Internal Server Error"}  # fmt: skip
#: The answer to each outcome of a handler call, and what Strait then does.
_STATUS = {"failed": (422, "fails the run"), "crashed": (500, "retried")}

Answer = tuple[int, bytes]


def _error(status: int, code: str, message: str) -> Answer:
    return status, json.dumps({"error": {"code": code, "message": message}}).encode()


def _too_large(cap: int) -> Answer:
    return _error(413, "body_too_large", f"the dispatch body is over {cap} bytes (max_body_bytes)")


def _declared_length(value: str | None) -> int | None:
    """The ``Content-Length``, or None when absent or not a number."""
    try:
        return int(value) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class _Prepared:
    handler: JobHandler
    ctx: RunContext | AsyncRunContext


class AdapterOptions(TypedDict, total=False):
    """The keyword options of :func:`asgi_app` and :func:`wsgi_app`.

    ``signing_secret`` (default ``STRAIT_SIGNING_SECRET``), ``allow_unsigned`` (False),
    ``base_url`` (default ``STRAIT_BASE_URL``), ``tolerance`` (the signature's clock
    tolerance, ``DEFAULT_TOLERANCE``), ``heartbeat_interval`` (None) and ``max_body_bytes``
    (``DEFAULT_MAX_BODY_BYTES``).
    """

    signing_secret: SigningSecret | None
    allow_unsigned: bool
    base_url: str | None
    tolerance: float
    heartbeat_interval: float | None
    max_body_bytes: int


class _Dispatcher:
    """Everything but the server interface: verification, routing, context, answer."""

    def __init__(self, jobs: Jobs, options: AdapterOptions) -> None:
        check_keywords(options, AdapterOptions.__annotations__, "the HTTP adapter")
        signing_secret = options.get("signing_secret")
        allow_unsigned = options.get("allow_unsigned", False)
        max_body_bytes = options.get("max_body_bytes", DEFAULT_MAX_BODY_BYTES)
        secret = configured_signing_secret(signing_secret)
        if secret is None and not allow_unsigned:
            raise ValidationError(
                "pass signing_secret= (the job's endpoint_signing_secret, or a list while rotating) or set "
                "STRAIT_SIGNING_SECRET so forged requests are refused; allow_unsigned=True serves unsigned "
                "requests (local development only)",
                field="signing_secret",
                source="argument",
            )
        if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes <= 0:
            raise ValidationError(
                f"max_body_bytes must be a number of bytes > 0, got {max_body_bytes!r}",
                field="max_body_bytes",
                source="argument",
            )
        self.handlers = job_handlers(jobs)
        self.secret = secret
        self.base_url = options.get("base_url")
        self.tolerance = options.get("tolerance", DEFAULT_TOLERANCE)
        self.heartbeat_interval = options.get("heartbeat_interval")
        self.max_body_bytes = max_body_bytes

    def prepare(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> _Prepared | Answer:
        if self.secret is not None:  # before routing: a forged request learns nothing
            try:
                verify_signature(body, headers, self.secret, self.tolerance)
            except SignatureVerificationError as exc:
                return _error(401, "invalid_signature", str(exc))
        if len(self.handlers) == 1:
            handler = next(iter(self.handlers.values()))
        else:
            found = self.handlers.get(path.rstrip("/").rsplit("/", 1)[-1])
            if found is None:
                return _error(
                    404, "unknown_job", f"no job handler at {path!r}; serving {sorted(self.handlers)}"
                )
            handler = found
        if method != "POST":
            return _error(405, "method_not_allowed", "Strait dispatches with POST")
        try:
            payload = decode_payload(body)
            info = parse_dispatch_headers(headers)
        except ValueError as exc:  # ValidationError too
            return _error(400, "bad_dispatch", f"not a Strait dispatch: {exc}")
        cls = context_class(handler)
        base_url, token = self.base_url, info.token

        def make_client() -> Any:  # Client or AsyncClient, as the handler is sync or async
            return (AsyncClient if handler.is_async else Client)(base_url=base_url, run_token=token)

        try:
            ctx = cls._for_worker(
                token=token,
                run_id=info.run_id,
                attempt=info.attempt,
                job_id=info.job_id,
                payload=payload,
                project_id=None,
                make_client=make_client,
                sink=Sink(),
                last_checkpoint=info.last_checkpoint,
                heartbeat_interval=self.heartbeat_interval,
                secrets=info.secrets,
                previous_error=info.previous_error,
                checkpoint_at=info.checkpoint_at,
            )
        except ValidationError as exc:
            return _error(400, "bad_run_token", str(exc))
        ctx._dispatch = _tracing.dispatched(headers, "server", handler.slug)
        return _Prepared(handler, ctx)


def _settle(prepared: _Prepared, outcome: Outcome) -> tuple[Outcome, Answer, ReasonEvent | None]:
    """The encoded outcome, the answer, and the run event recording why it did not complete."""
    outcome = encode_outcome(outcome, MAX_RESULT_BYTES)
    if outcome.status == "completed":
        return outcome, (200, outcome.output or b"null"), None
    log_outcome(outcome, prepared.ctx.run_id, prepared.handler.slug)
    status, then = _STATUS[outcome.status]
    event = reason_event(outcome, f"answered HTTP {status}: Strait {then}")
    return outcome, _error(status, outcome.code, outcome.error), event


def _not_recorded(prepared: _Prepared, exc: Exception) -> None:
    prepared.ctx.logger.warning("could not record the failure reason on run %s: %s", prepared.ctx.run_id, exc)


def _run_sync(prepared: _Prepared) -> Answer:
    ctx = prepared.ctx
    assert isinstance(ctx, RunContext)
    ctx.start_heartbeat()
    try:
        _, answer, event = _settle(prepared, execute(prepared.handler, ctx))
        ctx.stop_heartbeat()
        if event is not None:
            try:
                ctx.log(**event)
            except Exception as exc:
                _not_recorded(prepared, exc)
    finally:
        ctx.close()
    return answer


async def _run_async(prepared: _Prepared) -> Answer:
    ctx = prepared.ctx
    assert isinstance(ctx, AsyncRunContext)
    ctx.start_heartbeat()
    try:
        _, answer, event = _settle(prepared, await execute_async(prepared.handler, ctx))
        await ctx.stop_heartbeat()
        if event is not None:
            try:
                await ctx.log(**event)
            except Exception as exc:
                _not_recorded(prepared, exc)
    finally:
        await ctx.close()
    return answer


ASGIApp = Callable[
    [Mapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


async def _read_asgi_body(
    scope: Mapping[str, Any], receive: Callable[[], Awaitable[Any]], cap: int
) -> bytes | Answer | None:
    """The request body, read while it stays within ``cap`` bytes (413 as soon as it does
    not, or before reading when ``Content-Length`` says so); None if the client left."""
    lengths = [v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == b"content-length"]
    declared = _declared_length(lengths[0] if lengths else None)
    if declared is not None and declared > cap:
        return _too_large(cap)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            return _too_large(cap)
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def asgi_app(jobs: Jobs, **options: Unpack[AdapterOptions]) -> ASGIApp:
    """An ASGI app serving Strait's HTTP dispatches for ``jobs`` (mount it under FastAPI /
    Starlette, or run it with uvicorn).

    Each request is checked in this order (see the module docs): its body is at most
    ``max_body_bytes`` (413; default a little over Strait's 5 MiB payload cap), it is
    signed with ``signing_secret`` (the job's ``endpoint_signing_secret``, or a list
    while rotating; default ``STRAIT_SIGNING_SECRET``; 401), it names a served job (404)
    with POST (405). Then ``handler(ctx, payload)`` runs (async handlers on the loop,
    others in a thread) and the answer is what Strait expects. ``ctx`` calls back over
    REST with the dispatch's run token (``base_url`` or ``STRAIT_BASE_URL``) and carries
    the job's secrets (``ctx.secrets``) and, on a retry, ``ctx.previous_error``;
    ``heartbeat_interval`` keeps long runs alive.

    Raises:
        ValidationError: no signing secret (unless ``allow_unsigned=True``), bad jobs, or
            a bad ``max_body_bytes``.
    """
    dispatcher = _Dispatcher(jobs, options)

    async def app(
        scope: Mapping[str, Any],
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = await _read_asgi_body(scope, receive, dispatcher.max_body_bytes)
        if body is None:
            return
        if isinstance(body, tuple):
            status, out = body
        else:
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
            prepared = dispatcher.prepare(scope["method"], scope.get("path", "/"), headers, body)
            if isinstance(prepared, tuple):
                status, out = prepared
            elif prepared.handler.is_async:
                status, out = await _run_async(prepared)
            else:
                status, out = await asyncio.to_thread(_run_sync, prepared)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(out)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": out})

    return app


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _read_wsgi_body(environ: dict[str, Any], cap: int) -> bytes | Answer:
    """The request body in chunks, never more than ``cap`` bytes (413 before reading when
    ``Content-Length`` is over it). Without ``Content-Length`` the body is read only when
    the server says the stream ends (``wsgi.input_terminated``)."""
    declared = _declared_length(environ.get("CONTENT_LENGTH"))
    if declared is not None and declared > cap:
        return _too_large(cap)
    if declared is None and not environ.get("wsgi.input_terminated"):
        return b""
    stream = environ["wsgi.input"]
    remaining = cap + 1 if declared is None else declared
    chunks: list[bytes] = []
    size = 0
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        size += len(chunk)
        if size > cap:
            return _too_large(cap)
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def wsgi_app(jobs: Jobs, **options: Unpack[AdapterOptions]) -> WSGIApp:
    """A WSGI app serving Strait's HTTP dispatches for ``jobs`` (Flask, Django, gunicorn);
    the same contract as :func:`asgi_app`. Async handlers run in a private event loop."""
    dispatcher = _Dispatcher(jobs, options)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = _read_wsgi_body(environ, dispatcher.max_body_bytes)
        if isinstance(body, tuple):
            status, out = body
        else:
            headers = [
                (k[5:].replace("_", "-").lower(), v) for k, v in environ.items() if k.startswith("HTTP_")
            ]
            if environ.get("CONTENT_TYPE"):
                headers.append(("content-type", environ["CONTENT_TYPE"]))
            path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "/")
            prepared = dispatcher.prepare(environ.get("REQUEST_METHOD", "GET"), path, headers, body)
            if isinstance(prepared, tuple):
                status, out = prepared
            elif prepared.handler.is_async:
                status, out = asyncio.run(_run_async(prepared))
            else:
                status, out = _run_sync(prepared)
        start_response(
            f"{status} {_REASONS.get(status, '')}".strip(),
            [("Content-Type", "application/json"), ("Content-Length", str(len(out)))],
        )
        return [out]

    return app
