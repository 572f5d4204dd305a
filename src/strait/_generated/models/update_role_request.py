from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class UpdateRoleRequest(_m.StraitObject):
    """UpdateRoleRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    permissions: list[str]
    description: str
    parent_role_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            permissions: Sequence[str] = ...,
            description: str = ...,
            parent_role_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "permissions": ("permissions", _m.ListOf(_m.STR)),
        "description": ("description", _m.STR),
        "parent_role_id": ("parent_role_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "permissions",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UpdateRoleRequest"]
