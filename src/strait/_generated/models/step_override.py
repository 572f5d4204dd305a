from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="StepOverride")


@_attrs_define
class StepOverride(WireMapping):
    """
    Attributes:
        enabled (bool | Unset):
        step_ref (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "enabled": "enabled",
        "step_ref": "step_ref",
    }

    enabled: bool | Unset = UNSET
    step_ref: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        step_ref = self.step_ref

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if step_ref is not UNSET:
            field_dict["step_ref"] = step_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        enabled = d.get("enabled", UNSET)

        step_ref = d.get("step_ref", UNSET)

        step_override = cls(
            enabled=enabled,
            step_ref=step_ref,
        )

        return step_override
