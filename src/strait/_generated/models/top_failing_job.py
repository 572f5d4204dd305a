from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TopFailingJob")


@_attrs_define
class TopFailingJob(WireMapping):
    """
    Attributes:
        failed_count (int):
        failure_rate (float):
        job_id (str):
        slug (str):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "failed_count": "failed_count",
        "failure_rate": "failure_rate",
        "job_id": "job_id",
        "slug": "slug",
        "total": "total",
    }

    failed_count: int
    failure_rate: float
    job_id: str
    slug: str
    total: int

    def to_dict(self) -> dict[str, Any]:
        failed_count = self.failed_count

        failure_rate = self.failure_rate

        job_id = self.job_id

        slug = self.slug

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed_count": failed_count,
                "failure_rate": failure_rate,
                "job_id": job_id,
                "slug": slug,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        failed_count = d["failed_count"]

        failure_rate = d["failure_rate"]

        job_id = d["job_id"]

        slug = d["slug"]

        total = d["total"]

        top_failing_job = cls(
            failed_count=failed_count,
            failure_rate=failure_rate,
            job_id=job_id,
            slug=slug,
            total=total,
        )

        return top_failing_job
