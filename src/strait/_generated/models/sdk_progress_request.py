from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKProgressRequest")


@_attrs_define
class SDKProgressRequest(WireMapping):
    """
    Attributes:
        message (str):
        eta_seconds (int | Unset):
        percent (float | Unset):
        step (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "message": "message",
        "eta_seconds": "eta_seconds",
        "percent": "percent",
        "step": "step",
    }

    message: str
    eta_seconds: int | Unset = UNSET
    percent: float | Unset = UNSET
    step: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        eta_seconds = self.eta_seconds

        percent = self.percent

        step = self.step

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if eta_seconds is not UNSET:
            field_dict["eta_seconds"] = eta_seconds
        if percent is not UNSET:
            field_dict["percent"] = percent
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        message = d["message"]

        eta_seconds = d.get("eta_seconds", UNSET)

        percent = d.get("percent", UNSET)

        step = d.get("step", UNSET)

        sdk_progress_request = cls(
            message=message,
            eta_seconds=eta_seconds,
            percent=percent,
            step=step,
        )

        return sdk_progress_request
