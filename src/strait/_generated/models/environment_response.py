from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class EnvironmentResponse(_m.StraitObject):
    """EnvironmentResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    is_standard: bool
    name: str
    project_id: str
    slug: str
    updated_at: datetime.datetime
    parent_id: str
    resolved_variable_keys: list[str]
    variable_keys: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            is_standard: bool = ...,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
            updated_at: datetime.datetime | str = ...,
            parent_id: str = ...,
            resolved_variable_keys: Sequence[str] = ...,
            variable_keys: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "is_standard": ("is_standard", _m.BOOL),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "parent_id": ("parent_id", _m.STR),
        "resolved_variable_keys": ("resolved_variable_keys", _m.ListOf(_m.STR)),
        "variable_keys": ("variable_keys", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "is_standard",
        "name",
        "project_id",
        "slug",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EnvironmentResponse"]
