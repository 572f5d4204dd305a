from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="BatchError")


@_attrs_define
class BatchError(WireMapping):
    """
    Attributes:
        index (int):
        message (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "index": "index",
        "message": "message",
    }

    index: int
    message: str

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "index": index,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        index = d["index"]

        message = d["message"]

        batch_error = cls(
            index=index,
            message=message,
        )

        return batch_error
