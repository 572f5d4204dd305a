from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .bulk_assign_member_result import BulkAssignMemberResult


class BulkAssignMembersResponse200(_m.StraitObject):
    """BulkAssignMembersResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    results: list[BulkAssignMemberResult]
    total: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "results": (
            "results",
            _m.ListOf(_m.Model("bulk_assign_member_result", "BulkAssignMemberResult")),
        ),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "results",
        "total",
    )
    _closed: ClassVar[bool] = False


__all__ = ["BulkAssignMembersResponse200"]
