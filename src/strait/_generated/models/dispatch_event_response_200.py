from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DispatchEventResponse200(_m.StraitObject):
    """DispatchEventResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    dispatched: int
    source: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            dispatched: int = ...,
            source: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "dispatched": ("dispatched", _m.INT),
        "source": ("source", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "dispatched",
        "source",
    )
    _closed: ClassVar[bool] = False


__all__ = ["DispatchEventResponse200"]
