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

T = TypeVar("T", bound="RunIteration")


@_attrs_define
class RunIteration(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        iteration (int):
        run_id (str):
        description (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "iteration": "iteration",
        "run_id": "run_id",
        "description": "description",
    }

    created_at: datetime.datetime
    id: str
    iteration: int
    run_id: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        iteration = self.iteration

        run_id = self.run_id

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "iteration": iteration,
                "run_id": run_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        iteration = d["iteration"]

        run_id = d["run_id"]

        description = d.get("description", UNSET)

        run_iteration = cls(
            created_at=created_at,
            id=id,
            iteration=iteration,
            run_id=run_id,
            description=description,
        )

        return run_iteration
