from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="AuditChainVerification")


@_attrs_define
class AuditChainVerification(WireMapping):
    """
    Attributes:
        events_checked (int):
        project_id (str):
        valid (bool):
        broken_at_id (str | Unset):
        chain_start (str | Unset):
        error (str | Unset):
        first_event_id (str | Unset):
        incremental (bool | Unset):
        last_event_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "events_checked": "events_checked",
        "project_id": "project_id",
        "valid": "valid",
        "broken_at_id": "broken_at_id",
        "chain_start": "chain_start",
        "error": "error",
        "first_event_id": "first_event_id",
        "incremental": "incremental",
        "last_event_id": "last_event_id",
    }

    events_checked: int
    project_id: str
    valid: bool
    broken_at_id: str | Unset = UNSET
    chain_start: str | Unset = UNSET
    error: str | Unset = UNSET
    first_event_id: str | Unset = UNSET
    incremental: bool | Unset = UNSET
    last_event_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events_checked = self.events_checked

        project_id = self.project_id

        valid = self.valid

        broken_at_id = self.broken_at_id

        chain_start = self.chain_start

        error = self.error

        first_event_id = self.first_event_id

        incremental = self.incremental

        last_event_id = self.last_event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events_checked": events_checked,
                "project_id": project_id,
                "valid": valid,
            }
        )
        if broken_at_id is not UNSET:
            field_dict["broken_at_id"] = broken_at_id
        if chain_start is not UNSET:
            field_dict["chain_start"] = chain_start
        if error is not UNSET:
            field_dict["error"] = error
        if first_event_id is not UNSET:
            field_dict["first_event_id"] = first_event_id
        if incremental is not UNSET:
            field_dict["incremental"] = incremental
        if last_event_id is not UNSET:
            field_dict["last_event_id"] = last_event_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        events_checked = d["events_checked"]

        project_id = d["project_id"]

        valid = d["valid"]

        broken_at_id = d.get("broken_at_id", UNSET)

        chain_start = d.get("chain_start", UNSET)

        error = d.get("error", UNSET)

        first_event_id = d.get("first_event_id", UNSET)

        incremental = d.get("incremental", UNSET)

        last_event_id = d.get("last_event_id", UNSET)

        audit_chain_verification = cls(
            events_checked=events_checked,
            project_id=project_id,
            valid=valid,
            broken_at_id=broken_at_id,
            chain_start=chain_start,
            error=error,
            first_event_id=first_event_id,
            incremental=incremental,
            last_event_id=last_event_id,
        )

        return audit_chain_verification
