"""Webhook deliveries: made when the executor ends a run and when a workflow run ends, sent
by the delivery worker, and listed, read, retried and replayed through the API
(``api/webhook_deliveries.go``, ``api/webhooks.go:134-180``, ``store/webhook_deliveries.go``,
``webhook/event_notify.go``, ``webhook/circuit_breaker.go``).

What makes a delivery (paths under the server's ``apps/strait/internal/``):

- a run the executor ends (its endpoint's answer, a worker's result, the timeout; not a
  cancel, an expiry or the run-token API): one to its job's ``webhook_url``, unsigned (the
  server never stores a job webhook secret), then one per active subscription of the
  project to ``run.completed``/``run.failed``/``run.timed_out``/``run.canceled``, 3 attempts
  each (worker/executor_completion.go:26-193, store/webhook_deliveries.go:99-180);
- a workflow run the engine ends: ``workflow.completed``/``workflow.failed``, 3 attempts
  (cmd/strait/main.go:585-669, webhook/event_notify.go:1583-1616); one cancelled through
  the API: ``workflow.failed``, 5 attempts, no retry policy shown (api/workflow_hooks.go:58-110).

The worker POSTs the stored payload as Postgres renders the ``payload jsonb`` column it
reads back (keys by length then bytes, ``", "`` and ``": "``), signed with the
subscription's secret (and the previous one during a rotation's grace), never following a
redirect; 5xx and connection failures are retried after ``5**attempts`` s (+-20 %), other
answers dead-letter at once (webhook/event_notify.go:1088-1390). A circuit breaker per
tenant and URL defers deliveries after 5 failures in a minute (webhook/circuit_breaker.go).
Due deliveries are sent at once (the server's worker polls every 5 s,
cmd/strait/services.go:395-398); retries wait on the emulator's clock (``advance``).
Event-trigger ``notify_url`` deliveries are not made: the emulator has no ``notify_url``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypedDict, Unpack

import aiohttp
from aiohttp import web

from strait._backoff import Backoff
from strait._limits import (
    ANALYTICS_DEFAULT_TOP_LIMIT,
    ANALYTICS_MAX_TOP_LIMIT,
    ANALYTICS_MAX_WINDOW_DAYS,
    MAX_WEBHOOK_PAYLOAD_BYTES,
    MAX_WEBHOOK_RESPONSE_DRAIN_BYTES,
    WEBHOOK_API_WORKFLOW_MAX_ATTEMPTS,
    WEBHOOK_BACKOFF_FACTOR,
    WEBHOOK_BACKOFF_JITTER,
    WEBHOOK_BACKOFF_MAX_SECS,
    WEBHOOK_BREAKER_FAILURES,
    WEBHOOK_BREAKER_OPEN_SECS,
    WEBHOOK_BREAKER_WINDOW_SECS,
    WEBHOOK_CLAIM_LEASE_SECS,
    WEBHOOK_CLIENT_TIMEOUT_SECS,
    WEBHOOK_FIRST_ATTEMPT_TIMEOUT_SECS,
    WEBHOOK_LATER_ATTEMPT_TIMEOUT_SECS,
    WEBHOOK_RUN_MAX_ATTEMPTS,
    WEBHOOK_WORKFLOW_MAX_ATTEMPTS,
)
from strait._signing import SIGNATURE_HEADER, SIGNATURE_OLD_HEADER, TIMESTAMP_HEADER, signature_headers
from strait._types import JSONObject, JSONValue

from ._clock import format_time, ms_since, parse_time
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, page, query_int
from ._json import jsonb_text
from ._model import (
    DEAD,
    DELIVERED,
    FAILED,
    PENDING,
    Run,
    WebhookAttempt,
    WebhookCircuit,
    WebhookDelivery,
    WebhookSubscription,
    url_origin,
)
from ._ops_workflows import BULK_CANCEL_RUN_ERROR
from ._timers import timer

if TYPE_CHECKING:
    from ._model import WorkflowRun

__all__ = [
    "detach_subscription",
    "on_run_settled",
    "on_workflow_run_moved",
]

_STATUSES = frozenset({PENDING, DELIVERED, FAILED, DEAD})
_RETRIABLE = frozenset({FAILED, DEAD})  # api/webhook_deliveries.go:192-199
EXPONENTIAL = "exponential"  # domain/types.go:1082-1086, the worker's default policy
_DUE_KIND = "webhook.deliver"

#: The ``exponential`` policy, ``5**attempts`` s capped at 30 min then +-20 %: the one backoff
#: formula with its step and ceiling scaled so its downward jitter spans ``[0.8, 1.2]`` of
#: the server's step (``delay(attempts - 1)``).
_BACKOFF = Backoff(
    initial=WEBHOOK_BACKOFF_FACTOR * (1 + WEBHOOK_BACKOFF_JITTER),
    maximum=WEBHOOK_BACKOFF_MAX_SECS * (1 + WEBHOOK_BACKOFF_JITTER),
    factor=WEBHOOK_BACKOFF_FACTOR,
    jitter=2 * WEBHOOK_BACKOFF_JITTER / (1 + WEBHOOK_BACKOFF_JITTER),
)

#: Run statuses -> the subscription event they raise (worker/executor_completion.go:153-166).
_RUN_EVENTS = {
    "completed": "run.completed",
    "failed": "run.failed",
    "crashed": "run.failed",
    "system_failed": "run.failed",
    "dead_letter": "run.failed",
    "timed_out": "run.timed_out",
    "canceled": "run.canceled",
    "expired": "run.canceled",
}
#: Workflow run statuses -> their event (cmd/strait/main.go:659-669, api/workflow_hooks.go:151-161).
_WORKFLOW_EVENTS = {
    "completed": "workflow.completed",
    "failed": "workflow.failed",
    "timed_out": "workflow.failed",
    "canceled": "workflow.failed",
    "compensated": "workflow.failed",
    "compensation_failed": "workflow.failed",
}


# -- the payload as the worker reads it back ---------------------------------------------

# -- making deliveries ----------------------------------------------------------------------


class _Fields(TypedDict, total=False):
    """The optional string fields of a new delivery."""

    retry_policy: str
    event_type: str
    run_id: str
    job_id: str
    subscription_id: str
    event_trigger_id: str
    secret: str


def _add(
    emu: EmulatorCore,
    *,
    project_id: str,
    url: str,
    payload: str,
    max_attempts: int,
    due: datetime,
    **fields: Unpack[_Fields],
) -> WebhookDelivery:
    now = emu.clock.stamp()
    delivery = WebhookDelivery(
        id=emu.new_id("whd"),
        project_id=project_id,
        webhook_url=url,
        payload=payload,
        max_attempts=max_attempts,
        created_at=now,
        updated_at=now,
        next_retry_at=due,
        **fields,
    )
    emu.state.webhook_deliveries[delivery.id] = delivery
    emu.clock.at(due, _DUE_KIND, delivery.id)
    return delivery


def _to_subscribers(
    emu: EmulatorCore,
    subs: list[WebhookSubscription],
    payload: str,
    max_attempts: int,
    due: datetime,
    retry_policy: str,
    *,
    run_id: str = "",
    job_id: str = "",
) -> None:
    """One delivery of ``payload`` per subscription."""
    for sub in subs:
        _add(
            emu,
            project_id=sub.project_id,
            url=sub.webhook_url,
            payload=payload,
            max_attempts=max_attempts,
            due=due,
            retry_policy=retry_policy,
            subscription_id=sub.id,
            run_id=run_id,
            job_id=job_id,
        )


def _subscribed(emu: EmulatorCore, project_id: str, event: str) -> list[WebhookSubscription]:
    """The project's active subscriptions to ``event`` (or ``*``), newest first
    (store/webhook_subscriptions.go ListWebhookSubscriptions, worker/executor_completion.go:168-175)."""
    subs = [
        sub
        for sub in emu.state.webhook_subscriptions.values()
        if sub.project_id == project_id and sub.active and any(t in (event, "*") for t in sub.event_types)
    ]
    return sorted(subs, key=lambda s: s.created_at, reverse=True)


def on_run_settled(emu: EmulatorCore, run: Run) -> None:
    """The executor ended ``run``: its job's webhook, then the subscriptions'
    (worker/executor_completion.go:26-124,177-193, store/webhook_deliveries.go:99-180)."""
    event = _RUN_EVENTS.get(run.status)
    if event is None:
        return
    now = emu.clock.now()
    stamp = format_time(now)
    url = str(run.setting("webhook_url") or "")
    if url:
        body: JSONObject = {
            "run_id": run.id,
            "job_id": run.job.id,
            "project_id": run.project_id,
            "status": run.status,
            "attempt": run.attempt,
        }
        if run.has_result:  # omitempty (store/webhook_deliveries.go:18-27)
            body["result"] = run.result
        if run.error:
            body["error"] = run.error
        body["timestamp"] = stamp
        _add(
            emu,
            project_id=run.project_id,
            url=url,
            payload=jsonb_text(body),
            max_attempts=WEBHOOK_RUN_MAX_ATTEMPTS,
            due=now,
            retry_policy=EXPONENTIAL,
            event_type=f"run.{run.status}",
            run_id=run.id,
            job_id=run.job.id,
        )
    subs = _subscribed(emu, run.project_id, event)
    if not subs:
        return
    payload = jsonb_text(
        {
            "type": event,
            "run_id": run.id,
            "job_id": run.job.id,
            "project_id": run.project_id,
            "status": run.status,
            "attempt": run.attempt,
            "result": run.result if run.has_result else None,
            "error": run.error,
            "timestamp": stamp,
        }
    )
    # Due a second early (worker/executor_completion.go:126-128).
    due = now - timedelta(seconds=1)
    attempts = WEBHOOK_RUN_MAX_ATTEMPTS
    _to_subscribers(emu, subs, payload, attempts, due, EXPONENTIAL, run_id=run.id, job_id=run.job.id)


def _workflow_reason(run: WorkflowRun, to: str) -> str:
    """Why the engine ended the run: a failed step whose ``on_failure`` fails the workflow
    (``step_failed``, workflow/callback_retry.go:98-133), else ``workflow_completion``
    (workflow/callback_progression.go:270-305)."""
    if to == "failed":
        for step in run.steps.values():
            if step.status == "failed" and step.step.get("on_failure") not in ("skip_dependents", "continue"):
                return "step_failed"
    return "workflow_completion"


def on_workflow_run_moved(emu: EmulatorCore, run: WorkflowRun, previous: str, to: str) -> None:
    """A workflow run ended: one delivery per active subscription to its event. A cancel
    comes from the API (api/workflow_hooks.go:58-110, api/workflow_runs.go:184); every other
    end from the engine (cmd/strait/main.go:395-396,585-657, webhook/event_notify.go:1583-1616)."""
    event = _WORKFLOW_EVENTS.get(to)
    if event is None or (to == "canceled" and run.error == BULK_CANCEL_RUN_ERROR):
        return  # a bulk cancel publishes no hook (api/workflow_runs.go:833-863)
    subs = _subscribed(emu, run.project_id, event)
    if not subs:
        return
    now = emu.clock.now()
    from_api = to == "canceled"
    payload = jsonb_text(
        {
            "type": "workflow_status_change",
            "workflow_run_id": run.id,
            "workflow_id": run.workflow.id,
            "project_id": run.project_id,
            "from": previous,
            "to": to,
            "reason": "cancel" if from_api else _workflow_reason(run, to),
            "timestamp": format_time(now),
        }
    )
    if from_api:
        _to_subscribers(emu, subs, payload, WEBHOOK_API_WORKFLOW_MAX_ATTEMPTS, now, "")
    else:  # due a second early (webhook/event_notify.go:1594-1598)
        due = now - timedelta(seconds=1)
        _to_subscribers(emu, subs, payload, WEBHOOK_WORKFLOW_MAX_ATTEMPTS, due, EXPONENTIAL)


def detach_subscription(emu: EmulatorCore, subscription_id: str) -> None:
    """Deleting a subscription detaches its deliveries: they keep going, unsigned
    (store/webhook_subscriptions.go:256-259)."""
    for delivery in emu.state.webhook_deliveries.values():
        if delivery.subscription_id == subscription_id:
            delivery.subscription_id = ""


# -- the delivery worker ---------------------------------------------------------------------


def backoff_secs(attempts: int) -> float:
    """Seconds before the next attempt after ``attempts`` (at least 1) failed ones
    (webhook/event_notify.go:1510-1581)."""
    return _BACKOFF.delay(max(attempts, 1) - 1)


def _breaker_key(emu: EmulatorCore, delivery: WebhookDelivery) -> str:
    """The tenant (the project's organisation) and the URL (webhook/event_notify.go:905-938)."""
    project = emu.state.projects.get(delivery.project_id)
    org = project.org_id if project else ""
    scope = f"org:{org}" if org else f"project:{delivery.project_id}"
    return f"{scope}|{delivery.webhook_url}"


def _prune(circuit: WebhookCircuit, now: datetime) -> None:
    cutoff = now - timedelta(seconds=WEBHOOK_BREAKER_WINDOW_SECS)
    circuit.failures = [t for t in circuit.failures if t > cutoff]


def _can_deliver(emu: EmulatorCore, key: str, now: datetime) -> bool:
    """Closed, unless open or holding enough recent failures to open now
    (webhook/circuit_breaker.go:80-113)."""
    circuit = emu.state.webhook_circuits.get(key)
    if circuit is None:
        return True
    if circuit.open_until is not None and now < circuit.open_until:
        return False
    _prune(circuit, now)
    if len(circuit.failures) >= WEBHOOK_BREAKER_FAILURES:
        circuit.open_until = now + timedelta(seconds=WEBHOOK_BREAKER_OPEN_SECS)
        return False
    return True


def _record_failure(emu: EmulatorCore, key: str, now: datetime) -> None:
    """webhook/circuit_breaker.go:123-145."""
    circuit = emu.state.webhook_circuits.setdefault(key, WebhookCircuit())
    circuit.failures.append(now)
    _prune(circuit, now)
    if len(circuit.failures) >= WEBHOOK_BREAKER_FAILURES:
        circuit.open_until = now + timedelta(seconds=WEBHOOK_BREAKER_OPEN_SECS)


def _key_hex(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return digest[:16].hex()


def _replay_key(secret: str, delivery_id: str) -> str:
    """webhook/event_notify.go:1660-1681,1722-1727."""
    return "rk_" + (_key_hex(secret, delivery_id) if secret else delivery_id)


def _idempotency_key(secret: str, delivery_id: str, attempt: int) -> str:
    """webhook/event_notify.go:1683-1708."""
    if not secret:
        return f"{delivery_id}:{attempt}"
    return "ik_" + _key_hex(secret, f"{delivery_id}:{attempt}")


class _NoSecret(Exception):
    """The delivery's subscription (and so its signing secret) is gone."""


def _secrets(emu: EmulatorCore, delivery: WebhookDelivery, now: datetime) -> tuple[str, str]:
    """The current secret and, during a rotation's grace, the previous one
    (webhook/event_notify.go:1038-1063,1081)."""
    if not delivery.subscription_id:
        return delivery.secret, ""
    sub = emu.state.webhook_subscriptions.get(delivery.subscription_id)
    if sub is None or not sub.secret:
        raise _NoSecret
    return sub.signing_secrets(now)


def _headers(
    delivery: WebhookDelivery, attempt: int, now: datetime, current: str, previous: str
) -> dict[str, str]:
    """webhook/event_notify.go:1015-1036,1065-1086,1168-1180: the Strait signature headers
    with ``X-Webhook-*`` aliases of each signature, in the server's header order."""
    timestamp = int(now.timestamp())
    headers = {TIMESTAMP_HEADER: str(timestamp), "Content-Type": "application/json"}
    if delivery.event_trigger_id:
        headers["X-Strait-Trigger-ID"] = delivery.event_trigger_id
    if delivery.run_id:
        headers["X-Run-ID"] = delivery.run_id
    if delivery.job_id:
        headers["X-Job-ID"] = delivery.job_id
    headers["X-Strait-Delivery-ID"] = delivery.id
    headers["X-Strait-Attempt"] = f"{attempt}/{delivery.max_attempts}"
    headers["X-Strait-Idempotency-Key"] = _idempotency_key(current, delivery.id, attempt)
    headers["X-Strait-Replay-Key"] = _replay_key(current, delivery.id)
    if current:
        signed = signature_headers(current, delivery.payload, timestamp=timestamp, previous_secret=previous)
        for name in (SIGNATURE_HEADER, SIGNATURE_OLD_HEADER):
            if name in signed:
                headers[name] = headers[name.replace("X-Strait-", "X-Webhook-")] = signed[name]
    headers["User-Agent"] = "Go-http-client/1.1"  # the server's HTTP client's own
    return headers


@dataclass
class _Outcome:
    """What one attempt came to: a status code (None without an answer), an error, and
    whether it is retried and counts against the breaker."""

    status: int | None = None
    error: str = ""
    retryable: bool = False
    breaker_failure: bool = False


def _timeout_secs(attempt: int) -> float:
    limit = WEBHOOK_FIRST_ATTEMPT_TIMEOUT_SECS if attempt <= 1 else WEBHOOK_LATER_ATTEMPT_TIMEOUT_SECS
    return min(limit, WEBHOOK_CLIENT_TIMEOUT_SECS)


async def _post(emu: EmulatorCore, delivery: WebhookDelivery, attempt: int, now: datetime) -> _Outcome:
    """One POST, its redirects never followed (webhook/event_notify.go:209-215,1235-1289)."""
    body = delivery.payload.encode()
    if len(body) > MAX_WEBHOOK_PAYLOAD_BYTES:
        return _Outcome(error=f"payload too large: {len(body)} bytes exceeds max {MAX_WEBHOOK_PAYLOAD_BYTES}")
    try:
        current, previous = _secrets(emu, delivery, now)
    except _NoSecret:
        return _Outcome(error="webhook subscription signing secret unavailable", retryable=True)
    headers = _headers(delivery, attempt, now, current, previous)
    timeout = aiohttp.ClientTimeout(total=_timeout_secs(attempt))
    try:
        async with emu.http.post(
            delivery.webhook_url, data=body, headers=headers, timeout=timeout, allow_redirects=False
        ) as response:
            await response.content.read(MAX_WEBHOOK_RESPONSE_DRAIN_BYTES)
            status = response.status
    except TimeoutError:
        error = "http request: Post: context deadline exceeded"
        return _Outcome(error=error, retryable=True, breaker_failure=True)
    except (aiohttp.ClientError, OSError, ValueError):
        # httputil/ssrf.go:365-399: the URL and the cause are never shown.
        return _Outcome(error="http request: Post: request failed", retryable=True, breaker_failure=True)
    if status >= 500:
        return _Outcome(status, f"server error: status {status}", retryable=True, breaker_failure=True)
    if status >= 400:
        return _Outcome(status, f"client error: status {status}")
    if status >= 300:
        return _Outcome(status, f"redirect not followed: status {status}")
    return _Outcome(status)


def _arm(emu: EmulatorCore, delivery: WebhookDelivery, due: datetime) -> None:
    delivery.next_retry_at = due
    delivery.status = PENDING
    emu.clock.at(due, _DUE_KIND, delivery.id)


async def _attempt(emu: EmulatorCore, delivery_id: str, claim: str) -> None:
    """One claimed attempt (webhook/event_notify.go:1088-1141); its result is kept only if
    the claim still holds (store/webhook_deliveries.go:284-311)."""
    delivery = emu.state.webhook_deliveries.get(delivery_id)
    if delivery is None:
        return
    now = emu.clock.now()
    started = time.monotonic()
    key = _breaker_key(emu, delivery)
    if not _can_deliver(emu, key, now):
        # Deferred, the attempt not spent (webhook/event_notify.go:1392-1414).
        delivery.last_error = "circuit breaker is open"
        _release(emu, delivery, now)
        _arm(emu, delivery, now + timedelta(seconds=backoff_secs(delivery.attempts)))
        _record_attempt(emu, delivery, started)
        return
    attempt = delivery.attempts + 1
    outcome = await _post(emu, delivery, attempt, now)
    delivery = emu.state.webhook_deliveries.get(delivery_id)  # reset() may have dropped it meanwhile
    if delivery is None or delivery.claim_token != claim:
        return
    _settle(emu, delivery, key, attempt, outcome, now)
    _record_attempt(emu, delivery, started)


def _settle(
    emu: EmulatorCore, delivery: WebhookDelivery, key: str, attempt: int, outcome: _Outcome, now: datetime
) -> None:
    """What the attempt's outcome makes of the delivery (webhook/event_notify.go:1255-1390)."""
    delivery.attempts = attempt
    if outcome.status is not None:
        delivery.last_status_code = outcome.status
    if outcome.breaker_failure:
        _record_failure(emu, key, now)
    _release(emu, delivery, now)
    if not outcome.error:
        emu.state.webhook_circuits.pop(key, None)  # webhook/circuit_breaker.go:115-121
        delivery.status, delivery.delivered_at, delivery.last_error = DELIVERED, now, ""
        return
    # webhook/event_notify.go:1335-1390: dead when not retried or out of attempts.
    delivery.last_error = outcome.error
    if not outcome.retryable or delivery.attempts >= delivery.max_attempts:
        delivery.status = DEAD
        return
    _arm(emu, delivery, now + timedelta(seconds=backoff_secs(delivery.attempts)))


def _record_attempt(emu: EmulatorCore, delivery: WebhookDelivery, started: float) -> None:
    row = WebhookAttempt(
        delivery_id=delivery.id,
        project_id=delivery.project_id,
        host=url_origin(delivery.webhook_url),
        status=delivery.status,
        duration_ms=ms_since(started),
        created_at=delivery.created_at,
    )
    emu.state.webhook_attempts[emu.new_id("whe")] = row


def _release(emu: EmulatorCore, delivery: WebhookDelivery, now: datetime) -> None:
    delivery.claim_token, delivery.lease_expires_at = "", None
    delivery.updated_at = max(emu.clock.now(), now)


@timer(_DUE_KIND)
def _due(emu: EmulatorCore, delivery_id: str) -> None:
    """Claim a due pending delivery and send it (store/webhook_deliveries.go:200-258)."""
    delivery = emu.state.webhook_deliveries.get(delivery_id)
    now = emu.clock.now()
    if delivery is None or delivery.status != PENDING or emu.http is None:
        return
    if delivery.next_retry_at is None or delivery.next_retry_at > now:
        return  # rescheduled since: a later timer sends it
    if delivery.claim_token and delivery.lease_expires_at is not None and delivery.lease_expires_at > now:
        return
    delivery.claim_token = secrets.token_hex(8)
    delivery.lease_expires_at = now + timedelta(seconds=WEBHOOK_CLAIM_LEASE_SECS)
    # A claim whose attempt never reported (a restart from --db mid-attempt) is claimed
    # again once its lease is over, as the server's next poll does.
    emu.clock.at(delivery.lease_expires_at, _DUE_KIND, delivery.id)
    emu.spawn(_attempt(emu, delivery.id, delivery.claim_token))


# -- the API ------------------------------------------------------------------------------


def _visible(emu: EmulatorCore, delivery: WebhookDelivery, project_id: str) -> bool:
    """The caller's project owns it, directly or through its job (store/webhook_deliveries.go:320-325)."""
    if delivery.project_id == project_id:
        return True
    job = emu.state.jobs.get(delivery.job_id) if delivery.job_id else None
    return job is not None and job.project_id == project_id


def _job_checks_out(emu: EmulatorCore, delivery: WebhookDelivery, project_id: str) -> bool:
    """A delivery of a job: the job must still exist in the caller's project
    (api/webhook_deliveries.go:206-231, api/webhooks.go:147-160)."""
    if not delivery.job_id:
        return bool(delivery.project_id) and delivery.project_id == project_id
    job = emu.state.jobs.get(delivery.job_id)
    return job is not None and job.project_id == project_id


def _find(call: Call, param: str, message: str) -> WebhookDelivery:
    delivery = call.emu.state.webhook_deliveries.get(call.params.get(param, ""))
    # A delivery whose job checks out is the caller's, so this is the whole visibility test.
    if delivery is None or not _job_checks_out(call.emu, delivery, call.project_id):
        raise ApiFailure(404, message)
    return delivery


@operation("list-webhook-deliveries", "list-webhook-deliveries-legacy")
def list_webhook_deliveries(call: Call) -> web.Response:
    """Newest first, ``status`` one of the four, cursor pages (api/webhook_deliveries.go:25-52,
    store/webhook_deliveries.go:362-405)."""
    status = call.query.get("status", "")
    if status and status not in _STATUSES:
        raise ApiFailure(400, "status is invalid")
    chosen = [
        d
        for d in call.emu.state.webhook_deliveries.values()
        if _visible(call.emu, d, call.project_id) and (not status or d.status == status)
    ]
    return json_ok(page(call, chosen, lambda d: d.created_at, lambda d: d.wire()))


@operation("get-webhook-delivery")
def get_webhook_delivery(call: Call) -> web.Response:
    """api/webhook_deliveries.go:100-119."""
    return json_ok(_find(call, "id", "delivery not found").wire())


@operation("retry-webhook-delivery", "retry-webhook-delivery-legacy")
def retry_webhook_delivery(call: Call) -> web.Response:
    """A failed or dead delivery starts over: pending, no attempts, due now; any other 409
    (api/webhook_deliveries.go:130-170, store/webhook_deliveries.go:337-360)."""
    param = "deliveryID" if "deliveryID" in call.params else "id"
    delivery = _find(call, param, "delivery not found")
    if delivery.status not in _RETRIABLE:
        raise ApiFailure(409, "only failed or dead deliveries can be retried")
    now = call.emu.clock.now()
    delivery.attempts, delivery.last_status_code, delivery.last_error = 0, None, ""
    delivery.delivered_at, delivery.updated_at = None, now
    _arm(call.emu, delivery, now)
    return json_ok(delivery.wire())


@operation("replay-webhook-delivery")
def replay_webhook_delivery(call: Call) -> web.Response:
    """A new pending delivery of the same payload to the same URL, due now, whatever the
    original's status: 201 (api/webhooks.go:142-180, store/webhook_deliveries.go:656-687)."""
    original = _find(call, "id", "webhook delivery not found")
    now = call.emu.clock.stamp()
    replay = replace(
        original,
        id=call.emu.new_id("whd"),
        status=PENDING,
        attempts=0,
        last_status_code=None,
        last_error="",
        next_retry_at=now,
        delivered_at=None,
        claim_token="",
        lease_expires_at=None,
        created_at=now,
        updated_at=now,
    )
    call.emu.state.webhook_deliveries[replay.id] = replay
    call.emu.clock.at(now, _DUE_KIND, replay.id)
    return json_ok(replay.wire(), 201)


# -- analytics (Strait Cloud's, over the attempts table) ----------------------------------------

_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _moment(call: Call, name: str) -> datetime:
    text = call.query.get(name, "")
    try:
        if not _RFC3339.fullmatch(text):
            raise ValueError(text)
        return parse_time(text)
    except ValueError:
        raise ApiFailure(400, f"{name} must be in RFC3339 format") from None


def _window(call: Call) -> list[WebhookAttempt]:
    """The caller's attempts of deliveries created in ``[from, to)``: both required, RFC
    3339, ``to`` after ``from``, at most 90 days apart (api/analytics.go:51-70,
    api/cost_analytics.go:96, clickhouse/analytics.go:1068-1081)."""
    if not call.query.get("from") or not call.query.get("to"):
        raise ApiFailure(400, "from and to query parameters are required (RFC3339 format)")
    start, end = _moment(call, "from"), _moment(call, "to")
    if end <= start:
        raise ApiFailure(400, "to must be after from")
    if end - start > timedelta(days=ANALYTICS_MAX_WINDOW_DAYS):
        raise ApiFailure(400, f"time range must not exceed {ANALYTICS_MAX_WINDOW_DAYS} days")
    return [
        a
        for a in call.emu.state.webhook_attempts.values()
        if a.project_id == call.project_id and start <= a.created_at < end
    ]


def _number(value: float) -> JSONValue:
    """A float64 as Go writes it: ``12``, not ``12.0``."""
    return int(value) if value.is_integer() else value


def _quantile(values: list[int], level: float) -> float:
    """ClickHouse's ``quantile`` over a reservoir that holds every value: linear
    interpolation between the sorted neighbours of ``level * (n - 1)``."""
    ordered = sorted(values)
    index = level * (len(ordered) - 1)
    low = int(index)
    if low + 1 >= len(ordered):
        return float(ordered[low])
    return ordered[low] * (low + 1 - index) + ordered[low + 1] * (index - low)


def _by_host(rows: list[WebhookAttempt]) -> dict[str, list[WebhookAttempt]]:
    groups: dict[str, list[WebhookAttempt]] = {}
    for row in rows:
        groups.setdefault(row.host, []).append(row)
    return groups


def _average(rows: list[WebhookAttempt]) -> JSONValue:
    return _number(sum(r.duration_ms for r in rows) / len(rows))


@operation("get-webhook-delivery-stats")
def get_webhook_delivery_stats(call: Call) -> web.Response:
    """Per URL (scheme and host): attempts, how many left it delivered, failed or dead,
    mean and p95 latency; most attempts first (api/webhook_analytics.go:18-32,
    clickhouse/analytics.go:1067-1098)."""
    groups = sorted(_by_host(_window(call)).items(), key=lambda item: -len(item[1]))
    stats: list[JSONValue] = [
        {
            "url": host,
            "total": len(rows),
            "delivered": sum(r.status == DELIVERED for r in rows),
            "failed": sum(r.status == FAILED for r in rows),
            "dead": sum(r.status == DEAD for r in rows),
            "avg_latency_ms": _average(rows),
            "p95_latency_ms": _number(_quantile([r.duration_ms for r in rows], 0.95)),
        }
        for host, rows in groups
    ]
    return json_ok(stats)


@operation("get-webhook-endpoint-health")
def get_webhook_endpoint_health(call: Call) -> web.Response:
    """Per URL and hour or day (default) of the deliveries' creation: the share of attempts
    that left it delivered and their mean latency, by URL then period
    (api/webhook_analytics.go:41-59, api/analytics.go:72-83, clickhouse/analytics.go:1100-1138)."""
    rows = _window(call)
    bucket = call.query.get("bucket", "") or "day"
    if bucket not in ("hour", "day"):
        raise ApiFailure(400, "bucket must be 'hour' or 'day'")
    groups: dict[tuple[str, datetime], list[WebhookAttempt]] = {}
    for row in rows:
        period = row.created_at.replace(minute=0, second=0, microsecond=0)
        if bucket == "day":
            period = period.replace(hour=0)
        groups.setdefault((row.host, period), []).append(row)
    health: list[JSONValue] = [
        {
            "url": host,
            "period": format_time(period),
            "success_rate": _number(sum(r.status == DELIVERED for r in group) / len(group)),
            "avg_latency_ms": _average(group),
        }
        for (host, period), group in sorted(groups.items(), key=lambda item: item[0])
    ]
    return json_ok(health)


@operation("get-top-failing-webhooks")
def get_top_failing_webhooks(call: Call) -> web.Response:
    """URLs with attempts that left a delivery ``failed``, most first, ``limit`` 1-100
    (default 10). The delivery worker never writes ``failed`` (a failed attempt leaves a
    delivery ``pending`` or ``dead``), so the list is empty on the server too
    (api/webhook_analytics.go:68-89, clickhouse/analytics.go:1140-1172,
    webhook/event_notify.go:1335-1390)."""
    limit = query_int(call, "limit")  # bound before the handler runs (api/huma_bridge.go:59-61)
    rows = _window(call)
    limit = limit or ANALYTICS_DEFAULT_TOP_LIMIT
    if not 1 <= limit <= ANALYTICS_MAX_TOP_LIMIT:
        raise ApiFailure(400, f"limit must be between 1 and {ANALYTICS_MAX_TOP_LIMIT}")
    groups = _by_host(rows).items()
    failing = [(host, group, sum(r.status == FAILED for r in group)) for host, group in groups]
    ranked: list[JSONValue] = [
        {
            "url": host,
            "failed": failed,
            "total": len(group),
            "failure_rate": _number(failed / len(group)),
            "last_error": "",
        }
        for host, group, failed in sorted(failing, key=lambda item: -item[2])
        if failed
    ]
    return json_ok(ranked[:limit])
