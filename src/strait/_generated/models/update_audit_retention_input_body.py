from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UpdateAuditRetentionInputBody(_m.StraitObject):
    """UpdateAuditRetentionInputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    days: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "days": ("days", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateAuditRetentionInputBody"]
