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
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.workflow_step_run import WorkflowStepRun

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WorkflowStepRun
    from ..models.workflow_step_run import WorkflowStepRun

    _lazy_pending = False


T = TypeVar("T", bound="RetryWorkflowStepResponse200")


@_attrs_define
class RetryWorkflowStepResponse200(WireMapping):
    """
    Attributes:
        step_run (WorkflowStepRun):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "step_run": "step_run",
    }

    step_run: WorkflowStepRun
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_run = self.step_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "step_run": step_run,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        step_run = WorkflowStepRun.from_dict(d.pop("step_run"))

        retry_workflow_step_response_200 = cls(
            step_run=step_run,
        )

        retry_workflow_step_response_200.additional_properties = d
        return retry_workflow_step_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
