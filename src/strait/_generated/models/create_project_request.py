from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CreateProjectRequest")


@_attrs_define
class CreateProjectRequest(WireMapping):
    """
    Attributes:
        id (str):
        name (str):
        org_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "org_id": "org_id",
    }

    id: str
    name: str
    org_id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        org_id = self.org_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "org_id": org_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        id = d["id"]

        name = d["name"]

        org_id = d["org_id"]

        create_project_request = cls(
            id=id,
            name=name,
            org_id=org_id,
        )

        return create_project_request
