from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostOutlier")


@_attrs_define
class CostOutlier(WireMapping):
    """
    Attributes:
        avg_cost_microusd (float):
        cost_microusd (int):
        deviations_above_avg (float):
        job_id (str):
        run_id (str):
        stddev_cost_microusd (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_cost_microusd": "avg_cost_microusd",
        "cost_microusd": "cost_microusd",
        "deviations_above_avg": "deviations_above_avg",
        "job_id": "job_id",
        "run_id": "run_id",
        "stddev_cost_microusd": "stddev_cost_microusd",
    }

    avg_cost_microusd: float
    cost_microusd: int
    deviations_above_avg: float
    job_id: str
    run_id: str
    stddev_cost_microusd: float

    def to_dict(self) -> dict[str, Any]:
        avg_cost_microusd = self.avg_cost_microusd

        cost_microusd = self.cost_microusd

        deviations_above_avg = self.deviations_above_avg

        job_id = self.job_id

        run_id = self.run_id

        stddev_cost_microusd = self.stddev_cost_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_cost_microusd": avg_cost_microusd,
                "cost_microusd": cost_microusd,
                "deviations_above_avg": deviations_above_avg,
                "job_id": job_id,
                "run_id": run_id,
                "stddev_cost_microusd": stddev_cost_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_cost_microusd = d["avg_cost_microusd"]

        cost_microusd = d["cost_microusd"]

        deviations_above_avg = d["deviations_above_avg"]

        job_id = d["job_id"]

        run_id = d["run_id"]

        stddev_cost_microusd = d["stddev_cost_microusd"]

        cost_outlier = cls(
            avg_cost_microusd=avg_cost_microusd,
            cost_microusd=cost_microusd,
            deviations_above_avg=deviations_above_avg,
            job_id=job_id,
            run_id=run_id,
            stddev_cost_microusd=stddev_cost_microusd,
        )

        return cost_outlier
