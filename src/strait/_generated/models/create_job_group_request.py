from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateJobGroupRequest")


@_attrs_define
class CreateJobGroupRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        slug (str):
        description (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "description": "description",
    }

    name: str
    project_id: str
    slug: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        slug = self.slug

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
                "slug": slug,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        description = d.get("description", UNSET)

        create_job_group_request = cls(
            name=name,
            project_id=project_id,
            slug=slug,
            description=description,
        )

        return create_job_group_request
