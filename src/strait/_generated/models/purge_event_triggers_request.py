from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class PurgeEventTriggersRequest(_m.StraitObject):
    """PurgeEventTriggersRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    dry_run: bool
    older_than_days: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "dry_run": ("dry_run", _m.BOOL),
        "older_than_days": ("older_than_days", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["PurgeEventTriggersRequest"]
