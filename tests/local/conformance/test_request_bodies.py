"""Request bodies with fields the operation does not declare (issue 20 item 1, emulator half).

The committed spec closes every request body (``additionalProperties: false``), but the
server's typed handlers decode bodies with a plain ``json.Decoder`` that drops unknown
fields (api/huma_bridge.go:220-221); the strict decoder (api/server.go:1349-1353) is called
only from tests. The local Strait follows the code: an unknown field is ignored, never a 4xx.
Refusing such a body is the client's job, before it sends (issue 20 item 1, client half)."""

from __future__ import annotations

import json
from pathlib import Path

from ._api import Api

SPEC = Path(__file__).resolve().parents[3] / "openapi" / "strait.openapi.json"


def _closed_request_bodies() -> set[str]:
    """Operation ids whose request body the committed spec closes."""
    spec = json.loads(SPEC.read_text())
    closed = set()
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            schema = op["requestBody"]["content"].get("application/json", {}).get("schema", {})
            if "$ref" in schema:
                schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
            if schema.get("additionalProperties") is False:
                closed.add(op["operationId"])
    return closed


def test_spec_closes_the_bodies_the_server_decodes_loosely() -> None:
    """The spec and the code disagree: these bodies are closed in the spec, yet decoded
    without ``DisallowUnknownFields`` (api/huma_bridge.go:220-221, api/server.go:1349-1353)."""
    assert {"trigger-job", "bulk-trigger-job", "create-job", "trigger-workflow"} <= _closed_request_bodies()


def test_trigger_with_an_unknown_field_is_accepted_and_the_field_dropped(api: Api) -> None:
    """``{"sku": "ABC"}`` (the payload wrapper forgotten) is a 201 with an empty payload: the
    decoder drops ``sku`` and an absent payload becomes ``{}`` (api/huma_bridge.go:220-221,
    api/trigger_intake.go:133-135); the server's own test sends an unknown
    ``idempotency_key`` body field and expects 201 (api/idempotency_test.go:2246-2253)."""
    job = api.job()
    response = api.trigger(job["id"], {"sku": "ABC"})
    assert response.status_code == 201, response.text
    assert api.run(response.json()["id"])["payload"] == {}
    keyed = api.trigger(job["id"], {"payload": {"n": 1}, "idempotency_key": "body-key"})
    assert keyed.status_code == 201, keyed.text
    assert keyed.json()["idempotency_hit"] is False
    assert api.run(keyed.json()["id"])["payload"] == {"n": 1}


def test_unknown_fields_are_dropped_on_create_and_bulk_trigger(api: Api) -> None:
    """Creating a job and bulk-triggering ignore unknown fields at every level the same way
    (api/huma_bridge.go:220-221): nothing of them is stored or echoed."""
    job = api.job(bogus=1)
    assert "bogus" not in job
    assert "bogus" not in api.ok("GET", f"/v1/jobs/{job['id']}")
    bulk = api("POST", f"/v1/jobs/{job['id']}/trigger/bulk", {"items": [{"payload": {}, "sku": 1}], "x": 2})
    assert bulk.status_code == 201, bulk.text
