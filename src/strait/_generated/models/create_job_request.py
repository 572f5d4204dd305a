from __future__ import annotations

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

from ..models.create_job_request_cron_overlap_policy import (
    CreateJobRequestCronOverlapPolicy,
    check_create_job_request_cron_overlap_policy,
)
from ..models.create_job_request_execution_mode import (
    CreateJobRequestExecutionMode,
    check_create_job_request_execution_mode,
)
from ..models.create_job_request_retry_strategy import (
    CreateJobRequestRetryStrategy,
    check_create_job_request_retry_strategy,
)
from ..models.create_job_request_version_policy import (
    CreateJobRequestVersionPolicy,
    check_create_job_request_version_policy,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.create_job_request_default_run_metadata import (
        CreateJobRequestDefaultRunMetadata,
    )
    from ..models.create_job_request_tags import CreateJobRequestTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CreateJobRequestDefaultRunMetadata, CreateJobRequestTags
    from ..models.create_job_request_default_run_metadata import (
        CreateJobRequestDefaultRunMetadata,
    )
    from ..models.create_job_request_tags import CreateJobRequestTags

    _lazy_pending = False


T = TypeVar("T", bound="CreateJobRequest")


@_attrs_define
class CreateJobRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        slug (str):
        batch_max_size (int | Unset):
        batch_window_secs (int | Unset):
        cron (str | Unset):
        cron_overlap_policy (CreateJobRequestCronOverlapPolicy | Unset):
        debounce_window_secs (int | Unset):
        dedup_window_secs (int | Unset):
        default_run_metadata (CreateJobRequestDefaultRunMetadata | Unset):
        description (str | Unset):
        enabled (bool | None | Unset):
        endpoint_signing_secret (str | Unset):
        endpoint_url (str | Unset):
        environment_id (str | Unset):
        execution_mode (CreateJobRequestExecutionMode | Unset):
        execution_window_cron (str | Unset):
        fallback_endpoint_url (str | Unset):
        group_id (str | Unset):
        max_attempts (int | Unset):
        max_concurrency (int | Unset):
        max_concurrency_per_key (int | Unset):
        on_complete_payload_mapping (Any | Unset):
        on_complete_trigger_job (str | Unset):
        on_complete_trigger_workflow (str | Unset):
        on_failure_payload_mapping (Any | Unset):
        on_failure_trigger_job (str | Unset):
        on_failure_trigger_workflow (str | Unset):
        payload_schema (Any | Unset):
        poison_pill_threshold (int | None | Unset):
        queue_name (str | Unset):
        rate_limit_max (int | Unset):
        rate_limit_window_secs (int | Unset):
        result_schema (Any | Unset):
        retry_delays_secs (list[int] | Unset):
        retry_priority_boost (int | Unset):
        retry_strategy (CreateJobRequestRetryStrategy | Unset):
        run_ttl_secs (int | Unset):
        tags (CreateJobRequestTags | Unset):
        timeout_secs (int | Unset):
        timezone (str | Unset):
        version_policy (CreateJobRequestVersionPolicy | Unset):
        webhook_secret (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "batch_max_size": "batch_max_size",
        "batch_window_secs": "batch_window_secs",
        "cron": "cron",
        "cron_overlap_policy": "cron_overlap_policy",
        "debounce_window_secs": "debounce_window_secs",
        "dedup_window_secs": "dedup_window_secs",
        "default_run_metadata": "default_run_metadata",
        "description": "description",
        "enabled": "enabled",
        "endpoint_signing_secret": "endpoint_signing_secret",
        "endpoint_url": "endpoint_url",
        "environment_id": "environment_id",
        "execution_mode": "execution_mode",
        "execution_window_cron": "execution_window_cron",
        "fallback_endpoint_url": "fallback_endpoint_url",
        "group_id": "group_id",
        "max_attempts": "max_attempts",
        "max_concurrency": "max_concurrency",
        "max_concurrency_per_key": "max_concurrency_per_key",
        "on_complete_payload_mapping": "on_complete_payload_mapping",
        "on_complete_trigger_job": "on_complete_trigger_job",
        "on_complete_trigger_workflow": "on_complete_trigger_workflow",
        "on_failure_payload_mapping": "on_failure_payload_mapping",
        "on_failure_trigger_job": "on_failure_trigger_job",
        "on_failure_trigger_workflow": "on_failure_trigger_workflow",
        "payload_schema": "payload_schema",
        "poison_pill_threshold": "poison_pill_threshold",
        "queue_name": "queue_name",
        "rate_limit_max": "rate_limit_max",
        "rate_limit_window_secs": "rate_limit_window_secs",
        "result_schema": "result_schema",
        "retry_delays_secs": "retry_delays_secs",
        "retry_priority_boost": "retry_priority_boost",
        "retry_strategy": "retry_strategy",
        "run_ttl_secs": "run_ttl_secs",
        "tags": "tags",
        "timeout_secs": "timeout_secs",
        "timezone": "timezone",
        "version_policy": "version_policy",
        "webhook_secret": "webhook_secret",
    }

    name: str
    project_id: str
    slug: str
    batch_max_size: int | Unset = UNSET
    batch_window_secs: int | Unset = UNSET
    cron: str | Unset = UNSET
    cron_overlap_policy: CreateJobRequestCronOverlapPolicy | Unset = UNSET
    debounce_window_secs: int | Unset = UNSET
    dedup_window_secs: int | Unset = UNSET
    default_run_metadata: CreateJobRequestDefaultRunMetadata | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    endpoint_signing_secret: str | Unset = UNSET
    endpoint_url: str | Unset = UNSET
    environment_id: str | Unset = UNSET
    execution_mode: CreateJobRequestExecutionMode | Unset = UNSET
    execution_window_cron: str | Unset = UNSET
    fallback_endpoint_url: str | Unset = UNSET
    group_id: str | Unset = UNSET
    max_attempts: int | Unset = UNSET
    max_concurrency: int | Unset = UNSET
    max_concurrency_per_key: int | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_complete_trigger_job: str | Unset = UNSET
    on_complete_trigger_workflow: str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: str | Unset = UNSET
    on_failure_trigger_workflow: str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    poison_pill_threshold: int | None | Unset = UNSET
    queue_name: str | Unset = UNSET
    rate_limit_max: int | Unset = UNSET
    rate_limit_window_secs: int | Unset = UNSET
    result_schema: Any | Unset = UNSET
    retry_delays_secs: list[int] | Unset = UNSET
    retry_priority_boost: int | Unset = UNSET
    retry_strategy: CreateJobRequestRetryStrategy | Unset = UNSET
    run_ttl_secs: int | Unset = UNSET
    tags: CreateJobRequestTags | Unset = UNSET
    timeout_secs: int | Unset = UNSET
    timezone: str | Unset = UNSET
    version_policy: CreateJobRequestVersionPolicy | Unset = UNSET
    webhook_secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        slug = self.slug

        batch_max_size = self.batch_max_size

        batch_window_secs = self.batch_window_secs

        cron = self.cron

        cron_overlap_policy: str | Unset = UNSET
        if not isinstance(self.cron_overlap_policy, Unset):
            cron_overlap_policy = self.cron_overlap_policy

        debounce_window_secs = self.debounce_window_secs

        dedup_window_secs = self.dedup_window_secs

        default_run_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_run_metadata, Unset):
            default_run_metadata = self.default_run_metadata.to_dict()

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        endpoint_signing_secret = self.endpoint_signing_secret

        endpoint_url = self.endpoint_url

        environment_id = self.environment_id

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        execution_window_cron = self.execution_window_cron

        fallback_endpoint_url = self.fallback_endpoint_url

        group_id = self.group_id

        max_attempts = self.max_attempts

        max_concurrency = self.max_concurrency

        max_concurrency_per_key = self.max_concurrency_per_key

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_failure_payload_mapping = self.on_failure_payload_mapping

        on_failure_trigger_job = self.on_failure_trigger_job

        on_failure_trigger_workflow = self.on_failure_trigger_workflow

        payload_schema = self.payload_schema

        poison_pill_threshold: int | None | Unset
        if isinstance(self.poison_pill_threshold, Unset):
            poison_pill_threshold = UNSET
        else:
            poison_pill_threshold = self.poison_pill_threshold

        queue_name = self.queue_name

        rate_limit_max = self.rate_limit_max

        rate_limit_window_secs = self.rate_limit_window_secs

        result_schema = self.result_schema

        retry_delays_secs: list[int] | Unset = UNSET
        if not isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost = self.retry_priority_boost

        retry_strategy: str | Unset = UNSET
        if not isinstance(self.retry_strategy, Unset):
            retry_strategy = self.retry_strategy

        run_ttl_secs = self.run_ttl_secs

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        timeout_secs = self.timeout_secs

        timezone = self.timezone

        version_policy: str | Unset = UNSET
        if not isinstance(self.version_policy, Unset):
            version_policy = self.version_policy

        webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
                "slug": slug,
            }
        )
        if batch_max_size is not UNSET:
            field_dict["batch_max_size"] = batch_max_size
        if batch_window_secs is not UNSET:
            field_dict["batch_window_secs"] = batch_window_secs
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
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if endpoint_signing_secret is not UNSET:
            field_dict["endpoint_signing_secret"] = endpoint_signing_secret
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
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
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
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
        if payload_schema is not UNSET:
            field_dict["payload_schema"] = payload_schema
        if poison_pill_threshold is not UNSET:
            field_dict["poison_pill_threshold"] = poison_pill_threshold
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
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
        if timeout_secs is not UNSET:
            field_dict["timeout_secs"] = timeout_secs
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if version_policy is not UNSET:
            field_dict["version_policy"] = version_policy
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        batch_max_size = d.get("batch_max_size", UNSET)

        batch_window_secs = d.get("batch_window_secs", UNSET)

        cron = d.get("cron", UNSET)

        _cron_overlap_policy = d.get("cron_overlap_policy", UNSET)
        cron_overlap_policy: CreateJobRequestCronOverlapPolicy | Unset
        if isinstance(_cron_overlap_policy, Unset):
            cron_overlap_policy = UNSET
        else:
            cron_overlap_policy = check_create_job_request_cron_overlap_policy(
                _cron_overlap_policy
            )

        debounce_window_secs = d.get("debounce_window_secs", UNSET)

        dedup_window_secs = d.get("dedup_window_secs", UNSET)

        _default_run_metadata = d.get("default_run_metadata", UNSET)
        default_run_metadata: CreateJobRequestDefaultRunMetadata | Unset
        if isinstance(_default_run_metadata, Unset):
            default_run_metadata = UNSET
        else:
            default_run_metadata = CreateJobRequestDefaultRunMetadata.from_dict(
                _default_run_metadata
            )

        description = d.get("description", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        endpoint_signing_secret = d.get("endpoint_signing_secret", UNSET)

        endpoint_url = d.get("endpoint_url", UNSET)

        environment_id = d.get("environment_id", UNSET)

        _execution_mode = d.get("execution_mode", UNSET)
        execution_mode: CreateJobRequestExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_create_job_request_execution_mode(_execution_mode)

        execution_window_cron = d.get("execution_window_cron", UNSET)

        fallback_endpoint_url = d.get("fallback_endpoint_url", UNSET)

        group_id = d.get("group_id", UNSET)

        max_attempts = d.get("max_attempts", UNSET)

        max_concurrency = d.get("max_concurrency", UNSET)

        max_concurrency_per_key = d.get("max_concurrency_per_key", UNSET)

        on_complete_payload_mapping = d.get("on_complete_payload_mapping", UNSET)

        on_complete_trigger_job = d.get("on_complete_trigger_job", UNSET)

        on_complete_trigger_workflow = d.get("on_complete_trigger_workflow", UNSET)

        on_failure_payload_mapping = d.get("on_failure_payload_mapping", UNSET)

        on_failure_trigger_job = d.get("on_failure_trigger_job", UNSET)

        on_failure_trigger_workflow = d.get("on_failure_trigger_workflow", UNSET)

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

        queue_name = d.get("queue_name", UNSET)

        rate_limit_max = d.get("rate_limit_max", UNSET)

        rate_limit_window_secs = d.get("rate_limit_window_secs", UNSET)

        result_schema = d.get("result_schema", UNSET)

        retry_delays_secs = cast(list[int], d.get("retry_delays_secs", UNSET))

        retry_priority_boost = d.get("retry_priority_boost", UNSET)

        _retry_strategy = d.get("retry_strategy", UNSET)
        retry_strategy: CreateJobRequestRetryStrategy | Unset
        if isinstance(_retry_strategy, Unset):
            retry_strategy = UNSET
        else:
            retry_strategy = check_create_job_request_retry_strategy(_retry_strategy)

        run_ttl_secs = d.get("run_ttl_secs", UNSET)

        _tags = d.get("tags", UNSET)
        tags: CreateJobRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = CreateJobRequestTags.from_dict(_tags)

        timeout_secs = d.get("timeout_secs", UNSET)

        timezone = d.get("timezone", UNSET)

        _version_policy = d.get("version_policy", UNSET)
        version_policy: CreateJobRequestVersionPolicy | Unset
        if isinstance(_version_policy, Unset):
            version_policy = UNSET
        else:
            version_policy = check_create_job_request_version_policy(_version_policy)

        webhook_secret = d.get("webhook_secret", UNSET)

        create_job_request = cls(
            name=name,
            project_id=project_id,
            slug=slug,
            batch_max_size=batch_max_size,
            batch_window_secs=batch_window_secs,
            cron=cron,
            cron_overlap_policy=cron_overlap_policy,
            debounce_window_secs=debounce_window_secs,
            dedup_window_secs=dedup_window_secs,
            default_run_metadata=default_run_metadata,
            description=description,
            enabled=enabled,
            endpoint_signing_secret=endpoint_signing_secret,
            endpoint_url=endpoint_url,
            environment_id=environment_id,
            execution_mode=execution_mode,
            execution_window_cron=execution_window_cron,
            fallback_endpoint_url=fallback_endpoint_url,
            group_id=group_id,
            max_attempts=max_attempts,
            max_concurrency=max_concurrency,
            max_concurrency_per_key=max_concurrency_per_key,
            on_complete_payload_mapping=on_complete_payload_mapping,
            on_complete_trigger_job=on_complete_trigger_job,
            on_complete_trigger_workflow=on_complete_trigger_workflow,
            on_failure_payload_mapping=on_failure_payload_mapping,
            on_failure_trigger_job=on_failure_trigger_job,
            on_failure_trigger_workflow=on_failure_trigger_workflow,
            payload_schema=payload_schema,
            poison_pill_threshold=poison_pill_threshold,
            queue_name=queue_name,
            rate_limit_max=rate_limit_max,
            rate_limit_window_secs=rate_limit_window_secs,
            result_schema=result_schema,
            retry_delays_secs=retry_delays_secs,
            retry_priority_boost=retry_priority_boost,
            retry_strategy=retry_strategy,
            run_ttl_secs=run_ttl_secs,
            tags=tags,
            timeout_secs=timeout_secs,
            timezone=timezone,
            version_policy=version_policy,
            webhook_secret=webhook_secret,
        )

        return create_job_request
