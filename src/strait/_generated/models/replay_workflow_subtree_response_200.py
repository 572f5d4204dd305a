from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="ReplayWorkflowSubtreeResponse200")


@_attrs_define
class ReplayWorkflowSubtreeResponse200(WireMapping):
    """
    Attributes:
        reset_steps (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "reset_steps": "reset_steps",
    }

    reset_steps: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reset_steps = self.reset_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reset_steps": reset_steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        reset_steps = d.pop("reset_steps")

        replay_workflow_subtree_response_200 = cls(
            reset_steps=reset_steps,
        )

        replay_workflow_subtree_response_200.additional_properties = d
        return replay_workflow_subtree_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
