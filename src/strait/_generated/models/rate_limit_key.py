from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RateLimitKey")


@_attrs_define
class RateLimitKey(WireMapping):
    """
    Attributes:
        max_ (int):
        name (str):
        window_secs (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "max": "max_",
        "name": "name",
        "window_secs": "window_secs",
    }

    max_: int
    name: str
    window_secs: int

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        name = self.name

        window_secs = self.window_secs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max": max_,
                "name": name,
                "window_secs": window_secs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        max_ = d["max"]

        name = d["name"]

        window_secs = d["window_secs"]

        rate_limit_key = cls(
            max_=max_,
            name=name,
            window_secs=window_secs,
        )

        return rate_limit_key
