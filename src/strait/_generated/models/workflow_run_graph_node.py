from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WorkflowRunGraphNode(_m.StraitObject):
    """WorkflowRunGraphNode: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempt: int
    status: str
    step_ref: str
    type_: str
    depends_on: list[str]
    duration_ms: int
    finished_at: datetime.datetime | None
    started_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            attempt: int = ...,
            status: str = ...,
            step_ref: str = ...,
            type_: str = ...,
            depends_on: Sequence[str] = ...,
            duration_ms: int = ...,
            finished_at: datetime.datetime | str | None = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempt": ("attempt", _m.INT),
        "status": ("status", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "type_": ("type", _m.STR),
        "depends_on": ("depends_on", _m.ListOf(_m.STR)),
        "duration_ms": ("duration_ms", _m.INT),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempt",
        "status",
        "step_ref",
        "type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowRunGraphNode"]
