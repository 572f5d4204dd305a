"""``with_retry``: call a function until it succeeds, with the SDK's one retry policy.

:class:`RetryOptions` is :class:`strait.RetryPolicy` with strait-python 0.1.1's
defaults (3 attempts, 250 ms doubling up to 30 s, full jitter); the same class
configures a client's own retries (``Client(retry=RetryOptions(...))``).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import ClassVar, TypeVar, Unpack

from strait._compat import RetryFields, RetryPolicy, default_retry_if
from strait._errors import ValidationError
from strait._plan import AsyncSleepFn, Call, Plan, Sleep, SleepFn, run_async, run_sync

__all__ = ["RetryOptions", "async_with_retry", "default_retry_if", "with_retry"]

T = TypeVar("T")
R = TypeVar("R")


class RetryOptions(RetryPolicy):
    """A :class:`strait.RetryPolicy` with strait-python 0.1.1's defaults: 3 attempts,
    250 ms doubling up to 30 s, full jitter."""

    _DEFAULTS: ClassVar[dict[str, float]] = {"initial_delay": 0.25, "max_delay": 30.0, "jitter": 1.0}


def _options(options: RetryPolicy | None, fields: RetryFields) -> RetryPolicy:
    if options is not None and fields:
        raise ValidationError(
            f"give options or {', '.join(sorted(fields))}=, not both", field="options", source="argument"
        )
    return options if options is not None else RetryOptions(**fields)


def _retry_plan(fn: Callable[[], object], policy: RetryPolicy, rand: Callable[[], float]) -> Plan[R]:
    """Call ``fn`` until it succeeds or ``policy`` gives up; ``R`` is what the driver's call
    of ``fn`` gives (its result, awaited on the async driver)."""
    attempt = 1
    while True:
        try:
            result: R = yield Call(fn)
            return result
        except Exception as exc:
            if attempt >= policy.attempts or not policy.retries(exc, attempt):
                raise
            yield Sleep(policy.delay_seconds(attempt, exc, rand()))
            attempt += 1


def with_retry(
    fn: Callable[[], T],
    options: RetryPolicy | None = None,
    *,
    sleep: SleepFn = time.sleep,
    rand: Callable[[], float] = random.random,
    **fields: Unpack[RetryFields],
) -> T:
    """Call ``fn()`` until it succeeds, at most ``attempts`` times; re-raise the last error.

    ``options`` is a :class:`RetryOptions` / :class:`strait.RetryPolicy`, or give its
    fields directly: ``with_retry(fn, attempts=5, delay_ms=250, jitter="full")``.
    """
    result: T = run_sync(_retry_plan(fn, _options(options, fields), rand), sleep)
    return result


async def async_with_retry(
    fn: Callable[[], Awaitable[T]],
    options: RetryPolicy | None = None,
    *,
    sleep: AsyncSleepFn = asyncio.sleep,
    rand: Callable[[], float] = random.random,
    **fields: Unpack[RetryFields],
) -> T:
    """Await ``fn()`` until it succeeds: the async form of :func:`with_retry`."""
    result: T = await run_async(_retry_plan(fn, _options(options, fields), rand), sleep)
    return result
