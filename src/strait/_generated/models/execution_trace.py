from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ExecutionTrace")


@_attrs_define
class ExecutionTrace(WireMapping):
    """
    Attributes:
        connect_ms (int):
        dequeue_ms (int):
        dispatch_ms (int):
        queue_wait_ms (int):
        total_ms (int):
        transfer_ms (int):
        ttfb_ms (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "connect_ms": "connect_ms",
        "dequeue_ms": "dequeue_ms",
        "dispatch_ms": "dispatch_ms",
        "queue_wait_ms": "queue_wait_ms",
        "total_ms": "total_ms",
        "transfer_ms": "transfer_ms",
        "ttfb_ms": "ttfb_ms",
    }

    connect_ms: int
    dequeue_ms: int
    dispatch_ms: int
    queue_wait_ms: int
    total_ms: int
    transfer_ms: int
    ttfb_ms: int

    def to_dict(self) -> dict[str, Any]:
        connect_ms = self.connect_ms

        dequeue_ms = self.dequeue_ms

        dispatch_ms = self.dispatch_ms

        queue_wait_ms = self.queue_wait_ms

        total_ms = self.total_ms

        transfer_ms = self.transfer_ms

        ttfb_ms = self.ttfb_ms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "connect_ms": connect_ms,
                "dequeue_ms": dequeue_ms,
                "dispatch_ms": dispatch_ms,
                "queue_wait_ms": queue_wait_ms,
                "total_ms": total_ms,
                "transfer_ms": transfer_ms,
                "ttfb_ms": ttfb_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        connect_ms = d["connect_ms"]

        dequeue_ms = d["dequeue_ms"]

        dispatch_ms = d["dispatch_ms"]

        queue_wait_ms = d["queue_wait_ms"]

        total_ms = d["total_ms"]

        transfer_ms = d["transfer_ms"]

        ttfb_ms = d["ttfb_ms"]

        execution_trace = cls(
            connect_ms=connect_ms,
            dequeue_ms=dequeue_ms,
            dispatch_ms=dispatch_ms,
            queue_wait_ms=queue_wait_ms,
            total_ms=total_ms,
            transfer_ms=transfer_ms,
            ttfb_ms=ttfb_ms,
        )

        return execution_trace
