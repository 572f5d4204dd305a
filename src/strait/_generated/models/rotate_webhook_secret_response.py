from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RotateWebhookSecretResponse(_m.StraitObject):
    """RotateWebhookSecretResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    grace_expires_at: datetime.datetime
    grace_period_minutes: int
    new_secret: str
    subscription_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            grace_expires_at: datetime.datetime | str = ...,
            grace_period_minutes: int = ...,
            new_secret: str = ...,
            subscription_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "grace_expires_at": ("grace_expires_at", _m.DATETIME),
        "grace_period_minutes": ("grace_period_minutes", _m.INT),
        "new_secret": ("new_secret", _m.STR),
        "subscription_id": ("subscription_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "grace_expires_at",
        "grace_period_minutes",
        "new_secret",
        "subscription_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RotateWebhookSecretResponse"]
