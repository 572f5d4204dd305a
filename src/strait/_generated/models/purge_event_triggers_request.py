from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PurgeEventTriggersRequest")


@_attrs_define
class PurgeEventTriggersRequest(WireMapping):
    """
    Attributes:
        dry_run (bool | Unset):
        older_than_days (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "dry_run": "dry_run",
        "older_than_days": "older_than_days",
    }

    dry_run: bool | Unset = UNSET
    older_than_days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dry_run = self.dry_run

        older_than_days = self.older_than_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if older_than_days is not UNSET:
            field_dict["older_than_days"] = older_than_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        dry_run = d.get("dry_run", UNSET)

        older_than_days = d.get("older_than_days", UNSET)

        purge_event_triggers_request = cls(
            dry_run=dry_run,
            older_than_days=older_than_days,
        )

        return purge_event_triggers_request
