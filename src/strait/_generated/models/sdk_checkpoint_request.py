from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKCheckpointRequest")


@_attrs_define
class SDKCheckpointRequest(WireMapping):
    """
    Attributes:
        state (Any):
        source (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "state": "state",
        "source": "source",
    }

    state: Any
    source: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "state": state,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        state = d["state"]

        source = d.get("source", UNSET)

        sdk_checkpoint_request = cls(
            state=state,
            source=source,
        )

        return sdk_checkpoint_request
