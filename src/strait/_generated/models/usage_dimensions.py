from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.usage_dimension import UsageDimension

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, UsageDimension
    from ..models.usage_dimension import UsageDimension

    _lazy_pending = False


T = TypeVar("T", bound="UsageDimensions")


@_attrs_define
class UsageDimensions(WireMapping):
    """
    Attributes:
        concurrent_runs (UsageDimension):
        members (UsageDimension):
        monthly_runs (UsageDimension):
        projects (UsageDimension):
        retention_days (int):
        runs_today (UsageDimension):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "concurrent_runs": "concurrent_runs",
        "members": "members",
        "monthly_runs": "monthly_runs",
        "projects": "projects",
        "retention_days": "retention_days",
        "runs_today": "runs_today",
    }

    concurrent_runs: UsageDimension
    members: UsageDimension
    monthly_runs: UsageDimension
    projects: UsageDimension
    retention_days: int
    runs_today: UsageDimension

    def to_dict(self) -> dict[str, Any]:
        concurrent_runs = self.concurrent_runs.to_dict()

        members = self.members.to_dict()

        monthly_runs = self.monthly_runs.to_dict()

        projects = self.projects.to_dict()

        retention_days = self.retention_days

        runs_today = self.runs_today.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "concurrent_runs": concurrent_runs,
                "members": members,
                "monthly_runs": monthly_runs,
                "projects": projects,
                "retention_days": retention_days,
                "runs_today": runs_today,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        concurrent_runs = UsageDimension.from_dict(d["concurrent_runs"])

        members = UsageDimension.from_dict(d["members"])

        monthly_runs = UsageDimension.from_dict(d["monthly_runs"])

        projects = UsageDimension.from_dict(d["projects"])

        retention_days = d["retention_days"]

        runs_today = UsageDimension.from_dict(d["runs_today"])

        usage_dimensions = cls(
            concurrent_runs=concurrent_runs,
            members=members,
            monthly_runs=monthly_runs,
            projects=projects,
            retention_days=retention_days,
            runs_today=runs_today,
        )

        return usage_dimensions
