from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SetDebugModeRequest")


@_attrs_define
class SetDebugModeRequest(WireMapping):
    """
    Attributes:
        debug_mode (bool | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "debug_mode": "debug_mode",
    }

    debug_mode: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        debug_mode = self.debug_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if debug_mode is not UNSET:
            field_dict["debug_mode"] = debug_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        debug_mode = d.get("debug_mode", UNSET)

        set_debug_mode_request = cls(
            debug_mode=debug_mode,
        )

        return set_debug_mode_request
