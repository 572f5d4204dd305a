from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="JobDependency")


@_attrs_define
class JobDependency(WireMapping):
    """
    Attributes:
        condition (str):
        created_at (datetime.datetime):
        depends_on_job_id (str):
        id (str):
        job_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "condition": "condition",
        "created_at": "created_at",
        "depends_on_job_id": "depends_on_job_id",
        "id": "id",
        "job_id": "job_id",
    }

    condition: str
    created_at: datetime.datetime
    depends_on_job_id: str
    id: str
    job_id: str

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        created_at = self.created_at.isoformat()

        depends_on_job_id = self.depends_on_job_id

        id = self.id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "condition": condition,
                "created_at": created_at,
                "depends_on_job_id": depends_on_job_id,
                "id": id,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        condition = d["condition"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        depends_on_job_id = d["depends_on_job_id"]

        id = d["id"]

        job_id = d["job_id"]

        job_dependency = cls(
            condition=condition,
            created_at=created_at,
            depends_on_job_id=depends_on_job_id,
            id=id,
            job_id=job_id,
        )

        return job_dependency
