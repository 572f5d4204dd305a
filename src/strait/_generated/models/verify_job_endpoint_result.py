from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="VerifyJobEndpointResult")


@_attrs_define
class VerifyJobEndpointResult(WireMapping):
    """
    Attributes:
        latency_ms (int):
        success (bool):
        error (str | Unset):
        status_code (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "latency_ms": "latency_ms",
        "success": "success",
        "error": "error",
        "status_code": "status_code",
    }

    latency_ms: int
    success: bool
    error: str | Unset = UNSET
    status_code: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        success = self.success

        error = self.error

        status_code = self.status_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latency_ms": latency_ms,
                "success": success,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        latency_ms = d["latency_ms"]

        success = d["success"]

        error = d.get("error", UNSET)

        status_code = d.get("status_code", UNSET)

        verify_job_endpoint_result = cls(
            latency_ms=latency_ms,
            success=success,
            error=error,
            status_code=status_code,
        )

        return verify_job_endpoint_result
