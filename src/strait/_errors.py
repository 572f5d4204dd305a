"""Every exception the SDK raises, and the mapping from an HTTP answer to one.

Hierarchy::

    StraitError
    ├── TransportError              the request did not get an HTTP answer
    │   └── RequestTimeoutError     ... because a timeout expired
    ├── DecodeError                 a 2xx answer whose body is not what the spec says
    │   └── InvalidStreamError      an event stream that never sent one valid SSE line
    ├── ValidationError             bad config or bad arguments (also a ValueError)
    │   ├── ConfigFileNotFoundError no strait.json there (also a FileNotFoundError)
    │   └── DagValidationError      a workflow definition that is not a valid DAG
    ├── StraitTimeoutError          a polling / waiting helper gave up (also a TimeoutError)
    ├── CostBudgetExceededError     a cost budget ran out
    ├── SignatureVerificationError  a request's Strait signature is missing, stale or wrong
    ├── RunCancelledError           the run was cancelled while its handler ran
    ├── RunFinishedError            complete()/fail() on a run already finished
    ├── NoActiveRunError            strait.worker.current() outside a handler
    ├── InvalidTransitionError      a status change the state machine forbids (also a ValueError)
    ├── PaginationError             pages that lead nowhere new (a repeated cursor)
    ├── WorkerRejectedError         the server refused a worker's registration
    └── ApiError                    the server answered with a non-2xx status
        ├── BadRequestError             400
        ├── UnauthorizedError           401 (and 403 through ForbiddenError)
        │   ├── ForbiddenError          403
        │   ├── WorkerAuthError         a worker's credentials refused over gRPC
        │   └── RunTokenRejectedError   a run token the server no longer accepts
        ├── NotFoundError               404
        │   └── UnsupportedOperationError  404 from an operation the server removed
        ├── ConflictError               409
        │   └── IdempotencyConflictError   409 about an Idempotency-Key
        ├── UnprocessableEntityError    422 (code ``validation_failed``)
        ├── RateLimitedError            429, with ``retry_after`` seconds
        │   └── EnqueueThrottledError   429 code ``enqueue_throttled``
        ├── ServerError                 5xx
        └── RedirectError               a 3xx not followed (method change, other host, loop)

API errors carry ``status``, ``code``, ``message``, ``details``, ``request_id``, the
parsed ``body`` and the raw ``response``. Messages never include credentials.
"""

from __future__ import annotations

import json
from datetime import UTC
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from ._redact import describe_request

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ApiError",
    "BadRequestError",
    "ConfigFileNotFoundError",
    "ConflictError",
    "CostBudgetExceededError",
    "DagValidationError",
    "DecodeError",
    "EnqueueThrottledError",
    "ForbiddenError",
    "IdempotencyConflictError",
    "InvalidStreamError",
    "InvalidTransitionError",
    "NoActiveRunError",
    "NotFoundError",
    "PaginationError",
    "RateLimitedError",
    "RedirectError",
    "RequestTimeoutError",
    "RunCancelledError",
    "RunFinishedError",
    "RunTokenRejectedError",
    "ServerError",
    "SignatureVerificationError",
    "StraitError",
    "StraitTimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "ValidationError",
    "WorkerAuthError",
    "WorkerRejectedError",
    "map_http_error",
]


class StraitError(Exception):
    """Base class of every error the SDK raises.

    ``cause=`` (as in strait-python 0.1.1) sets ``__cause__``: the lower-level
    exception this one explains. ``message`` is the error's text (on every error, as
    on :class:`ApiError`).
    """

    def __init__(self, *args: object, cause: BaseException | None = None) -> None:
        super().__init__(*args)
        self.message: str = str(args[0]) if args else ""
        if cause is not None:
            self.__cause__ = cause


class TransportError(StraitError):
    """The request failed before an HTTP answer arrived (DNS, connect, reset, protocol)."""


class RequestTimeoutError(TransportError):
    """A connect, read, write or pool timeout expired."""


class DecodeError(StraitError):
    """A successful answer whose body could not be decoded into the documented model.

    ``body`` is the raw text of the answer (when it was read), ``response`` the answer.
    """

    def __init__(
        self,
        message: str,
        body: str | None = None,
        cause: BaseException | None = None,
        *,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message, cause=cause)
        if body is None and response is not None:
            try:
                body = response.text
            except Exception:  # a streamed answer that was not read
                body = None
        self.body = body
        self.response = response


class ValidationError(StraitError, ValueError):
    """Bad configuration or arguments, caught before anything is sent.

    ``field`` names the offending setting or argument and ``source`` where it came
    from (a file path, an environment variable, or ``"argument"``). ``issues`` lists
    the problems found (the message alone unless several were collected).
    """

    def __init__(
        self,
        message: str,
        issues: list[str] | None = None,
        *,
        field: str | None = None,
        source: str | None = None,
        cause: BaseException | None = None,
    ) -> None:
        super().__init__(message, cause=cause)
        self.issues = list(issues) if issues else [message]
        self.field = field
        self.source = source


class ConfigFileNotFoundError(ValidationError, FileNotFoundError):
    """No ``strait.json`` where one was asked for; also a :class:`FileNotFoundError`,
    so ``except FileNotFoundError:`` fallbacks keep working."""

    def __init__(self, message: str, *, field: str | None = None, source: str | None = None) -> None:
        super().__init__(message, field=field, source=source)
        self.filename = source

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DagValidationError(ValidationError):
    """A workflow whose steps do not form a valid DAG (cycle, unknown or duplicate ref).

    ``cycles`` lists the refs on a dependency cycle, ``missing_refs`` the unknown refs,
    ``duplicate_refs`` refs used twice; ``cycle`` is the cycle as a path.
    """

    def __init__(
        self,
        message: str,
        *,
        cycles: list[str] | None = None,
        missing_refs: list[str] | None = None,
        duplicate_refs: list[str] | None = None,
        cycle: list[str] | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, field=field, source="workflow definition")
        self.cycle = cycle
        self.cycles = list(cycles) if cycles is not None else list(dict.fromkeys(cycle or ()))
        self.missing_refs = list(missing_refs or ())
        self.duplicate_refs = list(duplicate_refs or ())


class StraitTimeoutError(StraitError, TimeoutError):
    """A helper that waits or polls (``wait_for_run``, ``runs.wait``) ran out of time.

    ``run_id`` is the run waited for and ``elapsed_ms`` how long it waited, when known.
    """

    def __init__(self, message: str, run_id: str | None = None, elapsed_ms: int | None = None) -> None:
        super().__init__(message)
        self.run_id = run_id
        self.elapsed_ms = elapsed_ms


class CostBudgetExceededError(StraitError):
    """Spending tracked by a cost budget went over its limit (``strait.cost_budget``)."""

    def __init__(
        self,
        message: str,
        current_cost_microusd: int | None = None,
        max_cost_microusd: int | None = None,
        *,
        what: str = "cost_microusd",
        spent: int | None = None,
        limit: int | None = None,
    ) -> None:
        super().__init__(message)
        self.what = what
        self.spent = spent if spent is not None else current_cost_microusd
        self.limit = limit if limit is not None else max_cost_microusd
        money = what == "cost_microusd"
        self.current_cost_microusd = current_cost_microusd if not money else self.spent
        self.max_cost_microusd = max_cost_microusd if not money else self.limit


class ApiErrorFields(TypedDict, total=False):
    """The optional fields of an :class:`ApiError`, as keyword arguments (None when left out)."""

    code: str | None
    details: object
    request_id: str | None
    response: httpx.Response | None
    operation: str | None


class ApiErrorKeywords(ApiErrorFields, total=False):
    """Every keyword argument of an :class:`ApiError` (for subclasses passing them on)."""

    status: int | None
    body: object


class ApiError(StraitError):
    """The server answered with a status outside 2xx.

    Built by the SDK as ``ApiError(message, status=...)``; ``ApiError(status, message,
    body)`` (strait-python 0.1.1's order) works too.
    """

    status: int
    body: object
    # The fields of ApiErrorFields, None unless given:
    code: str | None = None
    details: object = None
    request_id: str | None = None
    response: httpx.Response | None = None
    operation: str | None = None

    def __init__(
        self,
        message: str | int,
        message_or_body: object = None,
        body: object = None,
        *,
        status: int | None = None,
        **fields: Unpack[ApiErrorFields],
    ) -> None:
        if isinstance(message, int) and not isinstance(message, bool):
            status, message = message, str(message_or_body or f"HTTP {message}")
        elif message_or_body is not None and body is None:
            body = message_or_body
        if status is None:
            raise TypeError("ApiError needs a status")
        super().__init__(message)
        self.status = status
        self.body = body
        vars(self).update(fields)

    @property
    def status_code(self) -> int:
        return self.status

    def __str__(self) -> str:
        parts = [f"{self.status}"]
        if self.code:
            parts.append(self.code)
        text = f"[{' '.join(parts)}] {self.message}"
        details = _details_text(self.details)
        if details:
            text += f" (details: {details})"
        if self.operation:
            text += f" (operation {self.operation})"
        request = _request_of(self.response)
        if request is not None:
            text += f" {describe_request(request.method, request.url)}"
        if self.request_id:
            text += f" request_id={self.request_id}"
        return text

    def __repr__(self) -> str:
        fields = [f"status={self.status}", f"code={self.code!r}", f"message={self.message!r}"]
        if self.operation:
            fields.append(f"operation={self.operation!r}")
        if self.request_id:
            fields.append(f"request_id={self.request_id!r}")
        return f"{type(self).__name__}({', '.join(fields)})"


#: At most this many characters of an error's ``details`` go into its message (all of
#: them stay in ``details``): enough for a few field messages, never a whole body.
MAX_DETAILS_CHARS = 500


def _details_text(details: object) -> str:
    """The server's ``details`` (a list of strings, server.go:548-549) for a message,
    cut at :data:`MAX_DETAILS_CHARS`."""
    if not details:
        return ""
    if isinstance(details, list | tuple):
        text = "; ".join(str(item) for item in details)
    elif isinstance(details, str):
        text = details
    else:
        try:
            text = json.dumps(details, ensure_ascii=False, default=str)
        except (ValueError, RecursionError):
            text = type(details).__name__
    text = " ".join(text.split())  # one line, whatever the server sent
    return text if len(text) <= MAX_DETAILS_CHARS else text[: MAX_DETAILS_CHARS - 3] + "..."


class BadRequestError(ApiError):
    """400: the server could not read the request."""


class UnauthorizedError(ApiError):
    """401 or 403: missing, invalid or insufficient credentials."""


class ForbiddenError(UnauthorizedError):
    """403: the credentials are valid but lack the permission."""


class RunTokenRejectedError(UnauthorizedError):
    """The run token is expired, revoked, or belongs to another run."""


class NotFoundError(ApiError):
    """404: no such resource (or route)."""


class UnsupportedOperationError(NotFoundError):
    """404 from an operation the newest Strait server no longer registers."""


class ConflictError(ApiError):
    """409: the resource is in a state that does not allow the request."""


class IdempotencyConflictError(ConflictError):
    """409: the Idempotency-Key was reused with a different request, or is in flight."""


class UnprocessableEntityError(ApiError):
    """422: the request body failed the server's validation."""


