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

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CreateEnvironmentRequestVariables
    from ..models.create_environment_request_variables import (
        CreateEnvironmentRequestVariables,
    )

    _lazy_pending = False


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
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        parent_id = d.get("parent_id", UNSET)

        _variables = d.get("variables", UNSET)
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
