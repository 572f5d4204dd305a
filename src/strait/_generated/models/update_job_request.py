from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .update_job_request_cron_overlap_policy_type_1 import (
        UpdateJobRequestCronOverlapPolicyType1,
    )
    from .update_job_request_cron_overlap_policy_type_2_type_1 import (
        UpdateJobRequestCronOverlapPolicyType2Type1,
    )
    from .update_job_request_cron_overlap_policy_type_3_type_1 import (
        UpdateJobRequestCronOverlapPolicyType3Type1,
    )
    from .update_job_request_default_run_metadata_type_0 import (
        UpdateJobRequestDefaultRunMetadataType0,
    )
    from .update_job_request_execution_mode_type_1 import (
        UpdateJobRequestExecutionModeType1,
    )
    from .update_job_request_execution_mode_type_2_type_1 import (
        UpdateJobRequestExecutionModeType2Type1,
    )
    from .update_job_request_execution_mode_type_3_type_1 import (
        UpdateJobRequestExecutionModeType3Type1,
    )
    from .update_job_request_retry_strategy_type_1 import (
        UpdateJobRequestRetryStrategyType1,
    )
    from .update_job_request_retry_strategy_type_2_type_1 import (
        UpdateJobRequestRetryStrategyType2Type1,
    )
    from .update_job_request_retry_strategy_type_3_type_1 import (
        UpdateJobRequestRetryStrategyType3Type1,
    )
    from .update_job_request_tags_type_0 import UpdateJobRequestTagsType0
    from .update_job_request_version_policy_type_1 import (
        UpdateJobRequestVersionPolicyType1,
    )
    from .update_job_request_version_policy_type_2_type_1 import (
        UpdateJobRequestVersionPolicyType2Type1,
    )
    from .update_job_request_version_policy_type_3_type_1 import (
        UpdateJobRequestVersionPolicyType3Type1,
    )


