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

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define
class WebhookDelivery(WireMapping):
    """
    Attributes:
        attempts (int):
        created_at (datetime.datetime):
        id (str):
        max_attempts (int):
        status (str):
        updated_at (datetime.datetime):
        webhook_url (str):
        delivered_at (datetime.datetime | None | Unset):
        event_trigger_id (str | Unset):
        job_id (str | Unset):
        last_error (str | Unset):
        last_status_code (int | None | Unset):
        next_retry_at (datetime.datetime | None | Unset):
        org_id (str | Unset):
        project_id (str | Unset):
        run_id (str | Unset):
        subscription_id (str | Unset):
        webhook_retry_policy (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempts": "attempts",
        "created_at": "created_at",
        "id": "id",
        "max_attempts": "max_attempts",
        "status": "status",
        "updated_at": "updated_at",
        "webhook_url": "webhook_url",
        "delivered_at": "delivered_at",
        "event_trigger_id": "event_trigger_id",
        "job_id": "job_id",
        "last_error": "last_error",
        "last_status_code": "last_status_code",
        "next_retry_at": "next_retry_at",
        "org_id": "org_id",
        "project_id": "project_id",
        "run_id": "run_id",
        "subscription_id": "subscription_id",
        "webhook_retry_policy": "webhook_retry_policy",
    }

    attempts: int
    created_at: datetime.datetime
    id: str
    max_attempts: int
    status: str
    updated_at: datetime.datetime
    webhook_url: str
    delivered_at: datetime.datetime | None | Unset = UNSET
    event_trigger_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    last_error: str | Unset = UNSET
    last_status_code: int | None | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET
    org_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    webhook_retry_policy: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        id = self.id

        max_attempts = self.max_attempts

        status = self.status

        updated_at = self.updated_at.isoformat()

        webhook_url = self.webhook_url

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        event_trigger_id = self.event_trigger_id

        job_id = self.job_id

        last_error = self.last_error

        last_status_code: int | None | Unset
        if isinstance(self.last_status_code, Unset):
            last_status_code = UNSET
        else:
            last_status_code = self.last_status_code

        next_retry_at: None | str | Unset
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        org_id = self.org_id

        project_id = self.project_id

        run_id = self.run_id

        subscription_id = self.subscription_id

        webhook_retry_policy = self.webhook_retry_policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempts": attempts,
                "created_at": created_at,
                "id": id,
                "max_attempts": max_attempts,
                "status": status,
                "updated_at": updated_at,
                "webhook_url": webhook_url,
            }
        )
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if event_trigger_id is not UNSET:
            field_dict["event_trigger_id"] = event_trigger_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if last_status_code is not UNSET:
            field_dict["last_status_code"] = last_status_code
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if webhook_retry_policy is not UNSET:
            field_dict["webhook_retry_policy"] = webhook_retry_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        attempts = d["attempts"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        max_attempts = d["max_attempts"]

        status = d["status"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        webhook_url = d["webhook_url"]

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.get("delivered_at", UNSET))

        event_trigger_id = d.get("event_trigger_id", UNSET)

        job_id = d.get("job_id", UNSET)

        last_error = d.get("last_error", UNSET)

        def _parse_last_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_status_code = _parse_last_status_code(d.get("last_status_code", UNSET))

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

        org_id = d.get("org_id", UNSET)

        project_id = d.get("project_id", UNSET)

        run_id = d.get("run_id", UNSET)

        subscription_id = d.get("subscription_id", UNSET)

        webhook_retry_policy = d.get("webhook_retry_policy", UNSET)

        webhook_delivery = cls(
            attempts=attempts,
            created_at=created_at,
            id=id,
            max_attempts=max_attempts,
            status=status,
            updated_at=updated_at,
            webhook_url=webhook_url,
            delivered_at=delivered_at,
            event_trigger_id=event_trigger_id,
            job_id=job_id,
            last_error=last_error,
            last_status_code=last_status_code,
            next_retry_at=next_retry_at,
            org_id=org_id,
            project_id=project_id,
            run_id=run_id,
            subscription_id=subscription_id,
            webhook_retry_policy=webhook_retry_policy,
        )

        return webhook_delivery
