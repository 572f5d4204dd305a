from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CreateProjectRequest(_m.StraitObject):
    """CreateProjectRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    id: str
    name: str
    org_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            id: str = ...,
            name: str = ...,
            org_id: str = ...,
        ) -> None: ...

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
