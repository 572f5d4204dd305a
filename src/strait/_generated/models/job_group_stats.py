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
    from ..models.job_group_stats_run_counts_type_0 import JobGroupStatsRunCountsType0

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, JobGroupStatsRunCountsType0
    from ..models.job_group_stats_run_counts_type_0 import JobGroupStatsRunCountsType0

    _lazy_pending = False


T = TypeVar("T", bound="JobGroupStats")


@_attrs_define
class JobGroupStats(WireMapping):
    """
    Attributes:
        group_id (str):
        run_counts (JobGroupStatsRunCountsType0 | None):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "group_id": "group_id",
        "run_counts": "run_counts",
    }

    group_id: str
    run_counts: JobGroupStatsRunCountsType0 | None

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_group_stats_run_counts_type_0 import (
            JobGroupStatsRunCountsType0,
        )

        group_id = self.group_id

        run_counts: dict[str, Any] | None
        if isinstance(self.run_counts, JobGroupStatsRunCountsType0):
            run_counts = self.run_counts.to_dict()
        else:
            run_counts = self.run_counts

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group_id": group_id,
                "run_counts": run_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        group_id = d["group_id"]

        def _parse_run_counts(data: object) -> JobGroupStatsRunCountsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_counts_type_0 = JobGroupStatsRunCountsType0.from_dict(data)

                return run_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobGroupStatsRunCountsType0 | None, data)

        run_counts = _parse_run_counts(d["run_counts"])

        job_group_stats = cls(
            group_id=group_id,
            run_counts=run_counts,
        )

        return job_group_stats
