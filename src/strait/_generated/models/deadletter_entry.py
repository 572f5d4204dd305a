from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DeadletterEntry(_m.StraitObject):
    """DeadletterEntry: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    actor_id: str
    actor_type: str
    created_at: str
    details: Any
    id: str
    project_id: str
    resource_id: str
    resource_type: str
    schema_version: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            action: str = ...,
            actor_id: str = ...,
            actor_type: str = ...,
            created_at: str = ...,
            details: Any = ...,
            id: str = ...,
            project_id: str = ...,
            resource_id: str = ...,
            resource_type: str = ...,
            schema_version: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "actor_id": ("actor_id", _m.STR),
        "actor_type": ("actor_type", _m.STR),
        "created_at": ("created_at", _m.STR),
        "details": ("details", _m.ANY),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "resource_id": ("resource_id", _m.STR),
        "resource_type": ("resource_type", _m.STR),
        "schema_version": ("schema_version", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "action",
        "actor_id",
        "actor_type",
        "created_at",
        "details",
        "id",
        "project_id",
        "resource_id",
        "resource_type",
        "schema_version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DeadletterEntry"]
