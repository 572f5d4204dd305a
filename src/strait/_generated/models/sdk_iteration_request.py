from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SdkIterationRequest")


@_attrs_define
class SdkIterationRequest(WireMapping):
    """
    Attributes:
        iteration (int):
        description (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "iteration": "iteration",
        "description": "description",
    }

    iteration: int
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        iteration = self.iteration

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "iteration": iteration,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        iteration = d["iteration"]

        description = d.get("description", UNSET)

        sdk_iteration_request = cls(
            iteration=iteration,
            description=description,
        )

        return sdk_iteration_request
