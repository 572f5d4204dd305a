from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SetJobEndpointRequest")


@_attrs_define
class SetJobEndpointRequest(WireMapping):
    """
    Attributes:
        endpoint_url (str):
        fallback_endpoint_url (str | Unset):
        rotate_signing_secret (bool | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "endpoint_url": "endpoint_url",
        "fallback_endpoint_url": "fallback_endpoint_url",
        "rotate_signing_secret": "rotate_signing_secret",
    }

    endpoint_url: str
    fallback_endpoint_url: str | Unset = UNSET
    rotate_signing_secret: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        endpoint_url = self.endpoint_url

        fallback_endpoint_url = self.fallback_endpoint_url

        rotate_signing_secret = self.rotate_signing_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "endpoint_url": endpoint_url,
            }
        )
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if rotate_signing_secret is not UNSET:
            field_dict["rotate_signing_secret"] = rotate_signing_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        endpoint_url = d["endpoint_url"]

        fallback_endpoint_url = d.get("fallback_endpoint_url", UNSET)

        rotate_signing_secret = d.get("rotate_signing_secret", UNSET)

        set_job_endpoint_request = cls(
            endpoint_url=endpoint_url,
            fallback_endpoint_url=fallback_endpoint_url,
            rotate_signing_secret=rotate_signing_secret,
        )

        return set_job_endpoint_request
