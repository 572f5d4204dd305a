from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SdkSpawnResponse201")


@_attrs_define
class SdkSpawnResponse201(WireMapping):
    """
    Attributes:
        id (str):
        job_id (str):
        parent_run_id (str):
        project_id (str):
        status (str):
        triggered_by (str):
        await_completion (bool | Unset):
        await_event_key (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "job_id": "job_id",
        "parent_run_id": "parent_run_id",
        "project_id": "project_id",
        "status": "status",
        "triggered_by": "triggered_by",
        "await_completion": "await_completion",
        "await_event_key": "await_event_key",
    }

    id: str
    job_id: str
    parent_run_id: str
    project_id: str
    status: str
    triggered_by: str
    await_completion: bool | Unset = UNSET
    await_event_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        job_id = self.job_id

        parent_run_id = self.parent_run_id

        project_id = self.project_id

        status = self.status

        triggered_by = self.triggered_by

        await_completion = self.await_completion

        await_event_key = self.await_event_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "job_id": job_id,
                "parent_run_id": parent_run_id,
                "project_id": project_id,
                "status": status,
                "triggered_by": triggered_by,
            }
        )
        if await_completion is not UNSET:
            field_dict["await_completion"] = await_completion
        if await_event_key is not UNSET:
            field_dict["await_event_key"] = await_event_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        id = d.pop("id")

        job_id = d.pop("job_id")

        parent_run_id = d.pop("parent_run_id")

        project_id = d.pop("project_id")

        status = d.pop("status")

        triggered_by = d.pop("triggered_by")

        await_completion = d.pop("await_completion", UNSET)

        await_event_key = d.pop("await_event_key", UNSET)

        sdk_spawn_response_201 = cls(
            id=id,
            job_id=job_id,
            parent_run_id=parent_run_id,
            project_id=project_id,
            status=status,
            triggered_by=triggered_by,
            await_completion=await_completion,
            await_event_key=await_event_key,
        )

        sdk_spawn_response_201.additional_properties = d
        return sdk_spawn_response_201

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
