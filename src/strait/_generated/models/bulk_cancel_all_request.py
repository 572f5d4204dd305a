from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="BulkCancelAllRequest")


@_attrs_define
class BulkCancelAllRequest(WireMapping):
    """
    Attributes:
        batch_id (str | Unset):
        job_id (str | Unset):
        status (str | Unset):
        triggered_by (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "batch_id": "batch_id",
        "job_id": "job_id",
        "status": "status",
        "triggered_by": "triggered_by",
    }

    batch_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    status: str | Unset = UNSET
    triggered_by: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        job_id = self.job_id

        status = self.status

        triggered_by = self.triggered_by

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if status is not UNSET:
            field_dict["status"] = status
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        batch_id = d.get("batch_id", UNSET)

        job_id = d.get("job_id", UNSET)

        status = d.get("status", UNSET)

        triggered_by = d.get("triggered_by", UNSET)

        bulk_cancel_all_request = cls(
            batch_id=batch_id,
            job_id=job_id,
            status=status,
            triggered_by=triggered_by,
        )

        return bulk_cancel_all_request
