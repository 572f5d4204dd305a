from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WorkflowStepApproval(_m.StraitObject):
    """WorkflowStepApproval: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    approvers: list[str] | None
    id: str
    requested_at: datetime.datetime
    status: str
    workflow_run_id: str
    workflow_step_run_id: str
    approved_at: datetime.datetime | None
    approved_by: str
    error: str
    expires_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            approvers: Sequence[str] | None = ...,
            id: str = ...,
            requested_at: datetime.datetime | str = ...,
            status: str = ...,
            workflow_run_id: str = ...,
            workflow_step_run_id: str = ...,
            approved_at: datetime.datetime | str | None = ...,
            approved_by: str = ...,
            error: str = ...,
            expires_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "approvers": ("approvers", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "id": ("id", _m.STR),
        "requested_at": ("requested_at", _m.DATETIME),
        "status": ("status", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "workflow_step_run_id": ("workflow_step_run_id", _m.STR),
        "approved_at": ("approved_at", _m.Union(_m.DATETIME, _m.NONE)),
        "approved_by": ("approved_by", _m.STR),
        "error": ("error", _m.STR),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "approvers",
        "id",
        "requested_at",
        "status",
        "workflow_run_id",
        "workflow_step_run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowStepApproval"]
