from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKFailRequest(_m.StraitObject):
    """SDKFailRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    error: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "error": ("error", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("error",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKFailRequest"]
