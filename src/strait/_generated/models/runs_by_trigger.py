from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunsByTrigger")


@_attrs_define
class RunsByTrigger(WireMapping):
    """
    Attributes:
        avg_duration_ms (float):
        completed (int):
        failed (int):
        total (int):
        trigger_type (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_ms": "avg_duration_ms",
        "completed": "completed",
        "failed": "failed",
        "total": "total",
        "trigger_type": "trigger_type",
    }

    avg_duration_ms: float
    completed: int
    failed: int
    total: int
    trigger_type: str

    def to_dict(self) -> dict[str, Any]:
        avg_duration_ms = self.avg_duration_ms

        completed = self.completed

        failed = self.failed

        total = self.total

        trigger_type = self.trigger_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_ms": avg_duration_ms,
                "completed": completed,
                "failed": failed,
                "total": total,
                "trigger_type": trigger_type,
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

        total = d["total"]

        trigger_type = d["trigger_type"]

        runs_by_trigger = cls(
            avg_duration_ms=avg_duration_ms,
            completed=completed,
            failed=failed,
            total=total,
            trigger_type=trigger_type,
        )

        return runs_by_trigger
