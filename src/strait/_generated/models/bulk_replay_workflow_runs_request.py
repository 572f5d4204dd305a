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

from ..types import WireMapping

T = TypeVar("T", bound="BulkReplayWorkflowRunsRequest")


@_attrs_define
class BulkReplayWorkflowRunsRequest(WireMapping):
    """
    Attributes:
        workflow_run_ids (list[str]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "workflow_run_ids": "workflow_run_ids",
    }

    workflow_run_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        workflow_run_ids = self.workflow_run_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workflow_run_ids": workflow_run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        workflow_run_ids = cast(list[str], d["workflow_run_ids"])

        bulk_replay_workflow_runs_request = cls(
            workflow_run_ids=workflow_run_ids,
        )

        return bulk_replay_workflow_runs_request
