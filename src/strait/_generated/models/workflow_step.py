from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        depends_on (list[str] | None):
        id (str):
        on_failure (str):
        step_ref (str):
        workflow_id (str):
        approval_approvers (list[str] | Unset):
        approval_timeout_secs (int | Unset):
        compensation_job_id (str | Unset):
        compensation_timeout_secs (int | Unset):
        concurrency_key (str | Unset):
        condition (Any | Unset):
        cost_gate_default_action (str | Unset):
        cost_gate_threshold_microusd (int | Unset):
        cost_gate_timeout_secs (int | Unset):
        event_emit_key (str | Unset):
        event_key (str | Unset):
        event_notify_url (str | Unset):
        event_timeout_secs (int | Unset):
        expected_duration_secs (int | Unset):
        job_id (str | Unset):
        max_nesting_depth (int | Unset):
        output_transform (str | Unset):
        payload (Any | Unset):
        resource_class (str | Unset):
        retry_backoff (str | Unset):
        retry_initial_delay_secs (int | Unset):
        retry_max_attempts (int | Unset):
        retry_max_delay_secs (int | Unset):
        sleep_duration_secs (int | Unset):
        stage_notifications (Any | Unset):
        step_type (str | Unset):
        sub_workflow_id (str | Unset):
        timeout_secs_override (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "depends_on": "depends_on",
        "id": "id",
        "on_failure": "on_failure",
        "step_ref": "step_ref",
        "workflow_id": "workflow_id",
        "approval_approvers": "approval_approvers",
        "approval_timeout_secs": "approval_timeout_secs",
        "compensation_job_id": "compensation_job_id",
        "compensation_timeout_secs": "compensation_timeout_secs",
        "concurrency_key": "concurrency_key",
        "condition": "condition",
        "cost_gate_default_action": "cost_gate_default_action",
        "cost_gate_threshold_microusd": "cost_gate_threshold_microusd",
        "cost_gate_timeout_secs": "cost_gate_timeout_secs",
        "event_emit_key": "event_emit_key",
        "event_key": "event_key",
        "event_notify_url": "event_notify_url",
        "event_timeout_secs": "event_timeout_secs",
        "expected_duration_secs": "expected_duration_secs",
        "job_id": "job_id",
        "max_nesting_depth": "max_nesting_depth",
        "output_transform": "output_transform",
        "payload": "payload",
        "resource_class": "resource_class",
        "retry_backoff": "retry_backoff",
        "retry_initial_delay_secs": "retry_initial_delay_secs",
        "retry_max_attempts": "retry_max_attempts",
        "retry_max_delay_secs": "retry_max_delay_secs",
        "sleep_duration_secs": "sleep_duration_secs",
        "stage_notifications": "stage_notifications",
        "step_type": "step_type",
        "sub_workflow_id": "sub_workflow_id",
        "timeout_secs_override": "timeout_secs_override",
    }

    created_at: datetime.datetime
    depends_on: list[str] | None
    id: str
    on_failure: str
    step_ref: str
    workflow_id: str
    approval_approvers: list[str] | Unset = UNSET
    approval_timeout_secs: int | Unset = UNSET
    compensation_job_id: str | Unset = UNSET
    compensation_timeout_secs: int | Unset = UNSET
    concurrency_key: str | Unset = UNSET
    condition: Any | Unset = UNSET
    cost_gate_default_action: str | Unset = UNSET
    cost_gate_threshold_microusd: int | Unset = UNSET
    cost_gate_timeout_secs: int | Unset = UNSET
    event_emit_key: str | Unset = UNSET
    event_key: str | Unset = UNSET
    event_notify_url: str | Unset = UNSET
    event_timeout_secs: int | Unset = UNSET
    expected_duration_secs: int | Unset = UNSET
    job_id: str | Unset = UNSET
    max_nesting_depth: int | Unset = UNSET
    output_transform: str | Unset = UNSET
    payload: Any | Unset = UNSET
    resource_class: str | Unset = UNSET
    retry_backoff: str | Unset = UNSET
    retry_initial_delay_secs: int | Unset = UNSET
    retry_max_attempts: int | Unset = UNSET
    retry_max_delay_secs: int | Unset = UNSET
    sleep_duration_secs: int | Unset = UNSET
    stage_notifications: Any | Unset = UNSET
    step_type: str | Unset = UNSET
    sub_workflow_id: str | Unset = UNSET
    timeout_secs_override: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        depends_on: list[str] | None
        if isinstance(self.depends_on, list):
            depends_on = self.depends_on

        else:
            depends_on = self.depends_on

        id = self.id

        on_failure = self.on_failure

        step_ref = self.step_ref

        workflow_id = self.workflow_id

        approval_approvers: list[str] | Unset = UNSET
        if not isinstance(self.approval_approvers, Unset):
            approval_approvers = self.approval_approvers

        approval_timeout_secs = self.approval_timeout_secs

        compensation_job_id = self.compensation_job_id

        compensation_timeout_secs = self.compensation_timeout_secs

        concurrency_key = self.concurrency_key

        condition = self.condition

        cost_gate_default_action = self.cost_gate_default_action

        cost_gate_threshold_microusd = self.cost_gate_threshold_microusd

        cost_gate_timeout_secs = self.cost_gate_timeout_secs

        event_emit_key = self.event_emit_key

        event_key = self.event_key

        event_notify_url = self.event_notify_url

        event_timeout_secs = self.event_timeout_secs

        expected_duration_secs = self.expected_duration_secs

        job_id = self.job_id

        max_nesting_depth = self.max_nesting_depth

        output_transform = self.output_transform

        payload = self.payload

        resource_class = self.resource_class

        retry_backoff = self.retry_backoff

        retry_initial_delay_secs = self.retry_initial_delay_secs

        retry_max_attempts = self.retry_max_attempts

        retry_max_delay_secs = self.retry_max_delay_secs

        sleep_duration_secs = self.sleep_duration_secs

        stage_notifications = self.stage_notifications

        step_type = self.step_type

        sub_workflow_id = self.sub_workflow_id

        timeout_secs_override = self.timeout_secs_override

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "depends_on": depends_on,
                "id": id,
                "on_failure": on_failure,
                "step_ref": step_ref,
                "workflow_id": workflow_id,
            }
        )
        if approval_approvers is not UNSET:
            field_dict["approval_approvers"] = approval_approvers
        if approval_timeout_secs is not UNSET:
            field_dict["approval_timeout_secs"] = approval_timeout_secs
        if compensation_job_id is not UNSET:
            field_dict["compensation_job_id"] = compensation_job_id
        if compensation_timeout_secs is not UNSET:
            field_dict["compensation_timeout_secs"] = compensation_timeout_secs
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if condition is not UNSET:
            field_dict["condition"] = condition
        if cost_gate_default_action is not UNSET:
            field_dict["cost_gate_default_action"] = cost_gate_default_action
        if cost_gate_threshold_microusd is not UNSET:
            field_dict["cost_gate_threshold_microusd"] = cost_gate_threshold_microusd
        if cost_gate_timeout_secs is not UNSET:
            field_dict["cost_gate_timeout_secs"] = cost_gate_timeout_secs
        if event_emit_key is not UNSET:
            field_dict["event_emit_key"] = event_emit_key
        if event_key is not UNSET:
            field_dict["event_key"] = event_key
        if event_notify_url is not UNSET:
            field_dict["event_notify_url"] = event_notify_url
        if event_timeout_secs is not UNSET:
            field_dict["event_timeout_secs"] = event_timeout_secs
        if expected_duration_secs is not UNSET:
            field_dict["expected_duration_secs"] = expected_duration_secs
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if max_nesting_depth is not UNSET:
            field_dict["max_nesting_depth"] = max_nesting_depth
        if output_transform is not UNSET:
            field_dict["output_transform"] = output_transform
        if payload is not UNSET:
            field_dict["payload"] = payload
        if resource_class is not UNSET:
            field_dict["resource_class"] = resource_class
        if retry_backoff is not UNSET:
            field_dict["retry_backoff"] = retry_backoff
        if retry_initial_delay_secs is not UNSET:
            field_dict["retry_initial_delay_secs"] = retry_initial_delay_secs
        if retry_max_attempts is not UNSET:
            field_dict["retry_max_attempts"] = retry_max_attempts
        if retry_max_delay_secs is not UNSET:
            field_dict["retry_max_delay_secs"] = retry_max_delay_secs
        if sleep_duration_secs is not UNSET:
            field_dict["sleep_duration_secs"] = sleep_duration_secs
        if stage_notifications is not UNSET:
            field_dict["stage_notifications"] = stage_notifications
        if step_type is not UNSET:
            field_dict["step_type"] = step_type
        if sub_workflow_id is not UNSET:
            field_dict["sub_workflow_id"] = sub_workflow_id
        if timeout_secs_override is not UNSET:
            field_dict["timeout_secs_override"] = timeout_secs_override

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        def _parse_depends_on(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                depends_on_type_0 = cast(list[str], data)

                return depends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        depends_on = _parse_depends_on(d["depends_on"])

        id = d["id"]

        on_failure = d["on_failure"]

        step_ref = d["step_ref"]

        workflow_id = d["workflow_id"]

        approval_approvers = cast(list[str], d.get("approval_approvers", UNSET))

        approval_timeout_secs = d.get("approval_timeout_secs", UNSET)

        compensation_job_id = d.get("compensation_job_id", UNSET)

        compensation_timeout_secs = d.get("compensation_timeout_secs", UNSET)

        concurrency_key = d.get("concurrency_key", UNSET)

        condition = d.get("condition", UNSET)

        cost_gate_default_action = d.get("cost_gate_default_action", UNSET)

        cost_gate_threshold_microusd = d.get("cost_gate_threshold_microusd", UNSET)

        cost_gate_timeout_secs = d.get("cost_gate_timeout_secs", UNSET)

        event_emit_key = d.get("event_emit_key", UNSET)

        event_key = d.get("event_key", UNSET)

        event_notify_url = d.get("event_notify_url", UNSET)

        event_timeout_secs = d.get("event_timeout_secs", UNSET)

        expected_duration_secs = d.get("expected_duration_secs", UNSET)

        job_id = d.get("job_id", UNSET)

        max_nesting_depth = d.get("max_nesting_depth", UNSET)

        output_transform = d.get("output_transform", UNSET)

        payload = d.get("payload", UNSET)

        resource_class = d.get("resource_class", UNSET)

        retry_backoff = d.get("retry_backoff", UNSET)

        retry_initial_delay_secs = d.get("retry_initial_delay_secs", UNSET)

        retry_max_attempts = d.get("retry_max_attempts", UNSET)

        retry_max_delay_secs = d.get("retry_max_delay_secs", UNSET)

        sleep_duration_secs = d.get("sleep_duration_secs", UNSET)

        stage_notifications = d.get("stage_notifications", UNSET)

        step_type = d.get("step_type", UNSET)

        sub_workflow_id = d.get("sub_workflow_id", UNSET)

        timeout_secs_override = d.get("timeout_secs_override", UNSET)

        workflow_step = cls(
            created_at=created_at,
            depends_on=depends_on,
            id=id,
            on_failure=on_failure,
            step_ref=step_ref,
            workflow_id=workflow_id,
            approval_approvers=approval_approvers,
            approval_timeout_secs=approval_timeout_secs,
            compensation_job_id=compensation_job_id,
            compensation_timeout_secs=compensation_timeout_secs,
            concurrency_key=concurrency_key,
            condition=condition,
            cost_gate_default_action=cost_gate_default_action,
            cost_gate_threshold_microusd=cost_gate_threshold_microusd,
            cost_gate_timeout_secs=cost_gate_timeout_secs,
            event_emit_key=event_emit_key,
            event_key=event_key,
            event_notify_url=event_notify_url,
            event_timeout_secs=event_timeout_secs,
            expected_duration_secs=expected_duration_secs,
            job_id=job_id,
            max_nesting_depth=max_nesting_depth,
            output_transform=output_transform,
            payload=payload,
            resource_class=resource_class,
            retry_backoff=retry_backoff,
            retry_initial_delay_secs=retry_initial_delay_secs,
            retry_max_attempts=retry_max_attempts,
            retry_max_delay_secs=retry_max_delay_secs,
            sleep_duration_secs=sleep_duration_secs,
            stage_notifications=stage_notifications,
            step_type=step_type,
            sub_workflow_id=sub_workflow_id,
            timeout_secs_override=timeout_secs_override,
        )

        return workflow_step
