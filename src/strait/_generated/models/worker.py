from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class Worker(_m.StraitObject):
    """Worker: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    hostname: str
    id: str
    last_seen_at: datetime.datetime
    project_id: str
    queue_name: str
    registered_at: datetime.datetime
    status: str
    version: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            hostname: str = ...,
            id: str = ...,
            last_seen_at: datetime.datetime | str = ...,
            project_id: str = ...,
            queue_name: str = ...,
            registered_at: datetime.datetime | str = ...,
            status: str = ...,
            version: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "hostname": ("hostname", _m.STR),
        "id": ("id", _m.STR),
        "last_seen_at": ("last_seen_at", _m.DATETIME),
        "project_id": ("project_id", _m.STR),
        "queue_name": ("queue_name", _m.STR),
        "registered_at": ("registered_at", _m.DATETIME),
        "status": ("status", _m.STR),
        "version": ("version", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "hostname",
        "id",
        "last_seen_at",
        "project_id",
        "queue_name",
        "registered_at",
        "status",
        "version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["Worker"]
