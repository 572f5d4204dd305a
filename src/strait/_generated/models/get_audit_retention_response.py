from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class GetAuditRetentionResponse(_m.StraitObject):
    """GetAuditRetentionResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    days: int
    inherited_from_default: bool
    project_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "days": ("days", _m.INT),
        "inherited_from_default": ("inherited_from_default", _m.BOOL),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "days",
        "inherited_from_default",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["GetAuditRetentionResponse"]
