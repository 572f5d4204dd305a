from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ResourceImpact(_m.StraitObject):
    """ResourceImpact: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    current: int
    limit: int
    resource: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            action: str = ...,
            current: int = ...,
            limit: int = ...,
            resource: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "current": ("current", _m.INT),
        "limit": ("limit", _m.INT),
        "resource": ("resource", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "action",
        "current",
        "limit",
        "resource",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ResourceImpact"]
