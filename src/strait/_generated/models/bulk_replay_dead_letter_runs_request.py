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

T = TypeVar("T", bound="BulkReplayDeadLetterRunsRequest")


@_attrs_define
class BulkReplayDeadLetterRunsRequest(WireMapping):
    """
    Attributes:
        limit (int | Unset):
        project_id (str | Unset):
        run_ids (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "limit": "limit",
        "project_id": "project_id",
        "run_ids": "run_ids",
    }

    limit: int | Unset = UNSET
    project_id: str | Unset = UNSET
    run_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        project_id = self.project_id

        run_ids: list[str] | Unset = UNSET
        if not isinstance(self.run_ids, Unset):
            run_ids = self.run_ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if run_ids is not UNSET:
            field_dict["run_ids"] = run_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        limit = d.get("limit", UNSET)

        project_id = d.get("project_id", UNSET)

        run_ids = cast(list[str], d.get("run_ids", UNSET))

        bulk_replay_dead_letter_runs_request = cls(
            limit=limit,
            project_id=project_id,
            run_ids=run_ids,
        )

        return bulk_replay_dead_letter_runs_request
