from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunFailureReason")


@_attrs_define
class RunFailureReason(WireMapping):
    """
    Attributes:
        count (int):
        example_run_id (str):
        last_seen (str):
        message (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "count": "count",
        "example_run_id": "example_run_id",
        "last_seen": "last_seen",
        "message": "message",
    }

    count: int
    example_run_id: str
    last_seen: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        example_run_id = self.example_run_id

        last_seen = self.last_seen

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "example_run_id": example_run_id,
                "last_seen": last_seen,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        count = d["count"]

        example_run_id = d["example_run_id"]

        last_seen = d["last_seen"]

        message = d["message"]

        run_failure_reason = cls(
            count=count,
            example_run_id=example_run_id,
            last_seen=last_seen,
            message=message,
        )

        return run_failure_reason
