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

T = TypeVar("T", bound="RunState")


@_attrs_define
class RunState(WireMapping):
    """
    Attributes:
        run_id (str):
        state_key (str):
        updated_at (datetime.datetime):
        value (Any):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "run_id": "run_id",
        "state_key": "state_key",
        "updated_at": "updated_at",
        "value": "value",
    }

    run_id: str
    state_key: str
    updated_at: datetime.datetime
    value: Any

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        state_key = self.state_key

        updated_at = self.updated_at.isoformat()

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "run_id": run_id,
                "state_key": state_key,
                "updated_at": updated_at,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        run_id = d["run_id"]

        state_key = d["state_key"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        value = d["value"]

        run_state = cls(
            run_id=run_id,
            state_key=state_key,
            updated_at=updated_at,
            value=value,
        )

        return run_state
