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
    from ..models.job_default_run_metadata import JobDefaultRunMetadata
    from ..models.job_tags import JobTags
    from ..models.rate_limit_key import RateLimitKey

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, JobDefaultRunMetadata, JobTags, RateLimitKey
    from ..models.job_default_run_metadata import JobDefaultRunMetadata
    from ..models.job_tags import JobTags
    from ..models.rate_limit_key import RateLimitKey

    _lazy_pending = False


T = TypeVar("T", bound="Job")


@_attrs_define
class Job(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        endpoint_url (str):
        id (str):
        max_attempts (int):
        name (str):
        paused (bool):
        project_id (str):
        slug (str):
        timeout_secs (int):
        updated_at (datetime.datetime):
        version (int):
        backwards_compatible (bool | Unset):
        batch_max_size (int | Unset):
        batch_window_secs (int | Unset):
        created_by (str | Unset):
        cron (str | Unset):
        cron_overlap_policy (str | Unset):
        debounce_window_secs (int | Unset):
        dedup_window_secs (int | Unset):
        default_run_metadata (JobDefaultRunMetadata | Unset):
        description (str | Unset):
        dlq_alert_threshold (int | None | Unset):
        environment_id (str | Unset):
        execution_mode (str | Unset):
        execution_window_cron (str | Unset):
        fallback_endpoint_url (str | Unset):
        group_id (str | Unset):
        max_concurrency (int | Unset):
        max_concurrency_per_key (int | Unset):
        on_complete_payload_mapping (Any | Unset):
        on_complete_trigger_job (str | Unset):
        on_complete_trigger_workflow (str | Unset):
        on_failure_payload_mapping (Any | Unset):
        on_failure_trigger_job (str | Unset):
        on_failure_trigger_workflow (str | Unset):
        pause_reason (str | Unset):
        paused_at (datetime.datetime | None | Unset):
        payload_schema (Any | Unset):
        poison_pill_threshold (int | None | Unset):
        queue (str | Unset):
        queue_depth_alert_threshold (int | None | Unset):
        rate_limit_keys (list[RateLimitKey] | Unset):
        rate_limit_max (int | Unset):
        rate_limit_window_secs (int | Unset):
        result_schema (Any | Unset):
        retry_delays_secs (list[int] | Unset):
        retry_priority_boost (int | Unset):
        retry_strategy (str | Unset):
        run_ttl_secs (int | Unset):
        tags (JobTags | Unset):
        timezone (str | Unset):
        updated_by (str | Unset):
        version_id (str | Unset):
        version_policy (str | Unset):
        webhook_url (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "enabled": "enabled",
        "endpoint_url": "endpoint_url",
        "id": "id",
        "max_attempts": "max_attempts",
        "name": "name",
        "paused": "paused",
        "project_id": "project_id",
        "slug": "slug",
        "timeout_secs": "timeout_secs",
        "updated_at": "updated_at",
        "version": "version",
        "backwards_compatible": "backwards_compatible",
        "batch_max_size": "batch_max_size",
        "batch_window_secs": "batch_window_secs",
        "created_by": "created_by",
        "cron": "cron",
        "cron_overlap_policy": "cron_overlap_policy",
        "debounce_window_secs": "debounce_window_secs",
        "dedup_window_secs": "dedup_window_secs",
        "default_run_metadata": "default_run_metadata",
        "description": "description",
        "dlq_alert_threshold": "dlq_alert_threshold",
        "environment_id": "environment_id",
        "execution_mode": "execution_mode",
        "execution_window_cron": "execution_window_cron",
        "fallback_endpoint_url": "fallback_endpoint_url",
        "group_id": "group_id",
        "max_concurrency": "max_concurrency",
        "max_concurrency_per_key": "max_concurrency_per_key",
        "on_complete_payload_mapping": "on_complete_payload_mapping",
        "on_complete_trigger_job": "on_complete_trigger_job",
        "on_complete_trigger_workflow": "on_complete_trigger_workflow",
        "on_failure_payload_mapping": "on_failure_payload_mapping",
        "on_failure_trigger_job": "on_failure_trigger_job",
        "on_failure_trigger_workflow": "on_failure_trigger_workflow",
        "pause_reason": "pause_reason",
        "paused_at": "paused_at",
        "payload_schema": "payload_schema",
        "poison_pill_threshold": "poison_pill_threshold",
        "queue": "queue",
        "queue_depth_alert_threshold": "queue_depth_alert_threshold",
        "rate_limit_keys": "rate_limit_keys",
        "rate_limit_max": "rate_limit_max",
        "rate_limit_window_secs": "rate_limit_window_secs",
        "result_schema": "result_schema",
        "retry_delays_secs": "retry_delays_secs",
        "retry_priority_boost": "retry_priority_boost",
        "retry_strategy": "retry_strategy",
        "run_ttl_secs": "run_ttl_secs",
        "tags": "tags",
        "timezone": "timezone",
        "updated_by": "updated_by",
        "version_id": "version_id",
        "version_policy": "version_policy",
        "webhook_url": "webhook_url",
    }

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
    backwards_compatible: bool | Unset = UNSET
    batch_max_size: int | Unset = UNSET
    batch_window_secs: int | Unset = UNSET
    created_by: str | Unset = UNSET
    cron: str | Unset = UNSET
    cron_overlap_policy: str | Unset = UNSET
    debounce_window_secs: int | Unset = UNSET
    dedup_window_secs: int | Unset = UNSET
    default_run_metadata: JobDefaultRunMetadata | Unset = UNSET
    description: str | Unset = UNSET
    dlq_alert_threshold: int | None | Unset = UNSET
    environment_id: str | Unset = UNSET
    execution_mode: str | Unset = UNSET
    execution_window_cron: str | Unset = UNSET
    fallback_endpoint_url: str | Unset = UNSET
    group_id: str | Unset = UNSET
    max_concurrency: int | Unset = UNSET
    max_concurrency_per_key: int | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_complete_trigger_job: str | Unset = UNSET
    on_complete_trigger_workflow: str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: str | Unset = UNSET
    on_failure_trigger_workflow: str | Unset = UNSET
    pause_reason: str | Unset = UNSET
    paused_at: datetime.datetime | None | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    poison_pill_threshold: int | None | Unset = UNSET
    queue: str | Unset = UNSET
    queue_depth_alert_threshold: int | None | Unset = UNSET
    rate_limit_keys: list[RateLimitKey] | Unset = UNSET
    rate_limit_max: int | Unset = UNSET
    rate_limit_window_secs: int | Unset = UNSET
    result_schema: Any | Unset = UNSET
    retry_delays_secs: list[int] | Unset = UNSET
    retry_priority_boost: int | Unset = UNSET
    retry_strategy: str | Unset = UNSET
    run_ttl_secs: int | Unset = UNSET
    tags: JobTags | Unset = UNSET
    timezone: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    version_id: str | Unset = UNSET
    version_policy: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        endpoint_url = self.endpoint_url

        id = self.id

        max_attempts = self.max_attempts

        name = self.name

        paused = self.paused

        project_id = self.project_id

        slug = self.slug

        timeout_secs = self.timeout_secs

        updated_at = self.updated_at.isoformat()

        version = self.version

        backwards_compatible = self.backwards_compatible

        batch_max_size = self.batch_max_size

        batch_window_secs = self.batch_window_secs

        created_by = self.created_by

        cron = self.cron

        cron_overlap_policy = self.cron_overlap_policy

        debounce_window_secs = self.debounce_window_secs

        dedup_window_secs = self.dedup_window_secs

        default_run_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_run_metadata, Unset):
            default_run_metadata = self.default_run_metadata.to_dict()

        description = self.description

        dlq_alert_threshold: int | None | Unset
        if isinstance(self.dlq_alert_threshold, Unset):
            dlq_alert_threshold = UNSET
        else:
            dlq_alert_threshold = self.dlq_alert_threshold

        environment_id = self.environment_id

        execution_mode = self.execution_mode

        execution_window_cron = self.execution_window_cron

        fallback_endpoint_url = self.fallback_endpoint_url

        group_id = self.group_id

        max_concurrency = self.max_concurrency

        max_concurrency_per_key = self.max_concurrency_per_key

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_failure_payload_mapping = self.on_failure_payload_mapping

        on_failure_trigger_job = self.on_failure_trigger_job

        on_failure_trigger_workflow = self.on_failure_trigger_workflow

        pause_reason = self.pause_reason

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        elif isinstance(self.paused_at, datetime.datetime):
            paused_at = self.paused_at.isoformat()
        else:
            paused_at = self.paused_at

        payload_schema = self.payload_schema

        poison_pill_threshold: int | None | Unset
        if isinstance(self.poison_pill_threshold, Unset):
            poison_pill_threshold = UNSET
        else:
            poison_pill_threshold = self.poison_pill_threshold

        queue = self.queue

        queue_depth_alert_threshold: int | None | Unset
        if isinstance(self.queue_depth_alert_threshold, Unset):
            queue_depth_alert_threshold = UNSET
        else:
            queue_depth_alert_threshold = self.queue_depth_alert_threshold

        rate_limit_keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_limit_keys, Unset):
            rate_limit_keys = []
            for rate_limit_keys_item_data in self.rate_limit_keys:
                rate_limit_keys_item = rate_limit_keys_item_data.to_dict()
                rate_limit_keys.append(rate_limit_keys_item)

        rate_limit_max = self.rate_limit_max

        rate_limit_window_secs = self.rate_limit_window_secs

        result_schema = self.result_schema

        retry_delays_secs: list[int] | Unset = UNSET
        if not isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost = self.retry_priority_boost

        retry_strategy = self.retry_strategy

        run_ttl_secs = self.run_ttl_secs

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        timezone = self.timezone

        updated_by = self.updated_by

        version_id = self.version_id

        version_policy = self.version_policy

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "endpoint_url": endpoint_url,
                "id": id,
                "max_attempts": max_attempts,
                "name": name,
                "paused": paused,
                "project_id": project_id,
                "slug": slug,
                "timeout_secs": timeout_secs,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if batch_max_size is not UNSET:
            field_dict["batch_max_size"] = batch_max_size
        if batch_window_secs is not UNSET:
            field_dict["batch_window_secs"] = batch_window_secs
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if cron is not UNSET:
            field_dict["cron"] = cron
        if cron_overlap_policy is not UNSET:
            field_dict["cron_overlap_policy"] = cron_overlap_policy
        if debounce_window_secs is not UNSET:
            field_dict["debounce_window_secs"] = debounce_window_secs
        if dedup_window_secs is not UNSET:
            field_dict["dedup_window_secs"] = dedup_window_secs
        if default_run_metadata is not UNSET:
            field_dict["default_run_metadata"] = default_run_metadata
        if description is not UNSET:
            field_dict["description"] = description
        if dlq_alert_threshold is not UNSET:
            field_dict["dlq_alert_threshold"] = dlq_alert_threshold
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if execution_window_cron is not UNSET:
            field_dict["execution_window_cron"] = execution_window_cron
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if max_concurrency is not UNSET:
            field_dict["max_concurrency"] = max_concurrency
        if max_concurrency_per_key is not UNSET:
            field_dict["max_concurrency_per_key"] = max_concurrency_per_key
        if on_complete_payload_mapping is not UNSET:
            field_dict["on_complete_payload_mapping"] = on_complete_payload_mapping
        if on_complete_trigger_job is not UNSET:
            field_dict["on_complete_trigger_job"] = on_complete_trigger_job
        if on_complete_trigger_workflow is not UNSET:
            field_dict["on_complete_trigger_workflow"] = on_complete_trigger_workflow
        if on_failure_payload_mapping is not UNSET:
            field_dict["on_failure_payload_mapping"] = on_failure_payload_mapping
        if on_failure_trigger_job is not UNSET:
            field_dict["on_failure_trigger_job"] = on_failure_trigger_job
        if on_failure_trigger_workflow is not UNSET:
            field_dict["on_failure_trigger_workflow"] = on_failure_trigger_workflow
        if pause_reason is not UNSET:
            field_dict["pause_reason"] = pause_reason
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if payload_schema is not UNSET:
            field_dict["payload_schema"] = payload_schema
        if poison_pill_threshold is not UNSET:
            field_dict["poison_pill_threshold"] = poison_pill_threshold
        if queue is not UNSET:
            field_dict["queue"] = queue
        if queue_depth_alert_threshold is not UNSET:
            field_dict["queue_depth_alert_threshold"] = queue_depth_alert_threshold
        if rate_limit_keys is not UNSET:
            field_dict["rate_limit_keys"] = rate_limit_keys
        if rate_limit_max is not UNSET:
            field_dict["rate_limit_max"] = rate_limit_max
        if rate_limit_window_secs is not UNSET:
            field_dict["rate_limit_window_secs"] = rate_limit_window_secs
        if result_schema is not UNSET:
            field_dict["result_schema"] = result_schema
        if retry_delays_secs is not UNSET:
            field_dict["retry_delays_secs"] = retry_delays_secs
        if retry_priority_boost is not UNSET:
            field_dict["retry_priority_boost"] = retry_priority_boost
        if retry_strategy is not UNSET:
            field_dict["retry_strategy"] = retry_strategy
        if run_ttl_secs is not UNSET:
            field_dict["run_ttl_secs"] = run_ttl_secs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        endpoint_url = d["endpoint_url"]

        id = d["id"]

        max_attempts = d["max_attempts"]

        name = d["name"]

        paused = d["paused"]

        project_id = d["project_id"]

        slug = d["slug"]

        timeout_secs = d["timeout_secs"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version = d["version"]

        backwards_compatible = d.get("backwards_compatible", UNSET)

        batch_max_size = d.get("batch_max_size", UNSET)

        batch_window_secs = d.get("batch_window_secs", UNSET)

        created_by = d.get("created_by", UNSET)

        cron = d.get("cron", UNSET)

        cron_overlap_policy = d.get("cron_overlap_policy", UNSET)

        debounce_window_secs = d.get("debounce_window_secs", UNSET)

        dedup_window_secs = d.get("dedup_window_secs", UNSET)

        _default_run_metadata = d.get("default_run_metadata", UNSET)
        default_run_metadata: JobDefaultRunMetadata | Unset
        if isinstance(_default_run_metadata, Unset):
            default_run_metadata = UNSET
        else:
            default_run_metadata = JobDefaultRunMetadata.from_dict(
                _default_run_metadata
            )

        description = d.get("description", UNSET)

        def _parse_dlq_alert_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dlq_alert_threshold = _parse_dlq_alert_threshold(
            d.get("dlq_alert_threshold", UNSET)
        )

        environment_id = d.get("environment_id", UNSET)

        execution_mode = d.get("execution_mode", UNSET)

        execution_window_cron = d.get("execution_window_cron", UNSET)

        fallback_endpoint_url = d.get("fallback_endpoint_url", UNSET)

        group_id = d.get("group_id", UNSET)

        max_concurrency = d.get("max_concurrency", UNSET)

        max_concurrency_per_key = d.get("max_concurrency_per_key", UNSET)

        on_complete_payload_mapping = d.get("on_complete_payload_mapping", UNSET)

        on_complete_trigger_job = d.get("on_complete_trigger_job", UNSET)

        on_complete_trigger_workflow = d.get("on_complete_trigger_workflow", UNSET)

        on_failure_payload_mapping = d.get("on_failure_payload_mapping", UNSET)

        on_failure_trigger_job = d.get("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = d.get("on_failure_trigger_workflow", UNSET)

        pause_reason = d.get("pause_reason", UNSET)

        def _parse_paused_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paused_at_type_0 = datetime.datetime.fromisoformat(data)

                return paused_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        paused_at = _parse_paused_at(d.get("paused_at", UNSET))

        payload_schema = d.get("payload_schema", UNSET)

        def _parse_poison_pill_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        poison_pill_threshold = _parse_poison_pill_threshold(
            d.get("poison_pill_threshold", UNSET)
        )

        queue = d.get("queue", UNSET)

        def _parse_queue_depth_alert_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queue_depth_alert_threshold = _parse_queue_depth_alert_threshold(
            d.get("queue_depth_alert_threshold", UNSET)
        )

        _rate_limit_keys = d.get("rate_limit_keys", UNSET)
        rate_limit_keys: list[RateLimitKey] | Unset = UNSET
        if _rate_limit_keys is not UNSET:
            rate_limit_keys = []
            for rate_limit_keys_item_data in _rate_limit_keys or []:
                rate_limit_keys_item = RateLimitKey.from_dict(rate_limit_keys_item_data)

                rate_limit_keys.append(rate_limit_keys_item)

        rate_limit_max = d.get("rate_limit_max", UNSET)

        rate_limit_window_secs = d.get("rate_limit_window_secs", UNSET)

        result_schema = d.get("result_schema", UNSET)

        retry_delays_secs = cast(list[int], d.get("retry_delays_secs", UNSET))

        retry_priority_boost = d.get("retry_priority_boost", UNSET)

        retry_strategy = d.get("retry_strategy", UNSET)

        run_ttl_secs = d.get("run_ttl_secs", UNSET)

        _tags = d.get("tags", UNSET)
        tags: JobTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JobTags.from_dict(_tags)

        timezone = d.get("timezone", UNSET)

        updated_by = d.get("updated_by", UNSET)

        version_id = d.get("version_id", UNSET)

        version_policy = d.get("version_policy", UNSET)

        webhook_url = d.get("webhook_url", UNSET)

        job = cls(
            created_at=created_at,
            enabled=enabled,
            endpoint_url=endpoint_url,
            id=id,
            max_attempts=max_attempts,
            name=name,
            paused=paused,
            project_id=project_id,
            slug=slug,
            timeout_secs=timeout_secs,
            updated_at=updated_at,
            version=version,
            backwards_compatible=backwards_compatible,
            batch_max_size=batch_max_size,
            batch_window_secs=batch_window_secs,
            created_by=created_by,
            cron=cron,
            cron_overlap_policy=cron_overlap_policy,
            debounce_window_secs=debounce_window_secs,
            dedup_window_secs=dedup_window_secs,
            default_run_metadata=default_run_metadata,
            description=description,
            dlq_alert_threshold=dlq_alert_threshold,
            environment_id=environment_id,
            execution_mode=execution_mode,
            execution_window_cron=execution_window_cron,
            fallback_endpoint_url=fallback_endpoint_url,
            group_id=group_id,
            max_concurrency=max_concurrency,
            max_concurrency_per_key=max_concurrency_per_key,
            on_complete_payload_mapping=on_complete_payload_mapping,
            on_complete_trigger_job=on_complete_trigger_job,
            on_complete_trigger_workflow=on_complete_trigger_workflow,
            on_failure_payload_mapping=on_failure_payload_mapping,
            on_failure_trigger_job=on_failure_trigger_job,
            on_failure_trigger_workflow=on_failure_trigger_workflow,
            pause_reason=pause_reason,
            paused_at=paused_at,
            payload_schema=payload_schema,
            poison_pill_threshold=poison_pill_threshold,
            queue=queue,
            queue_depth_alert_threshold=queue_depth_alert_threshold,
            rate_limit_keys=rate_limit_keys,
            rate_limit_max=rate_limit_max,
            rate_limit_window_secs=rate_limit_window_secs,
            result_schema=result_schema,
            retry_delays_secs=retry_delays_secs,
            retry_priority_boost=retry_priority_boost,
            retry_strategy=retry_strategy,
            run_ttl_secs=run_ttl_secs,
            tags=tags,
            timezone=timezone,
            updated_by=updated_by,
            version_id=version_id,
            version_policy=version_policy,
            webhook_url=webhook_url,
        )

        return job
