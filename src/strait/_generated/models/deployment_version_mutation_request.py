from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="DeploymentVersionMutationRequest")


@_attrs_define
class DeploymentVersionMutationRequest(WireMapping):
    """
    Attributes:
        environment (str):
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "environment": "environment",
        "project_id": "project_id",
    }

    environment: str
    project_id: str

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "environment": environment,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        environment = d["environment"]

        project_id = d["project_id"]

        deployment_version_mutation_request = cls(
            environment=environment,
            project_id=project_id,
        )

        return deployment_version_mutation_request
