from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="TestWebhookRequest")


@_attrs_define
class TestWebhookRequest(WireMapping):
    """
    Attributes:
        url (str):
        secret (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "url": "url",
        "secret": "secret",
    }

    url: str
    secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        secret = self.secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        url = d["url"]

        secret = d.get("secret", UNSET)

        test_webhook_request = cls(
            url=url,
            secret=secret,
        )

        return test_webhook_request
