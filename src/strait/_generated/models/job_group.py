from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class JobGroup(_m.StraitObject):
    """JobGroup: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    name: str
    project_id: str
    slug: str
    updated_at: datetime.datetime
    description: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            updated_at: datetime.datetime | str = ...,
            description: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "description": ("description", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "name",
        "project_id",
        "slug",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobGroup"]
