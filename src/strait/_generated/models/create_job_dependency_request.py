from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateJobDependencyRequest")


@_attrs_define
class CreateJobDependencyRequest(WireMapping):
    """
    Attributes:
        depends_on_job_id (str):
        condition (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "depends_on_job_id": "depends_on_job_id",
        "condition": "condition",
    }

    depends_on_job_id: str
    condition: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        depends_on_job_id = self.depends_on_job_id

        condition = self.condition

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "depends_on_job_id": depends_on_job_id,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        depends_on_job_id = d["depends_on_job_id"]

        condition = d.get("condition", UNSET)

        create_job_dependency_request = cls(
            depends_on_job_id=depends_on_job_id,
            condition=condition,
        )

        return create_job_dependency_request
