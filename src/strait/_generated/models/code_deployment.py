from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class CodeDeployment(_m.StraitObject):
    """CodeDeployment: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    job_id: str
    project_id: str
    runtime: str
    source_hash: str
    source_size_bytes: int
    source_uri: str
    status: str
    updated_at: datetime.datetime
    version: int
    build_logs: str
    built_image_digest: str
    built_image_uri: str
    created_by: str
    error_message: str
    finished_at: datetime.datetime | None

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
            project_id: str = ...,
            runtime: str = ...,
            source_hash: str = ...,
            source_size_bytes: int = ...,
            source_uri: str = ...,
            status: str = ...,
            updated_at: datetime.datetime | str = ...,
            version: int = ...,
            build_logs: str = ...,
            built_image_digest: str = ...,
            built_image_uri: str = ...,
            created_by: str = ...,
            error_message: str = ...,
            finished_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "runtime": ("runtime", _m.STR),
        "source_hash": ("source_hash", _m.STR),
        "source_size_bytes": ("source_size_bytes", _m.INT),
        "source_uri": ("source_uri", _m.STR),
        "status": ("status", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "version": ("version", _m.INT),
        "build_logs": ("build_logs", _m.STR),
        "built_image_digest": ("built_image_digest", _m.STR),
        "built_image_uri": ("built_image_uri", _m.STR),
        "created_by": ("created_by", _m.STR),
        "error_message": ("error_message", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "job_id",
        "project_id",
        "runtime",
        "source_hash",
        "source_size_bytes",
        "source_uri",
        "status",
        "updated_at",
        "version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CodeDeployment"]
