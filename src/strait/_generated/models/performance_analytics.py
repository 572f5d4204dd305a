from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .health_summary import HealthSummary
    from .job_performance import JobPerformance
    from .throughput_stats import ThroughputStats


class PerformanceAnalytics(_m.StraitObject):
    """PerformanceAnalytics: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    health_summary: HealthSummary
    slowest_jobs: list[JobPerformance] | None
    throughput: ThroughputStats

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            health_summary: HealthSummary | Mapping[str, Any] = ...,
            slowest_jobs: Sequence[JobPerformance | Mapping[str, Any]] | None = ...,
            throughput: ThroughputStats | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "health_summary": (
            "health_summary",
            _m.Model("health_summary", "HealthSummary"),
        ),
        "slowest_jobs": (
            "slowest_jobs",
            _m.Union(_m.ListOf(_m.Model("job_performance", "JobPerformance")), _m.NONE),
        ),
        "throughput": ("throughput", _m.Model("throughput_stats", "ThroughputStats")),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "health_summary",
        "slowest_jobs",
        "throughput",
    )
    _closed: ClassVar[bool] = True


__all__ = ["PerformanceAnalytics"]
