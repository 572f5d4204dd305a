from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CloneWorkflowRequest")


@_attrs_define
class CloneWorkflowRequest(WireMapping):
    """
    Attributes:
        name (str | Unset):
        project_id (str | Unset):
        slug (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
    }

    name: str | Unset = UNSET
    project_id: str | Unset = UNSET
    slug: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        slug = self.slug

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d.get("name", UNSET)

        project_id = d.get("project_id", UNSET)

        slug = d.get("slug", UNSET)

        clone_workflow_request = cls(
            name=name,
            project_id=project_id,
            slug=slug,
        )

        return clone_workflow_request
