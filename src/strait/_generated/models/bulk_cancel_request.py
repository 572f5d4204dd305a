from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="BulkCancelRequest")


@_attrs_define
class BulkCancelRequest(WireMapping):
    """
    Attributes:
        run_ids (list[str]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "run_ids": "run_ids",
    }

    run_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        run_ids = self.run_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "run_ids": run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        run_ids = cast(list[str], d["run_ids"])

        bulk_cancel_request = cls(
            run_ids=run_ids,
        )

        return bulk_cancel_request
