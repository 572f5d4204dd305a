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

from ..models.update_job_request_cron_overlap_policy_type_1 import (
    UpdateJobRequestCronOverlapPolicyType1,
    check_update_job_request_cron_overlap_policy_type_1,
)
from ..models.update_job_request_cron_overlap_policy_type_2_type_1 import (
    UpdateJobRequestCronOverlapPolicyType2Type1,
    check_update_job_request_cron_overlap_policy_type_2_type_1,
)
from ..models.update_job_request_cron_overlap_policy_type_3_type_1 import (
    UpdateJobRequestCronOverlapPolicyType3Type1,
    check_update_job_request_cron_overlap_policy_type_3_type_1,
)
from ..models.update_job_request_execution_mode_type_1 import (
    UpdateJobRequestExecutionModeType1,
    check_update_job_request_execution_mode_type_1,
)
from ..models.update_job_request_execution_mode_type_2_type_1 import (
    UpdateJobRequestExecutionModeType2Type1,
    check_update_job_request_execution_mode_type_2_type_1,
)
from ..models.update_job_request_execution_mode_type_3_type_1 import (
    UpdateJobRequestExecutionModeType3Type1,
    check_update_job_request_execution_mode_type_3_type_1,
)
from ..models.update_job_request_retry_strategy_type_1 import (
    UpdateJobRequestRetryStrategyType1,
    check_update_job_request_retry_strategy_type_1,
)
from ..models.update_job_request_retry_strategy_type_2_type_1 import (
    UpdateJobRequestRetryStrategyType2Type1,
    check_update_job_request_retry_strategy_type_2_type_1,
)
from ..models.update_job_request_retry_strategy_type_3_type_1 import (
    UpdateJobRequestRetryStrategyType3Type1,
    check_update_job_request_retry_strategy_type_3_type_1,
)
from ..models.update_job_request_version_policy_type_1 import (
    UpdateJobRequestVersionPolicyType1,
    check_update_job_request_version_policy_type_1,
)
from ..models.update_job_request_version_policy_type_2_type_1 import (
    UpdateJobRequestVersionPolicyType2Type1,
    check_update_job_request_version_policy_type_2_type_1,
)
from ..models.update_job_request_version_policy_type_3_type_1 import (
    UpdateJobRequestVersionPolicyType3Type1,
    check_update_job_request_version_policy_type_3_type_1,
)
from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.update_job_request_default_run_metadata_type_0 import (
        UpdateJobRequestDefaultRunMetadataType0,
    )
    from ..models.update_job_request_tags_type_0 import UpdateJobRequestTagsType0

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global \
        _lazy_pending, \
        UpdateJobRequestDefaultRunMetadataType0, \
        UpdateJobRequestTagsType0
    from ..models.update_job_request_default_run_metadata_type_0 import (
        UpdateJobRequestDefaultRunMetadataType0,
    )
    from ..models.update_job_request_tags_type_0 import UpdateJobRequestTagsType0

    _lazy_pending = False


T = TypeVar("T", bound="UpdateJobRequest")


