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
    from ..models.execution_trace import ExecutionTrace
    from ..models.job_run_metadata import JobRunMetadata
    from ..models.job_run_tags import JobRunTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ExecutionTrace, JobRunMetadata, JobRunTags
    from ..models.execution_trace import ExecutionTrace
    from ..models.job_run_metadata import JobRunMetadata
    from ..models.job_run_tags import JobRunTags

    _lazy_pending = False


T = TypeVar("T", bound="JobRun")


@_attrs_define
class JobRun(WireMapping):
    """
    Attributes:
        attempt (int):
        created_at (datetime.datetime):
        debug_mode (bool):
        id (str):
        job_id (str):
        job_version (int):
        lineage_depth (int):
        priority (int):
        project_id (str):
        status (str):
        triggered_by (str):
        batch_id (str | Unset):
        concurrency_key (str | Unset):
        continuation_of (str | Unset):
        created_by (str | Unset):
        error (str | Unset):
        error_class (str | Unset):
        execution_mode (str | Unset):
        execution_trace (ExecutionTrace | None | Unset):
        expires_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        heartbeat_at (datetime.datetime | None | Unset):
        idempotency_key (str | Unset):
        is_rollback (bool | Unset):
        job_version_id (str | Unset):
        max_attempts_override (int | Unset):
        metadata (JobRunMetadata | Unset):
        next_retry_at (datetime.datetime | None | Unset):
        parent_run_id (str | Unset):
        payload (Any | Unset):
        queue_name (str | Unset):
        replayed_run_id (str | Unset):
        result (Any | Unset):
        retry_backoff (str | Unset):
        retry_initial_delay_secs (int | Unset):
        retry_max_delay_secs (int | Unset):
        scheduled_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
        tags (JobRunTags | Unset):
        timeout_secs_override (int | Unset):
        workflow_step_run_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempt": "attempt",
        "created_at": "created_at",
        "debug_mode": "debug_mode",
        "id": "id",
        "job_id": "job_id",
        "job_version": "job_version",
        "lineage_depth": "lineage_depth",
        "priority": "priority",
        "project_id": "project_id",
        "status": "status",
        "triggered_by": "triggered_by",
        "batch_id": "batch_id",
        "concurrency_key": "concurrency_key",
        "continuation_of": "continuation_of",
        "created_by": "created_by",
        "error": "error",
        "error_class": "error_class",
        "execution_mode": "execution_mode",
        "execution_trace": "execution_trace",
        "expires_at": "expires_at",
        "finished_at": "finished_at",
        "heartbeat_at": "heartbeat_at",
        "idempotency_key": "idempotency_key",
        "is_rollback": "is_rollback",
        "job_version_id": "job_version_id",
        "max_attempts_override": "max_attempts_override",
        "metadata": "metadata",
        "next_retry_at": "next_retry_at",
        "parent_run_id": "parent_run_id",
        "payload": "payload",
        "queue_name": "queue_name",
        "replayed_run_id": "replayed_run_id",
        "result": "result",
        "retry_backoff": "retry_backoff",
        "retry_initial_delay_secs": "retry_initial_delay_secs",
        "retry_max_delay_secs": "retry_max_delay_secs",
        "scheduled_at": "scheduled_at",
        "started_at": "started_at",
        "tags": "tags",
        "timeout_secs_override": "timeout_secs_override",
        "workflow_step_run_id": "workflow_step_run_id",
    }

    attempt: int
    created_at: datetime.datetime
    debug_mode: bool
    id: str
    job_id: str
    job_version: int
    lineage_depth: int
    priority: int
    project_id: str
    status: str
    triggered_by: str
    batch_id: str | Unset = UNSET
    concurrency_key: str | Unset = UNSET
    continuation_of: str | Unset = UNSET
    created_by: str | Unset = UNSET
    error: str | Unset = UNSET
    error_class: str | Unset = UNSET
    execution_mode: str | Unset = UNSET
    execution_trace: ExecutionTrace | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    heartbeat_at: datetime.datetime | None | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    is_rollback: bool | Unset = UNSET
    job_version_id: str | Unset = UNSET
    max_attempts_override: int | Unset = UNSET
    metadata: JobRunMetadata | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET
    parent_run_id: str | Unset = UNSET
    payload: Any | Unset = UNSET
    queue_name: str | Unset = UNSET
    replayed_run_id: str | Unset = UNSET
    result: Any | Unset = UNSET
    retry_backoff: str | Unset = UNSET
    retry_initial_delay_secs: int | Unset = UNSET
    retry_max_delay_secs: int | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    tags: JobRunTags | Unset = UNSET
    timeout_secs_override: int | Unset = UNSET
    workflow_step_run_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.execution_trace import ExecutionTrace

        attempt = self.attempt

        created_at = self.created_at.isoformat()

        debug_mode = self.debug_mode

        id = self.id

        job_id = self.job_id

        job_version = self.job_version

        lineage_depth = self.lineage_depth

        priority = self.priority

        project_id = self.project_id

        status = self.status

        triggered_by = self.triggered_by

        batch_id = self.batch_id

        concurrency_key = self.concurrency_key

        continuation_of = self.continuation_of

        created_by = self.created_by

        error = self.error

        error_class = self.error_class

        execution_mode = self.execution_mode

        execution_trace: dict[str, Any] | None | Unset
        if isinstance(self.execution_trace, Unset):
            execution_trace = UNSET
        elif isinstance(self.execution_trace, ExecutionTrace):
            execution_trace = self.execution_trace.to_dict()
        else:
            execution_trace = self.execution_trace

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

        heartbeat_at: None | str | Unset
        if isinstance(self.heartbeat_at, Unset):
            heartbeat_at = UNSET
        elif isinstance(self.heartbeat_at, datetime.datetime):
            heartbeat_at = self.heartbeat_at.isoformat()
        else:
            heartbeat_at = self.heartbeat_at

        idempotency_key = self.idempotency_key

        is_rollback = self.is_rollback

        job_version_id = self.job_version_id

        max_attempts_override = self.max_attempts_override

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        next_retry_at: None | str | Unset
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        parent_run_id = self.parent_run_id

        payload = self.payload

        queue_name = self.queue_name

        replayed_run_id = self.replayed_run_id

        result = self.result

        retry_backoff = self.retry_backoff

        retry_initial_delay_secs = self.retry_initial_delay_secs

        retry_max_delay_secs = self.retry_max_delay_secs

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

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

        timeout_secs_override = self.timeout_secs_override

        workflow_step_run_id = self.workflow_step_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempt": attempt,
                "created_at": created_at,
                "debug_mode": debug_mode,
                "id": id,
                "job_id": job_id,
                "job_version": job_version,
                "lineage_depth": lineage_depth,
                "priority": priority,
                "project_id": project_id,
                "status": status,
                "triggered_by": triggered_by,
            }
        )
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if continuation_of is not UNSET:
            field_dict["continuation_of"] = continuation_of
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if error is not UNSET:
            field_dict["error"] = error
        if error_class is not UNSET:
            field_dict["error_class"] = error_class
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if execution_trace is not UNSET:
            field_dict["execution_trace"] = execution_trace
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if heartbeat_at is not UNSET:
            field_dict["heartbeat_at"] = heartbeat_at
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if is_rollback is not UNSET:
            field_dict["is_rollback"] = is_rollback
        if job_version_id is not UNSET:
            field_dict["job_version_id"] = job_version_id
        if max_attempts_override is not UNSET:
            field_dict["max_attempts_override"] = max_attempts_override
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at
        if parent_run_id is not UNSET:
            field_dict["parent_run_id"] = parent_run_id
        if payload is not UNSET:
            field_dict["payload"] = payload
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if replayed_run_id is not UNSET:
            field_dict["replayed_run_id"] = replayed_run_id
        if result is not UNSET:
            field_dict["result"] = result
        if retry_backoff is not UNSET:
            field_dict["retry_backoff"] = retry_backoff
        if retry_initial_delay_secs is not UNSET:
            field_dict["retry_initial_delay_secs"] = retry_initial_delay_secs
        if retry_max_delay_secs is not UNSET:
            field_dict["retry_max_delay_secs"] = retry_max_delay_secs
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timeout_secs_override is not UNSET:
            field_dict["timeout_secs_override"] = timeout_secs_override
        if workflow_step_run_id is not UNSET:
            field_dict["workflow_step_run_id"] = workflow_step_run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        attempt = d["attempt"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        debug_mode = d["debug_mode"]

        id = d["id"]

        job_id = d["job_id"]

        job_version = d["job_version"]

        lineage_depth = d["lineage_depth"]

        priority = d["priority"]

        project_id = d["project_id"]

        status = d["status"]

        triggered_by = d["triggered_by"]

        batch_id = d.get("batch_id", UNSET)

        concurrency_key = d.get("concurrency_key", UNSET)

        continuation_of = d.get("continuation_of", UNSET)

        created_by = d.get("created_by", UNSET)

        error = d.get("error", UNSET)

        error_class = d.get("error_class", UNSET)

        execution_mode = d.get("execution_mode", UNSET)

        def _parse_execution_trace(data: object) -> ExecutionTrace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_trace_type_0 = ExecutionTrace.from_dict(data)

                return execution_trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionTrace | None | Unset, data)

        execution_trace = _parse_execution_trace(d.get("execution_trace", UNSET))

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

        def _parse_heartbeat_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                heartbeat_at_type_0 = datetime.datetime.fromisoformat(data)

                return heartbeat_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        heartbeat_at = _parse_heartbeat_at(d.get("heartbeat_at", UNSET))

        idempotency_key = d.get("idempotency_key", UNSET)

        is_rollback = d.get("is_rollback", UNSET)

        job_version_id = d.get("job_version_id", UNSET)

        max_attempts_override = d.get("max_attempts_override", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: JobRunMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JobRunMetadata.from_dict(_metadata)

        def _parse_next_retry_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_retry_at = _parse_next_retry_at(d.get("next_retry_at", UNSET))

        parent_run_id = d.get("parent_run_id", UNSET)

        payload = d.get("payload", UNSET)

        queue_name = d.get("queue_name", UNSET)

        replayed_run_id = d.get("replayed_run_id", UNSET)

        result = d.get("result", UNSET)

        retry_backoff = d.get("retry_backoff", UNSET)

        retry_initial_delay_secs = d.get("retry_initial_delay_secs", UNSET)

        retry_max_delay_secs = d.get("retry_max_delay_secs", UNSET)

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.get("scheduled_at", UNSET))

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
        tags: JobRunTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JobRunTags.from_dict(_tags)

        timeout_secs_override = d.get("timeout_secs_override", UNSET)

        workflow_step_run_id = d.get("workflow_step_run_id", UNSET)

        job_run = cls(
            attempt=attempt,
            created_at=created_at,
            debug_mode=debug_mode,
            id=id,
            job_id=job_id,
            job_version=job_version,
            lineage_depth=lineage_depth,
            priority=priority,
            project_id=project_id,
            status=status,
            triggered_by=triggered_by,
            batch_id=batch_id,
            concurrency_key=concurrency_key,
            continuation_of=continuation_of,
            created_by=created_by,
            error=error,
            error_class=error_class,
            execution_mode=execution_mode,
            execution_trace=execution_trace,
            expires_at=expires_at,
            finished_at=finished_at,
            heartbeat_at=heartbeat_at,
            idempotency_key=idempotency_key,
            is_rollback=is_rollback,
            job_version_id=job_version_id,
            max_attempts_override=max_attempts_override,
            metadata=metadata,
            next_retry_at=next_retry_at,
            parent_run_id=parent_run_id,
            payload=payload,
            queue_name=queue_name,
            replayed_run_id=replayed_run_id,
            result=result,
            retry_backoff=retry_backoff,
            retry_initial_delay_secs=retry_initial_delay_secs,
            retry_max_delay_secs=retry_max_delay_secs,
            scheduled_at=scheduled_at,
            started_at=started_at,
            tags=tags,
            timeout_secs_override=timeout_secs_override,
            workflow_step_run_id=workflow_step_run_id,
        )

        return job_run
