from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ResourceImpact")


@_attrs_define
class ResourceImpact(WireMapping):
    """
    Attributes:
        action (str):
        current (int):
        limit (int):
        resource (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "current": "current",
        "limit": "limit",
        "resource": "resource",
    }

    action: str
    current: int
    limit: int
    resource: str

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        current = self.current

        limit = self.limit

        resource = self.resource

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "current": current,
                "limit": limit,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        action = d["action"]

        current = d["current"]

        limit = d["limit"]

        resource = d["resource"]

        resource_impact = cls(
            action=action,
            current=current,
            limit=limit,
            resource=resource,
        )

        return resource_impact
