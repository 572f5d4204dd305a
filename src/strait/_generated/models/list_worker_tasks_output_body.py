from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .worker_task import WorkerTask


class ListWorkerTasksOutputBody(_m.StraitObject):
    """ListWorkerTasksOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    data: list[WorkerTask] | None
    has_more: bool
    offset: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            data: Sequence[WorkerTask | Mapping[str, Any]] | None = ...,
            has_more: bool = ...,
            offset: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "data": (
            "data",
            _m.Union(_m.ListOf(_m.Model("worker_task", "WorkerTask")), _m.NONE),
        ),
        "has_more": ("has_more", _m.BOOL),
        "offset": ("offset", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "data",
        "has_more",
        "offset",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ListWorkerTasksOutputBody"]
