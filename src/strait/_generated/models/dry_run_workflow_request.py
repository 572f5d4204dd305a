from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.workflow_step_request import WorkflowStepRequest

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkflowStepRequest
    from ..models.workflow_step_request import WorkflowStepRequest

    _lazy_pending = False


T = TypeVar("T", bound="DryRunWorkflowRequest")


@_attrs_define
class DryRunWorkflowRequest(WireMapping):
    """
    Attributes:
        steps (list[WorkflowStepRequest]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "steps": "steps",
    }

    steps: list[WorkflowStepRequest]

    def to_dict(self) -> dict[str, Any]:
        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        steps = []
        _steps = d["steps"]
        for steps_item_data in _steps or []:
            steps_item = WorkflowStepRequest.from_dict(steps_item_data)

            steps.append(steps_item)

        dry_run_workflow_request = cls(
            steps=steps,
        )

        return dry_run_workflow_request
