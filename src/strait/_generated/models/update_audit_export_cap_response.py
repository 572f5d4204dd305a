from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UpdateAuditExportCapResponse(_m.StraitObject):
    """UpdateAuditExportCapResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    project_id: str
    row_cap: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "project_id": ("project_id", _m.STR),
        "row_cap": ("row_cap", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "row_cap",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UpdateAuditExportCapResponse"]
