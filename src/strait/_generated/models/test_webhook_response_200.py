from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="TestWebhookResponse200")


@_attrs_define
class TestWebhookResponse200(WireMapping):
    """
    Attributes:
        latency_ms (int):
        success (bool):
        error (str | Unset):
        response_body (str | Unset):
        status_code (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "latency_ms": "latency_ms",
        "success": "success",
        "error": "error",
        "response_body": "response_body",
        "status_code": "status_code",
    }

    latency_ms: int
    success: bool
    error: str | Unset = UNSET
    response_body: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        success = self.success

        error = self.error

        response_body = self.response_body

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latency_ms": latency_ms,
                "success": success,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if response_body is not UNSET:
            field_dict["response_body"] = response_body
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        latency_ms = d.pop("latency_ms")

        success = d.pop("success")

        error = d.pop("error", UNSET)

        response_body = d.pop("response_body", UNSET)

        status_code = d.pop("status_code", UNSET)

        test_webhook_response_200 = cls(
            latency_ms=latency_ms,
            success=success,
            error=error,
            response_body=response_body,
            status_code=status_code,
        )

        test_webhook_response_200.additional_properties = d
        return test_webhook_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
