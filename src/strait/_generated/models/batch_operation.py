from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime

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
