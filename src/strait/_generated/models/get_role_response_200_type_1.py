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
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.project_role import ProjectRole

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ProjectRole
    from ..models.project_role import ProjectRole

    _lazy_pending = False


T = TypeVar("T", bound="GetRoleResponse200Type1")


@_attrs_define
class GetRoleResponse200Type1(WireMapping):
    """
    Attributes:
        lineage (list[ProjectRole]):
        role (ProjectRole):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "lineage": "lineage",
        "role": "role",
    }

    lineage: list[ProjectRole]
    role: ProjectRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lineage = []
        for lineage_item_data in self.lineage:
            lineage_item = lineage_item_data.to_dict()
            lineage.append(lineage_item)

        role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineage": lineage,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        lineage = []
        _lineage = d.pop("lineage")
        for lineage_item_data in _lineage or []:
            lineage_item = ProjectRole.from_dict(lineage_item_data)

            lineage.append(lineage_item)

        role = ProjectRole.from_dict(d.pop("role"))

        get_role_response_200_type_1 = cls(
            lineage=lineage,
            role=role,
        )

        get_role_response_200_type_1.additional_properties = d
        return get_role_response_200_type_1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
