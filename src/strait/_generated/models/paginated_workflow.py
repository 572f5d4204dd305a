from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .workflow import Workflow


class PaginatedWorkflow(_m.StraitObject):
    """PaginatedWorkflow: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    data: list[Workflow]
    has_more: bool
    next_cursor: str | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            data: Sequence[Workflow | Mapping[str, Any]] = ...,
            has_more: bool = ...,
            next_cursor: str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "data": ("data", _m.ListOf(_m.Model("workflow", "Workflow"))),
        "has_more": ("has_more", _m.BOOL),
        "next_cursor": ("next_cursor", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "data",
        "has_more",
    )
    _closed: ClassVar[bool] = True


__all__ = ["PaginatedWorkflow"]
