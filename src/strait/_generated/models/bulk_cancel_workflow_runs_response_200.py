from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BulkCancelWorkflowRunsResponse200(_m.StraitObject):
    """BulkCancelWorkflowRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    canceled: int
    workflow_run_ids: list[str]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "canceled": ("canceled", _m.INT),
        "workflow_run_ids": ("workflow_run_ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "canceled",
        "workflow_run_ids",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkCancelWorkflowRunsResponse200"]
