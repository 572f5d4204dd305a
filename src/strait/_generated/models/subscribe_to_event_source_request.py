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

from ..models.subscribe_to_event_source_request_target_type import (
    SubscribeToEventSourceRequestTargetType,
    check_subscribe_to_event_source_request_target_type,
)
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SubscribeToEventSourceRequest")


@_attrs_define
class SubscribeToEventSourceRequest(WireMapping):
    """
    Attributes:
        target_id (str):
        target_type (SubscribeToEventSourceRequestTargetType):
        enabled (bool | None | Unset):
        filter_expr (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "target_id": "target_id",
        "target_type": "target_type",
        "enabled": "enabled",
        "filter_expr": "filter_expr",
    }

    target_id: str
    target_type: SubscribeToEventSourceRequestTargetType
    enabled: bool | None | Unset = UNSET
    filter_expr: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target_id = self.target_id

        target_type: str = self.target_type

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        filter_expr = self.filter_expr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_id": target_id,
                "target_type": target_type,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if filter_expr is not UNSET:
            field_dict["filter_expr"] = filter_expr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        target_id = d["target_id"]

        target_type = check_subscribe_to_event_source_request_target_type(
            d["target_type"]
        )

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        filter_expr = d.get("filter_expr", UNSET)

        subscribe_to_event_source_request = cls(
            target_id=target_id,
            target_type=target_type,
            enabled=enabled,
            filter_expr=filter_expr,
        )

        return subscribe_to_event_source_request
