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

T = TypeVar("T", bound="EventTrigger")


@_attrs_define
class EventTrigger(WireMapping):
    """
    Attributes:
        event_key (str):
        expires_at (datetime.datetime):
        id (str):
        project_id (str):
        requested_at (datetime.datetime):
        source_type (str):
        status (str):
        timeout_secs (int):
        environment_id (str | Unset):
        error (str | Unset):
        job_run_id (str | Unset):
        notify_status (str | Unset):
        notify_url (str | Unset):
        received_at (datetime.datetime | None | Unset):
        request_payload (Any | Unset):
        response_payload (Any | Unset):
        sent_by (str | Unset):
        trigger_type (str | Unset):
        workflow_run_id (str | Unset):
        workflow_step_run_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "event_key": "event_key",
        "expires_at": "expires_at",
        "id": "id",
        "project_id": "project_id",
        "requested_at": "requested_at",
        "source_type": "source_type",
        "status": "status",
        "timeout_secs": "timeout_secs",
        "environment_id": "environment_id",
        "error": "error",
        "job_run_id": "job_run_id",
        "notify_status": "notify_status",
        "notify_url": "notify_url",
        "received_at": "received_at",
        "request_payload": "request_payload",
        "response_payload": "response_payload",
        "sent_by": "sent_by",
        "trigger_type": "trigger_type",
        "workflow_run_id": "workflow_run_id",
        "workflow_step_run_id": "workflow_step_run_id",
    }

    event_key: str
    expires_at: datetime.datetime
    id: str
    project_id: str
    requested_at: datetime.datetime
    source_type: str
    status: str
    timeout_secs: int
    environment_id: str | Unset = UNSET
    error: str | Unset = UNSET
    job_run_id: str | Unset = UNSET
    notify_status: str | Unset = UNSET
    notify_url: str | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    request_payload: Any | Unset = UNSET
    response_payload: Any | Unset = UNSET
    sent_by: str | Unset = UNSET
    trigger_type: str | Unset = UNSET
    workflow_run_id: str | Unset = UNSET
    workflow_step_run_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event_key = self.event_key

        expires_at = self.expires_at.isoformat()

        id = self.id

        project_id = self.project_id

        requested_at = self.requested_at.isoformat()

        source_type = self.source_type

        status = self.status

        timeout_secs = self.timeout_secs

        environment_id = self.environment_id

        error = self.error

        job_run_id = self.job_run_id

        notify_status = self.notify_status

        notify_url = self.notify_url

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        request_payload = self.request_payload

        response_payload = self.response_payload

        sent_by = self.sent_by

        trigger_type = self.trigger_type

        workflow_run_id = self.workflow_run_id

        workflow_step_run_id = self.workflow_step_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event_key": event_key,
                "expires_at": expires_at,
                "id": id,
                "project_id": project_id,
                "requested_at": requested_at,
                "source_type": source_type,
                "status": status,
                "timeout_secs": timeout_secs,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if error is not UNSET:
            field_dict["error"] = error
        if job_run_id is not UNSET:
            field_dict["job_run_id"] = job_run_id
        if notify_status is not UNSET:
            field_dict["notify_status"] = notify_status
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if request_payload is not UNSET:
            field_dict["request_payload"] = request_payload
        if response_payload is not UNSET:
            field_dict["response_payload"] = response_payload
        if sent_by is not UNSET:
            field_dict["sent_by"] = sent_by
        if trigger_type is not UNSET:
            field_dict["trigger_type"] = trigger_type
        if workflow_run_id is not UNSET:
            field_dict["workflow_run_id"] = workflow_run_id
        if workflow_step_run_id is not UNSET:
            field_dict["workflow_step_run_id"] = workflow_step_run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        event_key = d["event_key"]

        expires_at = datetime.datetime.fromisoformat(d["expires_at"])

        id = d["id"]

        project_id = d["project_id"]

        requested_at = datetime.datetime.fromisoformat(d["requested_at"])

        source_type = d["source_type"]

        status = d["status"]

        timeout_secs = d["timeout_secs"]

        environment_id = d.get("environment_id", UNSET)

        error = d.get("error", UNSET)

        job_run_id = d.get("job_run_id", UNSET)

        notify_status = d.get("notify_status", UNSET)

        notify_url = d.get("notify_url", UNSET)

        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)

                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.get("received_at", UNSET))

        request_payload = d.get("request_payload", UNSET)

        response_payload = d.get("response_payload", UNSET)

        sent_by = d.get("sent_by", UNSET)

        trigger_type = d.get("trigger_type", UNSET)

        workflow_run_id = d.get("workflow_run_id", UNSET)

        workflow_step_run_id = d.get("workflow_step_run_id", UNSET)

        event_trigger = cls(
            event_key=event_key,
            expires_at=expires_at,
            id=id,
            project_id=project_id,
            requested_at=requested_at,
            source_type=source_type,
            status=status,
            timeout_secs=timeout_secs,
            environment_id=environment_id,
            error=error,
            job_run_id=job_run_id,
            notify_status=notify_status,
            notify_url=notify_url,
            received_at=received_at,
            request_payload=request_payload,
            response_payload=response_payload,
            sent_by=sent_by,
            trigger_type=trigger_type,
            workflow_run_id=workflow_run_id,
            workflow_step_run_id=workflow_step_run_id,
        )

        return event_trigger
