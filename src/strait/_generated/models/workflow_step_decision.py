from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WorkflowStepDecision")


@_attrs_define
class WorkflowStepDecision(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        decision (str):
        decision_type (str):
        explanation (str):
        id (str):
        step_ref (str):
        step_run_id (str):
        workflow_run_id (str):
        details (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "decision": "decision",
        "decision_type": "decision_type",
        "explanation": "explanation",
        "id": "id",
        "step_ref": "step_ref",
        "step_run_id": "step_run_id",
        "workflow_run_id": "workflow_run_id",
        "details": "details",
    }

    created_at: datetime.datetime
    decision: str
    decision_type: str
    explanation: str
    id: str
    step_ref: str
    step_run_id: str
    workflow_run_id: str
    details: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        decision = self.decision

        decision_type = self.decision_type

        explanation = self.explanation

        id = self.id

        step_ref = self.step_ref

        step_run_id = self.step_run_id

        workflow_run_id = self.workflow_run_id

        details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "decision": decision,
                "decision_type": decision_type,
                "explanation": explanation,
                "id": id,
                "step_ref": step_ref,
                "step_run_id": step_run_id,
                "workflow_run_id": workflow_run_id,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        decision = d["decision"]

        decision_type = d["decision_type"]

        explanation = d["explanation"]

        id = d["id"]

        step_ref = d["step_ref"]

        step_run_id = d["step_run_id"]

        workflow_run_id = d["workflow_run_id"]

        details = d.get("details", UNSET)

        workflow_step_decision = cls(
            created_at=created_at,
            decision=decision,
            decision_type=decision_type,
            explanation=explanation,
            id=id,
            step_ref=step_ref,
            step_run_id=step_run_id,
            workflow_run_id=workflow_run_id,
            details=details,
        )

        return workflow_step_decision
