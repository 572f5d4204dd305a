from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .deadletter_entry import DeadletterEntry


class ListDeadletterResponse(_m.StraitObject):
    """ListDeadletterResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    entries: list[DeadletterEntry] | None
    next_cursor: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            entries: Sequence[DeadletterEntry | Mapping[str, Any]] | None = ...,
            next_cursor: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "entries": (
            "entries",
            _m.Union(
                _m.ListOf(_m.Model("deadletter_entry", "DeadletterEntry")), _m.NONE
            ),
        ),
        "next_cursor": ("next_cursor", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("entries",)
    _closed: ClassVar[bool] = True


__all__ = ["ListDeadletterResponse"]
