from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .get_workflow_run_labels_response_200_labels import (
        GetWorkflowRunLabelsResponse200Labels,
    )


class GetWorkflowRunLabelsResponse200(_m.StraitObject):
    """GetWorkflowRunLabelsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    labels: GetWorkflowRunLabelsResponse200Labels

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            labels: GetWorkflowRunLabelsResponse200Labels | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "labels": (
            "labels",
            _m.Model(
                "get_workflow_run_labels_response_200_labels",
                "GetWorkflowRunLabelsResponse200Labels",
            ),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("labels",)
    _closed: ClassVar[bool] = False


__all__ = ["GetWorkflowRunLabelsResponse200"]
