from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .bulk_assign_member_result import BulkAssignMemberResult


class BulkAssignMembersResponse200(_m.StraitObject):
    """BulkAssignMembersResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    results: list[BulkAssignMemberResult]
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            results: Sequence[BulkAssignMemberResult | Mapping[str, Any]] = ...,
            total: int = ...,
        ) -> None: ...

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
