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

T = TypeVar("T", bound="WorkflowStepApproval")


@_attrs_define
class WorkflowStepApproval(WireMapping):
    """
    Attributes:
        approvers (list[str] | None):
        id (str):
        requested_at (datetime.datetime):
        status (str):
        workflow_run_id (str):
        workflow_step_run_id (str):
        approved_at (datetime.datetime | None | Unset):
        approved_by (str | Unset):
        error (str | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "approvers": "approvers",
        "id": "id",
        "requested_at": "requested_at",
        "status": "status",
        "workflow_run_id": "workflow_run_id",
        "workflow_step_run_id": "workflow_step_run_id",
        "approved_at": "approved_at",
        "approved_by": "approved_by",
        "error": "error",
        "expires_at": "expires_at",
    }

    approvers: list[str] | None
    id: str
    requested_at: datetime.datetime
    status: str
    workflow_run_id: str
    workflow_step_run_id: str
    approved_at: datetime.datetime | None | Unset = UNSET
    approved_by: str | Unset = UNSET
    error: str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        approvers: list[str] | None
        if isinstance(self.approvers, list):
            approvers = self.approvers

        else:
            approvers = self.approvers

        id = self.id

        requested_at = self.requested_at.isoformat()

        status = self.status

        workflow_run_id = self.workflow_run_id

        workflow_step_run_id = self.workflow_step_run_id

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        approved_by = self.approved_by

        error = self.error

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "approvers": approvers,
                "id": id,
                "requested_at": requested_at,
                "status": status,
                "workflow_run_id": workflow_run_id,
                "workflow_step_run_id": workflow_step_run_id,
            }
        )
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if error is not UNSET:
            field_dict["error"] = error
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_approvers(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                approvers_type_0 = cast(list[str], data)

                return approvers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        approvers = _parse_approvers(d["approvers"])

        id = d["id"]

        requested_at = datetime.datetime.fromisoformat(d["requested_at"])

        status = d["status"]

        workflow_run_id = d["workflow_run_id"]

        workflow_step_run_id = d["workflow_step_run_id"]

        def _parse_approved_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)

                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        approved_at = _parse_approved_at(d.get("approved_at", UNSET))

        approved_by = d.get("approved_by", UNSET)

        error = d.get("error", UNSET)

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

        workflow_step_approval = cls(
            approvers=approvers,
            id=id,
            requested_at=requested_at,
            status=status,
            workflow_run_id=workflow_run_id,
            workflow_step_run_id=workflow_step_run_id,
            approved_at=approved_at,
            approved_by=approved_by,
            error=error,
            expires_at=expires_at,
        )

        return workflow_step_approval
