"""Retry policy: pure decisions, no sleeping and no I/O (the transports do those).

What is retried: connection failures and timeouts, and the statuses 408, 429, 500,
502, 503 and 504. POST and PATCH are retried only when the request carries an
``Idempotency-Key`` (or the request provably never reached the server), so a retry
can never run a job twice. ``Retry-After`` (seconds or HTTP date) is obeyed; a hint
longer than ``max_retry_after`` ends the retries at once instead of stalling.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from ._errors import parse_retry_after

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures that happen before any byte of the request left: safe for every method.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait.

    Delays grow as ``initial_delay * 2**attempt`` up to ``max_delay``, minus up to
    ``jitter`` (a fraction) at random so that clients do not retry in lockstep.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def replayable(self, request: httpx.Request) -> bool:
        """Whether sending ``request`` twice is harmless."""
        if request.method in IDEMPOTENT_METHODS:
            return True
        headers = request.headers
        return "idempotency-key" in headers or "x-idempotency-key" in headers

    def backoff(self, attempt: int) -> float:
        delay = min(self.max_delay, self.initial_delay * 2.0**attempt)
        return delay * (1.0 - self.jitter * random.random())

    def delay(
        self,
        request: httpx.Request,
        attempt: int,
        response: httpx.Response | None,
        error: BaseException | None,
        max_retries: int | None = None,
    ) -> tuple[float | None, str]:
        """``(seconds to wait, reason)`` before retry number ``attempt + 1``; None = stop."""
        limit = self.max_retries if max_retries is None else max_retries
        if attempt >= limit:
            return None, "no retries left"
        if error is not None:
            if isinstance(error, NOT_SENT_ERRORS):
                return self.backoff(attempt), f"{type(error).__name__} before sending"
            if not isinstance(error, httpx.TransportError):
                return None, "not a transport error"
            if not self.replayable(request):
                return None, f"{type(error).__name__} on a {request.method} without an idempotency key"
            return self.backoff(attempt), type(error).__name__
        if response is None or response.status_code not in RETRY_STATUSES:
            return None, "not retryable"
        should = response.headers.get("x-should-retry")
        if should == "false":
            return None, "server said x-should-retry: false"
        if not self.replayable(request) and should != "true":
            return None, f"{response.status_code} on a {request.method} without an idempotency key"
        hint = parse_retry_after(response.headers.get("retry-after"))
        if hint is not None:
            if hint > self.max_retry_after:
                return None, f"Retry-After {hint:.0f}s exceeds {self.max_retry_after:.0f}s"
            return hint, f"{response.status_code} with Retry-After"
        return self.backoff(attempt), str(response.status_code)
