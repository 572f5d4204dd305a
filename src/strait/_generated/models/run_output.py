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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RunOutput")


@_attrs_define
class RunOutput(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        output_key (str):
        run_id (str):
        value (Any):
        schema (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "output_key": "output_key",
        "run_id": "run_id",
        "value": "value",
        "schema": "schema",
    }

    created_at: datetime.datetime
    id: str
    output_key: str
    run_id: str
    value: Any
    schema: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        output_key = self.output_key

        run_id = self.run_id

        value = self.value

        schema = self.schema

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "output_key": output_key,
                "run_id": run_id,
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
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        output_key = d["output_key"]

        run_id = d["run_id"]

        value = d["value"]

        schema = d.get("schema", UNSET)

        run_output = cls(
            created_at=created_at,
            id=id,
            output_key=output_key,
            run_id=run_id,
            value=value,
            schema=schema,
        )

        return run_output
