from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SdkIterationRequest(_m.StraitObject):
    """SdkIterationRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    iteration: int
    description: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "iteration": ("iteration", _m.INT),
        "description": ("description", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("iteration",)
    _closed: ClassVar[bool] = True


__all__ = ["SdkIterationRequest"]
