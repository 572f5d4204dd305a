"""The names and keywords of strait-python 0.1.1 (the official SDK), mapped onto ours.

Nothing here is a second code path: :class:`RetryPolicy` is the transports' own policy
with both field sets accepted, and the constructor keywords are translated once, at
construction, into the settings the client understands (``_client._canonical_settings``).
Loaded on first use of these names, so ``import strait`` does not pay for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypedDict

import httpx

from . import _retry
from ._errors import (
    ApiError,
    RateLimitedError,
    StraitError,
    TransportError,
    ValidationError,
    map_http_error,
)
from ._retry import RequestContext

if TYPE_CHECKING:
    from ._retry import OutgoingRequest

__all__ = [
    "JitterStrategy",
    "MiddlewareErrorContext",
    "MiddlewareRequestContext",
    "MiddlewareResponseContext",
    "RetryFields",
    "RetryPolicy",
    "default_retry_if",
]


class JitterStrategy(StrEnum):
    """``FULL``: wait a random part of each delay; ``NONE``: wait exactly the delay."""

    FULL = "full"
    NONE = "none"


ShouldRetry = Callable[[BaseException, int, int], bool]
RetryIf = Callable[[BaseException], bool]
JitterName = Literal["full", "equal", "none"]
_JITTER = {"full": 1.0, "equal": 0.5, "none": 0.0}


def default_retry_if(exc: BaseException) -> bool:
    """Retry everything except API errors that will not change on a retry.

    API errors are retried only for 408, 429 and 5xx; any other exception
    (a :class:`~strait.TransportError`, a timeout, your own code's errors) is retried.
    """
    if isinstance(exc, ApiError):
        return exc.status in (408, 429) or exc.status >= 500
    return isinstance(exc, Exception)


def _jitter_fraction(value: Any) -> float:
    if isinstance(value, str) and value in _JITTER:
        return _JITTER[value]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise ValidationError(
            "jitter must be JitterStrategy.FULL / NONE, 'full' / 'equal' / 'none' or a fraction "
            f"in [0, 1], got {value!r}",
            field="jitter",
            source="argument",
        )
    return float(value)


def _non_negative(name: str, value: Any) -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not (value >= 0 and math.isfinite(value))
    ):
        raise ValidationError(f"{name} must be a number >= 0, got {value!r}", field=name, source="argument")
    return float(value)


class RetryFields(TypedDict, total=False):
    """The keywords of :class:`RetryPolicy` (for ``with_retry(fn, attempts=5, ...)``)."""

    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float
    jitter: float | JitterStrategy | JitterName
    attempts: int
    delay_ms: float
    max_delay_ms: float
    factor: float
    multiplier: float
    should_retry: ShouldRetry
    retry_if: RetryIf


@dataclass(frozen=True, init=False)
class RetryPolicy(_retry.RetryPolicy):
    """When to retry and how long to wait; the one retry policy of the SDK, used by the
    clients' transports (``Client(retry=...)``) and by :func:`strait.with_retry`.

    Takes our fields (``max_retries``, ``initial_delay`` / ``max_delay`` in seconds,
    ``jitter`` as a fraction) or strait-python 0.1.1's (``attempts`` counting the first
    try, ``delay_ms``, ``max_delay_ms``, ``factor`` / ``multiplier``,
    ``jitter=JitterStrategy.…`` or ``"full"`` / ``"equal"`` / ``"none"``,
    ``should_retry``, ``retry_if``), and reads back in both (``policy.attempts``,
    ``policy.delay_ms``). The wait before retry ``n`` is ``initial_delay *
    factor**(n-1)`` capped at ``max_delay``, of which the ``jitter`` fraction is random;
    a 429's ``Retry-After`` is waited at least.

    ``should_retry(error, attempt, max_attempts)`` or ``retry_if(error)`` decide which
    errors are retried (default: :func:`default_retry_if`). On a client's requests they
    can only veto a retry, never add one the SDK considers unsafe (a POST without an
    idempotency key that may have reached the server is never sent twice).
    """

    _DEFAULTS: ClassVar[dict[str, float]] = {}

    should_retry: ShouldRetry | None = None
    retry_if: RetryIf | None = None

    def __init__(
        self,
        max_retries: int | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        max_retry_after: float | None = None,
        jitter: float | JitterStrategy | JitterName | None = None,
        *,
        attempts: int | None = None,
        delay_ms: float | None = None,
        max_delay_ms: float | None = None,
        factor: float | None = None,
        multiplier: float | None = None,
        should_retry: ShouldRetry | None = None,
        retry_if: RetryIf | None = None,
    ) -> None:
        base = _retry.RetryPolicy(**self._DEFAULTS)  # type: ignore[arg-type]
        pairs = (
            ("max_retries", max_retries, "attempts", attempts),
            ("initial_delay", initial_delay, "delay_ms", delay_ms),
            ("max_delay", max_delay, "max_delay_ms", max_delay_ms),
            ("factor", factor, "multiplier", multiplier),
            ("should_retry", should_retry, "retry_if", retry_if),
        )
        for ours, a, theirs, b in pairs:
            if a is not None and b is not None:
                raise ValidationError(f"give {ours}= or {theirs}=, not both", field=theirs, source="argument")
        if attempts is not None:
            if isinstance(attempts, bool) or not isinstance(attempts, int) or attempts < 1:
                raise ValidationError(
                    f"attempts must be an int >= 1, got {attempts!r}", field="attempts", source="argument"
                )
            max_retries = attempts - 1
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValidationError(
                f"max_retries must be an int >= 0, got {max_retries!r}",
                field="max_retries",
                source="argument",
            )
        if delay_ms is not None:
            initial_delay = _non_negative("delay_ms", delay_ms) / 1000.0
        if max_delay_ms is not None:
            max_delay = _non_negative("max_delay_ms", max_delay_ms) / 1000.0
        values = {
            "max_retries": base.max_retries if max_retries is None else max_retries,
            "initial_delay": base.initial_delay
            if initial_delay is None
            else _non_negative("initial_delay", initial_delay),
            "max_delay": base.max_delay if max_delay is None else _non_negative("max_delay", max_delay),
            "max_retry_after": base.max_retry_after
            if max_retry_after is None
            else _non_negative("max_retry_after", max_retry_after),
            "jitter": base.jitter if jitter is None else _jitter_fraction(jitter),
            "factor": _non_negative("factor", factor if multiplier is None else multiplier)
            if factor is not None or multiplier is not None
            else 2.0,
            "should_retry": should_retry,
            "retry_if": retry_if,
        }
        for name in ("should_retry", "retry_if"):
            if values[name] is not None and not callable(values[name]):
                raise ValidationError(f"{name} must be callable", field=name, source="argument")
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @property
    def attempts(self) -> int:
        """Tries in all, the first included (strait-python 0.1.1's field)."""
        return self.max_retries + 1

    @property
    def delay_ms(self) -> float:
        return self.initial_delay * 1000.0

    @property
    def max_delay_ms(self) -> float:
        return self.max_delay * 1000.0

    @property
    def multiplier(self) -> float:
        return self.factor

    def delay_seconds(self, failed_attempt: int, error: BaseException, rand: float) -> float:
        """Seconds to wait after attempt ``failed_attempt`` (1-based) failed with ``error``."""
        seconds = self._delay(failed_attempt - 1, rand)
        if isinstance(error, RateLimitedError) and error.retry_after is not None:
            seconds = max(seconds, error.retry_after)
        return seconds

    def retries(self, error: BaseException, attempt: int) -> bool:
        """Whether ``error`` from try number ``attempt`` (1-based) is worth another try."""
        if self.should_retry is not None:
            return self.should_retry(error, attempt, self.attempts)
        return (self.retry_if or default_retry_if)(error)

    def delay(
        self,
        request: OutgoingRequest,
        attempt: int,
        response: httpx.Response | None,
        error: BaseException | None,
        max_retries: int | None = None,
    ) -> tuple[float | None, str]:
        wait, reason = super().delay(request, attempt, response, error, max_retries)
        if wait is None or (self.should_retry is None and self.retry_if is None):
            return wait, reason
        limit = self.max_retries if max_retries is None else max_retries
        failure: StraitError
        if error is not None:
            failure = TransportError(f"{request.method} {request.url}: {type(error).__name__}", cause=error)
        else:
            assert response is not None
            failure = map_http_error(response.status_code, response.reason_phrase)
        veto = (
            self.should_retry(failure, attempt + 1, limit + 1)
            if self.should_retry is not None
            else self.retry_if is not None and self.retry_if(failure)
        )
        if not veto:
            return None, "should_retry declined"
        return wait, reason


@dataclass
class _HookContext(RequestContext):
    attempt: int = 1


# strait-python 0.1.1 passes three context types to the hooks; ours pass one
# RequestContext (method, url, headers, status, duration_ms, error, attempt ...) to all
# of them. These are that type under the old names, constructible as before.


class MiddlewareRequestContext(_HookContext):
    """strait-python 0.1.1's ``on_request`` context: a :class:`strait.RequestContext`."""


class MiddlewareResponseContext(_HookContext):
    """strait-python 0.1.1's ``on_response`` context: a :class:`strait.RequestContext`."""


class MiddlewareErrorContext(_HookContext):
    """strait-python 0.1.1's ``on_error`` context: a :class:`strait.RequestContext`."""
