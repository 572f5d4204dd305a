from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DispatchEventRequest(_m.StraitObject):
    """DispatchEventRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    project_id: str
    source: str
    payload: Any

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            project_id: str = ...,
            source: str = ...,
            payload: Any = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "project_id": ("project_id", _m.STR),
        "source": ("source", _m.STR),
        "payload": ("payload", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "source",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DispatchEventRequest"]
