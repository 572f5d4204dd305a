from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TopFailingEndpoint")


@_attrs_define
class TopFailingEndpoint(WireMapping):
    """
    Attributes:
        failed (int):
        failure_rate (float):
        last_error (str):
        total (int):
        url (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "failed": "failed",
        "failure_rate": "failure_rate",
        "last_error": "last_error",
        "total": "total",
        "url": "url",
    }

    failed: int
    failure_rate: float
    last_error: str
    total: int
    url: str

    def to_dict(self) -> dict[str, Any]:
        failed = self.failed

        failure_rate = self.failure_rate

        last_error = self.last_error

        total = self.total

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "failed": failed,
                "failure_rate": failure_rate,
                "last_error": last_error,
                "total": total,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        failed = d["failed"]

        failure_rate = d["failure_rate"]

        last_error = d["last_error"]

        total = d["total"]

        url = d["url"]

        top_failing_endpoint = cls(
            failed=failed,
            failure_rate=failure_rate,
            last_error=last_error,
            total=total,
            url=url,
        )

        return top_failing_endpoint
