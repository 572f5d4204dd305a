"""Webhook subscriptions and test-webhook through the sync client (server:
``api/webhook_subscriptions.go``, ``store/webhook_subscriptions.go``,
``api/webhooks.go`` at ac094a3c8)."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from local.conftest import Endpoint
from strait import ApiError, BadRequestError, ConflictError, NotFoundError
from strait.local import LocalStrait

from ._api import Api, error


def _sub(strait: LocalStrait, url: str, *types: str, **extra: object) -> dict[str, object]:
    return {"project_id": strait.project_id, "webhook_url": url, "event_types": list(types), **extra}


def test_subscription_create_list_delete(local_strait: LocalStrait) -> None:
    """201 with the subscription and a ``whsec_`` signing secret shown once; the list
    holds active subscriptions only; delete 204 then 404
    (api/webhook_subscriptions.go:66-131,209-262, store/webhook_subscriptions.go)."""
    with local_strait.client() as client:
        created = client.webhooks.create_subscription(
            _sub(local_strait, "http://127.0.0.1:9/hook", "run.completed")
        )
        secret, sub = created["signing_secret"], created["subscription"]
        assert secret.startswith("whsec_") and len(secret) == len("whsec_") + 64
        assert (sub["event_types"], sub["active"]) == (["run.completed"], True)
        client.webhooks.create_subscription(
            _sub(local_strait, "http://127.0.0.1:9/off", "run.failed", active=False)
        )
        assert [s["id"] for s in client.webhooks.list_subscriptions()] == [sub["id"]]
        client.webhooks.delete_subscription(sub["id"])
        with pytest.raises(NotFoundError, match="webhook subscription not found"):
            client.webhooks.delete_subscription(sub["id"])


def test_subscription_validation(local_strait: LocalStrait) -> None:
    """Unknown event type 400, non-http URL 400, the same URL twice 409, no event types
    422 (api/webhook_subscriptions.go:67-95, 158-160)."""
    with local_strait.client() as client:
        with pytest.raises(BadRequestError, match=r'invalid event type: "run\.started"'):
            client.webhooks.create_subscription(_sub(local_strait, "http://127.0.0.1:9/h", "run.started"))
        with pytest.raises(BadRequestError, match="url must use http or https scheme"):
            client.webhooks.create_subscription(_sub(local_strait, "ftp://host/h", "run.failed"))
        with pytest.raises(ApiError) as caught:
            client.webhooks.create_subscription(_sub(local_strait, "http://127.0.0.1:9/h"))
        assert caught.value.status_code == 422
        client.webhooks.create_subscription(_sub(local_strait, "http://127.0.0.1:9/h", "run.failed"))
        with pytest.raises(ConflictError, match="already exists"):
            client.webhooks.create_subscription(_sub(local_strait, "http://127.0.0.1:9/h", "run.completed"))


def test_rotate_secret(local_strait: LocalStrait) -> None:
    """A new secret, grace 60 minutes by default, at most 10080 (api/webhook_subscriptions.go:290-348)."""
    with local_strait.client() as client:
        created = client.webhooks.create_subscription(
            _sub(local_strait, "http://127.0.0.1:9/h", "run.failed")
        )
        sub_id = created["subscription"]["id"]
        rotated = client.webhooks.rotate_secret(sub_id, {})
        assert (rotated["subscription_id"], rotated["grace_period_minutes"]) == (sub_id, 60)
        assert rotated["new_secret"] != created["signing_secret"]
        with pytest.raises(BadRequestError, match="grace_period_minutes must be <= 10080"):
            client.webhooks.rotate_secret(sub_id, {"grace_period_minutes": 10081})


def test_test_webhook_posts_a_signed_test_event(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """POST ``{"timestamp", "type": "webhook.test"}`` with ``X-Strait-Timestamp`` and
    ``X-Strait-Signature: v1=HMAC(secret, ts.body)``; the answer reports status and body
    (api/webhooks.go:38-104)."""
    endpoint.respond = lambda seen: (202, b"thanks")
    with local_strait.client() as client:
        answer = client.webhooks.test({"url": endpoint.url, "secret": "whsec_test"})
    assert (answer["success"], answer["status_code"], answer["response_body"]) == (True, 202, "thanks")
    (seen,) = endpoint.seen
    headers = {k.lower(): v for k, v in seen.headers.items()}
    assert json.loads(seen.body)["type"] == "webhook.test"
    assert headers["user-agent"] == "Strait-Webhook-Test/1.0"
    mac = hmac.new(b"whsec_test", headers["x-strait-timestamp"].encode() + b"." + seen.body, hashlib.sha256)
    assert headers["x-strait-signature"] == "v1=" + mac.hexdigest()


def test_test_webhook_without_a_secret_is_neither_stamped_nor_signed(
    local_strait: LocalStrait, endpoint: Endpoint
) -> None:
    """The timestamp and signature are both set inside ``if req.Secret != ""``
    (api/webhooks.go:57-65)."""
    with local_strait.client() as client:
        assert client.webhooks.test({"url": endpoint.url})["success"] is True
    (seen,) = endpoint.seen
    names = {k.lower() for k in seen.headers}
    assert "x-strait-timestamp" not in names and "x-strait-signature" not in names


def test_test_webhook_reports_a_connection_failure(local_strait: LocalStrait) -> None:
    """No answer: 200 with success false and the server's error text (api/webhooks.go:80-91)."""
    with local_strait.client() as client:
        answer = client.webhooks.test({"url": "http://127.0.0.1:9/nothing"})
    assert (answer["success"], answer["error"]) == (False, "connection to webhook URL failed")


def test_test_webhook_url_is_a_url_tag_then_the_endpoint_rule(api: Api) -> None:
    """``url`` is ``required,url`` (422), then the endpoint rule's 400 ``invalid webhook
    URL``: ``ftp://host`` and ``file:///…`` pass the tag and fail the rule (api/webhooks.go:26,40-46,
    api/server.go:1431-1443, worker/validate.go:18-20)."""
    for url in ("ftp://host", "file:///etc/passwd"):  # the tag takes a file: URI too
        assert error(api("POST", "/v1/webhooks/test", {"url": url})) == (400, "invalid webhook URL")
    for body, detail in (({}, "url: failed on 'required'"), ({"url": "not a url"}, "url: failed on 'url'")):
        response = api("POST", "/v1/webhooks/test", body)
        assert response.status_code == 422 and response.json()["error"]["details"] == [detail]
