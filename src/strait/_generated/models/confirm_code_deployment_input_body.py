from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ConfirmCodeDeploymentInputBody")


@_attrs_define
class ConfirmCodeDeploymentInputBody(WireMapping):
    """
    Attributes:
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "project_id": "project_id",
    }

    project_id: str

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        project_id = d["project_id"]

        confirm_code_deployment_input_body = cls(
            project_id=project_id,
        )

        return confirm_code_deployment_input_body
