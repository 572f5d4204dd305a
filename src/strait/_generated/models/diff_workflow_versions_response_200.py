from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="DiffWorkflowVersionsResponse200")


@_attrs_define
class DiffWorkflowVersionsResponse200(WireMapping):
    """
    Attributes:
        added_steps (list[str]):
        from_version_id (str):
        removed_steps (list[str]):
        to_version_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "added_steps": "added_steps",
        "from_version_id": "from_version_id",
        "removed_steps": "removed_steps",
        "to_version_id": "to_version_id",
    }

    added_steps: list[str]
    from_version_id: str
    removed_steps: list[str]
    to_version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_steps = self.added_steps

        from_version_id = self.from_version_id

        removed_steps = self.removed_steps

        to_version_id = self.to_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "added_steps": added_steps,
                "from_version_id": from_version_id,
                "removed_steps": removed_steps,
                "to_version_id": to_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        added_steps = cast(list[str], d.pop("added_steps"))

        from_version_id = d.pop("from_version_id")

        removed_steps = cast(list[str], d.pop("removed_steps"))

        to_version_id = d.pop("to_version_id")

        diff_workflow_versions_response_200 = cls(
            added_steps=added_steps,
            from_version_id=from_version_id,
            removed_steps=removed_steps,
            to_version_id=to_version_id,
        )

        diff_workflow_versions_response_200.additional_properties = d
        return diff_workflow_versions_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
