from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..models.create_code_deployment_request_runtime import (
    CreateCodeDeploymentRequestRuntime,
    check_create_code_deployment_request_runtime,
)
from ..types import WireMapping

T = TypeVar("T", bound="CreateCodeDeploymentRequest")


@_attrs_define
class CreateCodeDeploymentRequest(WireMapping):
    """
    Attributes:
        job_id (str):
        project_id (str):
        runtime (CreateCodeDeploymentRequestRuntime):
        source_hash (str):
        source_size_bytes (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "job_id": "job_id",
        "project_id": "project_id",
        "runtime": "runtime",
        "source_hash": "source_hash",
        "source_size_bytes": "source_size_bytes",
    }

    job_id: str
    project_id: str
    runtime: CreateCodeDeploymentRequestRuntime
    source_hash: str
    source_size_bytes: int

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        project_id = self.project_id

        runtime: str = self.runtime

        source_hash = self.source_hash

        source_size_bytes = self.source_size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_id": job_id,
                "project_id": project_id,
                "runtime": runtime,
                "source_hash": source_hash,
                "source_size_bytes": source_size_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        job_id = d["job_id"]

        project_id = d["project_id"]

        runtime = check_create_code_deployment_request_runtime(d["runtime"])

        source_hash = d["source_hash"]

        source_size_bytes = d["source_size_bytes"]

        create_code_deployment_request = cls(
            job_id=job_id,
            project_id=project_id,
            runtime=runtime,
            source_hash=source_hash,
            source_size_bytes=source_size_bytes,
        )

        return create_code_deployment_request
