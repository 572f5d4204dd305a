from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BulkReplayWorkflowRunsRequest(_m.StraitObject):
    """BulkReplayWorkflowRunsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    workflow_run_ids: list[str]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "workflow_run_ids": ("workflow_run_ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = ("workflow_run_ids",)
    _closed: ClassVar[bool] = True


__all__ = ["BulkReplayWorkflowRunsRequest"]
