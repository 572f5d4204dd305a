from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .webhook_subscription import WebhookSubscription


class CreateWebhookSubscriptionResponse(_m.StraitObject):
    """CreateWebhookSubscriptionResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    signing_secret: str
    subscription: WebhookSubscription | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            signing_secret: str = ...,
            subscription: WebhookSubscription | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "signing_secret": ("signing_secret", _m.STR),
        "subscription": (
            "subscription",
            _m.Union(_m.Model("webhook_subscription", "WebhookSubscription"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("signing_secret",)
    _closed: ClassVar[bool] = True


__all__ = ["CreateWebhookSubscriptionResponse"]
