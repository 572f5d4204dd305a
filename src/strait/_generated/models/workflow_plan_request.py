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

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.step_override import StepOverride

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, StepOverride
    from ..models.step_override import StepOverride

    _lazy_pending = False


T = TypeVar("T", bound="WorkflowPlanRequest")


@_attrs_define
class WorkflowPlanRequest(WireMapping):
    """
    Attributes:
        step_overrides (list[StepOverride] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "step_overrides": "step_overrides",
    }

    step_overrides: list[StepOverride] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        step_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_overrides, Unset):
            step_overrides = []
            for step_overrides_item_data in self.step_overrides:
                step_overrides_item = step_overrides_item_data.to_dict()
                step_overrides.append(step_overrides_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if step_overrides is not UNSET:
            field_dict["step_overrides"] = step_overrides

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        _step_overrides = d.get("step_overrides", UNSET)
        step_overrides: list[StepOverride] | Unset = UNSET
        if _step_overrides is not UNSET:
            step_overrides = []
            for step_overrides_item_data in _step_overrides or []:
                step_overrides_item = StepOverride.from_dict(step_overrides_item_data)

                step_overrides.append(step_overrides_item)

        workflow_plan_request = cls(
            step_overrides=step_overrides,
        )

        return workflow_plan_request
