from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ActiveVersion")


@_attrs_define
class ActiveVersion(WireMapping):
    """
    Attributes:
        paused (int):
        pending (int):
        running (int):
        total (int):
        version (int):
        version_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "paused": "paused",
        "pending": "pending",
        "running": "running",
        "total": "total",
        "version": "version",
        "version_id": "version_id",
    }

    paused: int
    pending: int
    running: int
    total: int
    version: int
    version_id: str

    def to_dict(self) -> dict[str, Any]:
        paused = self.paused

        pending = self.pending

        running = self.running

        total = self.total

        version = self.version

        version_id = self.version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paused": paused,
                "pending": pending,
                "running": running,
                "total": total,
                "version": version,
                "version_id": version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        paused = d["paused"]

        pending = d["pending"]

        running = d["running"]

        total = d["total"]

        version = d["version"]

        version_id = d["version_id"]

        active_version = cls(
            paused=paused,
            pending=pending,
            running=running,
            total=total,
            version=version,
            version_id=version_id,
        )

        return active_version
