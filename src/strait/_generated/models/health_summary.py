from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="HealthSummary")


@_attrs_define
class HealthSummary(WireMapping):
    """
    Attributes:
        active_jobs (int):
        avg_duration_secs (float):
        queue_depth (int):
        success_rate (float):
        total_jobs (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "active_jobs": "active_jobs",
        "avg_duration_secs": "avg_duration_secs",
        "queue_depth": "queue_depth",
        "success_rate": "success_rate",
        "total_jobs": "total_jobs",
    }

    active_jobs: int
    avg_duration_secs: float
    queue_depth: int
    success_rate: float
    total_jobs: int

    def to_dict(self) -> dict[str, Any]:
        active_jobs = self.active_jobs

        avg_duration_secs = self.avg_duration_secs

        queue_depth = self.queue_depth

        success_rate = self.success_rate

        total_jobs = self.total_jobs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "active_jobs": active_jobs,
                "avg_duration_secs": avg_duration_secs,
                "queue_depth": queue_depth,
                "success_rate": success_rate,
                "total_jobs": total_jobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        active_jobs = d["active_jobs"]

        avg_duration_secs = d["avg_duration_secs"]

        queue_depth = d["queue_depth"]

        success_rate = d["success_rate"]

        total_jobs = d["total_jobs"]

        health_summary = cls(
            active_jobs=active_jobs,
            avg_duration_secs=avg_duration_secs,
            queue_depth=queue_depth,
            success_rate=success_rate,
            total_jobs=total_jobs,
        )

        return health_summary
