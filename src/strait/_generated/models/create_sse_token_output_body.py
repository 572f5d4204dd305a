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

T = TypeVar("T", bound="CreateSSETokenOutputBody")


@_attrs_define
class CreateSSETokenOutputBody(WireMapping):
    """
    Attributes:
        expires_at (datetime.datetime):
        token (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "expires_at": "expires_at",
        "token": "token",
    }

    expires_at: datetime.datetime
    token: str

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at.isoformat()

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_at": expires_at,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        expires_at = datetime.datetime.fromisoformat(d["expires_at"])

        token = d["token"]

        create_sse_token_output_body = cls(
            expires_at=expires_at,
            token=token,
        )

        return create_sse_token_output_body
