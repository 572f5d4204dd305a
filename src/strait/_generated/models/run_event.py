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

T = TypeVar("T", bound="RunEvent")


@_attrs_define
class RunEvent(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        message (str):
        run_id (str):
        type_ (str):
        data (Any | Unset):
        level (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "message": "message",
        "run_id": "run_id",
        "type": "type_",
        "data": "data",
        "level": "level",
    }

    created_at: datetime.datetime
    id: str
    message: str
    run_id: str
    type_: str
    data: Any | Unset = UNSET
    level: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        message = self.message

        run_id = self.run_id

        type_ = self.type_

        data = self.data

        level = self.level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "message": message,
                "run_id": run_id,
                "type": type_,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if level is not UNSET:
            field_dict["level"] = level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        message = d["message"]

        run_id = d["run_id"]

        type_ = d["type"]

        data = d.get("data", UNSET)

        level = d.get("level", UNSET)

        run_event = cls(
            created_at=created_at,
            id=id,
            message=message,
            run_id=run_id,
            type_=type_,
            data=data,
            level=level,
        )

        return run_event
