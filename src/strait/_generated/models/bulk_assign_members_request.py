from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .assign_member_request import AssignMemberRequest


class BulkAssignMembersRequest(_m.StraitObject):
    """BulkAssignMembersRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    items_: list[AssignMemberRequest]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            items_: Sequence[AssignMemberRequest | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "items_": (
            "items",
            _m.ListOf(_m.Model("assign_member_request", "AssignMemberRequest")),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("items",)
    _closed: ClassVar[bool] = True


__all__ = ["BulkAssignMembersRequest"]
