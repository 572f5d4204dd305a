from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="StringDiff")


@_attrs_define
class StringDiff(WireMapping):
    """
    Attributes:
        a (str):
        b (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "a": "a",
        "b": "b",
    }

    a: str
    b: str

    def to_dict(self) -> dict[str, Any]:
        a = self.a

        b = self.b

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "a": a,
                "b": b,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        a = d["a"]

        b = d["b"]

        string_diff = cls(
            a=a,
            b=b,
        )

        return string_diff
