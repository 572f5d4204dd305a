from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .api_error_removed import APIErrorRemoved


class ErrorResponseRemoved(_m.StraitObject):
    """ErrorResponseRemoved: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    error: APIErrorRemoved
    request_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            error: APIErrorRemoved | Mapping[str, Any] = ...,
            request_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "error": ("error", _m.Model("api_error_removed", "APIErrorRemoved")),
        "request_id": ("request_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("error",)
    _closed: ClassVar[bool] = True


__all__ = ["ErrorResponseRemoved"]
