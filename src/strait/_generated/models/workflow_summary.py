from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="WorkflowSummary")


@_attrs_define
class WorkflowSummary(WireMapping):
    """
    Attributes:
        avg_duration_ms (float):
        completed (int):
        failed (int):
        success_rate (float):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_ms": "avg_duration_ms",
        "completed": "completed",
        "failed": "failed",
        "success_rate": "success_rate",
        "total": "total",
    }

    avg_duration_ms: float
    completed: int
    failed: int
    success_rate: float
    total: int

    def to_dict(self) -> dict[str, Any]:
        avg_duration_ms = self.avg_duration_ms

        completed = self.completed

        failed = self.failed

        success_rate = self.success_rate

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_ms": avg_duration_ms,
                "completed": completed,
                "failed": failed,
                "success_rate": success_rate,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_duration_ms = d["avg_duration_ms"]

        completed = d["completed"]

        failed = d["failed"]

        success_rate = d["success_rate"]

        total = d["total"]

        workflow_summary = cls(
            avg_duration_ms=avg_duration_ms,
            completed=completed,
            failed=failed,
            success_rate=success_rate,
            total=total,
        )

        return workflow_summary
