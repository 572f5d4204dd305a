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
result not JSON / over 1 MiB                422     fails the run, no retry
signature missing, stale or wrong           401     fails the run (a forged request)
no run token, body not JSON                 400     fails the run
unknown job path / not POST                 404/405 fails the run (a misrouted endpoint)
==========================================  ======  =====================================

With several jobs the last path segment is the job slug (``endpoint_url`` ``…/jobs/<slug>``);
with one job every path serves it.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from strait import _tracing
from strait._errors import SignatureVerificationError, ValidationError
from strait._limits import MAX_DISPATCH_RESPONSE_BYTES
from strait._signing import DEFAULT_TOLERANCE, verify_signature

from ._async import AsyncRunContext
from ._core import error_text, parse_dispatch_headers
from ._jobs import JobHandler, Jobs, decode_payload, encode_result, job_handlers
from ._sync import RunContext

__all__ = ["asgi_app", "wsgi_app"]

MAX_RESULT_BYTES = MAX_DISPATCH_RESPONSE_BYTES  # the server reads at most this much of the answer
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
            422: "Unprocessable Entity", 500: "Internal Server Error"}  # fmt: skip

Answer = tuple[int, bytes]


class _Sink:
    """The run's explicit outcome; log lines go over REST as usual."""

    __slots__ = ("terminal",)

    def __init__(self) -> None:
        self.terminal: tuple[str, Any] | None = None

    def log(self, level: str, message: str, data: Any) -> bool:
        return False

    def finish(self, outcome: str, value: Any) -> None:
        self.terminal = (outcome, value)


def _error(status: int, code: str, message: str) -> Answer:
    return status, json.dumps({"error": {"code": code, "message": message}}).encode()


@dataclass(frozen=True)
class _Prepared:
    handler: JobHandler
    ctx: RunContext | AsyncRunContext
    sink: _Sink
    payload: Any


class _Dispatcher:
    """Everything but the server interface: routing, verification, context, answer."""

    def __init__(
        self,
        jobs: Jobs,
        signing_secret: str | bytes | Iterable[str | bytes] | None,
        *,
        allow_unsigned: bool,
        base_url: str | None,
        tolerance: float,
        heartbeat_interval: float | None,
    ) -> None:
        if signing_secret is None and not allow_unsigned:
            raise ValidationError(
                "pass signing_secret= (the job's endpoint_signing_secret) so forged requests are refused; "
                "allow_unsigned=True serves unsigned requests (local development only)",
                field="signing_secret",
                source="argument",
            )
        self.handlers = job_handlers(jobs)
        self.secret = signing_secret
        self.base_url = base_url
        self.tolerance = tolerance
        self.heartbeat_interval = heartbeat_interval

    def prepare(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> _Prepared | Answer:
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
        if self.secret is not None:
            try:
                verify_signature(body, headers, self.secret, self.tolerance)
            except SignatureVerificationError as exc:
                return _error(401, "invalid_signature", str(exc))
        try:
            payload = decode_payload(body)
            info = parse_dispatch_headers(headers)
        except ValueError as exc:  # ValidationError too
            return _error(400, "bad_dispatch", f"not a Strait dispatch: {exc}")
        sink = _Sink()
        cls: Any = AsyncRunContext if handler.is_async else RunContext
        base_url, token = self.base_url, info.token

        def make_client() -> Any:
            from strait._client import AsyncClient, Client

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
                sink=sink,
                last_checkpoint=info.last_checkpoint,
                heartbeat_interval=self.heartbeat_interval,
            )
        except ValidationError as exc:
            return _error(400, "bad_run_token", str(exc))
        ctx._dispatch = _tracing.dispatched(headers, "server", handler.slug)
        return _Prepared(handler, ctx, sink, payload)

    @staticmethod
    def answer(prepared: _Prepared, result: Any) -> Answer:
        terminal = prepared.sink.terminal
        if terminal is not None and terminal[0] == "failed":
            return _error(422, "run_failed", str(terminal[1]))
        value = terminal[1] if terminal is not None else result
        try:
            body = encode_result(value) or b"null"
        except (TypeError, ValueError) as exc:
            return _error(422, "result_not_json", f"the handler's result is not JSON-serializable: {exc}")
        if len(body) > MAX_RESULT_BYTES:
            return _error(
                422, "result_too_large", f"the result is {len(body)} bytes; Strait reads at most 1 MiB"
            )
        return 200, body

    @staticmethod
    def crashed(exc: BaseException) -> Answer:
        return _error(500, "handler_error", error_text(exc))


