from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class JobDependency(_m.StraitObject):
    """JobDependency: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    condition: str
    created_at: datetime.datetime
    depends_on_job_id: str
    id: str
    job_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            condition: str = ...,
            created_at: datetime.datetime | str = ...,
            depends_on_job_id: str = ...,
            id: str = ...,
            job_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "condition": ("condition", _m.STR),
        "created_at": ("created_at", _m.DATETIME),
        "depends_on_job_id": ("depends_on_job_id", _m.STR),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "condition",
        "created_at",
        "depends_on_job_id",
        "id",
        "job_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobDependency"]
