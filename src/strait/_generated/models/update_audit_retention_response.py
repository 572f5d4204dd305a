from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UpdateAuditRetentionResponse(_m.StraitObject):
    """UpdateAuditRetentionResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    days: int
    project_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            days: int = ...,
            project_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "days": ("days", _m.INT),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "days",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UpdateAuditRetentionResponse"]
