from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class CreateRoleRequest(_m.StraitObject):
    """CreateRoleRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    permissions: list[str]
    description: str
    parent_role_id: str

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


__all__ = ["CreateRoleRequest"]
