from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="DispatchEventRequest")


@_attrs_define
class DispatchEventRequest(WireMapping):
    """
    Attributes:
        project_id (str):
        source (str):
        payload (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "project_id": "project_id",
        "source": "source",
        "payload": "payload",
    }

    project_id: str
    source: str
    payload: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        source = self.source

        payload = self.payload

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_id": project_id,
                "source": source,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        project_id = d["project_id"]

        source = d["source"]

        payload = d.get("payload", UNSET)

        dispatch_event_request = cls(
            project_id=project_id,
            source=source,
            payload=payload,
        )

        return dispatch_event_request
