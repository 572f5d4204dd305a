"""Triggering with a stable Idempotency-Key, and triggering then waiting for the run.

``trigger_idempotent`` retries through :func:`~strait.composition.with_retry`'s plan;
``trigger_and_wait`` waits with ``client.runs.wait`` (the run's live stream, else the
one polling plan of :mod:`strait.composition._wait`). Each plan serves its sync and async front end (and
``strait.authoring``'s ``job.trigger`` / ``job.trigger_and_wait``).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import time
from typing import TYPE_CHECKING, Generic, TypeAlias, TypedDict, TypeVar, Unpack

from strait._compat import RetryPolicy
from strait._errors import StraitError, ValidationError
from strait._limits import MAX_IDEMPOTENCY_KEY_LENGTH
from strait._plan import AsyncSleepFn, Call, Plan, SleepFn, field_of, run_async, run_sync
from strait._settings import check_keywords
from strait._wait import wait_seconds

from ._retry import _retry_plan
from ._wait import WaitOptions, runs_wait_call

if TYPE_CHECKING:
    from strait._client import AsyncClient, Client
    from strait._generated.models.job_run import JobRun
    from strait._generated.models.trigger_job_response_201_type_1 import TriggerJobResponse201Type1
    from strait._generated.models.trigger_job_response_201_type_2 import TriggerJobResponse201Type2
    from strait._generated.models.trigger_job_response_201_type_3 import TriggerJobResponse201Type3
    from strait._generated.models.trigger_run_response import TriggerRunResponse

    #: what ``client.jobs.trigger`` answers: the run, or the trigger batched, buffered or debounced
    TriggerAnswer: TypeAlias = (
        TriggerRunResponse
        | TriggerJobResponse201Type1
        | TriggerJobResponse201Type2
        | TriggerJobResponse201Type3
    )

__all__ = [
    "IdempotentOptions",
    "WaitOptions",
    "async_trigger_and_wait",
    "async_trigger_idempotent",
    "idempotency_key",
    "trigger_and_wait",
    "trigger_idempotent",
]


# --- triggering ----------------------------------------------------------------------------

_MAX_IDEMPOTENCY_KEY = MAX_IDEMPOTENCY_KEY_LENGTH
_Sleep = TypeVar("_Sleep")


def idempotency_key(*parts: object) -> str:
    """A stable Idempotency-Key derived from ``parts`` (JSON-serialisable values).

    The same parts always give the same key, so retrying a trigger (even from
    another process) cannot start a second run.
    """
    canonical = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return "strait-" + hashlib.sha256(canonical.encode()).hexdigest()


def _trigger_body(payload: object) -> dict[str, object]:
    return {} if payload is None else {"payload": payload}


def _check_key(key: str) -> str:
    if not key or len(key) > _MAX_IDEMPOTENCY_KEY:
        raise ValidationError(
            f"an idempotency key must have 1 to {_MAX_IDEMPOTENCY_KEY} characters",
            field="idempotency_key",
            source="argument",
        )
    return key


def trigger_plan(
    client: Client | AsyncClient, job_id: str, payload: object, key: str | None, retry: RetryPolicy | None
) -> Plan[TriggerAnswer]:
    checked = None if key is None else _check_key(key)

    def call() -> object:  # the answer, or its awaitable on an AsyncClient
        if checked is None:
            return client.jobs.trigger(job_id, _trigger_body(payload))
        return client.jobs.trigger(job_id, _trigger_body(payload), idempotency_key=checked)

    answer: TriggerAnswer = (
        (yield Call(call)) if retry is None else (yield from _retry_plan(call, retry, random.random))
    )
    return answer


class IdempotentOptions(TypedDict, Generic[_Sleep], total=False):
    """How ``trigger_idempotent`` triggers: ``key`` (default: :func:`idempotency_key` of the
    job id and payload), ``retry`` (a :class:`~strait.RetryPolicy`; default: no retry) and
    ``sleep`` between retries (``time.sleep`` / ``asyncio.sleep``)."""

    key: str | None
    retry: RetryPolicy | None
    sleep: _Sleep


def _idempotent_plan(
    client: Client | AsyncClient,
    job_id: str,
    payload: object,
    options: IdempotentOptions[SleepFn] | IdempotentOptions[AsyncSleepFn],
) -> Plan[TriggerAnswer]:
    check_keywords(options, IdempotentOptions.__optional_keys__, "trigger_idempotent")
    key = options.get("key")
    key = key if key is not None else idempotency_key(job_id, payload)
    return (yield from trigger_plan(client, job_id, payload, key, options.get("retry")))


def trigger_idempotent(
    client: Client, job_id: str, payload: object = None, **options: Unpack[IdempotentOptions[SleepFn]]
) -> TriggerAnswer:
    """Trigger ``job_id`` with an Idempotency-Key, retrying safely if ``retry`` is given.

    ``key`` defaults to :func:`idempotency_key` of the job id and payload, so the
    same trigger always carries the same key. The server answers a repeated key
    with the run it already started (``idempotency_hit: true``). The keywords are
    :class:`IdempotentOptions`.
    """
    sleep = options.get("sleep", time.sleep)
    return run_sync(_idempotent_plan(client, job_id, payload, options), sleep)


async def async_trigger_idempotent(
    client: AsyncClient,
    job_id: str,
    payload: object = None,
    **options: Unpack[IdempotentOptions[AsyncSleepFn]],
) -> TriggerAnswer:
    """The async form of :func:`trigger_idempotent` (``sleep`` defaults to ``asyncio.sleep``)."""
    sleep = options.get("sleep", asyncio.sleep)
    return await run_async(_idempotent_plan(client, job_id, payload, options), sleep)


def _run_id_of(answer: object) -> str:
    for flag in ("batch", "buffered", "debounced"):
        if field_of(answer, flag):
            raise StraitError(f"the trigger was {flag} by the job's settings; there is no run to wait for")
    run_id = field_of(answer, "id")
    if not isinstance(run_id, str) or not run_id:
        raise StraitError("the trigger answer carries no run id")
    return run_id


def trigger_and_wait_plan(
    client: Client | AsyncClient,
    job: str | Plan[str],
    payload: object,
    key: str | None,
    wait: WaitOptions[SleepFn] | WaitOptions[AsyncSleepFn],
    sleep: SleepFn | AsyncSleepFn,
) -> Plan[JobRun]:
    """Trigger the job (its id, or the plan that finds it: ``job.trigger_and_wait`` looks
    it up by slug), then wait as ``client.runs.wait`` does (the run's live stream, else
    polling)."""
    check_keywords(wait, WaitOptions.__optional_keys__, "trigger_and_wait")
    job_id = job if isinstance(job, str) else (yield from job)
    answer = yield from trigger_plan(client, job_id, payload, key, None)
    seconds = wait_seconds(wait.get("timeout"), None)
    run: JobRun = yield runs_wait_call(client, _run_id_of(answer), seconds, wait, sleep)
    return run


def trigger_and_wait(
    client: Client,
    job_id: str,
    payload: object = None,
    *,
    idempotency_key: str | None = None,
    **wait: Unpack[WaitOptions[SleepFn]],
) -> JobRun:
    """Trigger ``job_id`` and wait for the run with ``client.runs.wait``; return the finished
    run. The other keywords are :class:`WaitOptions` (``timeout`` 120 s, ``interval`` 2 s,
    ``sleep``, ``clock``)."""
    sleep = wait.get("sleep", time.sleep)
    return run_sync(trigger_and_wait_plan(client, job_id, payload, idempotency_key, wait, sleep), sleep)


async def async_trigger_and_wait(
    client: AsyncClient,
    job_id: str,
    payload: object = None,
    *,
    idempotency_key: str | None = None,
    **wait: Unpack[WaitOptions[AsyncSleepFn]],
) -> JobRun:
    """The async form of :func:`trigger_and_wait` (``sleep`` defaults to ``asyncio.sleep``)."""
    sleep = wait.get("sleep", asyncio.sleep)
    plan = trigger_and_wait_plan(client, job_id, payload, idempotency_key, wait, sleep)
    return await run_async(plan, sleep)
