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

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.compensation_step import CompensationStep

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CompensationStep
    from ..models.compensation_step import CompensationStep

    _lazy_pending = False


T = TypeVar("T", bound="CompensationPlan")


@_attrs_define
class CompensationPlan(WireMapping):
    """
    Attributes:
        steps (list[CompensationStep] | None):
        workflow_run_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "Steps": "steps",
        "WorkflowRunID": "workflow_run_id",
    }

    steps: list[CompensationStep] | None
    workflow_run_id: str

    def to_dict(self) -> dict[str, Any]:
        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        workflow_run_id = self.workflow_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Steps": steps,
                "WorkflowRunID": workflow_run_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_steps(data: object) -> list[CompensationStep] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = []
                _steps_type_0 = data
                for steps_type_0_item_data in _steps_type_0 or []:
                    steps_type_0_item = CompensationStep.from_dict(
                        steps_type_0_item_data
                    )

                    steps_type_0.append(steps_type_0_item)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompensationStep] | None, data)

        steps = _parse_steps(d["Steps"])

        workflow_run_id = d["WorkflowRunID"]

        compensation_plan = cls(
            steps=steps,
            workflow_run_id=workflow_run_id,
        )

        return compensation_plan
