from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class JobSecret(_m.StraitObject):
    """JobSecret: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    environment: str
    id: str
    key_version: int
    project_id: str
    secret_key: str
    updated_at: datetime.datetime
    job_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            environment: str = ...,
            id: str = ...,
            key_version: int = ...,
            project_id: str = ...,
            secret_key: str = ...,
            updated_at: datetime.datetime | str = ...,
            job_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "environment": ("environment", _m.STR),
        "id": ("id", _m.STR),
        "key_version": ("key_version", _m.INT),
        "project_id": ("project_id", _m.STR),
        "secret_key": ("secret_key", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "job_id": ("job_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "environment",
        "id",
        "key_version",
        "project_id",
        "secret_key",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobSecret"]
