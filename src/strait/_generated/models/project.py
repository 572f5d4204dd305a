from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class Project(_m.StraitObject):
    """Project: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    name: str
    org_id: str
    updated_at: datetime.datetime

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
            org_id: str = ...,
            updated_at: datetime.datetime | str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "org_id": ("org_id", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "name",
        "org_id",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["Project"]
