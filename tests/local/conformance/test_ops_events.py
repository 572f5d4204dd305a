"""Event sources, subscriptions and dispatch-event (server: ``api/event_sources.go``,
``eventfilter/filter.go``, ``webhook/signature.go`` at ac094a3c8)."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

import httpx
import pytest

from local.conftest import Endpoint, wait_for_status
from strait import ApiError, BadRequestError, Client, NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import make_job


def _source(client: Client, strait: LocalStrait, name: str = "shop", **extra: Any) -> Any:
    return client.event_sources.create({"project_id": strait.project_id, "name": name, **extra})


def _signed_source(strait: LocalStrait, algorithm: str, header: str, secret: str) -> None:
    with strait.client() as client:
        _source(
            client, strait, signature_algorithm=algorithm, signature_header=header, signature_secret=secret
        )


def _raw_dispatch(strait: LocalStrait, payload: bytes) -> bytes:
    """A dispatch body carrying ``payload`` byte for byte."""
    project = strait.project_id.encode()
    return b'{"source": "shop", "project_id": "' + project + b'", "payload": ' + payload + b"}"


def _dispatch(strait: LocalStrait, raw: bytes, **headers: str) -> httpx.Response:
    return httpx.post(
        strait.base_url + "/v1/events/dispatch",
        content=raw,
        headers={"Authorization": "Bearer " + strait.api_key, "Content-Type": "application/json", **headers},
    )


def test_source_crud(local_strait: LocalStrait) -> None:
    """Create 201 (enabled by default, secret never shown), list newest first, update
    204 (an empty update is 400), delete 204 then 404 (api/event_sources.go:63-215)."""
    with local_strait.client() as client:
        first = _source(
            client,
            local_strait,
            signature_algorithm="hmac-sha256",
            signature_header="X-Sig",
            signature_secret="s",
        )
        assert first["enabled"] is True and "signature_secret" not in first
        second = _source(client, local_strait, name="crm")
        assert [s["id"] for s in client.event_sources.list()] == [second["id"], first["id"]]
        client.event_sources.update(second["id"], {"enabled": False, "description": "off"})
        got = client.event_sources.get(second["id"])
        assert (got["enabled"], got["description"]) == (False, "off")
        with pytest.raises(BadRequestError, match="no fields to update"):
            client.event_sources.update(second["id"], {})
        client.event_sources.delete(second["id"])
        with pytest.raises(NotFoundError, match="event source not found"):
            client.event_sources.get(second["id"])


def test_source_validation(local_strait: LocalStrait) -> None:
    """A signature header without an algorithm is 400; an unknown algorithm 422; a
    repeated name 500 (UNIQUE(project_id, name)) (api/event_sources.go:22-31,69-74)."""
    with local_strait.client() as client:
        with pytest.raises(BadRequestError, match="signature_algorithm is required"):
            _source(client, local_strait, signature_header="X-Sig")
        with pytest.raises(ApiError) as caught:
            _source(client, local_strait, signature_algorithm="md5")
        assert caught.value.status_code == 422
        _source(client, local_strait)
        with pytest.raises(ApiError) as caught:
            _source(client, local_strait)
        assert caught.value.status_code == 500


def test_subscriptions(local_strait: LocalStrait) -> None:
    """Subscribe to a job or workflow of the project (404 otherwise), list, delete
    (api/event_sources.go:232-354)."""
    with local_strait.client() as client:
        source = _source(client, local_strait)
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        sub = client.event_sources.subscribe(source["id"], {"target_type": "job", "target_id": job["id"]})
        assert (sub["source_id"], sub["target_type"], sub["enabled"]) == (source["id"], "job", True)
        with pytest.raises(NotFoundError, match="event subscription target not found"):
            client.event_sources.subscribe(
                source["id"], {"target_type": "workflow", "target_id": "wf_missing"}
            )
        assert [s["id"] for s in client.event_sources.list_subscriptions(source["id"])] == [sub["id"]]
        client.event_sources.delete_subscription(source["id"], sub["id"])
        with pytest.raises(NotFoundError, match="event subscription not found"):
            client.event_sources.delete_subscription(source["id"], sub["id"])


def test_dispatch_triggers_matching_subscriptions(local_strait: LocalStrait, endpoint: Endpoint) -> None:
    """Each enabled subscription whose filter matches (eq/ne/has on dotted paths, values
    compared as Go prints them) triggers its job with the payload, ``triggered_by:
    event`` (api/event_sources.go:360-386,520-596, eventfilter/filter.go:25-71)."""
    with local_strait.client() as client:
        source = _source(client, local_strait)
        paid = make_job(client, local_strait, endpoint.url, slug="paid")
        big = make_job(client, local_strait, endpoint.url, slug="big")
        client.event_sources.subscribe(
            source["id"],
            {
                "target_type": "job",
                "target_id": paid["id"],
                "filter_expr": {"eq": [["order.status", "paid"]]},
            },
        )
        client.event_sources.subscribe(
            source["id"],
            {"target_type": "job", "target_id": big["id"], "filter_expr": {"eq": [["order.total", "1e+06"]]}},
        )
        payload = {"order": {"status": "paid", "total": 1000000}}
        answer = client.event_sources.dispatch_event(
            {"source": "shop", "project_id": local_strait.project_id, "payload": payload}
        )
        assert answer == {"dispatched": 2, "source": "shop"}
        runs = client.runs.list().data
        assert sorted(r["job_id"] for r in runs) == sorted([paid["id"], big["id"]])
        assert {r["triggered_by"] for r in runs} == {"event"}
        for run in runs:
            wait_for_status(client, run["id"], "completed")
        skipped = client.event_sources.dispatch_event(
            {"source": "shop", "project_id": local_strait.project_id, "payload": {"order": {"status": "new"}}}
        )
        assert skipped["dispatched"] == 0


def test_dispatch_errors(local_strait: LocalStrait) -> None:
    """Unknown source 404, disabled source 400 (api/event_sources.go:374-386)."""
    with local_strait.client() as client:
        source = _source(client, local_strait, enabled=False)
        body = {"source": "nope", "project_id": local_strait.project_id, "payload": {}}
        with pytest.raises(NotFoundError, match="event source not found"):
            client.event_sources.dispatch_event(body)
        with pytest.raises(BadRequestError, match="event source is disabled"):
            client.event_sources.dispatch_event({**body, "source": source["name"]})


def test_dispatch_checks_the_signature_of_the_raw_payload(local_strait: LocalStrait) -> None:
    """hmac-sha256: ``sha256=<hex HMAC(secret, payload bytes)>`` in the source's header;
    missing 401, wrong 401, the same signature again within 5 minutes 401
    (api/event_sources.go:388-472, webhook/signature.go:34-47)."""
    _signed_source(local_strait, "hmac-sha256", "X-Sig", "k3y")
    payload = b'{ "id": 7 }'
    raw = _raw_dispatch(local_strait, payload)
    good = "sha256=" + hmac.new(b"k3y", payload, hashlib.sha256).hexdigest()
    assert _dispatch(local_strait, raw).json()["error"]["message"] == "missing signature header"
    assert _dispatch(local_strait, raw, **{"X-Sig": "sha256=" + "0" * 64}).status_code == 401
    first = _dispatch(local_strait, raw, **{"X-Sig": good})
    assert (first.status_code, first.json()) == (200, {"dispatched": 0, "source": "shop"})
    again = _dispatch(local_strait, raw, **{"X-Sig": good})
    assert (again.status_code, again.json()["error"]["message"]) == (401, "signature replay rejected")


def test_dispatch_stripe_signature(local_strait: LocalStrait) -> None:
    """stripe-v1: ``t=<unix>,v1=<hex HMAC(secret, "t.payload")>``, at most 5 minutes old
    (webhook/signature.go:77-130)."""
    _signed_source(local_strait, "stripe-v1", "Stripe-Signature", "whsec")
    payload = b'{"type":"charge.succeeded"}'
    raw = _raw_dispatch(local_strait, payload)
    now = int(time.time())
    signed = hmac.new(b"whsec", str(now).encode() + b"." + payload, hashlib.sha256).hexdigest()
    assert _dispatch(local_strait, raw, **{"Stripe-Signature": f"t={now},v1={signed}"}).status_code == 200
    old = now - 600
    stale = hmac.new(b"whsec", str(old).encode() + b"." + payload, hashlib.sha256).hexdigest()
    assert _dispatch(local_strait, raw, **{"Stripe-Signature": f"t={old},v1={stale}"}).status_code == 401


@pytest.mark.parametrize(
    ("filter_expr", "matches"),
    [
        ({"eq": [["tags", "[vip 2]"]]}, True),  # a list compares as fmt.Sprint prints it
        ({"eq": [["missing", "<nil>"]]}, True),  # an absent field is Go's nil
        ({"ne": [["plan", "free"]]}, True),
        ({"ne": [["plan", "pro"]]}, False),
        ({"has": ["plan", "tags"]}, True),
        ({"has": ["nope"]}, False),
        ({"eq": [["plan", "pro"]], "unknown": []}, False),  # unknown keys: the filter fails
    ],
)
def test_dispatch_filters(local_strait: LocalStrait, filter_expr: dict[str, Any], matches: bool) -> None:
    """eq/ne/has over dotted paths, values compared as the server prints them; a filter
    with unknown fields matches nothing (eventfilter/filter.go:25-80,135-150)."""
    with local_strait.client() as client:
        source = _source(client, local_strait)
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        client.event_sources.subscribe(
            source["id"], {"target_type": "job", "target_id": job["id"], "filter_expr": filter_expr}
        )
        answer = client.event_sources.dispatch_event(
            {
                "source": "shop",
                "project_id": local_strait.project_id,
                "payload": {"plan": "pro", "tags": ["vip", 2]},
            }
        )
    assert answer["dispatched"] == (1 if matches else 0)
