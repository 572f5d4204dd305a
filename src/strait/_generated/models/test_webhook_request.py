from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class TestWebhookRequest(_m.StraitObject):
    """TestWebhookRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    url: str
    secret: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "url": ("url", _m.STR),
        "secret": ("secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("url",)
    _closed: ClassVar[bool] = True


__all__ = ["TestWebhookRequest"]
