"""Batch operations through the sync client (server: ``api/bulk_trigger.go:63-101``,
``store/batch_operations.go``, ``api/batch_operations.go`` at ac094a3c8)."""

from __future__ import annotations

import pytest

from strait import NotFoundError
from strait.local import LocalStrait

from ._ops_helpers import later, make_job


def test_bulk_trigger_leaves_a_batch_operation(local_strait: LocalStrait) -> None:
    """item_count counts every item, created_count the runs created (not idempotency
    hits); finished_at is set when the bulk trigger ends (api/bulk_trigger.go:63-101,
    store/batch_operations.go:13-40)."""
    with local_strait.client() as client:
        job = make_job(client, local_strait, "http://127.0.0.1:9/run")
        items = [
            {"payload": {"n": 1}, "idempotency_key": "k1", "scheduled_at": later()},
            {"payload": {"n": 1}, "idempotency_key": "k1", "scheduled_at": later()},
        ]
        answer = client.jobs.bulk_trigger(job["id"], {"items": items})
        op = client.batch_operations.get(answer["batch_id"])
        assert (op["job_id"], op["item_count"], op["created_count"]) == (job["id"], 2, 1)
        assert op["finished_at"] and op["created_by"].startswith("apikey:")
        assert [o["id"] for o in client.batch_operations.list()["data"]] == [answer["batch_id"]]


def test_unknown_batch_operation_is_404(local_strait: LocalStrait) -> None:
    """api/batch_operations.go:40-45."""
    with local_strait.client() as client, pytest.raises(NotFoundError, match="batch operation not found"):
        client.batch_operations.get("batch_missing")
