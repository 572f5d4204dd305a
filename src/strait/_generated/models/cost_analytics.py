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
    from ..models.cost_by_job import CostByJob

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CostByJob
    from ..models.cost_by_job import CostByJob

    _lazy_pending = False


T = TypeVar("T", bound="CostAnalytics")


@_attrs_define
class CostAnalytics(WireMapping):
    """
    Attributes:
        by_job (list[CostByJob] | None):
        run_count (int):
        total_spend_microusd (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "by_job": "by_job",
        "run_count": "run_count",
        "total_spend_microusd": "total_spend_microusd",
    }

    by_job: list[CostByJob] | None
    run_count: int
    total_spend_microusd: int

    def to_dict(self) -> dict[str, Any]:
        by_job: list[dict[str, Any]] | None
        if isinstance(self.by_job, list):
            by_job = []
            for by_job_type_0_item_data in self.by_job:
                by_job_type_0_item = by_job_type_0_item_data.to_dict()
                by_job.append(by_job_type_0_item)

        else:
            by_job = self.by_job

        run_count = self.run_count

        total_spend_microusd = self.total_spend_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "by_job": by_job,
                "run_count": run_count,
                "total_spend_microusd": total_spend_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_by_job(data: object) -> list[CostByJob] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                by_job_type_0 = []
                _by_job_type_0 = data
                for by_job_type_0_item_data in _by_job_type_0 or []:
                    by_job_type_0_item = CostByJob.from_dict(by_job_type_0_item_data)

                    by_job_type_0.append(by_job_type_0_item)

                return by_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CostByJob] | None, data)

        by_job = _parse_by_job(d["by_job"])

        run_count = d["run_count"]

        total_spend_microusd = d["total_spend_microusd"]

        cost_analytics = cls(
            by_job=by_job,
            run_count=run_count,
            total_spend_microusd=total_spend_microusd,
        )

        return cost_analytics
