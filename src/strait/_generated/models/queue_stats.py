from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="QueueStats")


@_attrs_define
class QueueStats(WireMapping):
    """
    Attributes:
        delayed (int):
        executing (int):
        queued (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "delayed": "delayed",
        "executing": "executing",
        "queued": "queued",
    }

    delayed: int
    executing: int
    queued: int

    def to_dict(self) -> dict[str, Any]:
        delayed = self.delayed

        executing = self.executing

        queued = self.queued

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delayed": delayed,
                "executing": executing,
                "queued": queued,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        delayed = d["delayed"]

        executing = d["executing"]

        queued = d["queued"]

        queue_stats = cls(
            delayed=delayed,
            executing=executing,
            queued=queued,
        )

        return queue_stats
