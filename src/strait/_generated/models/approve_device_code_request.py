from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ApproveDeviceCodeRequest")


@_attrs_define
class ApproveDeviceCodeRequest(WireMapping):
    """
    Attributes:
        project_id (str):
        user_code (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "project_id": "project_id",
        "user_code": "user_code",
    }

    project_id: str
    user_code: str

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        user_code = self.user_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_id": project_id,
                "user_code": user_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        project_id = d["project_id"]

        user_code = d["user_code"]

        approve_device_code_request = cls(
            project_id=project_id,
            user_code=user_code,
        )

        return approve_device_code_request