class RateLimitedError(ApiError):
    """429: too many requests. ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after

    @property
    def retry_after_ms(self) -> int | None:
        """``retry_after`` in milliseconds (as Strait's docs name it)."""
        return None if self.retry_after is None else round(self.retry_after * 1000)


class EnqueueThrottledError(RateLimitedError):
    """429 ``enqueue_throttled``: the project's queue is full; trigger again later."""


class ServerError(ApiError):
    """5xx: the server failed."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitedError,
}
_BY_CODE: dict[str, type[ApiError]] = {
    "enqueue_throttled": EnqueueThrottledError,
    "validation_failed": UnprocessableEntityError,
}


def map_http_error(status: int, message: str, body: object = None) -> ApiError:
    """The typed error for an HTTP ``status`` (strait-python 0.1.1's factory).

    The same classes the SDK raises: 401 -> UnauthorizedError, 403 -> ForbiddenError
    (an UnauthorizedError), 404 -> NotFoundError, 409 -> ConflictError, 429 ->
    RateLimitedError, 5xx -> ServerError, other -> ApiError.
    """
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return cls(message or f"HTTP {status}", status=status, body=body)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        from datetime import datetime

        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds)


def _is_sdk_run_route(response: httpx.Response) -> bool:
    try:
        return response.request.url.path.startswith("/sdk/v1/runs/")
    except RuntimeError:  # a response built without a request
        return False


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    """The request a response answered, when it was kept (tests build bare responses)."""
    try:
        request = response.request if response is not None else None
    except (RuntimeError, AttributeError):  # httpx: a response built without its request
        return None
    return request if hasattr(request, "method") and hasattr(request, "url") else None


def _slug_hint(response: httpx.Response) -> str:
    """``jobs.trigger`` takes a job's id; people pass its slug, which only the runs route takes."""
    request = _request_of(response)
    if request is None:
        return ""
    parts = request.url.path.rstrip("/").split("/")  # /v1/jobs/{jobID}/trigger, decoded
    ref = parts[-2] if len(parts) >= 3 else ""
    if not ref:
        return ""
    return (
        f"; jobs.trigger takes a job id: if {ref!r} is the job's slug, use "
        f"client.runs.trigger(job_id={ref!r}, payload=...) (it accepts a slug)"
    )


#: Extra words for one operation's error: (operation, status) -> text after the message.
_HINTS: dict[tuple[str | None, int], Any] = {("trigger-job", 404): _slug_hint}


def error_from_response(
    response: httpx.Response, *, operation: str | None = None, deprecated: bool = False
) -> ApiError:
    """Build the typed error for a non-2xx ``response`` (its body must have been read)."""
    status = response.status_code
    content = response.content
    body: Any = None
    code: str | None = None
    message: str | None = None
    details: Any = None
    request_id = response.headers.get("x-request-id")
    if content:
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode
            body = content.decode("utf-8", "replace").strip()
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            code = err.get("code") if isinstance(err.get("code"), str) else None
            message = err.get("message") if isinstance(err.get("message"), str) else None
            details = err.get("details")
        elif isinstance(err, str):
            message = err
        if isinstance(body.get("message"), str) and message is None:
            message = body["message"]
        if isinstance(body.get("code"), str) and code is None:
            code = body["code"]
        if isinstance(body.get("request_id"), str):
            request_id = body["request_id"]
    elif isinstance(body, str) and body:
        message = body[:500]
    if not message:
        message = response.reason_phrase or f"HTTP {status}"

    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    by_code = _BY_CODE.get(code or "")
    if by_code is not None and issubclass(by_code, cls):
        cls = by_code  # a refinement of the status's class, never a contradiction of it
    if status == 404 and deprecated:
        cls = UnsupportedOperationError
        message = f"{message}; this Strait server no longer supports this operation (removed upstream)"
    if status == 401 and _is_sdk_run_route(response):
        cls = RunTokenRejectedError
    if status == 409 and code == "conflict" and "idempot" in message.lower():
        cls = IdempotencyConflictError
    hint = _HINTS.get((operation, status))
    if hint is not None:
        message += hint(response)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "details": details,
        "request_id": request_id,
        "body": body,
        "response": response,
        "operation": operation,
    }
    if issubclass(cls, RateLimitedError):
        return cls(message, retry_after=parse_retry_after(response.headers.get("retry-after")), **kwargs)
    return cls(message, **kwargs)


class SignatureVerificationError(StraitError):
    """A request claiming to come from Strait failed its signature check (see ``verify_signature``).

    ``reason`` is ``"missing_header"``, ``"malformed_header"``, ``"stale_timestamp"``,
    ``"mismatch"`` or ``"no_secret"``. Answer such a request with 401; never run its job.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class RunCancelledError(StraitError):
    """The run was cancelled (a ``CancelTask`` in worker mode); stop work and return.

    Run-context calls raise it once the run is cancelled, so a synchronous handler that
    does not poll ``ctx.cancelled`` still stops at its next report.
    """

    def __init__(self, message: str = "the run was cancelled", *, run_id: str | None = None) -> None:
        super().__init__(message)
        self.run_id = run_id


class RedirectError(ApiError):
    """A 3xx the SDK will not follow: it would change the method, leave the host, or loop.

    ``method`` and ``url`` are the redirected request's; ``location`` where it pointed.
    """

    def __init__(
        self, message: str, *, method: str, url: str, location: str | None, **kwargs: Unpack[ApiErrorKeywords]
    ) -> None:
        super().__init__(message, **kwargs)
        self.method = method
        self.url = url
        self.location = location


# -- raised outside the request path (streams, pagination, the state machines, workers) --


class InvalidStreamError(DecodeError):
    """A ``200 text/event-stream`` answer that ended, several connections in a row, without
    one valid SSE line (what a mock server built from the spec sends): not a dropped
    stream to reconnect to patiently. ``body`` holds the start of what the server sent."""


class InvalidTransitionError(StraitError, ValueError):
    """An event that the state machine does not allow in the current status."""

    def __init__(self, machine: str, status: str, event: str) -> None:
        super().__init__(f"cannot apply event {event} to a {machine} in status {status!r}")
        self.machine = machine
        self.status = status
        self.event = event


class RunFinishedError(StraitError, RuntimeError):
    """``complete()`` or ``fail()`` was called on a run this context already finished."""


class NoActiveRunError(StraitError, LookupError):
    """``strait.worker.current()`` was called outside a run handler."""


class WorkerAuthError(UnauthorizedError):
    """The server refused the worker's credentials (gRPC ``UNAUTHENTICATED`` a few times
    in a row, or ``PERMISSION_DENIED``). ``code`` is the gRPC status name. The worker stops
    instead of retrying (an address throttled after failed logins is waited out instead)."""


class WorkerRejectedError(StraitError):
    """The server refused the registration itself (gRPC ``INVALID_ARGUMENT`` or
    ``ALREADY_EXISTS``): a setting has to change before the worker can connect."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


class PaginationError(StraitError):
    """The server's pages do not lead anywhere new (a repeated or missing cursor)."""

    def __init__(self, message: str, *, operation: str, cursor: str | None) -> None:
        super().__init__(message)
        self.operation = operation
        self.cursor = cursor


# Tracebacks and reprs name the public module (strait.errors.NotFoundError), not this one.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = "strait.errors"
