"""Batch operations: the record each bulk trigger leaves (``api/bulk_trigger.go:63-101``,
``store/batch_operations.go``, ``api/batch_operations.go``)."""

from __future__ import annotations

from ._emulator import json_ok, operation
from ._http import Call, Reply
from ._ops_common import owned_record, records, stamp, table

__all__ = ["record_batch_operation"]


def record_batch_operation(call: Call, job_id: str, batch_id: str, item_count: int, created: int) -> None:
    """A finished bulk trigger: its item count, the runs it created, by whom."""
    now = stamp(call.emu)
    table(call.emu, "batch_operations")[batch_id] = {
        "id": batch_id,
        "project_id": call.project_id,
        "job_id": job_id,
        "item_count": item_count,
        "created_count": created,
        "created_by": "apikey:" + call.key_id,
        "created_at": now,
        "finished_at": now,
    }


@operation("list-batch-operations")
def list_batch_operations(call: Call) -> Reply:
    mine = [op for op in table(call.emu, "batch_operations").values() if op["project_id"] == call.project_id]
    return json_ok(records(call, mine))


@operation("get-batch-operation")
def get_batch_operation(call: Call) -> Reply:
    return json_ok(owned_record(call, "batch_operations", call.params["batchID"], "batch operation"))
