"""Job handlers by slug, shared by the gRPC worker and the HTTP adapters (no grpc import)."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from strait._errors import ValidationError
from strait._types import JSONValue

__all__ = ["JobHandler", "Jobs", "decode_payload", "encode_result", "is_async_handler", "job_handlers"]

#: A job definition (``define_job(..., handler=fn)``), or ``{slug: fn}``.
Jobs = Iterable[Any] | Mapping[str, Callable[..., Any]]


def is_async_handler(fn: object) -> bool:
    """Whether ``fn(ctx, payload)`` is a coroutine function (also as a callable object)."""
    method = type(fn).__call__ if callable(fn) else None  # an object with an async __call__
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(method)


@dataclass(frozen=True, slots=True)
class JobHandler:
    slug: str
    fn: Callable[..., Any]
    is_async: bool
    queue: str | None = None


def job_handlers(jobs: Jobs) -> dict[str, JobHandler]:
    """``{slug: JobHandler}`` from job definitions with handlers, or a ``{slug: fn}`` mapping.

    Raises:
        ValidationError: no jobs, a definition without a handler, or a slug given twice.
    """
    out: dict[str, JobHandler] = {}
    if isinstance(jobs, Mapping):
        items: list[tuple[str, Callable[..., Any], str | None]] = [(s, f, None) for s, f in jobs.items()]
    else:
        items = []
        for job in jobs:
            slug = getattr(job, "slug", None)
            fn = getattr(job, "handler", None)
            if not isinstance(slug, str):
                raise ValidationError(
                    f"jobs must be define_job(...) definitions or a {{slug: handler}} mapping, got {job!r}",
                    field="jobs",
                    source="argument",
                )
            if fn is None:
                raise ValidationError(
                    f"job {slug!r} has no handler: define it with define_job(..., handler=fn)",
                    field="jobs",
                    source="argument",
                )
            items.append((slug, fn, getattr(getattr(job, "options", None), "queue_name", None)))
    for slug, fn, queue in items:
        if not callable(fn):
            raise ValidationError(
                f"the handler of job {slug!r} is not callable", field="jobs", source="argument"
            )
        if slug in out:
            raise ValidationError(f"job {slug!r} is given twice", field="jobs", source="argument")
        out[slug] = JobHandler(slug, fn, is_async_handler(fn), queue)
    if not out:
        raise ValidationError("no jobs to serve: pass at least one job with a handler", field="jobs")
    return out


def decode_payload(raw: bytes) -> JSONValue:
    """A dispatch payload: JSON, or None when empty.

    Raises:
        ValueError: the payload is not JSON.
    """
    payload: JSONValue = json.loads(raw) if raw and raw.strip() else None
    return payload


def encode_result(value: object) -> bytes:
    """A handler's return value as compact, strict JSON bytes (``b""`` for None).

    Strict: RFC 8259 has no NaN or Infinity, and the server refuses a result that is not
    valid JSON (``api/grpc/stream.go:996-1004``) or stores an HTTP answer that is not as a
    JSON string (``worker/executor_dispatch_http.go:111-120``).

    Raises:
        TypeError: the value is not JSON-serializable.
        ValueError: the value holds NaN or Infinity.
    """
    if value is None:
        return b""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
