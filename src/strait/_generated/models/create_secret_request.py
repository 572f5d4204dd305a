from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateSecretRequest")


@_attrs_define
class CreateSecretRequest(WireMapping):
    """
    Attributes:
        project_id (str):
        secret_key (str):
        value (str):
        environment (str | Unset):
        job_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "project_id": "project_id",
        "secret_key": "secret_key",
        "value": "value",
        "environment": "environment",
        "job_id": "job_id",
    }

    project_id: str
    secret_key: str
    value: str
    environment: str | Unset = UNSET
    job_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        secret_key = self.secret_key

        value = self.value

        environment = self.environment

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_id": project_id,
                "secret_key": secret_key,
                "value": value,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        project_id = d["project_id"]

        secret_key = d["secret_key"]

        value = d["value"]

        environment = d.get("environment", UNSET)

        job_id = d.get("job_id", UNSET)

        create_secret_request = cls(
            project_id=project_id,
            secret_key=secret_key,
            value=value,
            environment=environment,
            job_id=job_id,
        )

        return create_secret_request
