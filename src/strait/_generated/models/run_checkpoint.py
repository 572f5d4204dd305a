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

T = TypeVar("T", bound="RunCheckpoint")


@_attrs_define
class RunCheckpoint(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        run_id (str):
        sequence (int):
        source (str):
        state (Any):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "run_id": "run_id",
        "sequence": "sequence",
        "source": "source",
        "state": "state",
    }

    created_at: datetime.datetime
    id: str
    run_id: str
    sequence: int
    source: str
    state: Any

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        run_id = self.run_id

        sequence = self.sequence

        source = self.source

        state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "run_id": run_id,
                "sequence": sequence,
                "source": source,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        run_id = d["run_id"]

        sequence = d["sequence"]

        source = d["source"]

        state = d["state"]

        run_checkpoint = cls(
            created_at=created_at,
            id=id,
            run_id=run_id,
            sequence=sequence,
            source=source,
            state=state,
        )

        return run_checkpoint