@_attrs_define
class UpdateJobRequest(WireMapping):
    """
    Attributes:
        backwards_compatible (bool | None | Unset):
        batch_max_size (int | None | Unset):
        batch_window_secs (int | None | Unset):
        cron (None | str | Unset):
        cron_overlap_policy (None | Unset | UpdateJobRequestCronOverlapPolicyType1 |
            UpdateJobRequestCronOverlapPolicyType2Type1 | UpdateJobRequestCronOverlapPolicyType3Type1):
        debounce_window_secs (int | None | Unset):
        dedup_window_secs (int | None | Unset):
        default_run_metadata (None | Unset | UpdateJobRequestDefaultRunMetadataType0):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        endpoint_signing_secret (None | str | Unset):
        endpoint_url (None | str | Unset):
        environment_id (None | str | Unset):
        execution_mode (None | Unset | UpdateJobRequestExecutionModeType1 | UpdateJobRequestExecutionModeType2Type1 |
            UpdateJobRequestExecutionModeType3Type1):
        execution_window_cron (None | str | Unset):
        fallback_endpoint_url (None | str | Unset):
        group_id (None | str | Unset):
        max_attempts (int | None | Unset):
        max_concurrency (int | None | Unset):
        max_concurrency_per_key (int | None | Unset):
        name (None | str | Unset):
        on_complete_payload_mapping (Any | Unset):
        on_complete_trigger_job (None | str | Unset):
        on_complete_trigger_workflow (None | str | Unset):
        on_failure_payload_mapping (Any | Unset):
        on_failure_trigger_job (None | str | Unset):
        on_failure_trigger_workflow (None | str | Unset):
        payload_schema (Any | Unset):
        poison_pill_threshold (int | None | Unset):
        queue_name (None | str | Unset):
        rate_limit_max (int | None | Unset):
        rate_limit_window_secs (int | None | Unset):
        result_schema (Any | Unset):
        retry_delays_secs (list[int] | None | Unset):
        retry_priority_boost (int | None | Unset):
        retry_strategy (None | Unset | UpdateJobRequestRetryStrategyType1 | UpdateJobRequestRetryStrategyType2Type1 |
            UpdateJobRequestRetryStrategyType3Type1):
        run_ttl_secs (int | None | Unset):
        slug (None | str | Unset):
        tags (None | Unset | UpdateJobRequestTagsType0):
        timeout_secs (int | None | Unset):
        timezone (None | str | Unset):
        version_policy (None | Unset | UpdateJobRequestVersionPolicyType1 | UpdateJobRequestVersionPolicyType2Type1 |
            UpdateJobRequestVersionPolicyType3Type1):
        webhook_secret (None | str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "backwards_compatible": "backwards_compatible",
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
        "name": "name",
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
        "slug": "slug",
        "tags": "tags",
        "timeout_secs": "timeout_secs",
        "timezone": "timezone",
        "version_policy": "version_policy",
        "webhook_secret": "webhook_secret",
    }

    backwards_compatible: bool | None | Unset = UNSET
    batch_max_size: int | None | Unset = UNSET
    batch_window_secs: int | None | Unset = UNSET
    cron: None | str | Unset = UNSET
    cron_overlap_policy: (
        None
        | Unset
        | UpdateJobRequestCronOverlapPolicyType1
        | UpdateJobRequestCronOverlapPolicyType2Type1
        | UpdateJobRequestCronOverlapPolicyType3Type1
    ) = UNSET
    debounce_window_secs: int | None | Unset = UNSET
    dedup_window_secs: int | None | Unset = UNSET
    default_run_metadata: None | Unset | UpdateJobRequestDefaultRunMetadataType0 = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    endpoint_signing_secret: None | str | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    environment_id: None | str | Unset = UNSET
    execution_mode: (
        None
        | Unset
        | UpdateJobRequestExecutionModeType1
        | UpdateJobRequestExecutionModeType2Type1
        | UpdateJobRequestExecutionModeType3Type1
    ) = UNSET
    execution_window_cron: None | str | Unset = UNSET
    fallback_endpoint_url: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    max_concurrency: int | None | Unset = UNSET
    max_concurrency_per_key: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    on_complete_payload_mapping: Any | Unset = UNSET
    on_complete_trigger_job: None | str | Unset = UNSET
    on_complete_trigger_workflow: None | str | Unset = UNSET
    on_failure_payload_mapping: Any | Unset = UNSET
    on_failure_trigger_job: None | str | Unset = UNSET
    on_failure_trigger_workflow: None | str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    poison_pill_threshold: int | None | Unset = UNSET
    queue_name: None | str | Unset = UNSET
    rate_limit_max: int | None | Unset = UNSET
    rate_limit_window_secs: int | None | Unset = UNSET
    result_schema: Any | Unset = UNSET
    retry_delays_secs: list[int] | None | Unset = UNSET
    retry_priority_boost: int | None | Unset = UNSET
    retry_strategy: (
        None
        | Unset
        | UpdateJobRequestRetryStrategyType1
        | UpdateJobRequestRetryStrategyType2Type1
        | UpdateJobRequestRetryStrategyType3Type1
    ) = UNSET
    run_ttl_secs: int | None | Unset = UNSET
    slug: None | str | Unset = UNSET
    tags: None | Unset | UpdateJobRequestTagsType0 = UNSET
    timeout_secs: int | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    version_policy: (
        None
        | Unset
        | UpdateJobRequestVersionPolicyType1
        | UpdateJobRequestVersionPolicyType2Type1
        | UpdateJobRequestVersionPolicyType3Type1
    ) = UNSET
    webhook_secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_job_request_default_run_metadata_type_0 import (
            UpdateJobRequestDefaultRunMetadataType0,
        )
        from ..models.update_job_request_tags_type_0 import UpdateJobRequestTagsType0

        backwards_compatible: bool | None | Unset
        if isinstance(self.backwards_compatible, Unset):
            backwards_compatible = UNSET
        else:
            backwards_compatible = self.backwards_compatible

        batch_max_size: int | None | Unset
        if isinstance(self.batch_max_size, Unset):
            batch_max_size = UNSET
        else:
            batch_max_size = self.batch_max_size

        batch_window_secs: int | None | Unset
        if isinstance(self.batch_window_secs, Unset):
            batch_window_secs = UNSET
        else:
            batch_window_secs = self.batch_window_secs

        cron: None | str | Unset
        if isinstance(self.cron, Unset):
            cron = UNSET
        else:
            cron = self.cron

        cron_overlap_policy: None | str | Unset
        if isinstance(self.cron_overlap_policy, Unset):
            cron_overlap_policy = UNSET
        elif (
            isinstance(self.cron_overlap_policy, str)
            or isinstance(self.cron_overlap_policy, str)
            or isinstance(self.cron_overlap_policy, str)
        ):
            cron_overlap_policy = self.cron_overlap_policy
        else:
            cron_overlap_policy = self.cron_overlap_policy

        debounce_window_secs: int | None | Unset
        if isinstance(self.debounce_window_secs, Unset):
            debounce_window_secs = UNSET
        else:
            debounce_window_secs = self.debounce_window_secs

        dedup_window_secs: int | None | Unset
        if isinstance(self.dedup_window_secs, Unset):
            dedup_window_secs = UNSET
        else:
            dedup_window_secs = self.dedup_window_secs

        default_run_metadata: dict[str, Any] | None | Unset
        if isinstance(self.default_run_metadata, Unset):
            default_run_metadata = UNSET
        elif isinstance(
            self.default_run_metadata, UpdateJobRequestDefaultRunMetadataType0
        ):
            default_run_metadata = self.default_run_metadata.to_dict()
        else:
            default_run_metadata = self.default_run_metadata

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        endpoint_signing_secret: None | str | Unset
        if isinstance(self.endpoint_signing_secret, Unset):
            endpoint_signing_secret = UNSET
        else:
            endpoint_signing_secret = self.endpoint_signing_secret

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        environment_id: None | str | Unset
        if isinstance(self.environment_id, Unset):
            environment_id = UNSET
        else:
            environment_id = self.environment_id

        execution_mode: None | str | Unset
        if isinstance(self.execution_mode, Unset):
            execution_mode = UNSET
        elif (
            isinstance(self.execution_mode, str)
            or isinstance(self.execution_mode, str)
            or isinstance(self.execution_mode, str)
        ):
            execution_mode = self.execution_mode
        else:
            execution_mode = self.execution_mode

        execution_window_cron: None | str | Unset
        if isinstance(self.execution_window_cron, Unset):
            execution_window_cron = UNSET
        else:
            execution_window_cron = self.execution_window_cron

        fallback_endpoint_url: None | str | Unset
        if isinstance(self.fallback_endpoint_url, Unset):
            fallback_endpoint_url = UNSET
        else:
            fallback_endpoint_url = self.fallback_endpoint_url

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        max_concurrency: int | None | Unset
        if isinstance(self.max_concurrency, Unset):
            max_concurrency = UNSET
        else:
            max_concurrency = self.max_concurrency

        max_concurrency_per_key: int | None | Unset
        if isinstance(self.max_concurrency_per_key, Unset):
            max_concurrency_per_key = UNSET
        else:
            max_concurrency_per_key = self.max_concurrency_per_key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        on_complete_payload_mapping = self.on_complete_payload_mapping

        on_complete_trigger_job: None | str | Unset
        if isinstance(self.on_complete_trigger_job, Unset):
            on_complete_trigger_job = UNSET
        else:
            on_complete_trigger_job = self.on_complete_trigger_job

        on_complete_trigger_workflow: None | str | Unset
        if isinstance(self.on_complete_trigger_workflow, Unset):
            on_complete_trigger_workflow = UNSET
        else:
            on_complete_trigger_workflow = self.on_complete_trigger_workflow

        on_failure_payload_mapping = self.on_failure_payload_mapping

        on_failure_trigger_job: None | str | Unset
        if isinstance(self.on_failure_trigger_job, Unset):
            on_failure_trigger_job = UNSET
        else:
            on_failure_trigger_job = self.on_failure_trigger_job

        on_failure_trigger_workflow: None | str | Unset
        if isinstance(self.on_failure_trigger_workflow, Unset):
            on_failure_trigger_workflow = UNSET
        else:
            on_failure_trigger_workflow = self.on_failure_trigger_workflow

        payload_schema = self.payload_schema

        poison_pill_threshold: int | None | Unset
        if isinstance(self.poison_pill_threshold, Unset):
            poison_pill_threshold = UNSET
        else:
            poison_pill_threshold = self.poison_pill_threshold

        queue_name: None | str | Unset
        if isinstance(self.queue_name, Unset):
            queue_name = UNSET
        else:
            queue_name = self.queue_name

        rate_limit_max: int | None | Unset
        if isinstance(self.rate_limit_max, Unset):
            rate_limit_max = UNSET
        else:
            rate_limit_max = self.rate_limit_max

        rate_limit_window_secs: int | None | Unset
        if isinstance(self.rate_limit_window_secs, Unset):
            rate_limit_window_secs = UNSET
        else:
            rate_limit_window_secs = self.rate_limit_window_secs

        result_schema = self.result_schema

        retry_delays_secs: list[int] | None | Unset
        if isinstance(self.retry_delays_secs, Unset):
            retry_delays_secs = UNSET
        elif isinstance(self.retry_delays_secs, list):
            retry_delays_secs = self.retry_delays_secs

        else:
            retry_delays_secs = self.retry_delays_secs

        retry_priority_boost: int | None | Unset
        if isinstance(self.retry_priority_boost, Unset):
            retry_priority_boost = UNSET
        else:
            retry_priority_boost = self.retry_priority_boost

        retry_strategy: None | str | Unset
        if isinstance(self.retry_strategy, Unset):
            retry_strategy = UNSET
        elif (
            isinstance(self.retry_strategy, str)
            or isinstance(self.retry_strategy, str)
            or isinstance(self.retry_strategy, str)
        ):
            retry_strategy = self.retry_strategy
        else:
            retry_strategy = self.retry_strategy

        run_ttl_secs: int | None | Unset
        if isinstance(self.run_ttl_secs, Unset):
            run_ttl_secs = UNSET
        else:
            run_ttl_secs = self.run_ttl_secs

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateJobRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        timeout_secs: int | None | Unset
        if isinstance(self.timeout_secs, Unset):
            timeout_secs = UNSET
        else:
            timeout_secs = self.timeout_secs

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        version_policy: None | str | Unset
        if isinstance(self.version_policy, Unset):
            version_policy = UNSET
        elif (
            isinstance(self.version_policy, str)
            or isinstance(self.version_policy, str)
            or isinstance(self.version_policy, str)
        ):
            version_policy = self.version_policy
        else:
            version_policy = self.version_policy

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
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
        if name is not UNSET:
            field_dict["name"] = name
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
        if slug is not UNSET:
            field_dict["slug"] = slug
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

        def _parse_backwards_compatible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        backwards_compatible = _parse_backwards_compatible(
            d.get("backwards_compatible", UNSET)
        )

        def _parse_batch_max_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_max_size = _parse_batch_max_size(d.get("batch_max_size", UNSET))

        def _parse_batch_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        batch_window_secs = _parse_batch_window_secs(d.get("batch_window_secs", UNSET))

        def _parse_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cron = _parse_cron(d.get("cron", UNSET))

        def _parse_cron_overlap_policy(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateJobRequestCronOverlapPolicyType1
            | UpdateJobRequestCronOverlapPolicyType2Type1
            | UpdateJobRequestCronOverlapPolicyType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cron_overlap_policy_type_1 = (
                    check_update_job_request_cron_overlap_policy_type_1(data)
                )

                return cron_overlap_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cron_overlap_policy_type_2_type_1 = (
                    check_update_job_request_cron_overlap_policy_type_2_type_1(data)
                )

                return cron_overlap_policy_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cron_overlap_policy_type_3_type_1 = (
                    check_update_job_request_cron_overlap_policy_type_3_type_1(data)
                )

                return cron_overlap_policy_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateJobRequestCronOverlapPolicyType1
                | UpdateJobRequestCronOverlapPolicyType2Type1
                | UpdateJobRequestCronOverlapPolicyType3Type1,
                data,
            )

        cron_overlap_policy = _parse_cron_overlap_policy(
            d.get("cron_overlap_policy", UNSET)
        )

        def _parse_debounce_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        debounce_window_secs = _parse_debounce_window_secs(
            d.get("debounce_window_secs", UNSET)
        )

        def _parse_dedup_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dedup_window_secs = _parse_dedup_window_secs(d.get("dedup_window_secs", UNSET))

        def _parse_default_run_metadata(
            data: object,
        ) -> None | Unset | UpdateJobRequestDefaultRunMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_run_metadata_type_0 = (
                    UpdateJobRequestDefaultRunMetadataType0.from_dict(data)
                )

                return default_run_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateJobRequestDefaultRunMetadataType0, data)

        default_run_metadata = _parse_default_run_metadata(
            d.get("default_run_metadata", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        def _parse_endpoint_signing_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_signing_secret = _parse_endpoint_signing_secret(
            d.get("endpoint_signing_secret", UNSET)
        )

        def _parse_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_url = _parse_endpoint_url(d.get("endpoint_url", UNSET))

        def _parse_environment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment_id = _parse_environment_id(d.get("environment_id", UNSET))

        def _parse_execution_mode(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateJobRequestExecutionModeType1
            | UpdateJobRequestExecutionModeType2Type1
            | UpdateJobRequestExecutionModeType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_1 = check_update_job_request_execution_mode_type_1(
                    data
                )

                return execution_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_2_type_1 = (
                    check_update_job_request_execution_mode_type_2_type_1(data)
                )

                return execution_mode_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_mode_type_3_type_1 = (
                    check_update_job_request_execution_mode_type_3_type_1(data)
                )

                return execution_mode_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateJobRequestExecutionModeType1
                | UpdateJobRequestExecutionModeType2Type1
                | UpdateJobRequestExecutionModeType3Type1,
                data,
            )

        execution_mode = _parse_execution_mode(d.get("execution_mode", UNSET))

        def _parse_execution_window_cron(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_window_cron = _parse_execution_window_cron(
            d.get("execution_window_cron", UNSET)
        )

        def _parse_fallback_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_endpoint_url = _parse_fallback_endpoint_url(
            d.get("fallback_endpoint_url", UNSET)
        )

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.get("group_id", UNSET))

        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.get("max_attempts", UNSET))

        def _parse_max_concurrency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrency = _parse_max_concurrency(d.get("max_concurrency", UNSET))

        def _parse_max_concurrency_per_key(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrency_per_key = _parse_max_concurrency_per_key(
            d.get("max_concurrency_per_key", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.get("name", UNSET))

        on_complete_payload_mapping = d.get("on_complete_payload_mapping", UNSET)

        def _parse_on_complete_trigger_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_complete_trigger_job = _parse_on_complete_trigger_job(
            d.get("on_complete_trigger_job", UNSET)
        )

        def _parse_on_complete_trigger_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_complete_trigger_workflow = _parse_on_complete_trigger_workflow(
            d.get("on_complete_trigger_workflow", UNSET)
        )

        on_failure_payload_mapping = d.get("on_failure_payload_mapping", UNSET)

        def _parse_on_failure_trigger_job(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_failure_trigger_job = _parse_on_failure_trigger_job(
            d.get("on_failure_trigger_job", UNSET)
        )

        def _parse_on_failure_trigger_workflow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_failure_trigger_workflow = _parse_on_failure_trigger_workflow(
            d.get("on_failure_trigger_workflow", UNSET)
        )

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

        def _parse_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue_name = _parse_queue_name(d.get("queue_name", UNSET))

        def _parse_rate_limit_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_max = _parse_rate_limit_max(d.get("rate_limit_max", UNSET))

        def _parse_rate_limit_window_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_window_secs = _parse_rate_limit_window_secs(
            d.get("rate_limit_window_secs", UNSET)
        )

        result_schema = d.get("result_schema", UNSET)

        def _parse_retry_delays_secs(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                retry_delays_secs_type_0 = cast(list[int], data)

                return retry_delays_secs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        retry_delays_secs = _parse_retry_delays_secs(d.get("retry_delays_secs", UNSET))

        def _parse_retry_priority_boost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_priority_boost = _parse_retry_priority_boost(
            d.get("retry_priority_boost", UNSET)
        )

        def _parse_retry_strategy(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateJobRequestRetryStrategyType1
            | UpdateJobRequestRetryStrategyType2Type1
            | UpdateJobRequestRetryStrategyType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_strategy_type_1 = check_update_job_request_retry_strategy_type_1(
                    data
                )

                return retry_strategy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_strategy_type_2_type_1 = (
                    check_update_job_request_retry_strategy_type_2_type_1(data)
                )

                return retry_strategy_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_strategy_type_3_type_1 = (
                    check_update_job_request_retry_strategy_type_3_type_1(data)
                )

                return retry_strategy_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateJobRequestRetryStrategyType1
                | UpdateJobRequestRetryStrategyType2Type1
                | UpdateJobRequestRetryStrategyType3Type1,
                data,
            )

        retry_strategy = _parse_retry_strategy(d.get("retry_strategy", UNSET))

        def _parse_run_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        run_ttl_secs = _parse_run_ttl_secs(d.get("run_ttl_secs", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.get("slug", UNSET))

        def _parse_tags(data: object) -> None | Unset | UpdateJobRequestTagsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = UpdateJobRequestTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateJobRequestTagsType0, data)

        tags = _parse_tags(d.get("tags", UNSET))

        def _parse_timeout_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_secs = _parse_timeout_secs(d.get("timeout_secs", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.get("timezone", UNSET))

        def _parse_version_policy(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateJobRequestVersionPolicyType1
            | UpdateJobRequestVersionPolicyType2Type1
            | UpdateJobRequestVersionPolicyType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_1 = check_update_job_request_version_policy_type_1(
                    data
                )

                return version_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_2_type_1 = (
                    check_update_job_request_version_policy_type_2_type_1(data)
                )

                return version_policy_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_policy_type_3_type_1 = (
                    check_update_job_request_version_policy_type_3_type_1(data)
                )

                return version_policy_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateJobRequestVersionPolicyType1
                | UpdateJobRequestVersionPolicyType2Type1
                | UpdateJobRequestVersionPolicyType3Type1,
                data,
            )

        version_policy = _parse_version_policy(d.get("version_policy", UNSET))

        def _parse_webhook_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret = _parse_webhook_secret(d.get("webhook_secret", UNSET))

        update_job_request = cls(
            backwards_compatible=backwards_compatible,
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
            name=name,
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
            slug=slug,
            tags=tags,
            timeout_secs=timeout_secs,
            timezone=timezone,
            version_policy=version_policy,
            webhook_secret=webhook_secret,
        )

        return update_job_request
