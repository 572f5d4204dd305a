from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class ProjectMemberRole(_m.StraitObject):
    """ProjectMemberRole: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    project_id: str
    role_id: str
    user_id: str
    granted_by: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            role_id: str = ...,
            user_id: str = ...,
            granted_by: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "role_id": ("role_id", _m.STR),
        "user_id": ("user_id", _m.STR),
        "granted_by": ("granted_by", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "project_id",
        "role_id",
        "user_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ProjectMemberRole"]
