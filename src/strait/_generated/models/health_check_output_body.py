from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="HealthCheckOutputBody")


@_attrs_define
class HealthCheckOutputBody(WireMapping):
    """
    Attributes:
        status (str):
        edition (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "status": "status",
        "edition": "edition",
    }

    status: str
    edition: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        edition = self.edition

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if edition is not UNSET:
            field_dict["edition"] = edition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        status = d["status"]

        edition = d.get("edition", UNSET)

        health_check_output_body = cls(
            status=status,
            edition=edition,
        )

        return health_check_output_body
