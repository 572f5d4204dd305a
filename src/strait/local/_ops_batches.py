"""Batch operations: the record each bulk trigger leaves (``api/bulk_trigger.go:63-101``,
``store/batch_operations.go``, ``api/batch_operations.go``)."""

from __future__ import annotations

from ._emulator import operation
from ._http import Call, lister, reader
from ._model import BatchOperation

__all__ = ["record_batch_operation"]


def record_batch_operation(call: Call, job_id: str, batch_id: str, item_count: int, created: int) -> None:
    """A finished bulk trigger: its item count, the runs it created, by whom."""
    who, now = "apikey:" + call.key_id, call.emu.clock.stamp()
    operation = BatchOperation(batch_id, call.project_id, job_id, item_count, created, who, now)
    call.emu.state.batch_operations[batch_id] = operation


operation("list-batch-operations")(lister(lambda emu: emu.state.batch_operations, BatchOperation.wire))


def _find(call: Call) -> BatchOperation:
    return call.owned(call.emu.state.batch_operations, call.params["batchID"], "batch operation")


operation("get-batch-operation")(reader(_find, BatchOperation.wire))
