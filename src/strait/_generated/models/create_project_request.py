from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class CreateProjectRequest(_m.StraitObject):
    """CreateProjectRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    id: str
    name: str
    org_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "org_id": ("org_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "org_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateProjectRequest"]
