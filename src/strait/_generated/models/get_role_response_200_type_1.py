from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .project_role import ProjectRole


class GetRoleResponse200Type1(_m.StraitObject):
    """GetRoleResponse200Type1: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    lineage: list[ProjectRole]
    role: ProjectRole

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "lineage": ("lineage", _m.ListOf(_m.Model("project_role", "ProjectRole"))),
        "role": ("role", _m.Model("project_role", "ProjectRole")),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "lineage",
        "role",
    )
    _closed: ClassVar[bool] = False


__all__ = ["GetRoleResponse200Type1"]
