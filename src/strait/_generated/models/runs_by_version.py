from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunsByVersion")


@_attrs_define
class RunsByVersion(WireMapping):
    """
    Attributes:
        avg_duration_ms (float):
        completed (int):
        failed (int):
        total (int):
        version_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "avg_duration_ms": "avg_duration_ms",
        "completed": "completed",
        "failed": "failed",
        "total": "total",
        "version_id": "version_id",
    }

    avg_duration_ms: float
    completed: int
    failed: int
    total: int
    version_id: str

    def to_dict(self) -> dict[str, Any]:
        avg_duration_ms = self.avg_duration_ms

        completed = self.completed

        failed = self.failed

        total = self.total

        version_id = self.version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "avg_duration_ms": avg_duration_ms,
                "completed": completed,
                "failed": failed,
                "total": total,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        avg_duration_ms = d["avg_duration_ms"]

        completed = d["completed"]

        failed = d["failed"]

        total = d["total"]

        version_id = d["version_id"]

        runs_by_version = cls(
            avg_duration_ms=avg_duration_ms,
            completed=completed,
            failed=failed,
            total=total,
            version_id=version_id,
        )

        return runs_by_version
