from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateDeploymentVersionRequest")


@_attrs_define
class CreateDeploymentVersionRequest(WireMapping):
    """
    Attributes:
        artifact_uri (str):
        environment (str):
        project_id (str):
        runtime (str):
        canary_duration (str | Unset):
        canary_percent (int | None | Unset):
        checksum (str | Unset):
        manifest (Any | Unset):
        strategy (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "artifact_uri": "artifact_uri",
        "environment": "environment",
        "project_id": "project_id",
        "runtime": "runtime",
        "canary_duration": "canary_duration",
        "canary_percent": "canary_percent",
        "checksum": "checksum",
        "manifest": "manifest",
        "strategy": "strategy",
    }

    artifact_uri: str
    environment: str
    project_id: str
    runtime: str
    canary_duration: str | Unset = UNSET
    canary_percent: int | None | Unset = UNSET
    checksum: str | Unset = UNSET
    manifest: Any | Unset = UNSET
    strategy: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        artifact_uri = self.artifact_uri

        environment = self.environment

        project_id = self.project_id

        runtime = self.runtime

        canary_duration = self.canary_duration

        canary_percent: int | None | Unset
        if isinstance(self.canary_percent, Unset):
            canary_percent = UNSET
        else:
            canary_percent = self.canary_percent

        checksum = self.checksum

        manifest = self.manifest

        strategy = self.strategy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "artifact_uri": artifact_uri,
                "environment": environment,
                "project_id": project_id,
                "runtime": runtime,
            }
        )
        if canary_duration is not UNSET:
            field_dict["canary_duration"] = canary_duration
        if canary_percent is not UNSET:
            field_dict["canary_percent"] = canary_percent
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if strategy is not UNSET:
            field_dict["strategy"] = strategy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        artifact_uri = d["artifact_uri"]

        environment = d["environment"]

        project_id = d["project_id"]

        runtime = d["runtime"]

        canary_duration = d.get("canary_duration", UNSET)

        def _parse_canary_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canary_percent = _parse_canary_percent(d.get("canary_percent", UNSET))

        checksum = d.get("checksum", UNSET)

        manifest = d.get("manifest", UNSET)

        strategy = d.get("strategy", UNSET)

        create_deployment_version_request = cls(
            artifact_uri=artifact_uri,
            environment=environment,
            project_id=project_id,
            runtime=runtime,
            canary_duration=canary_duration,
            canary_percent=canary_percent,
            checksum=checksum,
            manifest=manifest,
            strategy=strategy,
        )

        return create_deployment_version_request
