from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostByJob")


@_attrs_define
class CostByJob(WireMapping):
    """
    Attributes:
        cost_microusd (int):
        job_id (str):
        job_slug (str):
        run_count (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost_microusd": "cost_microusd",
        "job_id": "job_id",
        "job_slug": "job_slug",
        "run_count": "run_count",
    }

    cost_microusd: int
    job_id: str
    job_slug: str
    run_count: int

    def to_dict(self) -> dict[str, Any]:
        cost_microusd = self.cost_microusd

        job_id = self.job_id

        job_slug = self.job_slug

        run_count = self.run_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_microusd": cost_microusd,
                "job_id": job_id,
                "job_slug": job_slug,
                "run_count": run_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost_microusd = d["cost_microusd"]

        job_id = d["job_id"]

        job_slug = d["job_slug"]

        run_count = d["run_count"]

        cost_by_job = cls(
            cost_microusd=cost_microusd,
            job_id=job_id,
            job_slug=job_slug,
            run_count=run_count,
        )

        return cost_by_job
