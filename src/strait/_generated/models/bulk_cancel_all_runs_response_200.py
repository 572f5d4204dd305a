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
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="BulkCancelAllRunsResponse200")


@_attrs_define
class BulkCancelAllRunsResponse200(WireMapping):
    """
    Attributes:
        canceled (int):
        run_ids (list[str]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "canceled": "canceled",
        "run_ids": "run_ids",
    }

    canceled: int
    run_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        run_ids = self.run_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canceled": canceled,
                "run_ids": run_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        canceled = d.pop("canceled")

        run_ids = cast(list[str], d.pop("run_ids"))

        bulk_cancel_all_runs_response_200 = cls(
            canceled=canceled,
            run_ids=run_ids,
        )

        bulk_cancel_all_runs_response_200.additional_properties = d
        return bulk_cancel_all_runs_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
