from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKOutputRequest")


@_attrs_define
class SDKOutputRequest(WireMapping):
    """
    Attributes:
        output_key (str):
        value (Any):
        schema (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "output_key": "output_key",
        "value": "value",
        "schema": "schema",
    }

    output_key: str
    value: Any
    schema: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        output_key = self.output_key

        value = self.value

        schema = self.schema

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "output_key": output_key,
                "value": value,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        output_key = d["output_key"]

        value = d["value"]

        schema = d.get("schema", UNSET)

        sdk_output_request = cls(
            output_key=output_key,
            value=value,
            schema=schema,
        )

        return sdk_output_request
