from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .admin_outbox_row import AdminOutboxRow


class PaginatedAdminOutboxRow(_m.StraitObject):
    """PaginatedAdminOutboxRow: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    data: list[AdminOutboxRow]
    has_more: bool
    next_cursor: str | None

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "data": ("data", _m.ListOf(_m.Model("admin_outbox_row", "AdminOutboxRow"))),
        "has_more": ("has_more", _m.BOOL),
        "next_cursor": ("next_cursor", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "data",
        "has_more",
    )
    _closed: ClassVar[bool] = True


__all__ = ["PaginatedAdminOutboxRow"]
