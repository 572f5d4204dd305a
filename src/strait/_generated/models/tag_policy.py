from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class TagPolicy(_m.StraitObject):
    """TagPolicy: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    actions: list[str] | None
    created_at: datetime.datetime
    id: str
    project_id: str
    resource_type: str
    tag_key: str
    user_id: str
    tag_value: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            actions: Sequence[str] | None = ...,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            resource_type: str = ...,
            tag_key: str = ...,
            user_id: str = ...,
            tag_value: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "actions": ("actions", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "resource_type": ("resource_type", _m.STR),
        "tag_key": ("tag_key", _m.STR),
        "user_id": ("user_id", _m.STR),
        "tag_value": ("tag_value", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "actions",
        "created_at",
        "id",
        "project_id",
        "resource_type",
        "tag_key",
        "user_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TagPolicy"]
