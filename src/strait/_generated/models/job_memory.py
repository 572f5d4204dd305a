from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class JobMemory(_m.StraitObject):
    """JobMemory: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    job_id: str
    memory_key: str
    project_id: str
    size_bytes: int
    updated_at: datetime.datetime
    value: Any
    ttl_expires_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            job_id: str = ...,
            memory_key: str = ...,
            project_id: str = ...,
            size_bytes: int = ...,
            updated_at: datetime.datetime | str = ...,
            value: Any = ...,
            ttl_expires_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "memory_key": ("memory_key", _m.STR),
        "project_id": ("project_id", _m.STR),
        "size_bytes": ("size_bytes", _m.INT),
        "updated_at": ("updated_at", _m.DATETIME),
        "value": ("value", _m.ANY),
        "ttl_expires_at": ("ttl_expires_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "job_id",
        "memory_key",
        "project_id",
        "size_bytes",
        "updated_at",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobMemory"]
