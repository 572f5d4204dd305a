from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .step_override import StepOverride
    from .trigger_workflow_request_labels import TriggerWorkflowRequestLabels
    from .trigger_workflow_request_tags import TriggerWorkflowRequestTags


class TriggerWorkflowRequest(_m.StraitObject):
    """TriggerWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    labels: TriggerWorkflowRequestLabels
    payload: Any
    project_id: str
    step_overrides: list[StepOverride]
    tags: TriggerWorkflowRequestTags
    triggered_by: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            labels: TriggerWorkflowRequestLabels | Mapping[str, Any] = ...,
            payload: Any = ...,
            project_id: str = ...,
            step_overrides: Sequence[StepOverride | Mapping[str, Any]] = ...,
            tags: TriggerWorkflowRequestTags | Mapping[str, Any] = ...,
            triggered_by: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "labels": (
            "labels",
            _m.Model("trigger_workflow_request_labels", "TriggerWorkflowRequestLabels"),
        ),
        "payload": ("payload", _m.ANY),
        "project_id": ("project_id", _m.STR),
        "step_overrides": (
            "step_overrides",
            _m.ListOf(_m.Model("step_override", "StepOverride")),
        ),
        "tags": (
            "tags",
            _m.Model("trigger_workflow_request_tags", "TriggerWorkflowRequestTags"),
        ),
        "triggered_by": ("triggered_by", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["TriggerWorkflowRequest"]
