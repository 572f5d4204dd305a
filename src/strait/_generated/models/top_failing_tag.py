from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TopFailingTag")


@_attrs_define
class TopFailingTag(WireMapping):
    """
    Attributes:
        failed (int):
        failure_rate (float):
        tag_key (str):
        tag_value (str):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "failed": "failed",
        "failure_rate": "failure_rate",
        "tag_key": "tag_key",
        "tag_value": "tag_value",
        "total": "total",
    }

    failed: int
    failure_rate: float
    tag_key: str
    tag_value: str
    total: int

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        failure_rate = self.failure_rate

        tag_key = self.tag_key

        tag_value = self.tag_value

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed": failed,
                "failure_rate": failure_rate,
                "tag_key": tag_key,
                "tag_value": tag_value,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        failed = d["failed"]

        failure_rate = d["failure_rate"]

        tag_key = d["tag_key"]

        tag_value = d["tag_value"]

        total = d["total"]

        top_failing_tag = cls(
            failed=failed,
            failure_rate=failure_rate,
            tag_key=tag_key,
            tag_value=tag_value,
            total=total,
        )

        return top_failing_tag
