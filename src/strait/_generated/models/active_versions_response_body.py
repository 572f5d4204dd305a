from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .active_version import ActiveVersion


class ActiveVersionsResponseBody(_m.StraitObject):
    """ActiveVersionsResponseBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    versions: list[ActiveVersion] | None
    workflow_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "versions": (
            "versions",
            _m.Union(_m.ListOf(_m.Model("active_version", "ActiveVersion")), _m.NONE),
        ),
        "workflow_id": ("workflow_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "versions",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ActiveVersionsResponseBody"]
