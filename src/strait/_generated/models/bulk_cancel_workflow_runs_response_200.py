from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class BulkCancelWorkflowRunsResponse200(_m.StraitObject):
    """BulkCancelWorkflowRunsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    canceled: int
    workflow_run_ids: list[str] | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            canceled: int = ...,
            workflow_run_ids: Sequence[str] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "canceled": ("canceled", _m.INT),
        "workflow_run_ids": ("workflow_run_ids", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "canceled",
        "workflow_run_ids",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkCancelWorkflowRunsResponse200"]
