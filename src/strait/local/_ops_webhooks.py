"""Webhook subscriptions (create/list/delete/rotate-secret) and test-webhook
(``api/webhook_subscriptions.go``, ``api/webhooks.go``). The plan limits on endpoints
and event types are not emulated; loopback URLs are allowed (the emulator's
documented relaxation of ``ALLOW_PRIVATE_ENDPOINTS``)."""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

import aiohttp
from aiohttp import web

from strait._signing import TIMESTAMP_HEADER, signature_headers

from ._clock import format_time, ms_since
from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._http import (
    ApiFailure,
    Call,
    as_int,
    check_webhook_url,
    failed_on,
    is_http_url,
    json_response,
    matches_url_rule,
)
from ._json import as_list
from ._model import WebhookSubscription
from ._ops_common import creation_body, required, validation_failed
from ._ops_deliveries import detach_subscription

#: api/webhook_subscriptions.go:18-36 (domain/types.go event names).
EVENT_TYPES = frozenset(
    {
        "run.completed",
        "run.failed",
        "run.timed_out",
        "run.canceled",
        "workflow.completed",
        "workflow.failed",
        "slo.budget_warning",
        "billing.cap_warning",
        "billing.cap_reached",
        "billing.cap_disabled",
        "billing.overage_disabled",
        "billing.suspended",
        "billing.delinquent",
        "billing.payment_succeeded",
        "schedule.suspended",
        "workflow.registration_rejected",
        "sla.credit_issued",
    }
)
DEFAULT_GRACE_MINUTES = 60  # api/webhook_subscriptions.go:292-294
MAX_GRACE_MINUTES = 10080  # api/webhook_subscriptions.go:295-297
TEST_TIMEOUT_SECS = 10  # api/webhooks.go:70
TEST_MAX_REDIRECTS = 2  # the third redirect is refused (api/webhooks.go:72-75)
TEST_BODY_LIMIT = 4096  # api/webhooks.go:95


@dataclass(frozen=True)
class Ping:
    """What a test POST got: the status (None when nothing answered), the body's first
    :data:`TEST_BODY_LIMIT` bytes, and the time until the answer's head (or the failure)
    came (api/webhooks.go:87, api/job_endpoints.go:271)."""

    status: int | None
    body: bytes
    latency_ms: int


async def ping(
    emu: EmulatorCore,
    url: str,
    payload: str,
    headers: Mapping[str, str],
    *,
    secret: str = "",
    stamp: int | None = None,
) -> Ping:
    """POST a JSON test ``payload`` as test-webhook and verify-job-endpoint do: with
    ``X-Strait-Timestamp: stamp`` when one is given, signed (``X-Strait-Signature`` over
    ``stamp.payload``) when there is a ``secret`` too, 10 s, two redirects, the answer read up
    to 4 KiB (api/webhooks.go:49-97, api/job_endpoints.go:240-300)."""
    sent = {"Content-Type": "application/json", **headers}
    if stamp is not None:
        sent[TIMESTAMP_HEADER] = str(stamp)
        if secret:
            sent.update(signature_headers(secret, payload, timestamp=stamp))
    started = time.monotonic()
    try:
        async with emu.http.post(
            url,
            data=payload.encode(),
            headers=sent,
            timeout=aiohttp.ClientTimeout(total=TEST_TIMEOUT_SECS),
            max_redirects=TEST_MAX_REDIRECTS,
        ) as response:
            latency = ms_since(started)  # the answer's head is in; the body is read after
            return Ping(response.status, await response.content.read(TEST_BODY_LIMIT), latency)
    except (aiohttp.ClientError, OSError, TimeoutError):
        return Ping(None, b"", ms_since(started))


def _check_types(body: Mapping[str, object]) -> None:
    if not isinstance(body["event_types"], list) or not body["event_types"]:
        raise validation_failed("event_types: failed on 'min'")


def _new_secret() -> str:
    return "whsec_" + secrets.token_hex(32)


def _find(call: Call) -> WebhookSubscription:
    return call.owned(call.emu.state.webhook_subscriptions, call.params["id"], "webhook subscription")


@operation("create-webhook-subscription")
def create_webhook_subscription(call: Call) -> web.Response:
    body = creation_body(call, "webhook_url", "event_types", check=_check_types)
    types = [str(kind) for kind in as_list(body["event_types"])]
    for kind in types:
        if kind not in EVENT_TYPES:
            raise ApiFailure(400, f'invalid event type: "{kind}"')
    url = check_webhook_url(body["webhook_url"])
    subs = call.emu.state.webhook_subscriptions
    if any(s.project_id == call.project_id and s.webhook_url == url for s in subs.values()):
        raise ApiFailure(409, "a webhook subscription for this URL already exists in this project")
    sub = WebhookSubscription(
        id=call.emu.new_id("whsub"),
        project_id=call.project_id,
        webhook_url=url,
        event_types=types,
        active=body.get("active") is not False,
        created_at=call.emu.clock.stamp(),
        secret=_new_secret(),
    )
    subs[sub.id] = sub
    return json_ok({"subscription": sub.wire(), "signing_secret": sub.secret}, 201)


@operation("list-webhook-subscriptions")
def list_webhook_subscriptions(call: Call) -> web.Response:
    """Active ones only, newest first (store/webhook_subscriptions.go: ``active = TRUE``)."""
    subs = [
        s
        for s in call.emu.state.webhook_subscriptions.values()
        if s.project_id == call.project_id and s.active
    ]
    return json_ok([s.wire() for s in sorted(subs, key=lambda s: s.created_at, reverse=True)])


@operation("delete-webhook-subscription")
def delete_webhook_subscription(call: Call) -> web.Response:
    sub = _find(call)
    detach_subscription(call.emu, sub.id)
    del call.emu.state.webhook_subscriptions[sub.id]
    return json_response(204, None)


@operation("rotate-webhook-secret")
def rotate_webhook_secret(call: Call) -> web.Response:
    minutes = as_int(call.obj().get("grace_period_minutes"))
    if minutes <= 0:
        minutes = DEFAULT_GRACE_MINUTES
    if minutes > MAX_GRACE_MINUTES:
        raise ApiFailure(400, "grace_period_minutes must be <= 10080")
    sub = _find(call)
    grace = call.emu.clock.now() + timedelta(minutes=minutes)
    sub.previous_secret, sub.secret = sub.secret, _new_secret()
    sub.grace_expires_at = grace
    return json_ok(
        {
            "subscription_id": sub.id,
            "new_secret": sub.secret,
            "grace_expires_at": format_time(grace),
            "grace_period_minutes": minutes,
        }
    )


@operation("test-webhook")
async def test_webhook(call: Call) -> web.Response:
    """POSTs ``{"timestamp", "type": "webhook.test"}``, signed when a secret is given,
    and reports the answer (api/webhooks.go:38-104)."""
    body = call.obj()
    required(body, "url")
    # ``required,url`` (422), then the endpoint rule (400): ``ftp://host`` is a URL
    # (api/webhooks.go:26,40-46).
    if not matches_url_rule(str(body["url"])):
        raise validation_failed(failed_on("url", "url"))
    if not is_http_url(str(body["url"])):
        raise ApiFailure(400, "invalid webhook URL")
    now = call.emu.clock.now()
    payload = json.dumps({"timestamp": format_time(now), "type": "webhook.test"}, separators=(",", ":"))
    headers = {"User-Agent": "Strait-Webhook-Test/1.0"}
    secret = str(body.get("secret") or "")
    stamp = int(now.timestamp()) if secret else None  # stamped only when signed (api/webhooks.go:57-65)
    got = await ping(call.emu, str(body["url"]), payload, headers, secret=secret, stamp=stamp)
    if got.status is None:
        return json_ok(
            {"success": False, "error": "connection to webhook URL failed", "latency_ms": got.latency_ms}
        )
    return json_ok(
        {
            "success": 200 <= got.status < 300,
            "status_code": got.status,
            "latency_ms": got.latency_ms,
            "response_body": got.body.decode("utf-8", "replace"),
        }
    )
