from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SendEventByPrefixResponse200(_m.StraitObject):
    """SendEventByPrefixResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    resolved: int
    triggers: list[Any]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "resolved": ("resolved", _m.INT),
        "triggers": ("triggers", _m.ListOf(_m.ANY)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "resolved",
        "triggers",
    )
    _closed: ClassVar[bool] = False


__all__ = ["SendEventByPrefixResponse200"]
