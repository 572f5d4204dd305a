from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UpdateJobGroupRequest(_m.StraitObject):
    """UpdateJobGroupRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    description: str | None
    name: str | None
    slug: str | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            description: str | None = ...,
            name: str | None = ...,
            slug: str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "description": ("description", _m.Union(_m.STR, _m.NONE)),
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
        "slug": ("slug", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateJobGroupRequest"]
