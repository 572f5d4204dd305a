from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.workflow_run_tags import WorkflowRunTags
    from ..models.workflow_run_trace_context import WorkflowRunTraceContext

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkflowRunTags, WorkflowRunTraceContext
    from ..models.workflow_run_tags import WorkflowRunTags
    from ..models.workflow_run_trace_context import WorkflowRunTraceContext

    _lazy_pending = False


T = TypeVar("T", bound="WorkflowRun")


@_attrs_define
class WorkflowRun(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        project_id (str):
        status (str):
        triggered_by (str):
        workflow_id (str):
        workflow_version (int):
        created_by (str | Unset):
        error (str | Unset):
        expected_completion_at (datetime.datetime | None | Unset):
        expires_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        max_parallel_steps (int | Unset):
        parent_step_run_id (str | Unset):
        parent_workflow_run_id (str | Unset):
        payload (Any | Unset):
        retry_of_run_id (str | Unset):
        started_at (datetime.datetime | None | Unset):
        tags (WorkflowRunTags | Unset):
        trace_context (WorkflowRunTraceContext | Unset):
        workflow_snapshot_id (str | Unset):
        workflow_version_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "project_id": "project_id",
        "status": "status",
        "triggered_by": "triggered_by",
        "workflow_id": "workflow_id",
        "workflow_version": "workflow_version",
        "created_by": "created_by",
        "error": "error",
        "expected_completion_at": "expected_completion_at",
        "expires_at": "expires_at",
        "finished_at": "finished_at",
        "max_parallel_steps": "max_parallel_steps",
        "parent_step_run_id": "parent_step_run_id",
        "parent_workflow_run_id": "parent_workflow_run_id",
        "payload": "payload",
        "retry_of_run_id": "retry_of_run_id",
        "started_at": "started_at",
        "tags": "tags",
        "trace_context": "trace_context",
        "workflow_snapshot_id": "workflow_snapshot_id",
        "workflow_version_id": "workflow_version_id",
    }

    created_at: datetime.datetime
    id: str
    project_id: str
    status: str
    triggered_by: str
    workflow_id: str
    workflow_version: int
    created_by: str | Unset = UNSET
    error: str | Unset = UNSET
    expected_completion_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    max_parallel_steps: int | Unset = UNSET
    parent_step_run_id: str | Unset = UNSET
    parent_workflow_run_id: str | Unset = UNSET
    payload: Any | Unset = UNSET
    retry_of_run_id: str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    tags: WorkflowRunTags | Unset = UNSET
    trace_context: WorkflowRunTraceContext | Unset = UNSET
    workflow_snapshot_id: str | Unset = UNSET
    workflow_version_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        project_id = self.project_id

        status = self.status

        triggered_by = self.triggered_by

        workflow_id = self.workflow_id

        workflow_version = self.workflow_version

        created_by = self.created_by

        error = self.error

        expected_completion_at: None | str | Unset
        if isinstance(self.expected_completion_at, Unset):
            expected_completion_at = UNSET
        elif isinstance(self.expected_completion_at, datetime.datetime):
            expected_completion_at = self.expected_completion_at.isoformat()
        else:
            expected_completion_at = self.expected_completion_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        max_parallel_steps = self.max_parallel_steps

        parent_step_run_id = self.parent_step_run_id

        parent_workflow_run_id = self.parent_workflow_run_id

        payload = self.payload

        retry_of_run_id = self.retry_of_run_id

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        trace_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace_context, Unset):
            trace_context = self.trace_context.to_dict()

        workflow_snapshot_id = self.workflow_snapshot_id

        workflow_version_id = self.workflow_version_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "project_id": project_id,
                "status": status,
                "triggered_by": triggered_by,
                "workflow_id": workflow_id,
                "workflow_version": workflow_version,
            }
        )
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if error is not UNSET:
            field_dict["error"] = error
        if expected_completion_at is not UNSET:
            field_dict["expected_completion_at"] = expected_completion_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if max_parallel_steps is not UNSET:
            field_dict["max_parallel_steps"] = max_parallel_steps
        if parent_step_run_id is not UNSET:
            field_dict["parent_step_run_id"] = parent_step_run_id
        if parent_workflow_run_id is not UNSET:
            field_dict["parent_workflow_run_id"] = parent_workflow_run_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if retry_of_run_id is not UNSET:
            field_dict["retry_of_run_id"] = retry_of_run_id
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if trace_context is not UNSET:
            field_dict["trace_context"] = trace_context
        if workflow_snapshot_id is not UNSET:
            field_dict["workflow_snapshot_id"] = workflow_snapshot_id
        if workflow_version_id is not UNSET:
            field_dict["workflow_version_id"] = workflow_version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        project_id = d["project_id"]

        status = d["status"]

        triggered_by = d["triggered_by"]

        workflow_id = d["workflow_id"]

        workflow_version = d["workflow_version"]

        created_by = d.get("created_by", UNSET)

        error = d.get("error", UNSET)

        def _parse_expected_completion_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_completion_at_type_0 = datetime.datetime.fromisoformat(data)

                return expected_completion_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_completion_at = _parse_expected_completion_at(
            d.get("expected_completion_at", UNSET)
        )

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

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

        max_parallel_steps = d.get("max_parallel_steps", UNSET)

        parent_step_run_id = d.get("parent_step_run_id", UNSET)

        parent_workflow_run_id = d.get("parent_workflow_run_id", UNSET)

        payload = d.get("payload", UNSET)

        retry_of_run_id = d.get("retry_of_run_id", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.get("started_at", UNSET))

        _tags = d.get("tags", UNSET)
        tags: WorkflowRunTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = WorkflowRunTags.from_dict(_tags)

        _trace_context = d.get("trace_context", UNSET)
        trace_context: WorkflowRunTraceContext | Unset
        if isinstance(_trace_context, Unset):
            trace_context = UNSET
        else:
            trace_context = WorkflowRunTraceContext.from_dict(_trace_context)

        workflow_snapshot_id = d.get("workflow_snapshot_id", UNSET)

        workflow_version_id = d.get("workflow_version_id", UNSET)

        workflow_run = cls(
            created_at=created_at,
            id=id,
            project_id=project_id,
            status=status,
            triggered_by=triggered_by,
            workflow_id=workflow_id,
            workflow_version=workflow_version,
            created_by=created_by,
            error=error,
            expected_completion_at=expected_completion_at,
            expires_at=expires_at,
            finished_at=finished_at,
            max_parallel_steps=max_parallel_steps,
            parent_step_run_id=parent_step_run_id,
            parent_workflow_run_id=parent_workflow_run_id,
            payload=payload,
            retry_of_run_id=retry_of_run_id,
            started_at=started_at,
            tags=tags,
            trace_context=trace_context,
            workflow_snapshot_id=workflow_snapshot_id,
            workflow_version_id=workflow_version_id,
        )

        return workflow_run
