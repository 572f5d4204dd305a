from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobHistoryBucket")


@_attrs_define
class JobHistoryBucket(WireMapping):
    """
    Attributes:
        avg_duration_ms (float):
        completed (int):
        failed (int):
        p95_duration_ms (float):
        period (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_ms": "avg_duration_ms",
        "completed": "completed",
        "failed": "failed",
        "p95_duration_ms": "p95_duration_ms",
        "period": "period",
    }

    avg_duration_ms: float
    completed: int
    failed: int
    p95_duration_ms: float
    period: str

    def to_dict(self) -> dict[str, Any]:
        avg_duration_ms = self.avg_duration_ms

        completed = self.completed

        failed = self.failed

        p95_duration_ms = self.p95_duration_ms

        period = self.period

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_ms": avg_duration_ms,
                "completed": completed,
                "failed": failed,
                "p95_duration_ms": p95_duration_ms,
                "period": period,
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

        p95_duration_ms = d["p95_duration_ms"]

        period = d["period"]

        job_history_bucket = cls(
            avg_duration_ms=avg_duration_ms,
            completed=completed,
            failed=failed,
            p95_duration_ms=p95_duration_ms,
            period=period,
        )

        return job_history_bucket
