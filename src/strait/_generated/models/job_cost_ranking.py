from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobCostRanking")


@_attrs_define
class JobCostRanking(WireMapping):
    """
    Attributes:
        avg_cost_per_run (float):
        job_id (str):
        run_count (int):
        slug (str):
        total_cost (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_cost_per_run": "avg_cost_per_run",
        "job_id": "job_id",
        "run_count": "run_count",
        "slug": "slug",
        "total_cost": "total_cost",
    }

    avg_cost_per_run: float
    job_id: str
    run_count: int
    slug: str
    total_cost: int

    def to_dict(self) -> dict[str, Any]:
        avg_cost_per_run = self.avg_cost_per_run

        job_id = self.job_id

        run_count = self.run_count

        slug = self.slug

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_cost_per_run": avg_cost_per_run,
                "job_id": job_id,
                "run_count": run_count,
                "slug": slug,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_cost_per_run = d["avg_cost_per_run"]

        job_id = d["job_id"]

        run_count = d["run_count"]

        slug = d["slug"]

        total_cost = d["total_cost"]

        job_cost_ranking = cls(
            avg_cost_per_run=avg_cost_per_run,
            job_id=job_id,
            run_count=run_count,
            slug=slug,
            total_cost=total_cost,
        )

        return job_cost_ranking
