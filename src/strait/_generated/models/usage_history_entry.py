from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UsageHistoryEntry(_m.StraitObject):
    """UsageHistoryEntry: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    date: str
    runs_count: int
    spend_microusd: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            date: str = ...,
            runs_count: int = ...,
            spend_microusd: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "date": ("date", _m.STR),
        "runs_count": ("runs_count", _m.INT),
        "spend_microusd": ("spend_microusd", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "date",
        "runs_count",
        "spend_microusd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageHistoryEntry"]
