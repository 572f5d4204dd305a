from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_environment_request_variables import (
        CreateEnvironmentRequestVariables,
    )


T = TypeVar("T", bound="CreateEnvironmentRequest")


@_attrs_define
class CreateEnvironmentRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        slug (str):
        parent_id (str | Unset):
        variables (CreateEnvironmentRequestVariables | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "parent_id": "parent_id",
        "variables": "variables",
    }

    name: str
    project_id: str
    slug: str
    parent_id: str | Unset = UNSET
    variables: CreateEnvironmentRequestVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        slug = self.slug

        parent_id = self.parent_id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
                "slug": slug,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_environment_request_variables import (
            CreateEnvironmentRequestVariables,
        )

        d = dict(src_dict or {})
        name = d.pop("name")

        project_id = d.pop("project_id")

        slug = d.pop("slug")

        parent_id = d.pop("parent_id", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: CreateEnvironmentRequestVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CreateEnvironmentRequestVariables.from_dict(_variables)

        create_environment_request = cls(
            name=name,
            project_id=project_id,
            slug=slug,
            parent_id=parent_id,
            variables=variables,
        )

        return create_environment_request
