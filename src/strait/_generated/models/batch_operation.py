from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class BatchOperation(_m.StraitObject):
    """BatchOperation: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    created_count: int
    id: str
    item_count: int
    job_id: str
    project_id: str
    created_by: str
    finished_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            created_count: int = ...,
            id: str = ...,
            item_count: int = ...,
            job_id: str = ...,
            project_id: str = ...,
            created_by: str = ...,
            finished_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "created_count": ("created_count", _m.INT),
        "id": ("id", _m.STR),
        "item_count": ("item_count", _m.INT),
        "job_id": ("job_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "created_by": ("created_by", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "created_count",
        "id",
        "item_count",
        "job_id",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["BatchOperation"]
