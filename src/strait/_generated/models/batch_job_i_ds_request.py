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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="BatchJobIDsRequest")


@_attrs_define
class BatchJobIDsRequest(WireMapping):
    """
    Attributes:
        ids (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "ids": "ids",
    }

    ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        ids = cast(list[str], d.get("ids", UNSET))

        batch_job_i_ds_request = cls(
            ids=ids,
        )

        return batch_job_i_ds_request
