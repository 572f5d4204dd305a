from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class ProjectRole(_m.StraitObject):
    """ProjectRole: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    is_system: bool
    name: str
    permissions: list[str] | None
    project_id: str
    updated_at: datetime.datetime
    description: str
    parent_role_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            is_system: bool = ...,
            name: str = ...,
            permissions: Sequence[str] | None = ...,
            project_id: str = ...,
            updated_at: datetime.datetime | str = ...,
            description: str = ...,
            parent_role_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "is_system": ("is_system", _m.BOOL),
        "name": ("name", _m.STR),
        "permissions": ("permissions", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "project_id": ("project_id", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "description": ("description", _m.STR),
        "parent_role_id": ("parent_role_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "is_system",
        "name",
        "permissions",
        "project_id",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ProjectRole"]
