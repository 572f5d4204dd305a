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
    from ..models.trigger_workflow_request_labels import TriggerWorkflowRequestLabels
    from ..models.trigger_workflow_request_tags import TriggerWorkflowRequestTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global \
        _lazy_pending, \
        StepOverride, \
        TriggerWorkflowRequestLabels, \
        TriggerWorkflowRequestTags
    from ..models.step_override import StepOverride
    from ..models.trigger_workflow_request_labels import TriggerWorkflowRequestLabels
    from ..models.trigger_workflow_request_tags import TriggerWorkflowRequestTags

    _lazy_pending = False


T = TypeVar("T", bound="TriggerWorkflowRequest")


@_attrs_define
class TriggerWorkflowRequest(WireMapping):
    """
    Attributes:
        labels (TriggerWorkflowRequestLabels | Unset):
        payload (Any | Unset):
        project_id (str | Unset):
        step_overrides (list[StepOverride] | Unset):
        tags (TriggerWorkflowRequestTags | Unset):
        triggered_by (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "labels": "labels",
        "payload": "payload",
        "project_id": "project_id",
        "step_overrides": "step_overrides",
        "tags": "tags",
        "triggered_by": "triggered_by",
    }

    labels: TriggerWorkflowRequestLabels | Unset = UNSET
    payload: Any | Unset = UNSET
    project_id: str | Unset = UNSET
    step_overrides: list[StepOverride] | Unset = UNSET
    tags: TriggerWorkflowRequestTags | Unset = UNSET
    triggered_by: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        payload = self.payload

        project_id = self.project_id

        step_overrides: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_overrides, Unset):
            step_overrides = []
            for step_overrides_item_data in self.step_overrides:
                step_overrides_item = step_overrides_item_data.to_dict()
                step_overrides.append(step_overrides_item)

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        triggered_by = self.triggered_by

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if payload is not UNSET:
            field_dict["payload"] = payload
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if step_overrides is not UNSET:
            field_dict["step_overrides"] = step_overrides
        if tags is not UNSET:
            field_dict["tags"] = tags
        if triggered_by is not UNSET:
            field_dict["triggered_by"] = triggered_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        _labels = d.get("labels", UNSET)
        labels: TriggerWorkflowRequestLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = TriggerWorkflowRequestLabels.from_dict(_labels)

        payload = d.get("payload", UNSET)

        project_id = d.get("project_id", UNSET)

        _step_overrides = d.get("step_overrides", UNSET)
        step_overrides: list[StepOverride] | Unset = UNSET
        if _step_overrides is not UNSET:
            step_overrides = []
            for step_overrides_item_data in _step_overrides or []:
                step_overrides_item = StepOverride.from_dict(step_overrides_item_data)

                step_overrides.append(step_overrides_item)

        _tags = d.get("tags", UNSET)
        tags: TriggerWorkflowRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TriggerWorkflowRequestTags.from_dict(_tags)

        triggered_by = d.get("triggered_by", UNSET)

        trigger_workflow_request = cls(
            labels=labels,
            payload=payload,
            project_id=project_id,
            step_overrides=step_overrides,
            tags=tags,
            triggered_by=triggered_by,
        )

        return trigger_workflow_request
