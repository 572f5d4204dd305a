from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobComparison")


@_attrs_define
class JobComparison(WireMapping):
    """
    Attributes:
        avg_duration_ms (float):
        cost (int):
        job_id (str):
        slug (str):
        success_rate (float):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_ms": "avg_duration_ms",
        "cost": "cost",
        "job_id": "job_id",
        "slug": "slug",
        "success_rate": "success_rate",
        "total": "total",
    }

    avg_duration_ms: float
    cost: int
    job_id: str
    slug: str
    success_rate: float
    total: int

    def to_dict(self) -> dict[str, Any]:
        avg_duration_ms = self.avg_duration_ms

        cost = self.cost

        job_id = self.job_id

        slug = self.slug

        success_rate = self.success_rate

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_ms": avg_duration_ms,
                "cost": cost,
                "job_id": job_id,
                "slug": slug,
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

        cost = d["cost"]

        job_id = d["job_id"]

        slug = d["slug"]

        success_rate = d["success_rate"]

        total = d["total"]

        job_comparison = cls(
            avg_duration_ms=avg_duration_ms,
            cost=cost,
            job_id=job_id,
            slug=slug,
            success_rate=success_rate,
            total=total,
        )

        return job_comparison
