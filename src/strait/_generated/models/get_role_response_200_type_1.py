from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .project_role import ProjectRole


class GetRoleResponse200Type1(_m.StraitObject):
    """GetRoleResponse200Type1: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    lineage: list[ProjectRole]
    role: ProjectRole

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            lineage: Sequence[ProjectRole | Mapping[str, Any]] = ...,
            role: ProjectRole | Mapping[str, Any] = ...,
        ) -> None: ...

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
