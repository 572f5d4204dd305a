from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class PurgeEventTriggersResponse200(_m.StraitObject):
    """PurgeEventTriggersResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    deleted: int
    dry_run: bool
    would_delete: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "deleted": ("deleted", _m.INT),
        "dry_run": ("dry_run", _m.BOOL),
        "would_delete": ("would_delete", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = False


__all__ = ["PurgeEventTriggersResponse200"]