class UpdateJobRequest(_m.StraitObject):
    """UpdateJobRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    backwards_compatible: bool | None
    batch_max_size: int | None
    batch_window_secs: int | None
    cron: str | None
    cron_overlap_policy: (
        UpdateJobRequestCronOverlapPolicyType1
        | UpdateJobRequestCronOverlapPolicyType2Type1
        | UpdateJobRequestCronOverlapPolicyType3Type1
        | None
    )
    debounce_window_secs: int | None
    dedup_window_secs: int | None
    default_run_metadata: UpdateJobRequestDefaultRunMetadataType0 | None
    description: str | None
    enabled: bool | None
    endpoint_signing_secret: str | None
    endpoint_url: str | None
    environment_id: str | None
    execution_mode: (
        UpdateJobRequestExecutionModeType1
        | UpdateJobRequestExecutionModeType2Type1
        | UpdateJobRequestExecutionModeType3Type1
        | None
    )
    execution_window_cron: str | None
    fallback_endpoint_url: str | None
    group_id: str | None
    max_attempts: int | None
    max_concurrency: int | None
    max_concurrency_per_key: int | None
    name: str | None
    on_complete_payload_mapping: Any
    on_complete_trigger_job: str | None
    on_complete_trigger_workflow: str | None
    on_failure_payload_mapping: Any
    on_failure_trigger_job: str | None
    on_failure_trigger_workflow: str | None
    payload_schema: Any
    poison_pill_threshold: int | None
    queue_name: str | None
    rate_limit_max: int | None
    rate_limit_window_secs: int | None
    result_schema: Any
    retry_delays_secs: list[int] | None
    retry_priority_boost: int | None
    retry_strategy: (
        UpdateJobRequestRetryStrategyType1
        | UpdateJobRequestRetryStrategyType2Type1
        | UpdateJobRequestRetryStrategyType3Type1
        | None
    )
    run_ttl_secs: int | None
    slug: str | None
    tags: UpdateJobRequestTagsType0 | None
    timeout_secs: int | None
    timezone: str | None
    version_policy: (
        UpdateJobRequestVersionPolicyType1
        | UpdateJobRequestVersionPolicyType2Type1
        | UpdateJobRequestVersionPolicyType3Type1
        | None
    )
    webhook_secret: str | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            backwards_compatible: bool | None = ...,
            batch_max_size: int | None = ...,
            batch_window_secs: int | None = ...,
            cron: str | None = ...,
            cron_overlap_policy: UpdateJobRequestCronOverlapPolicyType1
            | UpdateJobRequestCronOverlapPolicyType2Type1
            | UpdateJobRequestCronOverlapPolicyType3Type1
            | None = ...,
            debounce_window_secs: int | None = ...,
            dedup_window_secs: int | None = ...,
            default_run_metadata: UpdateJobRequestDefaultRunMetadataType0
            | Mapping[str, Any]
            | None = ...,
            description: str | None = ...,
            enabled: bool | None = ...,
            endpoint_signing_secret: str | None = ...,
            endpoint_url: str | None = ...,
            environment_id: str | None = ...,
            execution_mode: UpdateJobRequestExecutionModeType1
            | UpdateJobRequestExecutionModeType2Type1
            | UpdateJobRequestExecutionModeType3Type1
            | None = ...,
            execution_window_cron: str | None = ...,
            fallback_endpoint_url: str | None = ...,
            group_id: str | None = ...,
            max_attempts: int | None = ...,
            max_concurrency: int | None = ...,
            max_concurrency_per_key: int | None = ...,
            name: str | None = ...,
            on_complete_payload_mapping: Any = ...,
            on_complete_trigger_job: str | None = ...,
            on_complete_trigger_workflow: str | None = ...,
            on_failure_payload_mapping: Any = ...,
            on_failure_trigger_job: str | None = ...,
            on_failure_trigger_workflow: str | None = ...,
            payload_schema: Any = ...,
            poison_pill_threshold: int | None = ...,
            queue_name: str | None = ...,
            rate_limit_max: int | None = ...,
            rate_limit_window_secs: int | None = ...,
            result_schema: Any = ...,
            retry_delays_secs: Sequence[int] | None = ...,
            retry_priority_boost: int | None = ...,
            retry_strategy: UpdateJobRequestRetryStrategyType1
            | UpdateJobRequestRetryStrategyType2Type1
            | UpdateJobRequestRetryStrategyType3Type1
            | None = ...,
            run_ttl_secs: int | None = ...,
            slug: str | None = ...,
            tags: UpdateJobRequestTagsType0 | Mapping[str, Any] | None = ...,
            timeout_secs: int | None = ...,
            timezone: str | None = ...,
            version_policy: UpdateJobRequestVersionPolicyType1
            | UpdateJobRequestVersionPolicyType2Type1
            | UpdateJobRequestVersionPolicyType3Type1
            | None = ...,
            webhook_secret: str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "backwards_compatible": ("backwards_compatible", _m.Union(_m.BOOL, _m.NONE)),
        "batch_max_size": ("batch_max_size", _m.Union(_m.INT, _m.NONE)),
        "batch_window_secs": ("batch_window_secs", _m.Union(_m.INT, _m.NONE)),
        "cron": ("cron", _m.Union(_m.STR, _m.NONE)),
        "cron_overlap_policy": (
            "cron_overlap_policy",
            _m.Union(
                _m.NONE,
                _m.Enum("allow", "cancel_running", "skip"),
                _m.Enum("allow", "cancel_running", "skip"),
                _m.Enum("allow", "cancel_running", "skip"),
            ),
        ),
        "debounce_window_secs": ("debounce_window_secs", _m.Union(_m.INT, _m.NONE)),
        "dedup_window_secs": ("dedup_window_secs", _m.Union(_m.INT, _m.NONE)),
        "default_run_metadata": (
            "default_run_metadata",
            _m.Union(
                _m.Model(
                    "update_job_request_default_run_metadata_type_0",
                    "UpdateJobRequestDefaultRunMetadataType0",
                ),
                _m.NONE,
            ),
        ),
        "description": ("description", _m.Union(_m.STR, _m.NONE)),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "endpoint_signing_secret": (
            "endpoint_signing_secret",
            _m.Union(_m.STR, _m.NONE),
        ),
        "endpoint_url": ("endpoint_url", _m.Union(_m.STR, _m.NONE)),
        "environment_id": ("environment_id", _m.Union(_m.STR, _m.NONE)),
        "execution_mode": (
            "execution_mode",
            _m.Union(
                _m.NONE,
                _m.Enum("http", "worker"),
                _m.Enum("http", "worker"),
                _m.Enum("http", "worker"),
            ),
        ),
        "execution_window_cron": ("execution_window_cron", _m.Union(_m.STR, _m.NONE)),
        "fallback_endpoint_url": ("fallback_endpoint_url", _m.Union(_m.STR, _m.NONE)),
        "group_id": ("group_id", _m.Union(_m.STR, _m.NONE)),
        "max_attempts": ("max_attempts", _m.Union(_m.INT, _m.NONE)),
        "max_concurrency": ("max_concurrency", _m.Union(_m.INT, _m.NONE)),
        "max_concurrency_per_key": (
            "max_concurrency_per_key",
            _m.Union(_m.INT, _m.NONE),
        ),
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
        "on_complete_payload_mapping": ("on_complete_payload_mapping", _m.ANY),
        "on_complete_trigger_job": (
            "on_complete_trigger_job",
            _m.Union(_m.STR, _m.NONE),
        ),
        "on_complete_trigger_workflow": (
            "on_complete_trigger_workflow",
            _m.Union(_m.STR, _m.NONE),
        ),
        "on_failure_payload_mapping": ("on_failure_payload_mapping", _m.ANY),
        "on_failure_trigger_job": ("on_failure_trigger_job", _m.Union(_m.STR, _m.NONE)),
        "on_failure_trigger_workflow": (
            "on_failure_trigger_workflow",
            _m.Union(_m.STR, _m.NONE),
        ),
        "payload_schema": ("payload_schema", _m.ANY),
        "poison_pill_threshold": ("poison_pill_threshold", _m.Union(_m.INT, _m.NONE)),
        "queue_name": ("queue_name", _m.Union(_m.STR, _m.NONE)),
        "rate_limit_max": ("rate_limit_max", _m.Union(_m.INT, _m.NONE)),
        "rate_limit_window_secs": ("rate_limit_window_secs", _m.Union(_m.INT, _m.NONE)),
        "result_schema": ("result_schema", _m.ANY),
        "retry_delays_secs": (
            "retry_delays_secs",
            _m.Union(_m.ListOf(_m.INT), _m.NONE),
        ),
        "retry_priority_boost": ("retry_priority_boost", _m.Union(_m.INT, _m.NONE)),
        "retry_strategy": (
            "retry_strategy",
            _m.Union(
                _m.NONE,
                _m.Enum("custom", "exponential", "fixed", "linear"),
                _m.Enum("custom", "exponential", "fixed", "linear"),
                _m.Enum("custom", "exponential", "fixed", "linear"),
            ),
        ),
        "run_ttl_secs": ("run_ttl_secs", _m.Union(_m.INT, _m.NONE)),
        "slug": ("slug", _m.Union(_m.STR, _m.NONE)),
        "tags": (
            "tags",
            _m.Union(
                _m.Model("update_job_request_tags_type_0", "UpdateJobRequestTagsType0"),
                _m.NONE,
            ),
        ),
        "timeout_secs": ("timeout_secs", _m.Union(_m.INT, _m.NONE)),
        "timezone": ("timezone", _m.Union(_m.STR, _m.NONE)),
        "version_policy": (
            "version_policy",
            _m.Union(
                _m.NONE,
                _m.Enum("latest", "minor", "pin"),
                _m.Enum("latest", "minor", "pin"),
                _m.Enum("latest", "minor", "pin"),
            ),
        ),
        "webhook_secret": ("webhook_secret", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateJobRequest"]
