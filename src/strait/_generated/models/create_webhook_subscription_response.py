from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.webhook_subscription import WebhookSubscription

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, WebhookSubscription
    from ..models.webhook_subscription import WebhookSubscription

    _lazy_pending = False


T = TypeVar("T", bound="CreateWebhookSubscriptionResponse")


@_attrs_define
class CreateWebhookSubscriptionResponse(WireMapping):
    """
    Attributes:
        signing_secret (str):
        subscription (None | Unset | WebhookSubscription):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "signing_secret": "signing_secret",
        "subscription": "subscription",
    }

    signing_secret: str
    subscription: None | Unset | WebhookSubscription = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_subscription import WebhookSubscription

        signing_secret = self.signing_secret

        subscription: dict[str, Any] | None | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, WebhookSubscription):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "signing_secret": signing_secret,
            }
        )
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        signing_secret = d["signing_secret"]

        def _parse_subscription(data: object) -> None | Unset | WebhookSubscription:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = WebhookSubscription.from_dict(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookSubscription, data)

        subscription = _parse_subscription(d.get("subscription", UNSET))

        create_webhook_subscription_response = cls(
            signing_secret=signing_secret,
            subscription=subscription,
        )

        return create_webhook_subscription_response
