from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .create_job_request_cron_overlap_policy import (
        CreateJobRequestCronOverlapPolicy,
    )
    from .create_job_request_default_run_metadata import (
        CreateJobRequestDefaultRunMetadata,
    )
    from .create_job_request_execution_mode import CreateJobRequestExecutionMode
    from .create_job_request_retry_strategy import CreateJobRequestRetryStrategy
    from .create_job_request_tags import CreateJobRequestTags
    from .create_job_request_version_policy import CreateJobRequestVersionPolicy


class CreateJobRequest(_m.StraitObject):
    """CreateJobRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    slug: str
    batch_max_size: int
    batch_window_secs: int
    cron: str
    cron_overlap_policy: CreateJobRequestCronOverlapPolicy
    debounce_window_secs: int
    dedup_window_secs: int
    default_run_metadata: CreateJobRequestDefaultRunMetadata
    description: str
    enabled: bool | None
    endpoint_signing_secret: str
    endpoint_url: str
    environment_id: str
    execution_mode: CreateJobRequestExecutionMode
    execution_window_cron: str
    fallback_endpoint_url: str
    group_id: str
    max_attempts: int
    max_concurrency: int
    max_concurrency_per_key: int
    on_complete_payload_mapping: Any
    on_complete_trigger_job: str
    on_complete_trigger_workflow: str
    on_failure_payload_mapping: Any
    on_failure_trigger_job: str
    on_failure_trigger_workflow: str
    payload_schema: Any
    poison_pill_threshold: int | None
    queue_name: str
    rate_limit_max: int
    rate_limit_window_secs: int
    result_schema: Any
    retry_delays_secs: list[int]
    retry_priority_boost: int
    retry_strategy: CreateJobRequestRetryStrategy
    run_ttl_secs: int
    tags: CreateJobRequestTags
    timeout_secs: int
    timezone: str
    version_policy: CreateJobRequestVersionPolicy
    webhook_secret: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            batch_max_size: int = ...,
            batch_window_secs: int = ...,
            cron: str = ...,
            cron_overlap_policy: CreateJobRequestCronOverlapPolicy = ...,
            debounce_window_secs: int = ...,
            dedup_window_secs: int = ...,
            default_run_metadata: CreateJobRequestDefaultRunMetadata
            | Mapping[str, Any] = ...,
            description: str = ...,
            enabled: bool | None = ...,
            endpoint_signing_secret: str = ...,
            endpoint_url: str = ...,
            environment_id: str = ...,
            execution_mode: CreateJobRequestExecutionMode = ...,
            execution_window_cron: str = ...,
            fallback_endpoint_url: str = ...,
            group_id: str = ...,
            max_attempts: int = ...,
            max_concurrency: int = ...,
            max_concurrency_per_key: int = ...,
            on_complete_payload_mapping: Any = ...,
            on_complete_trigger_job: str = ...,
            on_complete_trigger_workflow: str = ...,
            on_failure_payload_mapping: Any = ...,
            on_failure_trigger_job: str = ...,
            on_failure_trigger_workflow: str = ...,
            payload_schema: Any = ...,
            poison_pill_threshold: int | None = ...,
            queue_name: str = ...,
            rate_limit_max: int = ...,
            rate_limit_window_secs: int = ...,
            result_schema: Any = ...,
            retry_delays_secs: Sequence[int] = ...,
            retry_priority_boost: int = ...,
            retry_strategy: CreateJobRequestRetryStrategy = ...,
            run_ttl_secs: int = ...,
            tags: CreateJobRequestTags | Mapping[str, Any] = ...,
            timeout_secs: int = ...,
            timezone: str = ...,
            version_policy: CreateJobRequestVersionPolicy = ...,
            webhook_secret: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "batch_max_size": ("batch_max_size", _m.INT),
        "batch_window_secs": ("batch_window_secs", _m.INT),
        "cron": ("cron", _m.STR),
        "cron_overlap_policy": (
            "cron_overlap_policy",
            _m.Enum("allow", "cancel_running", "skip"),
        ),
        "debounce_window_secs": ("debounce_window_secs", _m.INT),
        "dedup_window_secs": ("dedup_window_secs", _m.INT),
        "default_run_metadata": (
            "default_run_metadata",
            _m.Model(
                "create_job_request_default_run_metadata",
                "CreateJobRequestDefaultRunMetadata",
            ),
        ),
        "description": ("description", _m.STR),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "endpoint_signing_secret": ("endpoint_signing_secret", _m.STR),
        "endpoint_url": ("endpoint_url", _m.STR),
        "environment_id": ("environment_id", _m.STR),
        "execution_mode": ("execution_mode", _m.Enum("http", "worker")),
        "execution_window_cron": ("execution_window_cron", _m.STR),
        "fallback_endpoint_url": ("fallback_endpoint_url", _m.STR),
        "group_id": ("group_id", _m.STR),
        "max_attempts": ("max_attempts", _m.INT),
        "max_concurrency": ("max_concurrency", _m.INT),
        "max_concurrency_per_key": ("max_concurrency_per_key", _m.INT),
        "on_complete_payload_mapping": ("on_complete_payload_mapping", _m.ANY),
        "on_complete_trigger_job": ("on_complete_trigger_job", _m.STR),
        "on_complete_trigger_workflow": ("on_complete_trigger_workflow", _m.STR),
        "on_failure_payload_mapping": ("on_failure_payload_mapping", _m.ANY),
        "on_failure_trigger_job": ("on_failure_trigger_job", _m.STR),
        "on_failure_trigger_workflow": ("on_failure_trigger_workflow", _m.STR),
        "payload_schema": ("payload_schema", _m.ANY),
        "poison_pill_threshold": ("poison_pill_threshold", _m.Union(_m.INT, _m.NONE)),
        "queue_name": ("queue_name", _m.STR),
        "rate_limit_max": ("rate_limit_max", _m.INT),
        "rate_limit_window_secs": ("rate_limit_window_secs", _m.INT),
        "result_schema": ("result_schema", _m.ANY),
        "retry_delays_secs": ("retry_delays_secs", _m.ListOf(_m.INT)),
        "retry_priority_boost": ("retry_priority_boost", _m.INT),
        "retry_strategy": (
            "retry_strategy",
            _m.Enum("custom", "exponential", "fixed", "linear"),
        ),
        "run_ttl_secs": ("run_ttl_secs", _m.INT),
        "tags": ("tags", _m.Model("create_job_request_tags", "CreateJobRequestTags")),
        "timeout_secs": ("timeout_secs", _m.INT),
        "timezone": ("timezone", _m.STR),
        "version_policy": ("version_policy", _m.Enum("latest", "minor", "pin")),
        "webhook_secret": ("webhook_secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "project_id",
        "slug",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateJobRequest"]
