from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RotateWebhookSecretResponse")


@_attrs_define
class RotateWebhookSecretResponse(WireMapping):
    """
    Attributes:
        grace_expires_at (datetime.datetime):
        grace_period_minutes (int):
        new_secret (str):
        subscription_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "grace_expires_at": "grace_expires_at",
        "grace_period_minutes": "grace_period_minutes",
        "new_secret": "new_secret",
        "subscription_id": "subscription_id",
    }

    grace_expires_at: datetime.datetime
    grace_period_minutes: int
    new_secret: str
    subscription_id: str

    def to_dict(self) -> dict[str, Any]:
        grace_expires_at = self.grace_expires_at.isoformat()

        grace_period_minutes = self.grace_period_minutes

        new_secret = self.new_secret

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "grace_expires_at": grace_expires_at,
                "grace_period_minutes": grace_period_minutes,
                "new_secret": new_secret,
                "subscription_id": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        grace_expires_at = datetime.datetime.fromisoformat(d["grace_expires_at"])

        grace_period_minutes = d["grace_period_minutes"]

        new_secret = d["new_secret"]

        subscription_id = d["subscription_id"]

        rotate_webhook_secret_response = cls(
            grace_expires_at=grace_expires_at,
            grace_period_minutes=grace_period_minutes,
            new_secret=new_secret,
            subscription_id=subscription_id,
        )

        return rotate_webhook_secret_response
