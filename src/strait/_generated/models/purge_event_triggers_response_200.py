from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PurgeEventTriggersResponse200")


@_attrs_define
class PurgeEventTriggersResponse200(WireMapping):
    """
    Attributes:
        deleted (int | Unset):
        dry_run (bool | Unset):
        would_delete (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "deleted": "deleted",
        "dry_run": "dry_run",
        "would_delete": "would_delete",
    }

    deleted: int | Unset = UNSET
    dry_run: bool | Unset = UNSET
    would_delete: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        dry_run = self.dry_run

        would_delete = self.would_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if would_delete is not UNSET:
            field_dict["would_delete"] = would_delete

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        deleted = d.pop("deleted", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        would_delete = d.pop("would_delete", UNSET)

        purge_event_triggers_response_200 = cls(
            deleted=deleted,
            dry_run=dry_run,
            would_delete=would_delete,
        )

        purge_event_triggers_response_200.additional_properties = d
        return purge_event_triggers_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
