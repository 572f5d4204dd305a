from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.health_summary import HealthSummary
    from ..models.job_performance import JobPerformance
    from ..models.throughput_stats import ThroughputStats

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, HealthSummary, JobPerformance, ThroughputStats
    from ..models.health_summary import HealthSummary
    from ..models.job_performance import JobPerformance
    from ..models.throughput_stats import ThroughputStats

    _lazy_pending = False


T = TypeVar("T", bound="PerformanceAnalytics")


@_attrs_define
class PerformanceAnalytics(WireMapping):
    """
    Attributes:
        health_summary (HealthSummary):
        slowest_jobs (list[JobPerformance] | None):
        throughput (ThroughputStats):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "health_summary": "health_summary",
        "slowest_jobs": "slowest_jobs",
        "throughput": "throughput",
    }

    health_summary: HealthSummary
    slowest_jobs: list[JobPerformance] | None
    throughput: ThroughputStats

    def to_dict(self) -> dict[str, Any]:
        health_summary = self.health_summary.to_dict()

        slowest_jobs: list[dict[str, Any]] | None
        if isinstance(self.slowest_jobs, list):
            slowest_jobs = []
            for slowest_jobs_type_0_item_data in self.slowest_jobs:
                slowest_jobs_type_0_item = slowest_jobs_type_0_item_data.to_dict()
                slowest_jobs.append(slowest_jobs_type_0_item)

        else:
            slowest_jobs = self.slowest_jobs

        throughput = self.throughput.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "health_summary": health_summary,
                "slowest_jobs": slowest_jobs,
                "throughput": throughput,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        health_summary = HealthSummary.from_dict(d["health_summary"])

        def _parse_slowest_jobs(data: object) -> list[JobPerformance] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                slowest_jobs_type_0 = []
                _slowest_jobs_type_0 = data
                for slowest_jobs_type_0_item_data in _slowest_jobs_type_0 or []:
                    slowest_jobs_type_0_item = JobPerformance.from_dict(
                        slowest_jobs_type_0_item_data
                    )

                    slowest_jobs_type_0.append(slowest_jobs_type_0_item)

                return slowest_jobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JobPerformance] | None, data)

        slowest_jobs = _parse_slowest_jobs(d["slowest_jobs"])

        throughput = ThroughputStats.from_dict(d["throughput"])

        performance_analytics = cls(
            health_summary=health_summary,
            slowest_jobs=slowest_jobs,
            throughput=throughput,
        )

        return performance_analytics
