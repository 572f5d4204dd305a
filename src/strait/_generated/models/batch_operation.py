from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="BatchOperation")


@_attrs_define
class BatchOperation(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        created_count (int):
        id (str):
        item_count (int):
        job_id (str):
        project_id (str):
        created_by (str | Unset):
        finished_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "created_count": "created_count",
        "id": "id",
        "item_count": "item_count",
        "job_id": "job_id",
        "project_id": "project_id",
        "created_by": "created_by",
        "finished_at": "finished_at",
    }

    created_at: datetime.datetime
    created_count: int
    id: str
    item_count: int
    job_id: str
    project_id: str
    created_by: str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        created_count = self.created_count

        id = self.id

        item_count = self.item_count

        job_id = self.job_id

        project_id = self.project_id

        created_by = self.created_by

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "created_count": created_count,
                "id": id,
                "item_count": item_count,
                "job_id": job_id,
                "project_id": project_id,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_count = d["created_count"]

        id = d["id"]

        item_count = d["item_count"]

        job_id = d["job_id"]

        project_id = d["project_id"]

        created_by = d.get("created_by", UNSET)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        batch_operation = cls(
            created_at=created_at,
            created_count=created_count,
            id=id,
            item_count=item_count,
            job_id=job_id,
            project_id=project_id,
            created_by=created_by,
            finished_at=finished_at,
        )

        return batch_operation
