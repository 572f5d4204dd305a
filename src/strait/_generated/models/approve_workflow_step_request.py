from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ApproveWorkflowStepRequest")


@_attrs_define
class ApproveWorkflowStepRequest(WireMapping):
    """
    Attributes:
        approver (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "approver": "approver",
    }

    approver: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approver = self.approver

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if approver is not UNSET:
            field_dict["approver"] = approver

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        approver = d.get("approver", UNSET)

        approve_workflow_step_request = cls(
            approver=approver,
        )

        return approve_workflow_step_request
