from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKContinueRequest(_m.StraitObject):
    """SDKContinueRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    payload: Any

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "payload": ("payload", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SDKContinueRequest"]
