from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKStreamChunkRequest(_m.StraitObject):
    """SDKStreamChunkRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    chunk: str
    done: bool
    stream_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "chunk": ("chunk", _m.STR),
        "done": ("done", _m.BOOL),
        "stream_id": ("stream_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SDKStreamChunkRequest"]
