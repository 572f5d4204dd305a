from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class RotateWebhookSecretRequest(_m.StraitObject):
    """RotateWebhookSecretRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    grace_period_minutes: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "grace_period_minutes": ("grace_period_minutes", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["RotateWebhookSecretRequest"]
