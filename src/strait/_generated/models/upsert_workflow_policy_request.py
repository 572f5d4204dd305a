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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpsertWorkflowPolicyRequest")


@_attrs_define
class UpsertWorkflowPolicyRequest(WireMapping):
    """
    Attributes:
        forbidden_step_types (list[str] | Unset):
        max_depth (int | Unset):
        max_fan_out (int | Unset):
        require_approval_for_deploy (bool | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "forbidden_step_types": "forbidden_step_types",
        "max_depth": "max_depth",
        "max_fan_out": "max_fan_out",
        "require_approval_for_deploy": "require_approval_for_deploy",
    }

    forbidden_step_types: list[str] | Unset = UNSET
    max_depth: int | Unset = UNSET
    max_fan_out: int | Unset = UNSET
    require_approval_for_deploy: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        forbidden_step_types: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_step_types, Unset):
            forbidden_step_types = self.forbidden_step_types

        max_depth = self.max_depth

        max_fan_out = self.max_fan_out

        require_approval_for_deploy = self.require_approval_for_deploy

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if forbidden_step_types is not UNSET:
            field_dict["forbidden_step_types"] = forbidden_step_types
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_fan_out is not UNSET:
            field_dict["max_fan_out"] = max_fan_out
        if require_approval_for_deploy is not UNSET:
            field_dict["require_approval_for_deploy"] = require_approval_for_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        forbidden_step_types = cast(list[str], d.get("forbidden_step_types", UNSET))

        max_depth = d.get("max_depth", UNSET)

        max_fan_out = d.get("max_fan_out", UNSET)

        require_approval_for_deploy = d.get("require_approval_for_deploy", UNSET)

        upsert_workflow_policy_request = cls(
            forbidden_step_types=forbidden_step_types,
            max_depth=max_depth,
            max_fan_out=max_fan_out,
            require_approval_for_deploy=require_approval_for_deploy,
        )

        return upsert_workflow_policy_request
