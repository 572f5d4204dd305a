from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobPerformance")


@_attrs_define
class JobPerformance(WireMapping):
    """
    Attributes:
        avg_duration_secs (float):
        failed_runs (int):
        job_id (str):
        job_slug (str):
        p95_duration_secs (float):
        total_runs (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_secs": "avg_duration_secs",
        "failed_runs": "failed_runs",
        "job_id": "job_id",
        "job_slug": "job_slug",
        "p95_duration_secs": "p95_duration_secs",
        "total_runs": "total_runs",
    }

    avg_duration_secs: float
    failed_runs: int
    job_id: str
    job_slug: str
    p95_duration_secs: float
    total_runs: int

    def to_dict(self) -> dict[str, Any]:
        avg_duration_secs = self.avg_duration_secs

        failed_runs = self.failed_runs

        job_id = self.job_id

        job_slug = self.job_slug

        p95_duration_secs = self.p95_duration_secs

        total_runs = self.total_runs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_secs": avg_duration_secs,
                "failed_runs": failed_runs,
                "job_id": job_id,
                "job_slug": job_slug,
                "p95_duration_secs": p95_duration_secs,
                "total_runs": total_runs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_duration_secs = d["avg_duration_secs"]

        failed_runs = d["failed_runs"]

        job_id = d["job_id"]

        job_slug = d["job_slug"]

        p95_duration_secs = d["p95_duration_secs"]

        total_runs = d["total_runs"]

        job_performance = cls(
            avg_duration_secs=avg_duration_secs,
            failed_runs=failed_runs,
            job_id=job_id,
            job_slug=job_slug,
            p95_duration_secs=p95_duration_secs,
            total_runs=total_runs,
        )

        return job_performance
