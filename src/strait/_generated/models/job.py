from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .job_default_run_metadata import JobDefaultRunMetadata
    from .job_tags import JobTags
    from .rate_limit_key import RateLimitKey


class Job(_m.StraitObject):
    """Job: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    enabled: bool
    endpoint_url: str
    id: str
    max_attempts: int
    name: str
    paused: bool
    project_id: str
    slug: str
    timeout_secs: int
    updated_at: datetime.datetime
    version: int
    backwards_compatible: bool
    batch_max_size: int
    batch_window_secs: int
    created_by: str
    cron: str
    cron_overlap_policy: str
    debounce_window_secs: int
    dedup_window_secs: int
    default_run_metadata: JobDefaultRunMetadata
    description: str
    dlq_alert_threshold: int | None
    environment_id: str
    execution_mode: str
    execution_window_cron: str
    fallback_endpoint_url: str
    group_id: str
    max_concurrency: int
    max_concurrency_per_key: int
    on_complete_payload_mapping: Any
    on_complete_trigger_job: str
    on_complete_trigger_workflow: str
    on_failure_payload_mapping: Any
    on_failure_trigger_job: str
    on_failure_trigger_workflow: str
    pause_reason: str
    paused_at: datetime.datetime | None
    payload_schema: Any
    poison_pill_threshold: int | None
    queue: str
    queue_depth_alert_threshold: int | None
    rate_limit_keys: list[RateLimitKey]
    rate_limit_max: int
    rate_limit_window_secs: int
    result_schema: Any
    retry_delays_secs: list[int]
    retry_priority_boost: int
    retry_strategy: str
    run_ttl_secs: int
    tags: JobTags
    timezone: str
    updated_by: str
    version_id: str
    version_policy: str
    webhook_url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            enabled: bool = ...,
            endpoint_url: str = ...,
            id: str = ...,
            max_attempts: int = ...,
            name: str = ...,
            paused: bool = ...,
            project_id: str = ...,
            slug: str = ...,
            timeout_secs: int = ...,
            updated_at: datetime.datetime | str = ...,
            version: int = ...,
            backwards_compatible: bool = ...,
            batch_max_size: int = ...,
            batch_window_secs: int = ...,
            created_by: str = ...,
            cron: str = ...,
            cron_overlap_policy: str = ...,
            debounce_window_secs: int = ...,
            dedup_window_secs: int = ...,
            default_run_metadata: JobDefaultRunMetadata | Mapping[str, Any] = ...,
            description: str = ...,
            dlq_alert_threshold: int | None = ...,
            environment_id: str = ...,
            execution_mode: str = ...,
            execution_window_cron: str = ...,
            fallback_endpoint_url: str = ...,
            group_id: str = ...,
            max_concurrency: int = ...,
            max_concurrency_per_key: int = ...,
            on_complete_payload_mapping: Any = ...,
            on_complete_trigger_job: str = ...,
            on_complete_trigger_workflow: str = ...,
            on_failure_payload_mapping: Any = ...,
            on_failure_trigger_job: str = ...,
            on_failure_trigger_workflow: str = ...,
            pause_reason: str = ...,
            paused_at: datetime.datetime | str | None = ...,
            payload_schema: Any = ...,
            poison_pill_threshold: int | None = ...,
            queue: str = ...,
            queue_depth_alert_threshold: int | None = ...,
            rate_limit_keys: Sequence[RateLimitKey | Mapping[str, Any]] = ...,
            rate_limit_max: int = ...,
            rate_limit_window_secs: int = ...,
            result_schema: Any = ...,
            retry_delays_secs: Sequence[int] = ...,
            retry_priority_boost: int = ...,
            retry_strategy: str = ...,
            run_ttl_secs: int = ...,
            tags: JobTags | Mapping[str, Any] = ...,
            timezone: str = ...,
            updated_by: str = ...,
            version_id: str = ...,
            version_policy: str = ...,
            webhook_url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "enabled": ("enabled", _m.BOOL),
        "endpoint_url": ("endpoint_url", _m.STR),
        "id": ("id", _m.STR),
        "max_attempts": ("max_attempts", _m.INT),
        "name": ("name", _m.STR),
        "paused": ("paused", _m.BOOL),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
        "updated_at": ("updated_at", _m.DATETIME),
        "version": ("version", _m.INT),
        "backwards_compatible": ("backwards_compatible", _m.BOOL),
        "batch_max_size": ("batch_max_size", _m.INT),
        "batch_window_secs": ("batch_window_secs", _m.INT),
        "created_by": ("created_by", _m.STR),
        "cron": ("cron", _m.STR),
        "cron_overlap_policy": ("cron_overlap_policy", _m.STR),
        "debounce_window_secs": ("debounce_window_secs", _m.INT),
        "dedup_window_secs": ("dedup_window_secs", _m.INT),
        "default_run_metadata": (
            "default_run_metadata",
            _m.Model("job_default_run_metadata", "JobDefaultRunMetadata"),
        ),
        "description": ("description", _m.STR),
        "dlq_alert_threshold": ("dlq_alert_threshold", _m.Union(_m.INT, _m.NONE)),
        "environment_id": ("environment_id", _m.STR),
        "execution_mode": ("execution_mode", _m.STR),
        "execution_window_cron": ("execution_window_cron", _m.STR),
        "fallback_endpoint_url": ("fallback_endpoint_url", _m.STR),
        "group_id": ("group_id", _m.STR),
        "max_concurrency": ("max_concurrency", _m.INT),
        "max_concurrency_per_key": ("max_concurrency_per_key", _m.INT),
        "on_complete_payload_mapping": ("on_complete_payload_mapping", _m.ANY),
        "on_complete_trigger_job": ("on_complete_trigger_job", _m.STR),
        "on_complete_trigger_workflow": ("on_complete_trigger_workflow", _m.STR),
        "on_failure_payload_mapping": ("on_failure_payload_mapping", _m.ANY),
        "on_failure_trigger_job": ("on_failure_trigger_job", _m.STR),
        "on_failure_trigger_workflow": ("on_failure_trigger_workflow", _m.STR),
        "pause_reason": ("pause_reason", _m.STR),
        "paused_at": ("paused_at", _m.Union(_m.DATETIME, _m.NONE)),
        "payload_schema": ("payload_schema", _m.ANY),
        "poison_pill_threshold": ("poison_pill_threshold", _m.Union(_m.INT, _m.NONE)),
        "queue": ("queue", _m.STR),
        "queue_depth_alert_threshold": (
            "queue_depth_alert_threshold",
            _m.Union(_m.INT, _m.NONE),
        ),
        "rate_limit_keys": (
            "rate_limit_keys",
            _m.ListOf(_m.Model("rate_limit_key", "RateLimitKey")),
        ),
        "rate_limit_max": ("rate_limit_max", _m.INT),
        "rate_limit_window_secs": ("rate_limit_window_secs", _m.INT),
        "result_schema": ("result_schema", _m.ANY),
        "retry_delays_secs": ("retry_delays_secs", _m.ListOf(_m.INT)),
        "retry_priority_boost": ("retry_priority_boost", _m.INT),
        "retry_strategy": ("retry_strategy", _m.STR),
        "run_ttl_secs": ("run_ttl_secs", _m.INT),
        "tags": ("tags", _m.Model("job_tags", "JobTags")),
        "timezone": ("timezone", _m.STR),
        "updated_by": ("updated_by", _m.STR),
        "version_id": ("version_id", _m.STR),
        "version_policy": ("version_policy", _m.STR),
        "webhook_url": ("webhook_url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "enabled",
        "endpoint_url",
        "id",
        "max_attempts",
        "name",
        "paused",
        "project_id",
        "slug",
        "timeout_secs",
        "updated_at",
        "version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["Job"]