def _run_sync(prepared: _Prepared) -> Answer:
    ctx = prepared.ctx
    assert isinstance(ctx, RunContext)
    ctx._enter(ctx)
    ctx.start_heartbeat()
    try:
        result = prepared.handler.fn(ctx, prepared.payload)
    except Exception as exc:
        ctx._span.fail(exc)
        return _Dispatcher.crashed(exc)
    finally:
        ctx.stop_heartbeat()
        ctx._leave()
        ctx.close()
    return _Dispatcher.answer(prepared, result)


async def _run_async(prepared: _Prepared) -> Answer:
    ctx = prepared.ctx
    assert isinstance(ctx, AsyncRunContext)
    ctx._enter(ctx)
    ctx.start_heartbeat()
    try:
        result = await prepared.handler.fn(ctx, prepared.payload)
    except Exception as exc:
        ctx._span.fail(exc)
        return _Dispatcher.crashed(exc)
    finally:
        await ctx.stop_heartbeat()
        ctx._leave()
        await ctx.close()
    return _Dispatcher.answer(prepared, result)


ASGIApp = Callable[
    [Mapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]], Awaitable[None]
]


def asgi_app(
    jobs: Jobs,
    *,
    signing_secret: str | bytes | Iterable[str | bytes] | None = None,
    allow_unsigned: bool = False,
    base_url: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    heartbeat_interval: float | None = None,
) -> ASGIApp:
    """An ASGI app serving Strait's HTTP dispatches for ``jobs`` (mount it under FastAPI /
    Starlette, or run it with uvicorn).

    Each request is verified with ``signing_secret`` (the job's ``endpoint_signing_secret``;
    a list while rotating), then ``handler(ctx, payload)`` runs (async handlers on the
    loop, others in a thread) and the answer is what Strait expects (see the module docs).
    ``ctx`` calls back over REST with the dispatch's run token (``base_url`` or
    ``STRAIT_BASE_URL``); ``heartbeat_interval`` keeps long runs alive.

    Raises:
        ValidationError: no ``signing_secret`` (unless ``allow_unsigned=True``), or bad jobs.
    """
    dispatcher = _Dispatcher(
        jobs,
        signing_secret,
        allow_unsigned=allow_unsigned,
        base_url=base_url,
        tolerance=tolerance,
        heartbeat_interval=heartbeat_interval,
    )

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
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope.get("headers", [])]
        prepared = dispatcher.prepare(scope["method"], scope.get("path", "/"), headers, b"".join(chunks))
        if isinstance(prepared, tuple):
            status, body = prepared
        elif prepared.handler.is_async:
            status, body = await _run_async(prepared)
        else:
            status, body = await asyncio.to_thread(_run_sync, prepared)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def wsgi_app(
    jobs: Jobs,
    *,
    signing_secret: str | bytes | Iterable[str | bytes] | None = None,
    allow_unsigned: bool = False,
    base_url: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    heartbeat_interval: float | None = None,
) -> WSGIApp:
    """A WSGI app serving Strait's HTTP dispatches for ``jobs`` (Flask, Django, gunicorn);
    the same contract as :func:`asgi_app`. Async handlers run in a private event loop."""
    dispatcher = _Dispatcher(
        jobs,
        signing_secret,
        allow_unsigned=allow_unsigned,
        base_url=base_url,
        tolerance=tolerance,
        heartbeat_interval=heartbeat_interval,
    )

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        body = environ["wsgi.input"].read(length) if length > 0 else b""
        headers = [(k[5:].replace("_", "-").lower(), v) for k, v in environ.items() if k.startswith("HTTP_")]
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
